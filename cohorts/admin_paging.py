"""The people on a cohort's admin page, a page at a time (issue 24): a cohort of 175 drew 175
rows of links and hidden fields on every visit. The enrolment inline shows PAGE_SIZE people, in
name order; links under it (the page's other query parameters kept) go to the others. Each row
keeps its links — the enrolment's own page, its Lab tool work, withdraw or re-instate — and the
register is the sessions' own, so nothing staff do is lost to the paging."""

from django.core.paginator import Paginator
from django.forms.models import BaseInlineFormSet

PAGE_SIZE = 50
PAGE_PARAMETER = "people"


class PagedInlineFormSet(BaseInlineFormSet):
    """An inline formset of one page of its rows: `page_number` and `query` (the request's
    query string, a QueryDict) from `CohortAdmin.get_formset_kwargs`."""

    ordering = ("user__full_name", "pk")

    def __init__(self, *args, page_number=None, query=None, **kwargs):
        super().__init__(*args, **kwargs)
        ordered = self.queryset.order_by(*self.ordering)
        # One query for the count, one for this page's keys; the rows are read once, by the
        # formset, for those keys only.
        self.page = Paginator(ordered.values_list("pk", flat=True), PAGE_SIZE).get_page(page_number)
        self.queryset = ordered.filter(pk__in=list(self.page.object_list))
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
