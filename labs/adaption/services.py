"""Writes to the canvas. Each is for the participant themselves (ctx.can_edit), only in a step
whose week has opened, and each ends by ticking or unticking the curriculum's tool activities
through the frame's one progress path (cohorts.learning.tools.tool_steps_sync), in the same
transaction."""

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cohorts.learning.tools import ToolContext, tool_steps_sync
from infuse.concurrency import versioned_update

from . import rules, selectors
from .models import Canvas, CanvasPart

STEP_COLUMNS = {
    "innovation": (
        "name",
        "what_it_is",
        "where_it_worked",
        "problem_there",
        "evidence_level",
        "evidence_source",
    ),
    "context": ("problem_here", "who_affected", "policy_fit"),
    "fit": tuple(
        column for attribute in rules.ATTRIBUTES for column in (attribute, f"{attribute}_note")
    ),
    "decision": ("decision", "decision_reasons", "reconsider_if", "who_agrees"),
    "test": (
        "test_what",
        "test_where",
        "test_starts_on",
        "test_weeks",
        "test_prediction",
        "measure_outcome",
        "measure_process",
        "measure_balancing",
        "test_review",
    ),
}
PART_COLUMNS = ("part", "why", "change", "reason", "risk", "check_plan")


class CanvasRefused(Exception):
    """The change is not allowed now; the message says why, for the person asking."""


def refusal(*, ctx: ToolContext, step: str) -> str | None:
    """Why this person may not change `step` now, or None."""
    if not ctx.can_edit:
        if ctx.is_reader:
            return _(
                "You can read this canvas and comment on it, but only its owner can change it."
            )
        return _("This Lab is closed for you, so your canvas is kept as it is.")
    tool_step = ctx.tool.step(step)
    if tool_step is None:
        raise ValueError(f"No step {step!r}")
    if not ctx.step_is_open(tool_step):
        opens = ctx.opens_on(tool_step)
        if opens is None:
            return _("This step's week has no session date yet, so it is not open.")
        return _("This step opens in week %(week)s, on %(date)s.") % {
            "week": tool_step.week,
            "date": date_format(opens, "j F Y"),
        }
    return None


def _require(ctx: ToolContext, step: str) -> None:
    reason = refusal(ctx=ctx, step=step)
    if reason:
        raise CanvasRefused(reason)


def _sync(ctx: ToolContext) -> list[str]:
    done = selectors.steps_done([ctx.enrolment.pk]).get(ctx.enrolment.pk, set())
    return tool_steps_sync(ctx=ctx, done_steps=done)


@transaction.atomic
def canvas_create(*, ctx: ToolContext, name: str, token: uuid.UUID) -> Canvas:
    """A new canvas for one more innovation. Needs the first step's week to be open.
    Idempotent per `token` (the form's one-time token): a double click or racing posts of one
    form make one canvas, and each gets it back."""
    _require(ctx, "innovation")
    canvas, created = Canvas.objects.get_or_create(
        enrolment=ctx.enrolment, create_token=token, defaults={"name": name.strip()}
    )
    if created:
        _sync(ctx)
    return canvas


@transaction.atomic
def canvas_save_step(
    *, ctx: ToolContext, canvas: Canvas, step: str, values: dict, version: int | None
) -> list[str]:
    """Save one step's entries (the forms have validated them) and tick the activities of the
    steps now done. For the decision, the tool's current proposal is recorded beside the
    participant's choice, with the time, so that a decision against the proposal is kept as
    such. Returns the titles of activities ticked or unticked.

    Only over the `version` the form was drawn from: if the canvas was saved since (another
    tab), raises infuse.concurrency.VersionConflict and writes nothing."""
    _require(ctx, step)
    columns = list(STEP_COLUMNS[step])
    for column in columns:
        setattr(canvas, column, values.get(column))
    if step == "decision":
        proposal = canvas.proposal
        proposed = proposal.decision if (proposal and canvas.decision) else ""
        if not canvas.decision:
            canvas.decided_at = None
        elif canvas.decided_at is None or _decision_changed(canvas, proposed):
            canvas.decided_at = timezone.now()
        canvas.proposed_decision = proposed
        columns += ["proposed_decision", "decided_at"]
    versioned_update(canvas, version=version, fields=columns)
    return _sync(ctx)


def _decision_changed(canvas: Canvas, proposed: str) -> bool:
    saved = Canvas.objects.filter(pk=canvas.pk).values("decision", "proposed_decision").first()
    return saved is None or (saved["decision"], saved["proposed_decision"]) != (
        canvas.decision,
        proposed,
    )


@transaction.atomic
def canvas_delete(*, ctx: ToolContext, canvas: Canvas) -> list[str]:
    """Remove a canvas and its parts. Activities its steps had ticked are unticked unless
    another canvas still completes them."""
    _require(ctx, "innovation")
    canvas.delete()
    return _sync(ctx)


@transaction.atomic
def part_add(
    *, ctx: ToolContext, canvas: Canvas, kind: str, values: dict, token: uuid.UUID
) -> CanvasPart:
    """A part to keep, or a part to change with its change planned. Idempotent per `token`
    (the add form's one-time token)."""
    _require(ctx, "core")
    part, created = CanvasPart.objects.get_or_create(
        canvas=canvas,
        create_token=token,
        defaults={"kind": kind, **{c: values.get(c) or "" for c in PART_COLUMNS}},
    )
    if created:
        Canvas.objects.filter(pk=canvas.pk).update(updated_at=timezone.now())
        _sync(ctx)
    return part


@transaction.atomic
def part_save(
    *, ctx: ToolContext, part: CanvasPart, values: dict, version: int | None
) -> CanvasPart:
    """Change a part over the `version` its form was drawn from (VersionConflict, writing
    nothing, if it was saved since)."""
    _require(ctx, "core")
    for column in PART_COLUMNS:
        setattr(part, column, values.get(column) or "")
    versioned_update(part, version=version, fields=PART_COLUMNS)
    Canvas.objects.filter(pk=part.canvas_id).update(updated_at=timezone.now())
    _sync(ctx)
    return part


@transaction.atomic
def part_delete(*, ctx: ToolContext, part: CanvasPart) -> list[str]:
    _require(ctx, "core")
    canvas_id = part.canvas_id
    part.delete()
    Canvas.objects.filter(pk=canvas_id).update(updated_at=timezone.now())
    return _sync(ctx)
