"""The admin's cohort list at programme scale (issue 24): each cohort's figures as correlated
subqueries, and the search by title, Lab or council as EXISTS, so that no join multiplies a
cohort's row by its sessions, enrolments and councils (at 5,000 people the joins made some
630,000 rows to sort for 60 results).

The rules are those of `selectors.places_taken_count` and `selectors.first_session_met`
(everyone but the withdrawn holds a place; people first meet at the first session not
cancelled), written as subqueries."""

from django.db.models import Count, Exists, IntegerField, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import smart_split, unescape_string_literal

from .models import Cohort, Enrolment, EnrolmentStatus, Session


def _of_sessions(aggregate, condition: Q | None = None) -> Subquery:
    sessions = (
        Session.objects.filter(condition or Q(), cohort_id=OuterRef("pk"))
        .order_by()
        .values("cohort_id")
        .annotate(value=aggregate)
        .values("value")
    )
    return Subquery(sessions)


def with_list_figures(cohorts: QuerySet[Cohort]) -> QuerySet[Cohort]:
    """`first_session`, `first_met`, `last_session`, `week` (sessions up to today) and `taken`
    (places taken), each a subquery: one row per cohort, whatever it holds."""
    taken = (
        Enrolment.objects.filter(cohort_id=OuterRef("pk"))
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .order_by()
        .values("cohort_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return cohorts.annotate(
        first_session=_of_sessions(Min("date")),
        first_met=_of_sessions(Min("date"), Q(cancelled_at__isnull=True)),
        last_session=_of_sessions(Max("date")),
        week=Coalesce(
            _of_sessions(Count("pk"), Q(date__lte=timezone.localdate())),
            0,
            output_field=IntegerField(),
        ),
        taken=Coalesce(Subquery(taken), 0, output_field=IntegerField()),
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
