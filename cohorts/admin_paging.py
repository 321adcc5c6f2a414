"""The people on a cohort's admin page, a page at a time and as a table of text and links
(issue 24): a cohort of 175 drew 175 rows of form widgets, hidden fields and read-only fields
on every visit. The enrolment inline shows PAGE_SIZE people, in name order, each a plain row
(`CohortAdmin.person_row`: their name linking to the enrolment's own page, council, status,
progress, Lab tool work, withdraw or re-instate); links under it (the page's other query
parameters kept) go to the others. Nothing about an enrolment is edited on this page — the
register is the sessions' own, withdrawing and re-instating have their confirmation pages —
so the formset has no form per person, and a save of the cohort posts none."""

from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.forms.models import BaseInlineFormSet
from django.utils.safestring import mark_safe

from councils.models import User

from .admin_shared import escaped

PAGE_SIZE = 50
PAGE_PARAMETER = "people"
# What a row shows (CohortAdmin.person_row): not every column of a person, twice over.
ROW_FIELDS = (
    "pk",
    "cohort_id",
    "status",
    "progress",
    "sessions_attended",
    "user__full_name",
    "user__email",
    "user__is_active",
    "user__erased_at",
    "council",
    "nominated_by__full_name",
    "nominated_by__email",
)


class PeoplePageFormSet(BaseInlineFormSet):
    """One page of a cohort's enrolments as `rows` (what `row(enrolment)` makes of each: pairs of
    a column's name and its cell) and `rows_html` (those drawn as table rows), with
    `page` and `page_links`; `page_number`, `query` (the request's query string, a QueryDict)
    and `row` come from `CohortAdmin.get_formset_kwargs`. Three queries: the count, the page's
    enrolments in name order, and those enrolments with their person, council and nominator (the
    cohort is this one). Joined and sorted in one, PostgreSQL read every person twice (a hash
    join for the person and the nominator: 5-9 ms at 5,000 people, growing with the programme);
    apart, it looks up a cohort's people and then a page of them by their keys."""

    def __init__(self, *args, page_number=None, query=None, row=None, **kwargs):
        super().__init__(*args, **kwargs)
        name = User.objects.filter(pk=OuterRef("user_id")).values("full_name")[:1]
        # Every key in order, one query (a cohort's people are a few hundred at most): a
        # count and then a slice were two, each compiled and sent.
        in_order = list(self.queryset.order_by(Subquery(name), "pk").values_list("pk", flat=True))
        self.page = Paginator(in_order, PAGE_SIZE).get_page(page_number)
        keys = list(self.page)
        found = (
            self.queryset.filter(pk__in=keys)
            .select_related("user", "council", "nominated_by")
            .order_by()  # in the page's order below, not the model's (a join and a sort)
        )
        by_key = {enrolment.pk: enrolment for enrolment in found.only(*ROW_FIELDS)}
        self.rows = []
        for key in keys:
            enrolment = by_key.get(key)
            if enrolment is None:
                continue
            enrolment.cohort = self.instance  # its Lab, for the tool link, without a query
            self.rows.append(row(enrolment) if row else enrolment)
        # The table's rows drawn here, not cell by cell in the template (some 400 cells).
        self.rows_html = mark_safe(
            "".join(
                "<tr>"
                + "".join(
                    f'<td class="field-{escaped(name)}">{escaped(cell)}</td>'
                    for name, cell in cells
                )
                + "</tr>\n"
                for cells in (self.rows if row else [])
            )
        )
        # Nobody else reads the cohort's people whole (the admin's inline helper zips its
        # forms, none, with the formset's queryset when it gathers the page's media).
        self.queryset = self.queryset.none()
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

    # No form per person: nothing here is edited, so nothing is drawn, posted or checked (a
    # page posted from before this change, with a form per person, is read as none).

    def initial_form_count(self):
        return 0

    def total_form_count(self):
        return 0

    def full_clean(self):
        self._errors = []
        self._non_form_errors = self.error_class(error_class="nonform", renderer=self.renderer)
