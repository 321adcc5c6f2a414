"""Writes for the Good data question builder.

Every write is the participant's own, on their own open enrolment, in a step whose week has
opened; anything else raises StepClosed and changes nothing. After each write the tool's
activities are ticked or unticked to match (cohorts.learning.tools.tool_steps_sync, which refreshes
progress through the one progress service), in the same transaction. Each service returns the
titles of the activities whose state changed, so the page can say so.
"""

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cohorts.learning.tools import ToolContext, tool_steps_sync
from infuse.concurrency import versioned_update

from . import rules, selectors
from .models import DataItem, DataQuestion

MAX_QUESTIONS = 10
MAX_ITEMS = 30


class StepClosed(Exception):
    """The participant may not change this step now; the message says why, to them."""


class QuestionLimit(StepClosed):
    """The enrolment already keeps MAX_QUESTIONS questions."""


def question_limit_message() -> str:
    """What to do instead of starting a question once the builder keeps MAX_QUESTIONS."""
    return _(
        "You have %(n)s questions, the most the builder keeps. To start another, delete one "
        "you no longer need. Or reuse one: open it and change its question, since every step "
        "can be changed."
    ) % {"n": MAX_QUESTIONS}


def at_question_limit(ctx: ToolContext) -> bool:
    return selectors.question_count(ctx=ctx) >= MAX_QUESTIONS


def step_refusal(ctx: ToolContext, step_name: str) -> str | None:
    """Why this person may not change this step now, in words for them; or None."""
    if not ctx.can_edit:
        if ctx.is_reader:
            return _("Only the participant can change this work.")
        return _("Your Lab is closed, so your work here is kept as it is.")
    step = ctx.tool.step(step_name)
    if step is None:
        return _("This step does not exist.")
    if not ctx.step_is_open(step):
        opens = ctx.opens_on(step)
        return _("This step opens with week %(week)s, on %(date)s.") % {
            "week": step.week,
            "date": date_format(opens, "j F Y") if opens else "?",
        }
    return None


def _check_open(ctx: ToolContext, step_name: str) -> None:
    refusal = step_refusal(ctx, step_name)
    if refusal:
        raise StepClosed(refusal)


def _sync(ctx: ToolContext) -> list[str]:
    return tool_steps_sync(ctx=ctx, done_steps=selectors.enrolment_steps_done(ctx=ctx))


def tool_resync(*, ctx: ToolContext, done_steps: set[str]) -> list[str]:
    """Bring the tool's activities up to date with the steps complete and open now (the
    caller read them), through the one progress service: a step completed before its week
    opened is ticked once the week has opened. For the participant's own open enrolment;
    idempotent, and writes nothing when nothing has changed."""
    if not ctx.can_edit:
        return []
    return tool_steps_sync(ctx=ctx, done_steps=done_steps)


@transaction.atomic
def question_create(
    *, ctx: ToolContext, values: dict, token: uuid.UUID
) -> tuple[DataQuestion, list[str]]:
    """Start a question with step 1's answers. At most MAX_QUESTIONS per enrolment.

    Idempotent per `token` (the create form's one-time token): a double click, a retry or
    racing posts of one form make one question, and each gets that question back."""
    _check_open(ctx, "question")
    made = DataQuestion.objects.filter(enrolment=ctx.enrolment, create_token=token).first()
    if made is not None:
        return made, []
    if at_question_limit(ctx):
        raise QuestionLimit(question_limit_message())
    question, _created = DataQuestion.objects.get_or_create(
        enrolment=ctx.enrolment, create_token=token, defaults=values
    )
    return question, _sync(ctx)


# Which fields each step's form writes.
STEP_FIELDS = {
    "question": ("question", "decision", "who_acts", "by_when"),
    "kind": ("kind", "kind_reason"),
    "data": ("data_gaps",),
    "ethics": (
        "lawful_basis",
        "lawful_basis_detail",
        "article9_condition",
        "dpo_confirmed",
        *(f"screen_{code}" for code in rules.SCREENING),
        "dpia_commitment",
        "fairness",
        "residents_told",
        "minimisation",
    ),
    "quality": ("quality_actions",),
}


@transaction.atomic
def question_save_step(
    *, ctx: ToolContext, question: DataQuestion, step: str, values: dict, version: int | None
) -> list[str]:
    """Save one step of a question; only that step's fields are written, and only over the
    `version` the form was drawn from: if the question was saved since (another tab), raises
    infuse.concurrency.VersionConflict and writes nothing."""
    _check_open(ctx, step)
    fields = STEP_FIELDS[step]
    for name in fields:
        if name in values:
            setattr(question, name, values[name])
    versioned_update(question, version=version, fields=fields)
    return _sync(ctx)


@transaction.atomic
def question_delete(*, ctx: ToolContext, question: DataQuestion) -> list[str]:
    """Delete a question and its data items; the tool's activities are re-synced (a step that
    no other question completes is unticked)."""
    _check_open(ctx, "question")
    question.delete()
    return _sync(ctx)


def _touch(question: DataQuestion) -> None:
    """A change to its items shows as the question's last save; not a new version of the
    question's own steps, so its open step forms stay current."""
    DataQuestion.objects.filter(pk=question.pk).update(updated_at=timezone.now())


@transaction.atomic
def item_add(
    *, ctx: ToolContext, question: DataQuestion, values: dict, token: uuid.UUID
) -> list[str]:
    """Add a data item. Idempotent per `token` (the add form's one-time token)."""
    _check_open(ctx, "data")
    if DataItem.objects.filter(question=question, create_token=token).exists():
        return []
    if question.items.count() >= MAX_ITEMS:
        raise StepClosed(_("A question can list up to %(n)s data items.") % {"n": MAX_ITEMS})
    _item, created = DataItem.objects.get_or_create(
        question=question, create_token=token, defaults=values
    )
    if not created:
        return []
    _touch(question)
    return _sync(ctx)


@transaction.atomic
def item_update(
    *, ctx: ToolContext, item: DataItem, values: dict, version: int | None
) -> list[str]:
    """Change a data item over the `version` its form was drawn from (VersionConflict, writing
    nothing, if it was saved since)."""
    _check_open(ctx, "data")
    for name, value in values.items():
        setattr(item, name, value)
    versioned_update(item, version=version, fields=list(values))
    _touch(item.question)
    return _sync(ctx)


@transaction.atomic
def item_delete(*, ctx: ToolContext, item: DataItem) -> list[str]:
    _check_open(ctx, "data")
    question = item.question
    item.delete()
    _touch(question)
    return _sync(ctx)
