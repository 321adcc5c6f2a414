"""Pieces the cohort, enrolment and session admin pages share: read-only pages, links to a person's tool work and to withdraw or re-instate them, a session's state."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from cohorts.models import (
    Enrolment,
    EnrolmentStatus,
    Session,
)
from labs.registry import tool_for


def tool_work_link(enrolment: Enrolment, text: str) -> str:
    """A link to the participant's work in their lab's tool, found through the registry (no
    lab app is imported here); "—" when the lab has no tool."""
    tool = tool_for(enrolment.cohort.lab.code) if enrolment.pk else None
    if tool is None:
        return "—"
    return format_html(
        '<a href="{}">{}<span class="visually-hidden"> ({}, {})</span></a>',
        reverse(tool.url_name, args=[enrolment.pk]),
        text,
        tool.name,
        enrolment.user.full_name,
    )


def session_state(session: Session) -> str:
    if session.is_cancelled:
        return _("Cancelled: %(reason)s") % {"reason": session.cancelled_reason or "—"}
    if session.edited_by_hand:
        return _("Edited by hand, so kept")
    return "—"


class ReadOnlyPage:
    """For an admin whose change page is read, not edited (every field read-only, changes made
    through buttons that lead to their own pages): no Save buttons, a Close link instead."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
        }
        return super().change_view(request, object_id, form_url, extra_context)


def withdraw_or_reinstate_link(enrolment: Enrolment, back: str = "") -> str:
    """The one button an enrolment has: Withdraw, or Re-instate once withdrawn. Each opens its
    confirmation page; `back` is where that page returns to."""
    if enrolment.status == EnrolmentStatus.COMPLETED:
        return "—"  # they finished the Lab: there is nothing to withdraw from
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        if not enrolment.user.is_active or enrolment.user.erased_at:
            return "—"  # they have left the programme: nobody to re-instate
        name, text, label = "reinstate", _("Re-instate"), _("Re-instate %(name)s")
    else:
        name, text, label = "withdraw", _("Withdraw"), _("Withdraw %(name)s")
    url = reverse(f"admin:cohorts_enrolment_{name}", args=[enrolment.pk])
    if back:
        url += "?" + urlencode({"next": back})
    return format_html(
        '<a class="button" href="{}" aria-label="{}">{}</a>',
        url,
        label % {"name": enrolment.user.full_name},
        text,
    )
