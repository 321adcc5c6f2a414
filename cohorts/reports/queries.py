"""The database side of reports: every figure counted in a fixed number of grouped queries (by
lab, council, theme and quarter), whatever the number of people; and the lines for leads
(their people) and staff (each cohort)."""

import datetime as dt
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, NullIf, TruncDate, TruncQuarter
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from labs.models import LabCode

from ..models import (
    Attendance,
    Certificate,
    Completion,
    Enrolment,
    EnrolmentStatus,
    Session,
    Theme,
)
from .figures import CohortRow, PersonRow, count_cell, rate_cell
from .filters import ReportFilters, ReportOptions
from .kept import PRUNE_LOCK, Kept
from .periods import Period

ACTIVE_DAYS = 14


# --- The queries ------------------------------------------------------------------------------

# Room to group and sort in memory: PostgreSQL's default 4 MB sends some 150,000 completions
# (5,000 people) to a sort on disk, three times slower.
WORK_MEM = "32MB"


@contextmanager
def counting():
    """The counting queries of a report, run in one transaction with room to group in memory
    and without JIT compilation (PostgreSQL compiles a grouped count over many rows in some
    100 ms, more than it saves here). Both settings end with the transaction.

    First of all, before any snapshot its figures could be kept with, it takes the lock a
    prune of the figures' change rows takes alone (kept.PRUNE_LOCK), shared, if it can have it
    at once: a report counting while the rows are pruned keeps nothing (kept._KEEP asks), and
    a prune waits for the reports counting."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('work_mem', %s, true), set_config('jit', 'off', true),"
                    " pg_try_advisory_xact_lock_shared(%s)",
                    [WORK_MEM, PRUNE_LOCK],
                )
        yield


def scope_ids(options: ReportOptions, filters: ReportFilters) -> tuple[int | None, int | None]:
    """Which enrolments count, as (council, cohort), each None for all: a lead's own council
    only; a cohort when one is chosen (never for funders). Lab, theme and council are read from
    the cube, so that funders' suppression is the same whatever they filter."""
    # An enrolment counts for the council it was made for, even if its person has moved since
    # (Enrolment.council), so that no past figure shifts.
    council_id = options.user.council_id if options.audience == "lead" else None
    chosen = filters.cohort is not None and options.audience != "funder"
    return council_id, filters.cohort.pk if chosen else None


def _scope(options: ReportOptions, filters: ReportFilters) -> Q:
    """`scope_ids` as a filter of enrolments."""
    council_id, cohort_id = scope_ids(options, filters)
    scope = Q()
    if council_id is not None:
        scope &= Q(council_id=council_id)
    if cohort_id is not None:
        scope &= Q(cohort_id=cohort_id)
    return scope


def _group() -> dict:
    return {
        "g_lab": F("cohort__lab_id"),
        "g_council": F("council_id"),
        "g_theme": F("cohort__theme"),
    }


def _quarter(expression) -> TruncQuarter:
    return TruncQuarter(expression, output_field=DateField())


def _first_done() -> Subquery:
    return Subquery(
        Completion.objects.filter(enrolment=OuterRef("pk"))
        .order_by("completed_at")
        .values("completed_at")[:1]
    )


def _aware_range(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start 00:00, the day after end 00:00) in Europe/London."""
    return (
        timezone.make_aware(dt.datetime.combine(start, dt.time())),
        timezone.make_aware(dt.datetime.combine(end + dt.timedelta(days=1), dt.time())),
    )


def _cohort_title():
    """The cohort's title in the page's language, English while its Welsh is empty, read from
    django-modeltranslation's columns (the plain `title` column is not kept by `update()`)."""
    english = F("cohort__title_en")
    if translation.get_language() == "cy":
        return Coalesce(NullIf(F("cohort__title_cy"), Value("")), english, output_field=CharField())
    return english


def _attendance_held() -> Q:
    """A register mark counts only for a session held for that person (`CohortGroup.held`):
    not after the day they withdrew, and not before the day they were enrolled if that was
    after the cohort's start (a late joiner ticked for an earlier session by mistake would
    otherwise attend more sessions than were held for them)."""
    enrolled_on = TruncDate("enrolment__enrolled_at")
    # A cancelled session was not held: a mark on it counts for no one.
    return (
        Q(session__cancelled_at__isnull=True)
        & (
            Q(enrolment__withdrawn_on__isnull=True)
            | Q(session__date__lte=F("enrolment__withdrawn_on"))
        )
        & (
            Q(enrolment__enrolled_at__date__lte=F("enrolment__cohort__start_date"))
            | Q(session__date__gte=enrolled_on)
        )
    )


def _session_dates() -> dict[int, list[dt.date]]:
    """Every cohort's session dates, oldest first: one query of a few rows per cohort.
    Cancelled sessions are left out: they are not held, and do not count as held."""
    dates: dict[int, list[dt.date]] = defaultdict(list)
    held = Session.objects.filter(cancelled_at__isnull=True)
    for cohort_id, date in held.order_by("cohort_id", "date").values_list("cohort_id", "date"):
        dates[cohort_id].append(date)
    return dates


@dataclass(frozen=True)
class CohortGroup:
    """Enrolments counted together: the same cohort, council and status, withdrawn (if at all)
    on the same day. Everything that depends on a cohort's sessions is the same for each of
    them, so it is worked out once per group, not per person."""

    cohort_id: int
    lab: int
    council: int
    theme: str
    status: str
    withdrawn_on: dt.date | None
    n: int
    joined: dt.date | None = None  # the day they were enrolled, if after the cohort's start

    def held(self, dates: list[dt.date], today: dt.date) -> list[dt.date]:
        """The cohort's sessions held for these people: before today, not before the day they
        were enrolled (a late joiner missed nothing), and not after the day they withdrew."""
        return [
            d
            for d in dates
            if d < today
            and (self.joined is None or d >= self.joined)
            and (self.withdrawn_on is None or d <= self.withdrawn_on)
        ]


def _cohort_groups(scope: Q) -> list[CohortGroup]:
    """The enrolments in scope, counted by cohort, council, status, withdrawal day and (for
    anyone enrolled after the cohort's start date) enrolment day: one grouped query (rows grow
    with cohorts, councils and those days, not with people)."""
    joined = Case(
        When(enrolled_at__date__lte=F("cohort__start_date"), then=Value(None)),
        default=TruncDate("enrolled_at"),
        output_field=DateField(),
    )
    rows = (
        Enrolment.objects.filter(scope)
        .order_by()
        .values("cohort_id", "status", "withdrawn_on", **_group(), joined=joined)
        .annotate(n=Count("pk"))
    )
    return [
        CohortGroup(
            row["cohort_id"],
            row["g_lab"],
            row["g_council"],
            row["g_theme"],
            row["status"],
            row["withdrawn_on"],
            row["n"],
            row["joined"],
        )
        for row in rows
    ]


def _window(period: Period, today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    end = min(period.end, today)
    return _aware_range(end - dt.timedelta(days=ACTIVE_DAYS - 1), end)


def _active_query(scope: Q, window) -> QuerySet:
    recent = Completion.objects.filter(
        enrolment=OuterRef("pk"), completed_at__gte=window[0], completed_at__lt=window[1]
    )
    return (
        Enrolment.objects.filter(scope, Exists(recent))
        .order_by()
        .values(**_group())
        .annotate(n=Count("pk"))
    )


# --- Lines for leads (their people) and staff (each cohort) ----------------------------------


def _selection(filters: ReportFilters, prefix: str = "") -> Q:
    q = Q()
    if filters.lab:
        q &= Q(**{f"{prefix}cohort__lab_id": filters.lab.pk})
    if filters.theme:
        q &= Q(**{f"{prefix}cohort__theme": filters.theme})
    if filters.council:
        q &= Q(**{f"{prefix}council_id": filters.council.pk})
    return q


def _people_rows(scope: Q, filters: ReportFilters, today: dt.date) -> list[PersonRow]:
    """The lead's own staff on Labs in the period: enrolled by its end, not finished before it
    began. One query."""
    period = filters.period
    enrolled_by = _aware_range(period.start, min(period.end, today))[1]
    enrolments = (
        Enrolment.objects.filter(scope, _selection(filters), enrolled_at__lt=enrolled_by)
        .exclude(completed_on__lt=period.start)
        .exclude(withdrawn_on__lt=period.start)
        .select_related("user", "cohort__lab", "certificate")
        .annotate(first_done=_first_done())
        .order_by("user__full_name", "cohort__start_date", "pk")
    )
    rows = []
    for e in enrolments:
        certificate = getattr(e, "certificate", None) if _has_certificate(e) else None
        rows.append(
            PersonRow(
                name=e.user.full_name,
                email=e.user.email,
                cohort=e.cohort.title,
                lab=e.cohort.lab.display_name,
                status=e.get_status_display(),
                enrolled=timezone.localtime(e.enrolled_at).date(),
                first_activity=timezone.localtime(e.first_done).date() if e.first_done else None,
                progress=e.progress,
                sessions_attended=e.sessions_attended,
                completed=e.completed_on,
                withdrawn=e.withdrawn_on,
                certificate=(
                    ""
                    if certificate is None
                    else _("Revoked")
                    if certificate.is_revoked
                    else timezone.localtime(certificate.issued_at).date()
                ),
            )
        )
    return rows


def _has_certificate(enrolment: Enrolment) -> bool:
    try:
        return enrolment.certificate is not None
    except Certificate.DoesNotExist:
        return False


def _cohort_rows(
    scope: Q,
    filters: ReportFilters,
    today: dt.date,
    kept: Kept,
    cohorts: dict[int, tuple],
    dates: dict[int, list[dt.date]],
) -> list[CohortRow]:
    """Each cohort with people in the selection and anything in the period. Two queries; the
    sessions held come from the kept figures already read for the cube (kept.py)."""
    period = filters.period
    start, end = _aware_range(period.start, period.end)
    window = _window(period, today)
    recent = Completion.objects.filter(
        enrolment=OuterRef("pk"), completed_at__gte=window[0], completed_at__lt=window[1]
    )
    base = Enrolment.objects.filter(scope, _selection(filters)).order_by()
    rows = (
        base.annotate(first_done=_first_done())
        .values("cohort_id", "cohort__lab__code", "cohort__theme", cohort_title=_cohort_title())
        .annotate(
            enrolled=Count("pk", filter=Q(enrolled_at__gte=start, enrolled_at__lt=end)),
            started=Count("pk", filter=Q(first_done__gte=start, first_done__lt=end)),
            active=Count("pk", filter=Q(Exists(recent))),
            completed=Count(
                "pk",
                filter=Q(
                    status=EnrolmentStatus.COMPLETED,
                    completed_on__gte=period.start,
                    completed_on__lte=period.end,
                ),
            ),
            withdrawn=Count(
                "pk",
                filter=Q(
                    status=EnrolmentStatus.WITHDRAWN,
                    withdrawn_on__gte=period.start,
                    withdrawn_on__lte=period.end,
                ),
            ),
            certificates=Count(
                "certificate",
                filter=Q(
                    certificate__issued_at__gte=start,
                    certificate__issued_at__lt=end,
                    certificate__revoked_at__isnull=True,
                ),
            ),
        )
    )
    # Kept for the period and council chosen (`kept.HeldIn`); the Lab and theme chosen here.
    held = {
        cohort_id: n
        for cohort_id, n in kept.held.items()
        if (not filters.lab or cohorts[cohort_id][0] == filters.lab.pk)
        and (not filters.theme or cohorts[cohort_id][1] == filters.theme)
    }
    attended = dict(
        Attendance.objects.filter(
            Q(enrolment__in=base),
            _attendance_held(),
            attended=True,
            session__date__lt=today,
            session__date__gte=period.start,
            session__date__lte=period.end,
        )
        .order_by()
        .values("enrolment__cohort_id")
        .annotate(n=Count("pk"))
        .values_list("enrolment__cohort_id", "n")
    )
    themes = dict(Theme.choices)
    result = []
    for row in rows:
        cohort_id = row["cohort_id"]
        cohort_dates = dates.get(cohort_id, [])
        first_session = cohort_dates[0] if cohort_dates else None
        last_session = cohort_dates[-1] if cohort_dates else None
        figures = {
            key: count_cell(row[key])
            for key in ("enrolled", "started", "active", "completed", "withdrawn", "certificates")
        }
        figures["sessions_held"] = count_cell(held.get(cohort_id, 0))
        figures["sessions_attended"] = count_cell(attended.get(cohort_id, 0))
        figures["attendance_rate"] = rate_cell(
            figures["sessions_attended"], figures["sessions_held"]
        )
        ran = (
            first_session
            and last_session
            and (first_session <= period.end and last_session >= period.start)
        )
        if not ran and all(cell.value == 0 for cell in figures.values() if cell.value is not None):
            continue
        result.append(
            CohortRow(
                title=row["cohort_title"],
                lab=str(LabCode(row["cohort__lab__code"]).label),
                theme=str(themes.get(row["cohort__theme"], "")),
                first_session=first_session,
                last_session=last_session,
                figures=figures,
            )
        )
    # Newest first (cohorts without sessions last), then by title.
    result.sort(key=lambda r: r.title)
    result.sort(key=lambda r: r.first_session or dt.date.min, reverse=True)
    return result
