"""Reads of cohort data, each taking the user: the one place tenancy is enforced.

A person asking for something outside what they may see gets Http404, as if it did not exist.
"""

import datetime as dt

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from councils.models import Role, User

from .models import Cohort, Enrolment, EnrolmentStatus, Session

CURRENT = (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)


def today() -> dt.date:
    return timezone.localdate()


def enrolments_visible_to(*, user: User) -> QuerySet[Enrolment]:
    """Staff: all. Lead: their council's people. Participant: their own. Funder: none."""
    qs = Enrolment.objects.all()
    if not user.is_authenticated:
        return qs.none()
    if user.role == Role.STAFF:
        return qs
    if user.role == Role.LEAD and user.council_id:
        return qs.filter(user__council_id=user.council_id)
    if user.role == Role.PARTICIPANT:
        return qs.filter(user=user)
    return qs.none()


def cohorts_visible_to(*, user: User) -> QuerySet[Cohort]:
    """Staff: all. Lead: cohorts their council takes part in. Participant: their own cohorts."""
    qs = Cohort.objects.all()
    if not user.is_authenticated:
        return qs.none()
    if user.role == Role.STAFF:
        return qs
    if user.role == Role.LEAD and user.council_id:
        return qs.filter(councils=user.council_id)
    if user.role == Role.PARTICIPANT:
        return qs.filter(enrolments__user=user)
    return qs.none()


def enrolment_for_user(*, user: User, pk: int) -> Enrolment:
    try:
        return enrolments_visible_to(user=user).select_related("cohort__lab", "user").get(pk=pk)
    except Enrolment.DoesNotExist:
        raise Http404 from None


def own_enrolment(*, user: User, pk: int) -> Enrolment:
    """A participant's own enrolment, and nobody else's (not even staff: this is for doing work)."""
    try:
        return (
            Enrolment.objects.select_related("cohort__lab", "user")
            .filter(user_id=user.pk)
            .get(pk=pk)
        )
    except Enrolment.DoesNotExist:
        raise Http404 from None


def cohort_for_user(*, user: User, pk: int) -> Cohort:
    try:
        return cohorts_visible_to(user=user).select_related("lab").distinct().get(pk=pk)
    except Cohort.DoesNotExist:
        raise Http404 from None


def session_for_register(*, user: User, pk: int) -> Session:
    """A session whose register this person may keep: staff, or a facilitator of its cohort."""
    qs = Session.objects.select_related("cohort__lab")
    if user.role != Role.STAFF:
        raise Http404
    try:
        return qs.get(pk=pk)
    except Session.DoesNotExist:
        raise Http404 from None


def participant_enrolments(*, user: User) -> QuerySet[Enrolment]:
    return (
        Enrolment.objects.filter(user=user)
        .select_related("cohort__lab")
        .prefetch_related(Prefetch("cohort__sessions", queryset=Session.objects.order_by("number")))
        .order_by("-cohort__start_date")
    )


def lead_enrolments(*, user: User, cohort_id: int | None = None) -> QuerySet[Enrolment]:
    qs = enrolments_visible_to(user=user).select_related("user", "cohort__lab")
    if cohort_id:
        qs = qs.filter(cohort_id=cohort_id)
    return qs


def open_cohorts_for_lead(*, user: User) -> QuerySet[Cohort]:
    """Upcoming cohorts that the lead's council takes part in, with places left."""
    if user.role != Role.LEAD or not user.council_id:
        return Cohort.objects.none()
    return (
        Cohort.objects.filter(councils=user.council_id, start_date__gt=today())
        .select_related("lab")
        .annotate(
            taken=Count("enrolments", filter=~Q(enrolments__status=EnrolmentStatus.WITHDRAWN))
        )
        .order_by("start_date")
    )


def _suppress(n: int) -> int | str:
    return "<5" if 0 < n < 5 else n


def lab_totals_for(*, user: User) -> list[dict]:
    """Cohorts, enrolments and completions per lab, in one aggregate query.

    Funders see the whole programme with small counts suppressed; leads their own council;
    staff everything.
    """
    from labs.models import Lab

    if user.role == Role.FUNDER:
        scope = Q()
    elif user.role == Role.LEAD:
        scope = Q(cohort__enrolments__user__council_id=user.council_id)
    elif user.role == Role.STAFF:
        scope = Q()
    else:
        return []
    prefix = "cohort__enrolments__"
    labs = Lab.objects.order_by("code").annotate(
        cohorts=Count("cohort", distinct=True),
        enrolled=Count(f"{prefix}pk", filter=scope, distinct=True),
        completed=Count(
            f"{prefix}pk",
            filter=scope & Q(**{f"{prefix}status": EnrolmentStatus.COMPLETED}),
            distinct=True,
        ),
    )
    rows = []
    for lab in labs:
        row = {
            "lab": lab,
            "cohorts": lab.cohorts,
            "enrolled": lab.enrolled,
            "completed": lab.completed,
        }
        if user.role == Role.FUNDER:
            row["enrolled"], row["completed"] = _suppress(lab.enrolled), _suppress(lab.completed)
        rows.append(row)
    return rows


def sessions_for_calendar_token(*, token: str) -> tuple[User, QuerySet[Session]]:
    """The sessions of the person whose secret calendar link this is (token-based access)."""
    try:
        user = User.objects.get(calendar_token=token, is_active=True)
    except User.DoesNotExist:
        raise Http404 from None
    sessions = (
        Session.objects.filter(
            cohort__in=Enrolment.objects.filter(user=user)
            .exclude(status=EnrolmentStatus.WITHDRAWN)
            .values("cohort")
        )
        .select_related("cohort__lab")
        .order_by("date", "start_time")
    )
    return user, sessions


def session_for_user(*, user: User, pk: int) -> Session:
    """A session of a cohort this person may see."""
    try:
        return Session.objects.select_related("cohort__lab").get(
            pk=pk, cohort__in=cohorts_visible_to(user=user)
        )
    except Session.DoesNotExist:
        raise Http404 from None
