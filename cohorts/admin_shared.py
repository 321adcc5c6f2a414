"""Pieces the cohort, enrolment and session admin pages share: read-only pages, links to a person's tool work and to withdraw or re-instate them, a session's state, and what keeps a page of rows cheap (`PkUrls`, `QuickRowLinks`, `QuickActionCheckboxes`)."""

import html
from functools import lru_cache
from urllib.parse import urlencode

from django.contrib.admin import helpers
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from cohorts.models import (
    Enrolment,
    EnrolmentStatus,
    Session,
)
from infuse.words import text_once
from labs.registry import tool_for


class PkUrls:
    """The addresses of URL patterns taking one primary key, each pattern reversed once for a
    page of rows rather than once a row (issue 24): `urls("admin:…_change", pk)`. Made per
    request, so a change of URL configuration is never missed."""

    _MARK = "2147483647"  # a key no row has: where a row's own key goes in the address

    def __init__(self):
        self._split: dict[str, tuple[str, str]] = {}

    def __call__(self, name: str, pk) -> str:
        parts = self._split.get(name)
        if parts is None:
            before, mark, after = reverse(name, args=[int(self._MARK)]).rpartition(self._MARK)
            parts = self._split[name] = (before, after) if mark else ()
        if not parts:  # a pattern that does not write the key as it is: reversed each time
            return reverse(name, args=[pk])
        return f"{parts[0]}{pk}{parts[1]}"


def _reverse(name: str, pk) -> str:
    return reverse(name, args=[pk])


def escaped(value) -> str:
    """`conditional_escape(value)` without its lazy-argument checks, for the cells and links of
    a page of rows (hundreds a page, issue 24): what is already HTML as it is, anything else as
    text, escaped."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


@lru_cache(maxsize=256)
def _next_query(back: str) -> str:
    return "?" + urlencode({"next": back})


@lru_cache(maxsize=32)
def _tool_name(language: str, lab_code: str) -> str:
    """A Lab tool's name in `language` (the active one), read once."""
    return str(tool_for(lab_code).name)


def tool_work_link(enrolment: Enrolment, text: str, urls=_reverse) -> str:
    """A link to the participant's work in their lab's tool, found through the registry (no
    lab app is imported here); "—" when the lab has no tool. `urls`: a page's `PkUrls`."""
    links = RowLinks(enrolment.cohort.lab.code, tool_text=text, urls=urls)
    return links.tool_work(enrolment.pk, enrolment.user.full_name)


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


def withdraw_or_reinstate_link(enrolment: Enrolment, back: str = "", urls=_reverse) -> str:
    """The one button an enrolment has: Withdraw, or Re-instate once withdrawn. Each opens its
    confirmation page; `back` is where that page returns to. `urls`: a page's `PkUrls`."""
    user = enrolment.user
    return RowLinks(back=back, urls=urls).withdraw_or_reinstate(
        enrolment.pk, enrolment.status, user.is_active, user.erased_at, user.full_name
    )


class RowLinks:
    """The links a row of a cohort's people shows (`tool_work`, `withdraw_or_reinstate`), with
    what every row of a page shares worked out once for the page (issue 24): the Lab's tool and
    its name, the words in the page's language, where the confirmation pages return (`back`).
    `lab_code`: the cohort's Lab (None: no tool link); `urls`: a page's `PkUrls`."""

    def __init__(self, lab_code: str | None = None, *, tool_text="", back="", urls=_reverse):
        self.tool = tool_for(lab_code) if lab_code else None
        if self.tool is not None:
            self._tool_text = escaped(tool_text)
            self._tool_name = escaped(_tool_name(get_language(), lab_code))
        self._urls = urls
        self._back = _next_query(back) if back else ""
        self._withdraw = (
            escaped(text_once(gettext_noop("Withdraw"))),
            text_once(gettext_noop("Withdraw %(name)s")),
        )
        self._reinstate = (
            escaped(text_once(gettext_noop("Re-instate"))),
            text_once(gettext_noop("Re-instate %(name)s")),
        )

    def tool_work(self, pk, full_name: str) -> str:
        """A link to the participant's work in the Lab's tool; "—" when the Lab has none."""
        if self.tool is None or not pk:
            return "—"
        url = self._urls(self.tool.url_name, pk)
        return mark_safe(
            f'<a href="{escaped(url)}">{self._tool_text}<span class="visually-hidden"> '
            f"({self._tool_name}, {escaped(full_name)})</span></a>"
        )

    def withdraw_or_reinstate(self, pk, status, is_active: bool, erased_at, full_name) -> str:
        """Withdraw, or Re-instate once withdrawn: a link to its confirmation page."""
        if status == EnrolmentStatus.COMPLETED:
            return "—"  # they finished the Lab: there is nothing to withdraw from
        if status == EnrolmentStatus.WITHDRAWN:
            if not is_active or erased_at:
                return "—"  # they have left the programme: nobody to re-instate
            name, (text, label) = "reinstate", self._reinstate
        else:
            name, (text, label) = "withdraw", self._withdraw
        url = self._urls(f"admin:cohorts_enrolment_{name}", pk) + self._back
        label = label % {"name": full_name}
        return mark_safe(
            f'<a class="button" href="{escaped(url)}" aria-label="{escaped(label)}">{text}</a>'
        )


class QuickRowLinks:
    """For an admin list (a ChangeList): each row's link made from one reversed address, with
    the list's own query (its search, filters and page, as `_changelist_filters`) already on
    it, so that the row's page, saved or closed, returns to the same place. Django would add
    that query to each row's link by resolving the link again, a row at a time."""

    def __init__(self, request, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.row_query, self.preserved_filters = self.preserved_filters, ""
        self._urls = PkUrls()

    def url_for_result(self, result):
        opts = self.opts
        url = self._urls(
            f"{self.model_admin.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
            quote(getattr(result, self.pk_attname)),
        )
        return f"{url}?{self.row_query}" if self.row_query else url


class QuickActionCheckboxes:
    """For a ModelAdmin: its list's action checkboxes written out, the same HTML as Django's
    `ModelAdmin.action_checkbox` (a CheckboxInput drawn through the form renderer's templates:
    type, name, value, then its class and label), at a fraction of the cost on a list that draws
    one a row (issue 24: some 85 µs a row by Django's, under 10 µs by this, on the cohort
    list). Its label is Django's own words, so Django's translations."""

    def action_checkbox(self, obj):
        label = text_once(gettext_noop("Select this object for an action - {}"))
        return mark_safe(
            f'<input type="checkbox" name="{helpers.ACTION_CHECKBOX_NAME}" '
            f'value="{html.escape(str(obj.pk))}" class="action-select" '
            f'aria-label="{label.format(escaped(str(obj)))}">'
        )
