"""The people on a cohort's admin page, a page at a time and as a table of text and links
(issue 24): a cohort of 175 drew 175 rows of form widgets, hidden fields and read-only fields
on every visit. The page shows PAGE_SIZE people, in name order, each a plain row (their name
linking to the enrolment's own page, council, status, progress, Lab tool work, withdraw or
re-instate); links under it (the page's other query parameters kept) go to the others.

Nothing about an enrolment is edited on this page — the register is the sessions' own,
withdrawing and re-instating have their confirmation pages — so the table is not an inline:
`CohortAdmin.render_change_form` puts a `PeoplePage` in the page's context and
`admin/cohorts/cohort/people.html` draws it after the sessions. As an inline with no form per
person it cost Django's formset, its inline helpers and a spare form for the page's media on
every visit (about a quarter of the page's work); a save of the cohort posts nothing for the
people either way.

The rows are read as values, not as an enrolment, a person, a council and a nominator object
each, and their links made by one `RowLinks` for the page."""

from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy, gettext_noop

from councils.models import User
from infuse.words import text_once

from .admin_shared import PkUrls, RowLinks, escaped
from .models import EnrolmentStatus
from .selectors import enrolments_visible_to

PAGE_SIZE = 50
PAGE_PARAMETER = "people"
# The table's columns: each cell's class is "field-" and the column's name.
COLUMNS = [
    ("person", gettext_lazy("person")),
    ("council", gettext_lazy("council")),
    ("status", gettext_lazy("status")),
    ("progress", gettext_lazy("progress (%)")),
    ("sessions_attended", gettext_lazy("sessions attended")),
    ("nominated_by", gettext_lazy("nominated by")),
    ("tool_work", gettext_lazy("Lab tool work")),
    ("withdraw_or_reinstate", gettext_lazy("withdraw or re-instate")),
]
# Each status's label (lazy: translated as it is drawn); a status no choice names (written by
# other code, or by an older release) is shown as stored, as get_status_display() shows it.
STATUS_LABELS = dict(EnrolmentStatus.choices)
# What a row shows, in the order `PeoplePage._row` reads it.
ROW_VALUES = (
    "pk",
    "status",
    "progress",
    "sessions_attended",
    "user__full_name",
    "user__email",
    "user__is_active",
    "user__erased_at",
    "council_id",
    "council__name",
    "council__name_cy",
    "nominated_by_id",
    "nominated_by__full_name",
    "nominated_by__email",
)


class PeoplePage:
    """One page of a cohort's people for `user` (staff: `enrolments_visible_to`): `rows_html`
    (the table's rows), `page` (a Paginator's page of their keys), `page_links` and `columns`.
    `page_number` is the request's `?people=`, `query` its query string (a QueryDict, kept in
    the links to other pages) and `back` the page as it is, where withdraw and re-instate return.

    Two queries: every key in name order (a cohort's people are a few hundred at most; a count
    and then a slice were two, each compiled and sent), then the page's rows by their keys with
    their person, council and nominator. Joined and sorted in one, PostgreSQL read every person
    twice (a hash join for the person and the nominator: 5-9 ms at 5,000 people, growing with
    the programme); apart, it looks up a cohort's people and then a page of them by their keys."""

    heading = gettext_lazy("Enrolled people")
    columns = COLUMNS

    def __init__(self, *, user, cohort, page_number=None, query=None, back: str = ""):
        people = enrolments_visible_to(user=user).filter(cohort_id=cohort.pk)
        name = User.objects.filter(pk=OuterRef("user_id")).values("full_name")[:1]
        in_order = list(people.order_by(Subquery(name), "pk").values_list("pk", flat=True))
        self.page = Paginator(in_order, PAGE_SIZE).get_page(page_number)
        keys = list(self.page)
        found = {
            values[0]: values
            for values in people.filter(pk__in=keys).order_by().values_list(*ROW_VALUES)
        }
        urls, welsh = PkUrls(), get_language() == "cy"
        links = RowLinks(
            cohort.lab.code, tool_text=text_once(gettext_noop("Read")), back=back, urls=urls
        )
        self.rows_html = mark_safe(
            "".join(self._row(found[key], links, urls, welsh) for key in keys if key in found)
        )
        self.page_links = []
        if self.page.paginator.num_pages > 1:
            for number in self.page.paginator.page_range:
                kept = (query.copy() if query is not None else None) or {}
                if hasattr(kept, "setlist"):
                    kept.setlist(PAGE_PARAMETER, [str(number)])
                    address = "?" + kept.urlencode()
                else:
                    address = f"?{PAGE_PARAMETER}={number}"
                self.page_links.append(
                    {"number": number, "current": number == self.page.number, "query": address}
                )

    @staticmethod
    def _row(values, links: RowLinks, urls, welsh: bool) -> str:
        """One person's row: text and links, no form widgets."""
        (
            pk,
            status,
            progress,
            sessions_attended,
            full_name,
            email,
            is_active,
            erased_at,
            council_id,
            council_name,
            council_name_cy,
            nominated_by_id,
            nominator_name,
            nominator_email,
        ) = values
        person = (
            f'<a href="{escaped(urls("admin:cohorts_enrolment_change", pk))}">'
            f"{escaped(full_name)}</a> &lt;{escaped(email)}&gt;"
        )
        # The council as it was when they were enrolled, in the page's language
        # (Council.display_name).
        council = (council_name_cy if welsh else council_name) if council_id else "—"
        nominator = (nominator_name or nominator_email) if nominated_by_id else "—"
        cells = (
            ("person", person),
            ("council", escaped(council)),
            # The label itself: get_status_display() hashes every choice's label, translating
            # each (some 100 µs a row, issue 24).
            ("status", escaped(STATUS_LABELS.get(status, status))),
            ("progress", escaped(progress)),
            ("sessions_attended", escaped(sessions_attended)),
            ("nominated_by", escaped(nominator)),
            ("tool_work", links.tool_work(pk, full_name)),
            (
                "withdraw_or_reinstate",
                links.withdraw_or_reinstate(pk, status, is_active, erased_at, full_name),
            ),
        )
        return (
            "<tr>"
            + "".join(f'<td class="field-{column}">{cell}</td>' for column, cell in cells)
            + "</tr>\n"
        )
