"""Reads for the Good data question builder. Whose work it is was settled by
`cohorts.learning.tools.tool_context`; every lookup here stays inside that enrolment."""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.db.models import FilteredRelation, Prefetch, Q
from django.http import Http404

from cohorts import selectors as cohort_selectors
from cohorts.learning.tools import ToolContext
from cohorts.weeks import week_is_open
from labs.registry import ToolStep

from . import guidance, rules
from .apps import STEP_WEEKS
from .models import DataItem, DataQuestion

# The question's columns the rules read, and each data item's.
_DRAFT_FIELDS = (
    "question",
    "decision",
    "who_acts",
    "by_when",
    "kind",
    "data_gaps",
    "lawful_basis",
    "lawful_basis_detail",
    "article9_condition",
    "dpo_confirmed",
    "dpia_commitment",
    "fairness",
    "residents_told",
    "minimisation",
)
_SCREEN_FIELDS = {code: f"screen_{code}" for code in rules.SCREENING}
_ITEM_FIELDS = ("description", "value_type", "source", "personal")


def _draft(values: Mapping[str, Any], items: Iterable[rules.Item]) -> rules.Draft:
    """The question as the rules see it, from a plain row of its columns (`_DRAFT_FIELDS` and
    the screening answers); `draft_of` for a DataQuestion (tests hold the two together)."""
    return rules.Draft(
        **{name: values[name] for name in _DRAFT_FIELDS},
        items=tuple(items),
        screening={code: values[column] for code, column in _SCREEN_FIELDS.items()},
    )


def draft_of(question: DataQuestion) -> rules.Draft:
    """The question as the rules see it. Reads `question.items` (prefetch it for lists)."""
    return rules.Draft(
        question=question.question,
        decision=question.decision,
        who_acts=question.who_acts,
        by_when=question.by_when,
        kind=question.kind,
        items=tuple(
            rules.Item(i.description, i.value_type, i.source, i.personal)
            for i in question.items.all()
        ),
        data_gaps=question.data_gaps,
        lawful_basis=question.lawful_basis,
        lawful_basis_detail=question.lawful_basis_detail,
        article9_condition=question.article9_condition,
        dpo_confirmed=question.dpo_confirmed,
        screening=question.screening_answers(),
        dpia_commitment=question.dpia_commitment,
        fairness=question.fairness,
        residents_told=question.residents_told,
        minimisation=question.minimisation,
    )


def _questions(enrolment_ids: Iterable[int]):
    return DataQuestion.objects.filter(enrolment_id__in=list(enrolment_ids)).prefetch_related(
        Prefetch("items", queryset=DataItem.objects.order_by("pk"))
    )


def steps_done(
    enrolment_ids: Iterable[int], *, today: dt.date | None = None
) -> dict[int, set[str]]:
    """{enrolment id: steps complete in at least one of its questions}, in one query of plain
    rows (each question joined to its items and to its cohort's sessions of the steps' weeks),
    for the registry (council leads' status column). A step counts only when its rules say so
    and its week has opened for that enrolment (`week_is_open` on the date of its cohort's
    session for that week), so the lead's status never runs ahead of what the participant's
    weekly page can show."""
    today = today or cohort_selectors.today()
    weeks = sorted({week for _, week in STEP_WEEKS})
    sessions = "enrolment__cohort__sessions"
    rows = (
        DataQuestion.objects.filter(enrolment_id__in=list(enrolment_ids))
        .annotate(
            step_session=FilteredRelation(
                sessions, condition=Q(**{f"{sessions}__number__in": weeks})
            )
        )
        .values(
            "pk",
            "enrolment_id",
            *_DRAFT_FIELDS,
            *_SCREEN_FIELDS.values(),
            "step_session__number",
            "step_session__date",
            "items__pk",
            *(f"items__{name}" for name in _ITEM_FIELDS),
        )
        .order_by("pk", "items__pk")
    )
    # A row for each item (or one with None for a question without any) and each session.
    questions: dict[int, tuple[dict, dict[int, rules.Item], set[int]]] = {}
    for row in rows:
        _question, items, opened = questions.setdefault(row["pk"], (row, {}, set()))
        if row["items__pk"] is not None:
            items[row["items__pk"]] = rules.Item(*(row[f"items__{n}"] for n in _ITEM_FIELDS))
        if week_is_open(row["step_session__date"], today):
            opened.add(row["step_session__number"])
    done: dict[int, set[str]] = {}
    for row, items, opened_weeks in questions.values():
        opened = {name for name, week in STEP_WEEKS if week in opened_weeks}
        done.setdefault(row["enrolment_id"], set()).update(
            rules.steps_complete(_draft(row, items.values())) & opened
        )
    return done


def open_steps(*, ctx: ToolContext) -> set[str]:
    """The tool's steps whose week has opened for this enrolment (no query: the sessions came
    with the context)."""
    return {step.name for step in ctx.tool.steps if ctx.step_is_open(step)}


def enrolment_steps_done(*, ctx: ToolContext) -> set[str]:
    """The steps complete and open for this enrolment, as of the context's day."""
    return steps_done([ctx.enrolment.pk], today=ctx.today).get(ctx.enrolment.pk, set())


def questions_for(*, ctx: ToolContext) -> list[DataQuestion]:
    return list(_questions([ctx.enrolment.pk]).order_by("created_at", "pk"))


def question_count(*, ctx: ToolContext) -> int:
    """How many questions this enrolment keeps."""
    return DataQuestion.objects.filter(enrolment=ctx.enrolment).count()


def question_for(*, ctx: ToolContext, pk: int) -> DataQuestion:
    """One of this enrolment's questions, or 404."""
    try:
        return _questions([ctx.enrolment.pk]).get(pk=pk)
    except DataQuestion.DoesNotExist:
        raise Http404 from None


def item_for(*, question: DataQuestion, pk: int) -> DataItem:
    """One of this question's data items (already prefetched), or 404."""
    for item in question.items.all():
        if item.pk == pk:
            return item
    raise Http404


# --- What the pages show ------------------------------------------------------------------


@dataclass(frozen=True)
class StepView:
    step: ToolStep
    opens_on: dt.date | None
    is_open: bool
    editable: bool

    @property
    def name(self) -> str:
        return self.step.name

    @property
    def intro(self) -> str:
        return guidance.STEP_INTROS[self.step.name]


def step_views(*, ctx: ToolContext) -> dict[str, StepView]:
    return {
        step.name: StepView(
            step=step,
            opens_on=ctx.opens_on(step),
            is_open=ctx.step_is_open(step),
            editable=ctx.can_edit_step(step),
        )
        for step in ctx.tool.steps
    }


@dataclass
class QuestionReview:
    """A question with everything the rules say about it, in words for the page and the PDF."""

    question: DataQuestion
    # The steps whose week has opened for the enrolment; None counts every step as open.
    open_steps: frozenset[str] | None = None

    @cached_property
    def draft(self) -> rules.Draft:
        return draft_of(self.question)

    @cached_property
    def done(self) -> set[str]:
        """The steps the rules say are complete, whether or not their week has opened (the
        task list shows a ready question as ready before week 4)."""
        return rules.steps_complete(self.draft)

    @property
    def done_so_far(self) -> set[str]:
        """The steps complete whose week has opened: what the weekly page and the lead's
        status count."""
        return self.done if self.open_steps is None else self.done & self.open_steps

    @cached_property
    def screening(self) -> rules.Screening:
        return rules.dpia_screening(self.draft)

    @cached_property
    def verdict(self) -> rules.Verdict:
        return rules.quality_check(self.draft)

    @property
    def items(self) -> list[DataItem]:
        return list(self.question.items.all())

    def state(self, step: str) -> str:
        """ "done", "started" or "empty", for the task list."""
        if step in self.done:
            return "done"
        q, d = self.question, self.draft
        started = {
            "question": any(getattr(d, p) for p in ("question", "decision", "who_acts", "by_when")),
            "kind": bool(q.kind_reason),
            "data": bool(d.items or q.data_gaps),
            "ethics": bool(
                q.lawful_basis
                or q.fairness
                or q.residents_told
                or q.minimisation
                or any(v is not None for v in d.screening.values())
            ),
            "quality": True,
        }[step]
        return "started" if started else "empty"

    @property
    def states(self) -> dict[str, str]:
        return {step: self.state(step) for step in rules.STEPS}

    @property
    def missing_question(self) -> list[str]:
        return [guidance.MISSING_PARTS[p] for p in rules.question_missing(self.draft)]

    @property
    def missing_ethics(self) -> list[str]:
        return [guidance.MISSING_PARTS[p] for p in rules.ethics_missing(self.draft)]

    @property
    def dpo_to_confirm(self) -> bool:
        """A lawful basis is chosen, personal data is involved (the basis is one for personal
        data, or a data item is personal) and the DPO has not confirmed it yet."""
        d = self.draft
        personal = d.lawful_basis != "no_personal_data" or d.has_personal_data
        return bool(d.lawful_basis) and personal and not d.dpo_confirmed

    # The screening, in words.
    @property
    def level_label(self) -> str:
        return guidance.LEVEL_LABELS[self.screening.level]

    @property
    def level_tag(self) -> str:
        return guidance.LEVEL_TAGS[self.screening.level]

    @property
    def level_summary(self) -> str:
        return guidance.LEVEL_SUMMARIES[self.screening.level]

    @property
    def level_reasons(self) -> list[str]:
        return [guidance.LEVEL_REASONS[code] for code in self.screening.reasons]

    @property
    def triggers(self) -> list[dict]:
        return [
            {
                "code": t.code,
                "title": guidance.TRIGGER_TITLES[t.code],
                "why": guidance.trigger_why(t),
                "derived": t.derived,
            }
            for t in self.screening.triggers
        ]

    @property
    def screening_answers(self) -> list[dict]:
        """Each screening question with its answer (True, False or None)."""
        answers = self.draft.screening
        return [
            {"code": q.code, "label": q.label, "answer": answers.get(q.code)}
            for q in guidance.SCREENING_QUESTIONS
        ]

    # The quality check, in words.
    @property
    def criteria(self) -> list[dict]:
        return [
            {
                "code": c.code,
                "title": guidance.CRITERIA[c.code][0],
                "rule": guidance.CRITERIA[c.code][1],
                "passed": c.passed,
                "problems": [guidance.finding_text(f) for f in c.problems],
                "advice": [guidance.finding_text(f) for f in c.advice],
            }
            for c in self.verdict.criteria
        ]

    @property
    def kind_guide(self) -> guidance.KindGuide | None:
        return guidance.KINDS.get(self.question.kind)


def review_for(*, ctx: ToolContext, question: DataQuestion) -> QuestionReview:
    return QuestionReview(question, open_steps=frozenset(open_steps(ctx=ctx)))


def reviews_for(*, ctx: ToolContext) -> list[QuestionReview]:
    opened = frozenset(open_steps(ctx=ctx))
    return [QuestionReview(q, open_steps=opened) for q in questions_for(ctx=ctx)]
