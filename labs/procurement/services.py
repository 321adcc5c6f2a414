"""Writes for the Social value planner. Each one checks that the step may be changed now (the
participant's own open enrolment, the step's week begun), saves in one transaction and ticks
the matching tool activities through the frame's one progress service."""

import uuid
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cohorts.learning.tools import ToolContext, tool_steps_sync
from infuse.concurrency import version_bump, versioned_update

from .models import Bid, BidCommitment, Plan, PlanMeasure, ProxyValue
from .selectors import BIDS, CONTRACT, OUTCOMES, WEIGHTING, plan_steps_done


class StepRefused(PermissionDenied):
    """The step cannot be changed now; the message says why, for the participant."""


def _check(ctx: ToolContext, step_name: str) -> None:
    step = ctx.tool.step(step_name)
    if not ctx.can_edit:
        raise StepRefused(_("Only the participant can change this plan, while their Lab is open."))
    if not ctx.can_edit_step(step):
        opens = ctx.opens_on(step)
        raise StepRefused(
            _("This step opens on %(date)s, with week %(week)s.")
            % {"date": date_format(opens, "j F Y") if opens else "?", "week": step.week}
        )


def _sync(ctx: ToolContext) -> None:
    tool_steps_sync(
        ctx=ctx, done_steps=plan_steps_done([ctx.enrolment.pk]).get(ctx.enrolment.pk, set())
    )


def plan_create(
    *,
    ctx: ToolContext,
    title: str,
    kind: str,
    value: Decimal,
    duration_months: int,
    token: uuid.UUID,
) -> Plan:
    """A new plan, starting with its contract. Participant only; ticks the contract step.
    Idempotent per `token` (the form's one-time token): a double click on "Start the plan" or
    racing posts of one form make one plan, and each gets it back."""
    _check(ctx, CONTRACT)
    with transaction.atomic():
        plan, created = Plan.objects.get_or_create(
            enrolment=ctx.enrolment,
            create_token=token,
            defaults={
                "title": title,
                "kind": kind,
                "value": value,
                "duration_months": duration_months,
            },
        )
        if created:
            _sync(ctx)
    return plan


# Every save of a step below is made over the plan's `version` its form was drawn from: if the
# plan (any of its steps, its measures or bids) was saved since, infuse.concurrency raises
# VersionConflict and nothing is written. The guarded update comes first, so that it also
# holds the plan's row until the step's measures or bids are replaced.


def plan_contract_save(
    *,
    ctx: ToolContext,
    plan: Plan,
    title: str,
    kind: str,
    value: Decimal,
    duration_months: int,
    version: int | None,
) -> Plan:
    _check(ctx, CONTRACT)
    with transaction.atomic():
        plan.title, plan.kind, plan.value, plan.duration_months = (
            title,
            kind,
            value,
            duration_months,
        )
        versioned_update(
            plan, version=version, fields=["title", "kind", "value", "duration_months"]
        )
        _sync(ctx)
    return plan


def plan_outcomes_save(
    *,
    ctx: ToolContext,
    plan: Plan,
    targets: dict[ProxyValue, Decimal],
    note: str,
    version: int | None,
) -> Plan:
    """Replace the plan's measures with `targets` (measure -> target). Bids keep their
    commitments to a measure taken out, so putting it back restores them."""
    _check(ctx, OUTCOMES)
    with transaction.atomic():
        plan.outcomes_note = note
        versioned_update(plan, version=version, fields=["outcomes_note"])
        plan.measures.exclude(proxy__in=list(targets)).delete()
        existing = {m.proxy_id: m for m in plan.measures.all()}
        changed, added = [], []
        for proxy, target in targets.items():
            measure = existing.get(proxy.pk)
            if measure is None:
                added.append(PlanMeasure(plan=plan, proxy=proxy, target=target))
            elif measure.target != target:
                measure.target = target
                changed.append(measure)
        PlanMeasure.objects.bulk_create(added)
        PlanMeasure.objects.bulk_update(changed, ["target"])
        _sync(ctx)
    return plan


def plan_weighting_save(
    *,
    ctx: ToolContext,
    plan: Plan,
    price: int,
    quality: int,
    social_value: int,
    note: str,
    version: int | None,
) -> Plan:
    """Price, quality and social value weightings; the form has checked they total 100."""
    _check(ctx, WEIGHTING)
    if price + quality + social_value != 100:
        raise ValueError("The weightings must total 100.")
    with transaction.atomic():
        plan.price_weight, plan.quality_weight, plan.social_value_weight = (
            price,
            quality,
            social_value,
        )
        plan.weighting_note = note
        versioned_update(
            plan,
            version=version,
            fields=["price_weight", "quality_weight", "social_value_weight", "weighting_note"],
        )
        _sync(ctx)
    return plan


def plan_bids_save(*, ctx: ToolContext, plan: Plan, bids: list[dict], version: int | None) -> Plan:
    """Replace the plan's sample bids with `bids` (bidder, price, quality, commitments:
    {measure: quantity}), kept in the order given."""
    _check(ctx, BIDS)
    with transaction.atomic():
        version_bump(plan, version=version)
        plan.bids.all().delete()
        created = Bid.objects.bulk_create(
            Bid(
                plan=plan,
                position=position,
                bidder=bid["bidder"],
                price=bid["price"],
                quality=bid["quality"],
            )
            for position, bid in enumerate(bids, start=1)
        )
        BidCommitment.objects.bulk_create(
            BidCommitment(bid=row, proxy=proxy, quantity=quantity)
            for row, bid in zip(created, bids, strict=True)
            for proxy, quantity in bid["commitments"].items()
            if quantity
        )
        _sync(ctx)
    return plan


def plan_delete(*, ctx: ToolContext, plan: Plan) -> None:
    """Delete a plan; steps no other plan completes are unticked."""
    if not ctx.can_edit:
        raise StepRefused(_("Only the participant can delete this plan, while their Lab is open."))
    with transaction.atomic():
        plan.delete()
        _sync(ctx)
