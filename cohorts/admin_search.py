"""The admin's cohort list at programme scale (issue 24): each cohort's figures as correlated
subqueries, and the search by title, Lab or council as EXISTS, so that no join multiplies a
cohort's row by its sessions, enrolments and councils (at 5,000 people the joins made some
630,000 rows to sort for 60 results).

The figures are the selectors' (`sessions_figure`, `first_session_met`, `places_taken_count`:
everyone but the withdrawn holds a place; people first meet at the first session not
cancelled), the same subqueries the staff home and the lead's upcoming cohorts use."""

from django.contrib.admin.views.main import ChangeList
from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.text import smart_split, unescape_string_literal

from .admin_shared import QuickRowLinks
from .models import Cohort
from .selectors import first_session_met, places_taken_count, sessions_figure


def with_status_figures(cohorts: QuerySet[Cohort]) -> QuerySet[Cohort]:
    """`first_session`, `last_session` and `week` (sessions up to today), each a subquery:
    what `CohortAdmin._status` reads, and all the cohort's own page needs of them."""
    return cohorts.annotate(
        first_session=sessions_figure(Min("date")),
        last_session=sessions_figure(Max("date")),
        week=sessions_figure(Count("pk"), Q(date__lte=timezone.localdate()), default=0),
    )


def with_list_figures(cohorts: QuerySet[Cohort]) -> QuerySet[Cohort]:
    """The status figures (`with_status_figures`), `first_met` and `taken` (places taken),
    each a subquery: one row per cohort, whatever it holds."""
    return with_status_figures(cohorts).annotate(
        first_met=first_session_met(),
        taken=places_taken_count(),
    )


def search_cohorts(cohorts: QuerySet[Cohort], term: str) -> QuerySet[Cohort]:
    """Cohorts whose title, Lab's name or one of whose councils' names holds every word of
    `term` (each word in any of them, as the admin's own search does; "quoted words" as one).
    The councils through EXISTS: a cohort is found once, however many councils match."""
    through = Cohort.councils.through
    for bit in smart_split(term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        if not bit:
            continue
        council = through.objects.filter(cohort_id=OuterRef("pk"), council__name__icontains=bit)
        cohorts = cohorts.filter(
            Q(title__icontains=bit) | Q(lab__name__icontains=bit) | Q(Exists(council))
        )
    return cohorts


class CohortChangeList(QuickRowLinks, ChangeList):
    """The cohort list, each cohort on its page given `council_names` (in name order) from one
    query of names: a prefetch made a Council object for every cohort's every council. Its
    rows' links keep the list's query without resolving each again (`QuickRowLinks`)."""

    def get_results(self, request):
        super().get_results(request)
        cohorts = list(self.result_list)
        names = {cohort.pk: [] for cohort in cohorts}
        rows = (
            Cohort.councils.through.objects.filter(cohort_id__in=names)
            .order_by("council__name", "council_id")
            .values_list("cohort_id", "council__name")
        )
        for cohort_id, name in rows:
            names[cohort_id].append(name)
        for cohort in cohorts:
            cohort.council_names = names[cohort.pk]
