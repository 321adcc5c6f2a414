"""Reads of the canvas. Every lookup starts from a ToolContext (cohorts.learning.tools), which has
already decided whose enrolment this is and who is asking, so a canvas or a part can only be
found inside that enrolment; anything else is Http404."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from cohorts.learning.tools import ToolContext

from . import rules
from .models import Canvas, CanvasPart, PartKind

_STEP_COLUMNS = sorted(
    {field for fields in rules.STEP_FIELDS.values() for field in fields}
    | {field for fields in rules.STEP_EXTRA_FIELDS.values() for field in fields}
)
# What a step's being done reads (the extra fields only say whether it was started).
_DONE_COLUMNS = sorted({field for fields in rules.STEP_FIELDS.values() for field in fields})


def steps_done(enrolment_ids: Iterable[int]) -> dict[int, set[str]]:
    """{enrolment id: the steps done on at least one of its canvases}, in one query of plain
    rows holding only the columns the rules read (the council lead's status column)."""
    ids = list(enrolment_ids)
    rows = (
        Canvas.objects.filter(enrolment_id__in=ids)
        .annotate(core_parts=Count("parts", filter=Q(parts__kind=PartKind.CORE)))
        .values("enrolment_id", "core_parts", *_DONE_COLUMNS)
    )
    done: dict[int, set[str]] = {}
    for row in rows:
        done.setdefault(row["enrolment_id"], set()).update(
            rules.steps_complete(row, core_parts=row["core_parts"])
        )
    return done


@dataclass(frozen=True)
class StepState:
    name: str
    title: str
    week: int
    number: int  # 1 to 6, its place on the canvas
    opens_on: dt.date | None
    is_open: bool
    editable: bool
    done: bool
    started: bool

    @property
    def status(self) -> str:
        if self.done:
            return "done"
        if not self.is_open:
            return "locked"
        return "started" if self.started else "not_started"


@dataclass(frozen=True)
class CanvasView:
    """A canvas with what the pages derive from it: the steps done and the proposal."""

    canvas: Canvas
    steps: tuple[StepState, ...]
    proposal: rules.Proposal | None

    @property
    def steps_done(self) -> int:
        return sum(1 for step in self.steps if step.done)

    def step(self, name: str) -> StepState:
        return next(step for step in self.steps if step.name == name)


def _view(ctx: ToolContext, canvas: Canvas, *, core_parts: int, parts: int) -> CanvasView:
    values = {field: getattr(canvas, field) for field in _STEP_COLUMNS}
    done = rules.steps_complete(values, core_parts=core_parts)
    started = rules.steps_started(values, parts=parts)
    steps = tuple(
        StepState(
            name=step.name,
            title=step.title,
            week=step.week,
            number=number,
            opens_on=ctx.opens_on(step),
            is_open=ctx.step_is_open(step),
            editable=ctx.can_edit_step(step),
            done=step.name in done,
            started=step.name in started or step.name in done,
        )
        for number, step in enumerate(ctx.tool.steps, start=1)
    )
    return CanvasView(canvas=canvas, steps=steps, proposal=canvas.proposal)


def canvases_for(*, ctx: ToolContext) -> list[CanvasView]:
    """Every canvas of the enrolment, oldest first, in one query."""
    canvases = Canvas.objects.filter(enrolment=ctx.enrolment).annotate(
        core_parts=Count("parts", filter=Q(parts__kind=PartKind.CORE)),
        part_count=Count("parts"),
        change_count=Count("parts", filter=Q(parts__kind=PartKind.CHANGE)),
    )
    return [_view(ctx, c, core_parts=c.core_parts, parts=c.part_count) for c in canvases]


def canvas_for(*, ctx: ToolContext, pk: int) -> Canvas:
    """One canvas of this enrolment with its parts, or Http404."""
    try:
        return (
            Canvas.objects.filter(enrolment=ctx.enrolment)
            .prefetch_related(
                Prefetch("parts", queryset=CanvasPart.objects.order_by("created_at", "pk"))
            )
            .get(pk=pk)
        )
    except Canvas.DoesNotExist:
        raise Http404 from None


def canvas_view(*, ctx: ToolContext, canvas: Canvas) -> CanvasView:
    """The canvas's steps and proposal, from the parts already prefetched."""
    parts = list(canvas.parts.all())
    core = sum(1 for part in parts if part.kind == PartKind.CORE)
    return _view(ctx, canvas, core_parts=core, parts=len(parts))


def part_for(*, canvas: Canvas, pk: int) -> CanvasPart:
    try:
        return CanvasPart.objects.get(canvas=canvas, pk=pk)
    except CanvasPart.DoesNotExist:
        raise Http404 from None


def parts_by_kind(*, canvas: Canvas) -> dict[str, list[CanvasPart]]:
    grouped: dict[str, list[CanvasPart]] = {PartKind.CORE: [], PartKind.CHANGE: []}
    for part in canvas.parts.all():
        grouped[part.kind].append(part)
    return grouped
