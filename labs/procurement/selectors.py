"""Reads for the Social value planner. Every plan is found through the tool's context (the
enrolment the frame has already checked the person may see), never by its id alone."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext as _

from cohorts.learning.tools import ToolContext
from labs.registry import ToolStep

from . import rules
from .models import Bid, BidCommitment, Goal, Plan, PlanMeasure, ProxyValue

CONTRACT, OUTCOMES, WEIGHTING, BIDS = "contract", "outcomes", "weighting", "bids"


def _count(model, **filters):
    rows = model.objects.filter(plan=OuterRef("pk"), **filters).order_by()
    return Coalesce(
        Subquery(
            rows.values("plan").annotate(n=Count("pk")).values("n"), output_field=IntegerField()
        ),
        0,
    )


def _with_counts(plans: QuerySet[Plan]) -> QuerySet[Plan]:
    return plans.annotate(measure_count=_count(PlanMeasure), bid_count=_count(Bid))


def plan_steps(plan: Plan) -> set[str]:
    """The steps of one plan that are complete (the plan is annotated by _with_counts)."""
    done = set()
    if plan.title and plan.kind and plan.value and plan.duration_months:
        done.add(CONTRACT)
    if plan.measure_count:
        done.add(OUTCOMES)
    if plan.has_weighting:
        done.add(WEIGHTING)
    if plan.bid_count >= rules.MIN_BIDS:
        done.add(BIDS)
    return done


def plan_steps_done(enrolment_ids: Iterable[int]) -> dict[int, set[str]]:
    """{enrolment id: steps complete in any of its plans}, in one query whatever the number
    of enrolments or plans (the registry's `steps_done`, used in council leads' lists)."""
    done: dict[int, set[str]] = {}
    plans = (
        Plan.objects.filter(enrolment_id__in=list(enrolment_ids))
        # Counted over joins rather than by _with_counts' subqueries: the same numbers, and a
        # query cheaper to build for a page of a council lead's table.
        .annotate(
            measure_count=Count("measures", distinct=True), bid_count=Count("bids", distinct=True)
        )
        .only("enrolment_id", "title", "kind", "value", "duration_months", "price_weight")
        .order_by()
    )
    for plan in plans:
        done.setdefault(plan.enrolment_id, set()).update(plan_steps(plan))
    return done


def plans_for(*, ctx: ToolContext) -> list[Plan]:
    """The enrolment's plans, oldest first, each with `steps_done` (a set of step names).

    Counted over joins (as plan_steps_done does), not by _with_counts' two subqueries: the
    same numbers, and a query about half as costly to build on every visit to the planner."""
    plans = list(
        Plan.objects.filter(enrolment=ctx.enrolment).annotate(
            measure_count=Count("measures", distinct=True), bid_count=Count("bids", distinct=True)
        )
    )
    for plan in plans:
        plan.steps_done = plan_steps(plan)
    return plans


def plan_for(*, ctx: ToolContext, plan_id: int) -> Plan:
    """One plan of the context's enrolment, with everything the page shows, or Http404."""
    qs = _with_counts(Plan.objects.filter(enrolment=ctx.enrolment)).prefetch_related(
        Prefetch("measures", queryset=PlanMeasure.objects.select_related("proxy")),
        Prefetch(
            "bids",
            queryset=Bid.objects.prefetch_related(
                Prefetch("commitments", queryset=BidCommitment.objects.select_related("proxy"))
            ),
        ),
    )
    try:
        return qs.get(pk=plan_id)
    except Plan.DoesNotExist:
        raise Http404 from None


def proxies_offered(*, plan: Plan | None = None) -> list[ProxyValue]:
    """The measures a participant may choose: those staff offer, and any the plan already
    uses even if staff have since stopped offering them."""
    condition = Q(is_active=True)
    if plan is not None:
        condition |= Q(pk__in=[m.proxy_id for m in plan.measures.all()])
    return list(ProxyValue.objects.filter(condition))


# --- What the page and the PDF show ---------------------------------------------------------


@dataclass
class Line:
    """One measure of the plan, valued."""

    measure: PlanMeasure
    proxy: ProxyValue
    target: Decimal
    value: Decimal
    serves_theme: bool


@dataclass
class GoalGroup:
    goal: str
    label: str
    items: list = field(default_factory=list)  # Lines, or ProxyValues in the form
    open: bool = False  # in the form: shown open (it holds a target or an error)


@dataclass
class BidRow:
    bid: Bid
    committed: Decimal
    commitments: list[tuple[ProxyValue, Decimal, Decimal]]  # proxy, quantity, £ value
    score: rules.BidScore | None = None


@dataclass
class StepView:
    step: ToolStep
    number: int
    done: bool
    is_open: bool
    editable: bool
    opens_on: dt.date | None

    @property
    def anchor(self) -> str:
        return f"step-{self.step.name}"


@dataclass
class PlanView:
    plan: Plan
    theme: str
    theme_label: str
    steps: list[StepView]
    lines: list[Line]
    goal_groups: list[GoalGroup]
    result: rules.SocialValue
    warnings: list[str]
    weighting: rules.Weighting | None
    bid_rows: list[BidRow]  # as entered
    ranked: list[BidRow]  # best first, when there is an evaluation
    evaluation: rules.Evaluation | None
    evaluation_missing: list[str]  # why there is no ranking yet

    def step(self, name: str) -> StepView:
        return next(s for s in self.steps if s.step.name == name)

    @property
    def steps_by_name(self) -> dict[str, StepView]:
        return {s.step.name: s for s in self.steps}


def goal_groups(items, *, goal_of) -> list[GoalGroup]:
    """Items grouped by the seven goals, in the Act's order; goals with nothing are left out."""
    groups = {goal: GoalGroup(goal, label) for goal, label in Goal.choices}
    for item in items:
        groups[goal_of(item)].items.append(item)
    return [group for group in groups.values() if group.items]


def step_views(*, ctx: ToolContext, done: set[str]) -> list[StepView]:
    return [
        StepView(
            step=step,
            number=number,
            done=step.name in done,
            is_open=ctx.step_is_open(step),
            editable=ctx.can_edit_step(step),
            opens_on=ctx.opens_on(step),
        )
        for number, step in enumerate(ctx.tool.steps, start=1)
    ]


def warning_message(warning: rules.PlanWarning, *, plan: Plan, total: Decimal, theme_label: str):
    if warning.code == rules.ABOVE_HALF:
        return _(
            "The indicative social value (%(total)s) is more than half the contract’s estimated "
            "value (%(value)s). A supplier is unlikely to deliver that much on top of the "
            "contract itself: check each target against the contract’s size and length, and "
            "check the units."
        ) % {"total": rules.format_pounds(total), "value": rules.format_pounds(plan.value)}
    if warning.code == rules.NO_THEME_MEASURE:
        return _(
            "None of your measures serves your cohort’s theme, %(theme)s. Add at least one that "
            "does: they are marked “%(theme)s” in the list of measures."
        ) % {"theme": theme_label}
    if warning.code == rules.ZERO_TARGET:
        return _(
            "A target of 0 adds nothing and gives bidders nothing to commit to: %(measures)s. "
            "Enter a real target, or clear the box to leave the measure out."
        ) % {"measures": "; ".join(warning.measures)}
    raise ValueError(warning.code)


def plan_view(*, ctx: ToolContext, plan: Plan) -> PlanView:
    """Everything the plan's page and PDF show, computed from the current proxy values."""
    theme = ctx.enrolment.cohort.theme
    theme_label = ctx.enrolment.cohort.get_theme_display()
    measures = list(plan.measures.all())
    lines = [
        Line(
            measure=m,
            proxy=m.proxy,
            target=m.target,
            value=rules.line_value(m.target, m.proxy.value),
            serves_theme=m.proxy.serves(theme),
        )
        for m in measures
    ]
    result = rules.social_value(
        [
            rules.MeasureLine(
                key=line.proxy.code,
                name=line.proxy.measure,
                target=line.target,
                proxy_value=line.proxy.value,
                serves_theme=line.serves_theme,
            )
            for line in lines
        ],
        plan.value,
    )
    warnings = [
        warning_message(w, plan=plan, total=result.total, theme_label=theme_label)
        for w in result.warnings
    ]
    weighting = None
    if plan.has_weighting:
        weighting = rules.Weighting(
            plan.price_weight, plan.quality_weight, plan.social_value_weight
        )

    chosen = {m.proxy_id for m in measures}
    bid_rows = []
    for bid in plan.bids.all():
        commitments = [
            (c.proxy, c.quantity, rules.line_value(c.quantity, c.proxy.value))
            for c in bid.commitments.all()
            if c.proxy_id in chosen
        ]
        commitments.sort(key=lambda item: (item[0].position, item[0].pk))
        bid_rows.append(
            BidRow(
                bid=bid,
                committed=sum((c[2] for c in commitments), Decimal("0.00")),
                commitments=commitments,
            )
        )

    missing = []
    if weighting is None:
        missing.append(_("Set the weighting (price, quality and social value) first."))
    if len(bid_rows) < rules.MIN_BIDS:
        missing.append(_("Enter at least %(n)s bids.") % {"n": rules.MIN_BIDS})
    evaluation, ranked = None, []
    if not missing:
        inputs = [
            rules.Bid(row.bid.bidder, row.bid.price, row.bid.quality, row.committed)
            for row in bid_rows
        ]
        evaluation = rules.evaluate_bids(inputs, weighting)
        row_for = {id(bid): row for bid, row in zip(inputs, bid_rows, strict=True)}
        for score in evaluation.scores:
            row = row_for[id(score.bid)]
            row.score = score
            ranked.append(row)

    plan.measure_count, plan.bid_count = len(measures), len(bid_rows)
    return PlanView(
        plan=plan,
        theme=theme,
        theme_label=theme_label,
        steps=step_views(ctx=ctx, done=plan_steps(plan)),
        lines=lines,
        goal_groups=goal_groups(lines, goal_of=lambda line: line.proxy.goal),
        result=result,
        warnings=warnings,
        weighting=weighting,
        bid_rows=bid_rows,
        ranked=ranked,
        evaluation=evaluation,
        evaluation_missing=missing,
    )
