"""The frame every lab tool uses (issue 6): whose work it is, who may read it, how a saved step
ticks its activities, comments from facilitators, and the PDF export.

A tool's work belongs to an enrolment. The participant edits their own; programme staff
(facilitators are staff) read anyone's and comment; a council lead sees only each tool's status
(`tool_statuses`), never the content; funders see nothing. Everyone else gets 404.
Lab apps import this module; `labs` and `cohorts` find the tools through `labs.registry`.
"""

import datetime as dt
import uuid
from dataclasses import dataclass

from django.contrib import admin
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from councils.audit import WORK_OPENED, audit_event
from councils.models import Role, User
from councils.pdf import render_pdf
from labs.models import ActivityKind, counting_q
from labs.registry import Tool, ToolStatus, ToolStep, tool_for

from ..models import Completion, Enrolment, EnrolmentStatus, ToolComment
from ..services import WorkRefused, completion_submit
from ..weeks import week_is_open
from .curriculum import modules_by_lab


@dataclass(frozen=True)
class ToolContext:
    """An enrolment as seen from its lab's tool by the person asking."""

    enrolment: Enrolment
    tool: Tool
    can_edit: bool  # the participant themselves, while the enrolment is open
    is_reader: bool  # programme staff reading someone's work
    today: dt.date

    @property
    def participant(self) -> User:
        return self.enrolment.user

    def step_is_open(self, step: ToolStep) -> bool:
        return week_is_open(self.opens_on(step), self.today)

    def opens_on(self, step: ToolStep) -> dt.date | None:
        for session in self.enrolment.cohort.sessions.all():
            if session.number == step.week:
                return session.date
        return None

    def can_edit_step(self, step: ToolStep) -> bool:
        return self.can_edit and self.step_is_open(step)


def tool_context(
    *, user: User, pk: int, lab_code: str, today: dt.date | None = None
) -> ToolContext:
    """The enrolment `pk` for its lab's tool, or Http404: for its participant (to work on) and
    programme staff (to read and comment). A lead, a funder or anyone else gets 404."""
    tool = tool_for(lab_code)
    if tool is None or not user.is_authenticated:
        raise Http404
    qs = Enrolment.objects.select_related("cohort__lab", "user__council").prefetch_related(
        "cohort__sessions"
    )
    if user.role == Role.PARTICIPANT:
        qs = qs.filter(user_id=user.pk)
    elif user.role != Role.STAFF:
        raise Http404
    try:
        enrolment = qs.get(pk=pk, cohort__lab__code=lab_code)
    except Enrolment.DoesNotExist:
        raise Http404 from None
    is_owner = enrolment.user_id == user.pk
    if not is_owner:
        audit_event(WORK_OPENED, obj=enrolment, actor=user, subject=enrolment.user, tool=lab_code)
    return ToolContext(
        enrolment=enrolment,
        tool=tool,
        can_edit=is_owner and enrolment.status in (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE),
        is_reader=not is_owner,
        today=today or timezone.localdate(),
    )


def tool_steps_sync(*, ctx: ToolContext, done_steps: set[str]) -> list[str]:
    """Tick (or untick) the tool activities of the enrolment's lab to match the steps now
    complete, through the one progress service. Steps whose week has not opened are left for
    later. Returns the activity titles whose state changed."""
    enrolment = ctx.enrolment
    if enrolment.user.erased_at is not None:
        return []  # an erased person's tool work is gone; their ticks stay as the figures had them
    # The lab's tool activities (archived ones left out), from the curriculum kept in memory
    # (each with its module, which the prefetch set): no query for them.
    lab_id = enrolment.cohort.lab_id
    activities = [
        activity
        for module in modules_by_lab({lab_id}, bodies=False).get(lab_id, [])
        for activity in module.activities.all()
        if activity.kind == ActivityKind.TOOL
    ]
    already = set(
        Completion.objects.filter(
            enrolment=enrolment, activity_id__in=[a.pk for a in activities]
        ).values_list("activity_id", flat=True)
    )
    to_change = [
        (activity, activity.tool_step in done_steps)
        for activity in activities
        if (activity.tool_step in done_steps) != (activity.pk in already)
    ]
    changed = []
    if not to_change:
        return changed  # nothing to write (a page view that finds everything in step)
    with transaction.atomic():
        for activity, should in to_change:
            try:
                completion_submit(
                    enrolment=enrolment,
                    activity=activity,
                    done=should,
                    today=ctx.today,
                    by_tool=True,
                )
            except WorkRefused:
                continue
            changed.append(activity.title)
    return changed


def tool_comments(*, enrolment: Enrolment) -> list[ToolComment]:
    """The comments on this enrolment's tool work, oldest first; each carries `step_title`,
    the title of the step it is about ("" for the work as a whole)."""
    tool = tool_for(enrolment.cohort.lab.code)
    comments = list(enrolment.tool_comments.select_related("author"))
    for comment in comments:
        step = tool.step(comment.step) if tool and comment.step else None
        comment.step_title = step.title if step else ""
    return comments


def tool_comment_add(
    *, ctx: ToolContext, author: User, body: str, token: uuid.UUID, step: str = ""
) -> ToolComment:
    """A facilitator or staff member comments on a participant's tool work, on one of the
    tool's steps or (`step=""`, or a name the tool does not have) on the work as a whole.
    Idempotent per `token` (the comment form's one-time token): sent twice, it is one comment."""
    if author.role != Role.STAFF:
        raise Http404
    if ctx.tool.step(step) is None:
        step = ""
    comment, _created = ToolComment.objects.get_or_create(
        enrolment=ctx.enrolment,
        create_token=token,
        defaults={"author": author, "body": body.strip(), "step": step},
    )
    return comment


def tool_statuses(*, enrolments: list[Enrolment]) -> dict[int, ToolStatus]:
    """Each enrolment's progress in its lab's tool, content-free (for council leads).

    A step counts as done when the tool's work says so or when the activity it completes is
    ticked for the enrolment (the record progress and completion count: a step ticked before
    the tool existed, or whose work was erased, is still done), so the status never says "Not
    started" beside a Lab completed through those steps. One more query for all labs."""
    by_lab: dict[str, list[int]] = {}
    for enrolment in enrolments:
        by_lab.setdefault(enrolment.cohort.lab.code, []).append(enrolment.pk)
    ticked: dict[int, set[str]] = {}
    if by_lab:
        rows = (
            Completion.objects.filter(
                counting_q("activity"),
                enrolment_id__in=[pk for ids in by_lab.values() for pk in ids],
                activity__kind=ActivityKind.TOOL,
            )
            .exclude(activity__tool_step="")
            .values_list("enrolment_id", "activity__tool_step")
        )
        for enrolment_id, step in rows:
            ticked.setdefault(enrolment_id, set()).add(step)
    statuses: dict[int, ToolStatus] = {}
    for lab_code, ids in by_lab.items():
        tool = tool_for(lab_code)
        if tool:
            statuses.update(tool.statuses(ids, also_done=ticked))
    return statuses


def tool_render(request, template: str, context: dict, *, partial: str | None = None):
    """The tool page, or for an htmx request the named partial of the same template.

    Validation errors come back with status 200 so that htmx 2 swaps them in."""
    name = f"{template}#{partial}" if partial and request.htmx else template
    response = render(request, name, context)
    response.headers["Vary"] = "HX-Request"
    return response


def tool_pdf(*, ctx: ToolContext, template: str, context: dict, filename: str) -> HttpResponse:
    """The participant's work as a PDF: their name, cohort, the date, every section. Rendered
    with the static-only URL fetcher, so no URL typed into the tool is ever fetched."""
    enrolment = ctx.enrolment
    with translation.override(enrolment.user.language or "en"):
        html = render_to_string(
            template,
            {
                "ctx": ctx,
                "enrolment": enrolment,
                "participant": enrolment.user,
                "cohort": enrolment.cohort,
                "tool": ctx.tool,
                "generated_on": timezone.localdate(),
                **context,
            },
        )
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


__all__ = [
    "ToolContext",
    "tool_comment_add",
    "tool_comments",
    "tool_context",
    "tool_pdf",
    "tool_render",
    "tool_statuses",
    "tool_steps_sync",
]


class EnrolmentWorkAdmin:
    """Columns every lab tool's admin shows for a piece of work that belongs to an enrolment
    (a question, a canvas, a plan): whose it is, their council and cohort."""

    @admin.display(description=_("participant"), ordering="enrolment__user__full_name")
    def participant(self, obj):
        return obj.enrolment.user.full_name

    @admin.display(description=_("council"))
    def council(self, obj):
        council = obj.enrolment.user.council
        return council.name if council else "–"

    @admin.display(description=_("cohort"), ordering="enrolment__cohort__title_en")
    def cohort(self, obj):
        return obj.enrolment.cohort.title
