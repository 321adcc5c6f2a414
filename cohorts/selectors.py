"""Reads of enrolments, cohorts, sessions, registers and people. Each read of one person's or
council's data takes the user and is its gate: a person asking for something outside what they
may see gets Http404, as if it did not exist. A few take something else as the key instead
(a certificate's code, the calendar feed's token) or are building blocks a gate has already
scoped (`with_places`, `name_changed_since_award`, `invitations_to_resend`).

Not the only gate: the participant's weeks (cohorts/learning/selectors.py, behind
`own_enrolment`), the lab tools, the reports, report downloads and monitoring returns have
their own (docs/architecture.md, "Roles and tenancy", lists them all).
"""

import datetime as dt
import hashlib
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connections
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.db.models.query import ModelIterable
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from councils.models import Role, User

from .models import (
    WAITING_QUEUE,
    Cohort,
    Completion,
    Enrolment,
    EnrolmentStatus,
    Session,
    WaitingListEntry,
    WaitingStatus,
)

CURRENT = (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)


LONDON = ZoneInfo("Europe/London")


def today() -> dt.date:
    return timezone.localdate()


def now() -> dt.datetime:
    return timezone.now()


def session_still_to_come(session: Session, *, today: dt.date, now: dt.datetime) -> bool:
    """A session counts as upcoming until it has ended (its start, Europe/London, plus its
    length), so "Today, 10:00–11:30" goes once 11:30 has passed, not at midnight.

    `today` is the authority on the day (the pages may be asked about a given day); `now`
    only decides between earlier and later on that same day.
    """
    if session.date != today:
        return session.date > today
    if timezone.localtime(now, LONDON).date() != today:
        return True
    start = dt.datetime.combine(session.date, session.start_time, tzinfo=LONDON)
    return start + dt.timedelta(minutes=session.minutes) > now


def enrolments_visible_to(*, user: User) -> QuerySet[Enrolment]:
    """Staff: all. Lead: their council's enrolments — those made while the person was in it,
    kept when they move to another council (whose lead sees only what they do from then on).
    Participant: their own. Funder: none."""
    qs = Enrolment.objects.all()
    if not user.is_authenticated:
        return qs.none()
    if user.role == Role.STAFF:
        return qs
    if user.role == Role.LEAD and user.council_id:
        return qs.filter(council_id=user.council_id)
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


def with_done_ids(enrolments: QuerySet[Enrolment]) -> QuerySet[Enrolment]:
    """Each enrolment with `done_ids`: the ids of the activities it has completed, read in the
    enrolments' own query (a subquery), not one of their own. PostgreSQL only (ARRAY): on the
    embedded SQLite default the enrolments come back as they are, and the caller reads what is
    done in a query of its own (cohorts.learning.selectors._done_ids)."""
    if connections[enrolments.db].vendor != "postgresql":
        return enrolments
    return enrolments.annotate(
        done_ids=ArraySubquery(
            Completion.objects.filter(enrolment_id=OuterRef("pk")).values("activity_id")
        )
    )


def own_enrolment(*, user: User, pk: int, done: bool = False) -> Enrolment:
    """A participant's own enrolment, and nobody else's (not even staff: this is for doing work).
    With `done`, it carries `done_ids` (with_done_ids)."""
    enrolments = (
        Enrolment.objects.select_related("cohort__lab", "certificate")
        .prefetch_related(_sessions_prefetch())
        .filter(user_id=user.pk)
    )
    if done:
        enrolments = with_done_ids(enrolments)
    try:
        enrolment = enrolments.get(pk=pk)
    except Enrolment.DoesNotExist:
        raise Http404 from None
    enrolment.user = user  # theirs: the person already read, not read again in a join
    return enrolment


def session_for_register(*, user: User, pk: int) -> Session:
    """A session whose register this person may keep: programme staff only (facilitators do not
    keep registers on the portal); anyone else gets 404."""
    qs = Session.objects.select_related("cohort__lab")
    if user.role != Role.STAFF:
        raise Http404
    try:
        return qs.get(pk=pk)
    except Session.DoesNotExist:
        raise Http404 from None


def participant_enrolments(*, user: User, done: bool = False) -> QuerySet[Enrolment]:
    """A participant's own enrolments, newest cohort first, with their sessions (and, with
    `done`, each one's `done_ids`: with_done_ids)."""
    enrolments = Enrolment.objects.filter(user_id=user.pk)
    if done:
        enrolments = with_done_ids(enrolments)
    return (
        enrolments.select_related("cohort__lab", "certificate")
        .prefetch_related(Prefetch("cohort__sessions", queryset=Session.objects.order_by("number")))
        .order_by("-cohort__start_date", "pk")
    )


def lead_enrolments(*, user: User, cohort_id: int | None = None) -> QuerySet[Enrolment]:
    qs = enrolments_visible_to(user=user).select_related("user", "cohort__lab")
    if cohort_id:
        qs = qs.filter(cohort_id=cohort_id)
    return qs


def _upcoming_cohorts_for_lead(*, user: User) -> QuerySet[Cohort]:
    """Upcoming cohorts that the lead's council takes part in, full or not, with
    `first_session` (the date people meet first, which the page shows: the start date is only
    where the schedule is counted from; cancelled sessions left out, as the staff home has it)
    and their places (`with_places`). Upcoming as `cohort_status` has it: no session held yet,
    or (with no sessions) a start date still to come."""
    if user.role != Role.LEAD or not user.council_id:
        return Cohort.objects.none()
    day = today()
    return (
        with_places(
            Cohort.objects.filter(councils=user.council_id)
            .select_related("lab")
            .annotate(first_session=first_session_met())
        )
        # A first session still to come, or none and a start date still to come: the first
        # session's subquery once in the condition (as an OR of the two, it was there twice).
        .alias(meets_from=Coalesce("first_session", "start_date"))
        .filter(meets_from__gt=day)
        .order_by(F("first_session").asc(nulls_last=True), "start_date")
    )


def open_cohorts_for_lead(*, user: User) -> QuerySet[Cohort]:
    """Upcoming cohorts that the lead's council takes part in, with `waiting` (people on the
    waiting list: waiting, or holding an offer still open): a `full` one takes nominations onto
    its waiting list."""
    waiting = WaitingListEntry.objects.filter(
        Q(status=WaitingStatus.WAITING)
        | Q(status=WaitingStatus.OFFERED, offer_expires_at__gt=timezone.now())
    )
    return _upcoming_cohorts_for_lead(user=user).annotate(
        waiting=_per_cohort(waiting, Count("pk"), default=0)
    )


# --- Waiting lists ----------------------------------------------------------------------------


def with_positions(entries: QuerySet[WaitingListEntry]) -> QuerySet[WaitingListEntry]:
    """Annotate each entry with its number in its cohort's queue (waiting or offered, first
    come first served), counted over the whole queue whatever `entries` is filtered to."""
    ahead = (
        WaitingListEntry.objects.filter(cohort_id=OuterRef("cohort_id"), status__in=WAITING_QUEUE)
        .filter(
            Q(joined_at__lt=OuterRef("joined_at"))
            | Q(joined_at=OuterRef("joined_at"), pk__lte=OuterRef("pk"))
        )
        .order_by()
        .values("cohort_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return entries.annotate(position=Subquery(ahead))


def waiting_list_for_lead(*, user: User, cohort: Cohort) -> QuerySet[WaitingListEntry]:
    """The lead's own council's people waiting (or offered a place) in this cohort, in order,
    each with their number on the whole list. Never anyone of another council."""
    if user.role != Role.LEAD or not user.council_id:
        return WaitingListEntry.objects.none()
    return with_positions(
        WaitingListEntry.objects.filter(
            cohort=cohort, status__in=WAITING_QUEUE, user__council_id=user.council_id
        )
        .select_related("user")
        .order_by("joined_at", "pk")
    )


def open_offers_for(*, user: User) -> list[WaitingListEntry]:
    """The person's own offers of a place still open (their dashboard shows them, in case the
    email went astray), with their cohorts, in the waiting list's order. Nearly everyone has
    none: one narrow query of keys finds whether they have any (the entries joined to their
    cohorts and sorted by them took a millisecond or more to build on every dashboard, issue
    24), and only then are the entries read whole."""
    offers = WaitingListEntry.objects.filter(
        user_id=user.pk, status=WaitingStatus.OFFERED, offer_expires_at__gt=timezone.now()
    )
    keys = list(offers.order_by().values_list("pk", flat=True))
    if not keys:
        return []
    return list(offers.filter(pk__in=keys).select_related("cohort"))


def waiting_offer_for_user(*, user: User, pk: int) -> WaitingListEntry:
    """A waiting-list entry (and its offer) of the signed-in person themselves; 404 for anyone
    else's, whatever their role."""
    try:
        return WaitingListEntry.objects.select_related("cohort__lab", "enrolment").get(
            pk=pk, user_id=user.pk
        )
    except WaitingListEntry.DoesNotExist:
        raise Http404 from None


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
            .values("cohort"),
            # A cancelled session drops out of the feed, so calendars that read it remove it.
            cancelled_at__isnull=True,
        )
        .select_related("cohort__lab")
        .order_by("date", "start_time")
    )
    return user, sessions


def session_for_user(*, user: User, pk: int) -> Session:
    """A session of a cohort this person may see: a participant's only while they are enrolled
    (a withdrawn person's sessions answer 404, as if they did not exist)."""
    cohorts = cohorts_visible_to(user=user)
    if user.is_authenticated and user.role == Role.PARTICIPANT:
        cohorts = Cohort.objects.filter(
            pk__in=Enrolment.objects.filter(user=user)
            .exclude(status=EnrolmentStatus.WITHDRAWN)
            .values("cohort_id")
        )
    try:
        return Session.objects.select_related("cohort__lab").get(pk=pk, cohort__in=cohorts)
    except Session.DoesNotExist:
        raise Http404 from None


@dataclass(frozen=True)
class SessionClash:
    """Two sessions of one person's Labs that overlap in time (the earlier-starting first)."""

    first: Session
    second: Session


def session_clashes_for(
    *,
    user: User,
    cohort: Cohort | None = None,
    today: dt.date | None = None,
    joining: bool = False,
) -> list[SessionClash]:
    """The sessions, from `today` on, of this person's current Labs (invited or active) that
    overlap another of their sessions in time; with `cohort`, only clashes involving it. With
    `joining`, `cohort`'s sessions count as the person's too: the clashes enrolling them would
    make. The one clash check, used by the participant's pages (the dashboard and the week
    pages) and before enrolling someone (enrolment_warnings). One query (two when joining)."""
    return session_clashes_for_people(people=[user], cohort=cohort, today=today, joining=joining)[
        user.pk
    ]


def session_clashes_for_people(
    *,
    people: list[User],
    cohort: Cohort | None = None,
    today: dt.date | None = None,
    joining: bool = False,
) -> dict[int, list[SessionClash]]:
    """session_clashes_for, for many people at once (a CSV file): person id -> their clashes,
    in the same number of queries however many people. Cancelled sessions never clash."""
    today = today or timezone.localdate()
    ids = [person.pk for person in people if person.pk]
    sessions: dict[int, list[Session]] = {person.pk: [] for person in people}
    if ids:
        rows = (
            Session.objects.filter(
                cohort__enrolments__user_id__in=ids,
                cohort__enrolments__status__in=CURRENT,
                date__gte=today,
                cancelled_at__isnull=True,
            )
            # One row per session and person enrolled on it (the join the filter made).
            .annotate(person_id=F("cohort__enrolments__user_id"))
            .select_related("cohort__lab")
            .order_by()
        )
        for session in rows:
            sessions[session.person_id].append(session)
    if joining and cohort is not None:
        theirs = [s for s in sessions_planned_for(cohort=cohort) if s.date >= today]
        for own in sessions.values():
            if not any(s.cohort_id == cohort.pk for s in own):
                own.extend(theirs)
    return {pk: _overlapping(own, cohort) for pk, own in sessions.items()}


def sessions_planned_for(*, cohort: Cohort) -> list[Session]:
    """A cohort's sessions not cancelled; for a cohort not saved yet, the six its schedule will
    generate (unsaved), so a clash is seen before the first save too."""
    if cohort.pk:
        return list(cohort.sessions.filter(cancelled_at__isnull=True).select_related("cohort__lab"))
    from .scheduling.schedule import plan_sessions

    if not (cohort.start_date and cohort.session_weekday is not None and cohort.session_time):
        return []
    return [
        Session(
            cohort=cohort,
            number=planned.number,
            date=planned.date,
            start_time=cohort.session_time,
            minutes=cohort.session_minutes,
        )
        for planned in plan_sessions(cohort.start_date, cohort.session_weekday)
    ]


def _overlapping(sessions: list[Session], cohort: Cohort | None) -> list[SessionClash]:
    sessions = sorted(sessions, key=lambda s: (s.date, s.start_time, s.cohort_id or 0, s.number))
    clashes = []
    for index, first in enumerate(sessions):
        first_ends = first.starts_at + dt.timedelta(minutes=first.minutes)
        for second in sessions[index + 1 :]:
            if second.date != first.date:
                break
            if second.cohort == first.cohort or second.starts_at >= first_ends:
                continue
            if cohort is None or cohort in (first.cohort, second.cohort):
                clashes.append(SessionClash(first=first, second=second))
    return clashes


@dataclass(frozen=True)
class EnrolmentWarning:
    """Why whoever enrols `person` in a cohort should think twice; they may still go on.

    `other` is the person's other cohort: one of the same Lab that has not finished
    (`clashes` empty), or one whose sessions overlap this cohort's (`clashes` the pairs)."""

    person: User
    other: Cohort
    clashes: tuple[SessionClash, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.person.pk}:{self.other.pk}:" + ",".join(
            f"{c.first.pk or c.first.number}-{c.second.pk or c.second.number}" for c in self.clashes
        )

    @property
    def message(self) -> str:
        if not self.clashes:
            return _(
                "%(name)s is already on %(other)s, a %(lab)s cohort that has not finished."
            ) % {
                "name": self.person.full_name,
                "other": self.other.title,
                "lab": self.other.lab.display_name,
            }
        times = []
        for clash in self.clashes:
            theirs, ours = (
                (clash.first, clash.second)
                if clash.first.cohort == self.other
                else (clash.second, clash.first)
            )
            times.append(
                _(
                    "%(date)s: their week %(n)s, %(start)s–%(end)s, and this cohort's week %(m)s, %(our_start)s–%(our_end)s"
                )
                % {
                    "date": date_format(theirs.date, "D j M Y"),
                    "n": theirs.number,
                    "start": time_format(theirs.start_time, "H:i"),
                    "end": time_format(theirs.ends_at, "H:i"),
                    "m": ours.number,
                    "our_start": time_format(ours.start_time, "H:i"),
                    "our_end": time_format(ours.ends_at, "H:i"),
                }
            )
        return _(
            "%(name)s is on %(other)s, whose sessions clash with this cohort's: %(times)s."
        ) % {
            "name": self.person.full_name,
            "other": self.other.title,
            "times": "; ".join(times),
        }


def warnings_digest(warnings: list[EnrolmentWarning]) -> str:
    """A fingerprint of the warnings a page showed: going on is refused (and the warnings shown
    again) if those worked out on save differ."""
    text = "|".join(sorted(w.key for w in warnings))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def enrolment_warnings(
    *, user: User, cohort: Cohort, people: list[User], today: dt.date | None = None
) -> dict[int, list[EnrolmentWarning]]:
    """For staff or a council lead about to enrol these people in `cohort`: person id -> what
    they should know first. A person already on another cohort of the same Lab that has not
    finished (any status but withdrawn), or on a cohort whose sessions overlap this cohort's
    (session_clashes_for, joining). A lead may ask only about their own council's people; the
    others are left out. Three queries, however many people."""
    today = today or timezone.localdate()
    if user.role == Role.LEAD and user.council_id:
        people = [p for p in people if p.council_id == user.council_id]
    elif user.role != Role.STAFF:
        people = []
    warnings: dict[int, list[EnrolmentWarning]] = {p.pk: [] for p in people if p.pk}
    people = [p for p in people if p.pk]
    if not people:
        return warnings
    by_pk = {p.pk: p for p in people}
    same_lab = (
        Enrolment.objects.filter(user_id__in=by_pk, cohort__lab_id=cohort.lab_id)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .exclude(cohort_id=cohort.pk)
        .annotate(last_session=Max("cohort__sessions__date"))
        .filter(Q(last_session__gte=today) | Q(last_session__isnull=True))
        .select_related("cohort__lab")
        .order_by("cohort__start_date", "cohort_id")
    )
    for enrolment in same_lab:
        warnings[enrolment.user_id].append(
            EnrolmentWarning(person=by_pk[enrolment.user_id], other=enrolment.cohort)
        )
    clashes = session_clashes_for_people(people=people, cohort=cohort, today=today, joining=True)
    for pk, found in clashes.items():
        by_other: dict[int, list[SessionClash]] = {}
        others: dict[int, Cohort] = {}
        for clash in found:
            other = clash.second.cohort if clash.first.cohort == cohort else clash.first.cohort
            by_other.setdefault(other.pk, []).append(clash)
            others[other.pk] = other
        for other_pk, pairs in by_other.items():
            warnings[pk].append(
                EnrolmentWarning(person=by_pk[pk], other=others[other_pk], clashes=tuple(pairs))
            )
    return warnings


def people_to_enrol(*, user: User, cohort: Cohort | None, queryset=None) -> QuerySet[User]:
    """Whom staff may choose to enrol in `cohort` (the enrol-person search): active
    participants of the councils taking part, not already on it, with their councils. For a
    cohort not saved yet, participants of every council (its councils are not known yet)."""
    if user.role != Role.STAFF:
        raise Http404
    qs = queryset if queryset is not None else User.objects.all()
    qs = qs.filter(role=Role.PARTICIPANT, is_active=True).select_related("council")
    if cohort is not None and cohort.pk:
        qs = qs.filter(council__in=cohort.councils.all()).exclude(
            pk__in=Enrolment.objects.filter(cohort=cohort).values("user")
        )
    return qs


def person_label(person: User) -> str:
    """A person as the enrol-person search shows them: name, council and email."""
    council = person.council.display_name if person.council_id else _("no council")
    return f"{person.full_name} ({council}) <{person.email}>"


# --- Programme work: registers and nominations -------------------------------------------


def register_enrolments(*, user: User, session: Session) -> QuerySet[Enrolment]:
    """The people on a session's register, for staff keeping it."""
    if user.role != Role.STAFF:
        raise Http404
    return (
        session.cohort.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN)
        .select_related("user__council")
        .order_by("user__full_name")
    )


def register_marks(*, user: User, session: Session) -> dict[int, bool]:
    """What the register already says: enrolment id -> attended."""
    if user.role != Role.STAFF:
        raise Http404
    return dict(session.attendances.values_list("enrolment_id", "attended"))


def open_cohort_for_lead(*, user: User, pk: int) -> Cohort:
    """An upcoming cohort the lead's council takes part in, even if it has filled since the
    lead's page was loaded (the nominate page then says it is full); 404 for any other."""
    try:
        return _upcoming_cohorts_for_lead(user=user).get(pk=pk)
    except Cohort.DoesNotExist:
        raise Http404 from None


def colleagues_for_lead(*, user: User, cohort: Cohort) -> QuerySet[User]:
    """Participants of the lead's own council not yet enrolled in the cohort."""
    if user.role != Role.LEAD or not user.council_id:
        return User.objects.none()
    return (
        User.objects.filter(council_id=user.council_id, role=Role.PARTICIPANT, is_active=True)
        .exclude(pk__in=Enrolment.objects.filter(cohort=cohort).values("user"))
        .order_by("full_name")
    )


# --- The participant's six weeks -----------------------------------------------------------
# Curriculum rows (modules, materials, activities) are programme content, read freely; the
# enrolment and its completions are council data, reached only through own_enrolment() or
# participant_enrolments(), which take the user.


def _sessions_prefetch() -> Prefetch:
    return Prefetch("cohort__sessions", queryset=Session.objects.order_by("number"))


# --- A council lead's people ----------------------------------------------------------------

# What the lead's table shows of each enrolment, its person and its cohort (and the cohort's lab,
# whose tool reports the status): nothing else is read, so no password, email or cohort detail
# is loaded for 50 rows (issue 24).
LEAD_PAGE_FIELDS = (
    "status",
    "progress",
    "sessions_attended",
    "last_activity_at",
    "cohort_id",
    "user_id",
    "user__full_name",
    "cohort__title_en",
    "cohort__title_cy",
    "cohort__lab__code",
)

LEAD_SORTS = {
    "name": "user__full_name",
    "cohort": "cohort__title_en",
    "progress": "progress",
    "attendance": "sessions_attended",
    "last_activity": "last_activity_at",
}


def lead_people(
    *,
    user: User,
    cohort_id: int | None = None,
    sort: str = "name",
    status: str = "",
    name: str = "",
) -> QuerySet:
    """The lead's own council's enrolments, optionally in one cohort, of one status, or with
    `name` in the person's name, sorted by `sort` (a LEAD_SORTS key; a leading "-" for
    descending). Nobody from any other council. Filtered and sorted in the database: the page
    shows a page of it (the lead's page, issue 24)."""
    descending = sort.startswith("-")
    field = LEAD_SORTS.get(sort.lstrip("-"), LEAD_SORTS["name"])
    if field == LEAD_SORTS["name"]:
        # A name is never empty (NULL): a plain order, which the name index walks from either end.
        first = F(field).desc() if descending else F(field).asc()
    else:
        first = F(field).desc(nulls_last=True) if descending else F(field).asc(nulls_first=True)
    qs = lead_enrolments(user=user, cohort_id=cohort_id)
    if status:
        qs = qs.filter(status=status)
    if name:
        qs = qs.filter(user__full_name__icontains=name)
    return qs.only(*LEAD_PAGE_FIELDS).order_by(first, "user__full_name", "pk")


def lead_people_summary(*, user: User, cohort_id: int | None = None) -> dict[str, int]:
    """How many of the lead's council's enrolments (in one cohort, or all) have each status,
    and in all: one aggregate query, whatever the number of people."""
    qs = lead_enrolments(user=user, cohort_id=cohort_id).order_by()
    counts = {
        value: Count("pk", filter=Q(status=value)) for value, _label in EnrolmentStatus.choices
    }
    return qs.aggregate(total=Count("pk"), **counts)


def lead_cohort_choices(*, user: User) -> QuerySet[Cohort]:
    """Cohorts the lead's council takes part in, for filtering their people: their titles
    only (a council in every cohort of the programme has hundreds)."""
    return (
        cohorts_visible_to(user=user)
        .distinct()
        .only("title_en", "title_cy", "start_date")
        .order_by("-start_date", "title")
    )


# --- Certificates ------------------------------------------------------------------------


def certificate_for_verification(*, code: str):
    """Public lookup by verification code; unknown codes are 404."""
    from .models import Certificate

    try:
        return Certificate.objects.select_related("enrolment__user", "enrolment__cohort__lab").get(
            code=code.strip().upper()
        )
    except Certificate.DoesNotExist:
        raise Http404 from None


def certificate_for_user(*, user: User, pk: int):
    """A certificate its holder (or programme staff) may download."""
    from .models import Certificate

    qs = Certificate.objects.select_related("enrolment__user")
    if user.role != Role.STAFF:
        qs = qs.filter(enrolment__user_id=user.pk, revoked_at__isnull=True)
    try:
        return qs.get(pk=pk)
    except Certificate.DoesNotExist:
        raise Http404 from None


def name_changed_since_award(queryset):
    """Of these certificates, those not revoked whose holder's profile name now differs from
    the name awarded: each waits for staff to approve a reissue (or leave it as awarded)."""
    profile_name = Case(
        When(
            ~Q(enrolment__user__certificate_name=""),
            then=F("enrolment__user__certificate_name"),
        ),
        default=F("enrolment__user__full_name"),
    )
    return (
        queryset.filter(revoked_at__isnull=True)
        .annotate(profile_name=profile_name)
        .exclude(awarded_name=F("profile_name"))
    )


def reissues_waiting(*, user: User) -> int:
    """For programme staff: how many certificates wait for a reissue to be approved."""
    from .models import Certificate

    if user.role != Role.STAFF:
        raise Http404
    return name_changed_since_award(Certificate.objects.all()).count()


def invitations_to_resend(*, cohorts) -> QuerySet[Enrolment]:
    """The enrolments "Resend invitations" emails in these cohorts (a staff action): everyone
    invited or active whose details have not been erased. The confirmation counts these, and the
    service queues these, so the number shown is the number sent."""
    return Enrolment.objects.filter(
        cohort__in=cohorts, status__in=CURRENT, user__erased_at__isnull=True
    )


# --- The staff home: what's on --------------------------------------------------------------

SOON_DAYS = 28  # "cohorts starting soon": in the next four weeks


def _per_cohort(rows: QuerySet, aggregate, default=None, cohort="pk"):
    """Annotation: `aggregate` over `rows` (sessions, enrolments, waiting-list entries) of each
    cohort, as a correlated subquery: the cohort stays one row, whatever it holds, where a join
    would multiply it by its rows and group them again (issue 24). `default` when it has none;
    `cohort`, the outer query's cohort key (`cohort_id` for a session's cohort)."""
    figure = Subquery(
        rows.filter(cohort_id=OuterRef(cohort))
        .order_by()
        .values("cohort_id")
        .annotate(value=aggregate)
        .values("value")
    )
    return figure if default is None else Coalesce(figure, Value(default))


def sessions_figure(aggregate, condition: Q | None = None, default=None):
    """Annotation: a figure of each cohort's sessions (those matching `condition`), e.g.
    `sessions_figure(Max("date"))` for its last session; a subquery (`_per_cohort`)."""
    return _per_cohort(Session.objects.filter(condition or Q()), aggregate, default)


def _holding_places() -> QuerySet[Enrolment]:
    return Enrolment.objects.exclude(status=EnrolmentStatus.WITHDRAWN)


def places_taken_count():
    """Annotation: people holding a place on a cohort, everyone but the withdrawn (in SQL, as
    services.places_taken counts for one cohort); a subquery, 0 for none."""
    return _per_cohort(_holding_places(), Count("pk"), default=0)


def first_session_met():
    """Annotation: the date a cohort's people first meet, its first session not cancelled (a
    start date is only where the schedule is counted from); a subquery, None with no sessions."""
    return sessions_figure(Min("date"), Q(cancelled_at__isnull=True))


class _PlacesWorkedOut(ModelIterable):
    """A cohort of `with_places`, as it is read: `held`, `full` and `places_left` from its
    counts."""

    def __iter__(self):
        for cohort in super().__iter__():
            cohort.held = cohort.taken + cohort.offers
            cohort.full = cohort.held >= cohort.capacity or cohort.someone_waiting
            cohort.places_left = 0 if cohort.full else cohort.capacity - cohort.held
            yield cohort


def with_places(cohorts: QuerySet[Cohort]) -> QuerySet[Cohort]:
    """Each cohort's places, by the rule of services.places_held and cohort_is_full: `taken`
    (everyone but the withdrawn), `offers` (places held for an open waiting-list offer), `held`
    (both), `full` (every place held, or anyone waiting: a newcomer joins the list behind them)
    and `places_left` (none when full). In one query, three subqueries a cohort (`taken`,
    `offers`, `someone_waiting`); the rest is worked out as each cohort is read
    (`_PlacesWorkedOut`). Worked out in SQL, each annotation that used another repeated its
    subqueries (12 subplans a cohort), whose planning alone took 2 ms on the lead's page.
    So `held`, `full` and `places_left` are attributes of the cohorts read, not annotations: a
    query cannot filter, order or take values by them (`taken` and `offers` it can)."""
    offers = _per_cohort(
        WaitingListEntry.objects.filter(
            status=WaitingStatus.OFFERED, offer_expires_at__gt=timezone.now()
        ),
        Count("pk"),
        default=0,
    )
    waiting = WaitingListEntry.objects.filter(
        cohort_id=OuterRef("pk"), status=WaitingStatus.WAITING
    )
    placed = cohorts.annotate(
        taken=places_taken_count(), offers=offers, someone_waiting=Exists(waiting)
    )
    placed._iterable_class = _PlacesWorkedOut
    return placed


@dataclass(frozen=True)
class StaffOverview:
    """What programme staff need to see on a morning: `today` and `week` are sessions (each
    with `expected`, the people not withdrawn), `starting_soon` cohorts (with
    `first_session` and their places: `with_places`, taken, held for open offers, left),
    `waiting` cohorts whose people (`waiting`) have had no invitation yet, and `certificates`
    issued since Monday, not revoked."""

    today: list[Session]
    week: list[Session]
    starting_soon: list[Cohort]
    waiting: list[Cohort]
    certificates: list
    week_start: dt.date
    week_end: dt.date
    soon_until: dt.date


def staff_overview(*, user: User, today: dt.date) -> StaffOverview:
    """For programme staff only (404 for anyone else). A fixed number of queries, whatever
    the number of cohorts, sessions or people."""
    from .models import Certificate

    if user.role != Role.STAFF:
        raise Http404
    week_start = today - dt.timedelta(days=today.weekday())
    week_end = week_start + dt.timedelta(days=6)
    sessions = list(
        Session.objects.filter(date__range=(week_start, week_end), cancelled_at__isnull=True)
        .select_related("cohort__lab")
        .annotate(expected=_per_cohort(_holding_places(), Count("pk"), 0, cohort="cohort_id"))
        .order_by("date", "start_time", "cohort__title", "pk")
    )
    soon_until = today + dt.timedelta(days=SOON_DAYS)
    # A cohort's dates come from its sessions (the start date is only where they begin).
    starting_soon = list(
        with_places(Cohort.objects.annotate(first_session=first_session_met()))
        .filter(first_session__gte=today, first_session__lte=soon_until)
        .select_related("lab")
        .order_by("first_session", "title", "pk")
    )
    not_invited = Enrolment.objects.filter(
        status__in=CURRENT,
        invited_at__isnull=True,
        user__erased_at__isnull=True,  # an erased person is never invited (a pseudonym)
    )
    waiting = list(
        Cohort.objects.annotate(waiting=_per_cohort(not_invited, Count("pk"), 0))
        .filter(waiting__gt=0)
        .select_related("lab")
        .order_by("start_date", "title", "pk")
    )
    certificates = list(
        Certificate.objects.filter(
            issued_at__date__gte=week_start,
            issued_at__date__lte=today,
            revoked_at__isnull=True,
        )
        .exclude(enrolment__status=EnrolmentStatus.WITHDRAWN)
        .select_related("enrolment__user", "enrolment__cohort")
        .order_by("-issued_at", "pk")
    )
    return StaffOverview(
        today=[s for s in sessions if s.date == today],
        week=[s for s in sessions if s.date != today],
        starting_soon=starting_soon,
        waiting=waiting,
        certificates=certificates,
        week_start=week_start,
        week_end=week_end,
        soon_until=soon_until,
    )


def staff_cohorts(*, user: User) -> QuerySet[Cohort]:
    """Every cohort for programme staff, newest first, with `taken` (withdrawn people left out,
    as the admin counts) and its sessions for its status."""
    if user.role != Role.STAFF:
        raise Http404
    return (
        Cohort.objects.select_related("lab")
        .prefetch_related("sessions")
        .annotate(taken=places_taken_count())
        .order_by("-start_date", "title")
    )
