"""Writes for cohorts, sessions, enrolments, completions and attendance."""

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from councils.audit import audit_bulk_created, audit_updated
from councils.emails import send_email
from councils.models import Role, User
from infuse.concurrency import VersionConflict, versioned_update
from labs.models import Activity, counting_q

from .models import (
    WAITING_QUEUE,
    Attendance,
    Cohort,
    Completion,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    Session,
    WaitingListEntry,
    WaitingStatus,
)
from .scheduling.schedule import bank_holiday_name, nominal_session_date, plan_sessions

SCHEDULE_FIELDS = ("start_date", "session_weekday", "session_time", "session_minutes")
PLACE_FIELDS = ("online_url", "location")
CURRENT = (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)


def cohort_generate_sessions(*, cohort: Cohort) -> list[Session]:
    """Give a new cohort its six sessions, generated from its start date and weekly time.

    Sessions on a Welsh bank holiday move to the next working day and record why. Sessions the
    cohort already has are left alone (cohort_save changes them, sparing those edited by hand).
    """
    with transaction.atomic():
        have = set(cohort.sessions.values_list("number", flat=True))
        sessions = [
            Session(
                cohort=cohort,
                number=planned.number,
                date=planned.date,
                start_time=cohort.session_time,
                minutes=cohort.session_minutes,
                online_url=cohort.online_url,
                location=cohort.location,
                moved_from=planned.moved_from,
                moved_reason=planned.moved_reason,
            )
            for planned in plan_sessions(cohort.start_date, cohort.session_weekday)
            if planned.number not in have
        ]
        sessions = Session.objects.bulk_create(sessions)
        audit_bulk_created(sessions)
        return sessions


@dataclass(frozen=True)
class SessionChange:
    """What one session becomes when the cohort is saved."""

    session: Session
    values: dict  # field name -> new value, only the fields that change

    @property
    def date(self) -> dt.date:
        return self.values.get("date", self.session.date)

    @property
    def start_time(self) -> dt.time:
        return self.values.get("start_time", self.session.start_time)


@dataclass(frozen=True)
class SchedulePlan:
    """What saving a cohort will do to its sessions, and who will be told."""

    changes: list[SessionChange] = field(default_factory=list)
    kept: list[Session] = field(default_factory=list)  # edited by hand (or cancelled): untouched
    emailed: list[User] = field(default_factory=list)
    # What stops the save: a kept session that the new dates would put out of week order or
    # before the cohort starts (staff edit that session first).
    problems: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.changes and not self.kept and not self.problems

    @property
    def digest(self) -> str:
        """A fingerprint of the plan as shown, carried by the confirmation: a confirm is only
        for the plan staff saw, not for one that changed since (another tab, a colleague)."""
        shown = {
            "changes": [
                [c.session.pk, c.session.sequence, sorted((k, str(v)) for k, v in c.values.items())]
                for c in self.changes
            ],
            "kept": [[s.pk, s.sequence, str(s.date), str(s.start_time)] for s in self.kept],
            "emailed": [u.pk for u in self.emailed],
            "problems": [str(p) for p in self.problems],
        }
        return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()


def moved_note(cohort: Cohort, number: int, day: dt.date) -> tuple[dt.date | None, str]:
    """The "moved" note of week `number` held on `day`: none on its own day, else the day it
    would have been and why (a bank holiday's name, or moved by the programme team)."""
    nominal = nominal_session_date(cohort.start_date, cohort.session_weekday, number)
    if day == nominal:
        return None, ""
    return nominal, bank_holiday_name(nominal) or _("moved by the programme team")


def cohort_schedule_plan(
    *, cohort: Cohort, changed: Collection[str], today: dt.date | None = None
) -> SchedulePlan:
    """What saving this existing cohort, with its fields as they are about to be saved
    (`changed` names the fields edited), would do to its sessions. Nothing is written.

    A change of start date, day, time or length moves every session not edited by hand to the
    generated date and time; a change of place or link moves the sessions still to come that
    were not edited by hand. Sessions edited on their own, and cancelled ones, are kept as they
    are and listed. Once invitations have gone, everyone invited or active is emailed.
    """
    today = today or timezone.localdate()
    schedule = bool(set(SCHEDULE_FIELDS) & set(changed))
    place = bool(set(PLACE_FIELDS) & set(changed))
    if not cohort.pk or not (schedule or place):
        return SchedulePlan()
    planned = {p.number: p for p in plan_sessions(cohort.start_date, cohort.session_weekday)}
    changes, kept = [], []
    for session in cohort.sessions.order_by("number"):
        target = {}
        if schedule and session.number in planned:
            p = planned[session.number]
            target.update(
                date=p.date,
                start_time=cohort.session_time,
                minutes=cohort.session_minutes,
                moved_from=p.moved_from,
                moved_reason=p.moved_reason,
            )
        if place and (session.date >= today or schedule):
            target.update(online_url=cohort.online_url, location=cohort.location)
        values = {k: v for k, v in target.items() if getattr(session, k) != v}
        if schedule and session.edited_by_hand and not session.is_cancelled:
            # Kept where it is, but its "moved" note is worked out again from the new start.
            note = moved_note(cohort, session.number, session.date)
            if note != (session.moved_from, session.moved_reason):
                values["moved_note"] = note
        if not values:
            continue
        if session.edited_by_hand or session.is_cancelled:
            kept.append(session)
        else:
            changes.append(SessionChange(session, values))
    problems = _kept_problems(cohort, changes, kept) if schedule else []
    emailed = []
    if changes and cohort.invitations_sent_at:
        emailed = [
            e.user
            for e in cohort.enrolments.filter(status__in=CURRENT)
            .select_related("user")
            .order_by("user__full_name")
        ]
    return SchedulePlan(changes=changes, kept=kept, emailed=emailed, problems=problems)


def _kept_problems(cohort: Cohort, changes: list[SessionChange], kept: list[Session]) -> list[str]:
    """Sessions kept as edited by hand that the new dates of the others would leave before the
    cohort starts or out of week order, in words naming the week."""
    dates = dict(cohort.sessions.values_list("number", "date"))
    dates.update({c.session.number: c.date for c in changes})
    problems = []
    for session in kept:
        if session.is_cancelled:
            continue
        day = session.date
        if day < cohort.start_date:
            problems.append(
                _(
                    "Week %(n)s, edited by hand, is on %(date)s, before the new start on "
                    "%(start)s. Edit week %(n)s first, then change the schedule."
                )
                % {
                    "n": session.number,
                    "date": date_format(day, "j F Y"),
                    "start": date_format(cohort.start_date, "j F Y"),
                }
            )
            continue
        early = any(d >= day for n, d in dates.items() if n < session.number)
        late = any(d <= day for n, d in dates.items() if n > session.number)
        if early or late:
            problems.append(
                _(
                    "Week %(n)s, edited by hand, is on %(date)s, which would put it out of week "
                    "order with the new dates. Edit week %(n)s first, then change the schedule."
                )
                % {"n": session.number, "date": date_format(day, "j F Y")}
            )
    return problems


@transaction.atomic
def cohort_save(
    *, cohort: Cohort, changed: Collection[str], by: User | None = None
) -> SchedulePlan:
    """Save a cohort from the admin: a new one gets its six sessions; an existing one's
    schedule or place change is applied to its sessions as cohort_schedule_plan says.

    Sessions edited by hand are never overwritten, even if one was edited after the plan was
    shown (the update re-checks the mark). Each changed session's calendar revision is raised;
    once invitations have gone, everyone invited or active is emailed the new schedule after
    the transaction commits. For programme staff. Returns what was done.
    """
    created = cohort.pk is None
    plan = SchedulePlan() if created else cohort_schedule_plan(cohort=cohort, changed=changed)
    if plan.problems:
        raise ValidationError(plan.problems)
    cohort.save()
    if created:
        cohort_generate_sessions(cohort=cohort)
        return plan
    applied = 0
    for change in plan.changes:
        won = Session.objects.filter(
            pk=change.session.pk, edited_by_hand=False, cancelled_at__isnull=True
        ).update(**change.values, sequence=F("sequence") + 1)
        if won:
            # update() sends no signal: the audit trail records the new schedule here.
            audit_updated(
                [change.session],
                {
                    field: (getattr(change.session, field), value)
                    for field, value in change.values.items()
                },
                actor=by,
            )
        applied += won
    for session in plan.kept:
        if not session.is_cancelled:
            moved_from, moved_reason = moved_note(cohort, session.number, session.date)
            Session.objects.filter(pk=session.pk, date=session.date).update(
                moved_from=moved_from, moved_reason=moved_reason
            )
    if applied:
        cohort_schedule_changed(cohort=cohort)
    return plan


# --- Sessions edited on their own -----------------------------------------------------------

SESSION_EDIT_FIELDS = ("date", "start_time", "minutes", "online_url", "location")


def unusual_day(day: dt.date) -> str | None:
    """Why a day is not a working day in Wales (a bank holiday's name, Saturday, Sunday)."""
    holiday = bank_holiday_name(day)
    if holiday:
        return holiday
    if day.weekday() == 5:
        return _("a Saturday")
    if day.weekday() == 6:
        return _("a Sunday")
    return None


def session_problems(
    *,
    session: Session,
    day: dt.date,
    unusual_day_ok: bool = False,
    others: Mapping[int, dt.date] | None = None,
    start_time: dt.time | None = None,
) -> list[str]:
    """What is wrong with moving `session` to `day`, in words for staff; [] if nothing.

    Not before the cohort's start date; after the week before and before the week after
    (`others`: the other weeks' dates, by default as saved); not on a weekend or a Welsh bank
    holiday unless staff said they know (`unusual_day_ok`); a session whose register holds
    marks not to a start still to come (session_marks_problem).
    """
    cohort = session.cohort
    problems = []
    marks = session_marks_problem(session=session, day=day, start_time=start_time)
    if marks:
        problems.append(marks)
    if day < cohort.start_date:
        problems.append(
            _("Week %(n)s cannot be before the cohort starts on %(start)s.")
            % {"n": session.number, "start": date_format(cohort.start_date, "j F Y")}
        )
    if others is None:
        others = dict(cohort.sessions.exclude(pk=session.pk).values_list("number", "date"))
    before = [d for n, d in others.items() if n < session.number and d >= day]
    after = [d for n, d in others.items() if n > session.number and d <= day]
    if before or after:
        problems.append(
            _(
                "Week %(n)s must come after the weeks before it and before the weeks after it; "
                "check the dates of the other weeks."
            )
            % {"n": session.number}
        )
    why = unusual_day(day)
    if why and not unusual_day_ok:
        problems.append(
            _("%(date)s is %(why)s. Choose a working day, or tick “Keep this day” to keep it.")
            % {"date": date_format(day, "l j F Y"), "why": why}
        )
    return problems


def session_marks_problem(
    *, session: Session, day: dt.date, start_time: dt.time | None = None
) -> str | None:
    """A session whose register holds marks cannot move to a start still to come: the marks
    would count for a meeting not yet held. In words for staff; None if it may move."""
    start_time = start_time or session.start_time
    starts = timezone.make_aware(dt.datetime.combine(day, start_time))
    if starts <= timezone.now() or not session.pk or not session.attendances.exists():
        return None
    return _(
        "Week %(n)s has marks on its register, so it cannot move to a time still to come. "
        "Clear the register first, or cancel the session instead."
    ) % {"n": session.number}


@transaction.atomic
def session_update(
    *,
    session: Session,
    changed: Collection[str],
    by: User | None = None,
    unusual_day_ok: bool = False,
    others: Mapping[int, dt.date] | None = None,
    notify: bool = True,
) -> Session:
    """Save a session edited on its own (its fields already set on `session`; `changed` names
    them). Checks it as session_problems does (ValidationError, nothing saved); marks it as
    edited by hand, so schedule changes leave it alone; works out the "moved" note again from
    the date now saved; records who said "I know" to a weekend or bank holiday; raises its
    calendar revision and emails the change once invitations have gone (session_changed;
    `notify=False` when the same save already emails the cohort's whole new schedule).
    """
    edited = set(changed) & set(SESSION_EDIT_FIELDS)
    if not edited:
        return session
    # Only the fields edited are taken from `session`: the rest are as saved now (the cohort's
    # schedule may have moved this session in the same save, after `session` was read).
    fresh = Session.objects.select_for_update().select_related("cohort").get(pk=session.pk)
    for name in edited:
        setattr(fresh, name, getattr(session, name))
    session = fresh
    if "date" in edited:
        problems = session_problems(
            session=session,
            day=session.date,
            unusual_day_ok=unusual_day_ok,
            others=others,
            start_time=session.start_time,
        )
        if problems:
            raise ValidationError(problems)
    elif "start_time" in edited:
        problem = session_marks_problem(
            session=session, day=session.date, start_time=session.start_time
        )
        if problem:
            raise ValidationError(problem)
    session.moved_from, session.moved_reason = moved_note(
        session.cohort, session.number, session.date
    )
    if unusual_day(session.date):
        if "date" in edited or session.unusual_day_confirmed_at is None:
            session.unusual_day_confirmed_by = by
            session.unusual_day_confirmed_at = timezone.now()
    else:
        session.unusual_day_confirmed_by = None
        session.unusual_day_confirmed_at = None
    session.edited_by_hand = True
    session.save(
        update_fields=[
            *sorted(edited),
            "moved_from",
            "moved_reason",
            "unusual_day_confirmed_by",
            "unusual_day_confirmed_at",
            "edited_by_hand",
        ]
    )
    session_changed(session=session, notify=notify)
    return session


def session_changed(*, session: Session, notify: bool = True) -> None:
    """A session was edited (room, time, date): bump its calendar revision and, once
    invitations have gone out, email everyone enrolled the change with the updated .ics."""
    Session.objects.filter(pk=session.pk).update(sequence=F("sequence") + 1)
    session.refresh_from_db(fields=["sequence"])
    if notify and session.cohort.invitations_sent_at:
        from .tasks import send_session_change

        send_session_change.delay_on_commit(session.pk, session.sequence)


def cohort_schedule_changed(*, cohort: Cohort) -> None:
    """The cohort's sessions were regenerated or moved: once invitations have gone out, email
    everyone invited or active the new schedule, with a calendar file that updates theirs."""
    if cohort.invitations_sent_at:
        from .tasks import send_schedule_change

        send_schedule_change.delay_on_commit(cohort.pk)


def schedule_change_notify(*, cohort_id: int) -> int:
    from django.core import mail

    from .scheduling.calendar import calendar_for

    cohort = Cohort.objects.select_related("lab").filter(pk=cohort_id).first()
    if cohort is None:
        return 0
    sessions = list(cohort.sessions.order_by("number"))
    ics = _calendars(lambda: calendar_for(sessions, cohort.title))
    people = [
        e.user
        for e in cohort.enrolments.filter(
            status__in=[EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE]
        ).select_related("user")
    ]
    with mail.get_connection() as connection:
        for person in people:
            send_email(
                name="schedule_changed",
                to=person,
                context={"cohort": cohort, "sessions": sessions},
                attachments=[("infuse-sessions.ics", ics(person), "text/calendar")],
                connection=connection,
            )
    return len(people)


def session_change_notify(*, session_id: int, sequence: int) -> int:
    """Email each invited or active person of the session's cohort about its change, once.

    A later change supersedes an earlier one still waiting: only the newest revision is sent.
    """
    session = Session.objects.select_related("cohort__lab").filter(pk=session_id).first()
    if session is None or session.sequence != sequence:
        return 0
    from django.core import mail

    from .scheduling.calendar import calendar_for

    ics = _calendars(lambda: calendar_for([session], session.cohort.title))
    people = [
        e.user
        for e in session.cohort.enrolments.filter(
            status__in=[EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE]
        ).select_related("user")
    ]
    with mail.get_connection() as connection:
        for person in people:
            send_email(
                name="session_changed",
                to=person,
                context={"session": session},
                attachments=[(f"infuse-session-{session.pk}.ics", ics(person), "text/calendar")],
                connection=connection,
            )
    return len(people)


def _calendars(build: Callable[[], bytes]) -> Callable[[User], bytes]:
    """The calendar file for a person, in their language (its event titles and notes): built
    once per language, not once per person."""
    built: dict[str, bytes] = {}

    def for_person(person: User) -> bytes:
        language = person.language or settings.LANGUAGE_CODE
        if language not in built:
            with translation.override(language):
                built[language] = build()
        return built[language]

    return for_person


def _record(enrolment: Enrolment, status: str, by: User | None, note: str = "") -> None:
    EnrolmentEvent.objects.create(enrolment=enrolment, status=status, by=by, note=note)


def places_taken(*, cohort: Cohort) -> int:
    """Enrolments that hold a place: everyone but the withdrawn."""
    return cohort.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN).count()


def places_held(*, cohort: Cohort, offer: WaitingListEntry | None = None) -> int:
    """Places taken, plus those held for someone on the waiting list whose offer is still open
    (other than `offer`, the one being accepted)."""
    offers = cohort.waiting_list.filter(
        status=WaitingStatus.OFFERED, offer_expires_at__gt=timezone.now()
    )
    if offer is not None:
        offers = offers.exclude(pk=offer.pk)
    return places_taken(cohort=cohort) + offers.count()


def cohort_is_full(*, cohort: Cohort, offer: WaitingListEntry | None = None) -> bool:
    """No place for a newcomer: every place is taken or held for an offer, or people are
    already waiting (first come first served: a newcomer joins the list behind them). With
    `offer` (accepting it), only whether a place is left for that offer."""
    if not cohort.pk:
        return False
    if places_held(cohort=cohort, offer=offer) >= cohort.capacity:
        return True
    return offer is None and cohort.waiting_list.filter(status=WaitingStatus.WAITING).exists()


class CohortFull(ValidationError):
    """The cohort has no place for this person now (they may join its waiting list)."""


def enrolment_problem(
    *, cohort: Cohort, user: User, council_ids: Collection[int] | None = None
) -> str | None:
    """Why this person cannot be enrolled in this cohort, or None if they can.

    `council_ids` are the councils taking part when a form is about to change them (the admin
    validates its inline enrolments against the councils being saved, not those in the
    database); otherwise the cohort's saved councils count.
    """
    if user.role != Role.PARTICIPANT:
        return _("%(name)s is not a council participant (role: %(role)s).") % {
            "name": user.full_name,
            "role": user.get_role_display(),
        }
    if council_ids is not None:
        taking_part = user.council_id in council_ids
    else:
        taking_part = bool(cohort.pk) and cohort.councils.filter(pk=user.council_id).exists()
    if not taking_part:
        return _("%(council)s is not taking part in this cohort.") % {
            "council": user.council.display_name if user.council else "—"
        }
    if cohort.pk and cohort.enrolments.filter(user=user).exists():
        return _("%(name)s is already enrolled in this cohort.") % {"name": user.full_name}
    return None


@transaction.atomic
def enrolment_create(
    *,
    cohort: Cohort,
    user: User,
    by: User | None = None,
    nominated: bool = False,
    invite: bool = True,
    check: bool = True,
    offer: WaitingListEntry | None = None,
) -> Enrolment:
    """Enrol a person as invited, record who did it, and send their invitation on commit.

    Refuses (ValidationError) a person who is not a participant of a council taking part, who is
    already enrolled, or (CohortFull) a cohort that is full: every place taken or held for an
    open waiting-list offer, or people waiting (cohorts.enrolment.waiting.enrol_or_wait puts them on the
    list instead). `offer` is the waiting-list offer being accepted: its own held place counts
    as free; a person enrolled directly (staff, a lead) while holding an open offer takes the
    place it holds in the same way. Their own entry on the cohort's waiting list (waiting or
    offered) is closed as accepted with this enrolment, in the same transaction, so it holds
    no second place. The cohort row is locked so that two people taking the last place at once
    cannot both have it.
    """
    if check:
        Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
        problem = enrolment_problem(cohort=cohort, user=user)
        if problem:
            raise ValidationError(problem)
        if offer is None:
            offer = cohort.waiting_list.filter(
                user=user, status=WaitingStatus.OFFERED, offer_expires_at__gt=timezone.now()
            ).first()
        if cohort_is_full(cohort=cohort, offer=offer):
            raise CohortFull(
                _("This cohort is full: all %(capacity)s places are taken.")
                % {"capacity": cohort.capacity}
            )
    enrolment = Enrolment.objects.create(
        cohort=cohort, user=user, nominated_by=by if nominated else None
    )
    _record(enrolment, EnrolmentStatus.INVITED, by, _("nominated") if nominated else "")
    # As an accepted offer is recorded (cohorts.enrolment.waiting.offer_accept): closed, with the place.
    WaitingListEntry.objects.filter(cohort=cohort, user=user, status__in=WAITING_QUEUE).update(
        status=WaitingStatus.ACCEPTED, closed_at=timezone.now(), enrolment=enrolment
    )
    enrolment_refresh_progress(enrolment=enrolment)
    if invite:
        from .tasks import send_invitation

        send_invitation.delay_on_commit(enrolment.pk)
    return enrolment


INVITATION_BATCH = 100


def enrolments_create(
    *, cohort: Cohort, users: list[User], by: User | None = None
) -> list[Enrolment]:
    """Enrol many people as invited at once (a CSV upload), in a fixed number of queries.

    The caller has checked every person under the cohort's row lock (enrolment_problem and
    capacity) in this same transaction. Each enrolment records who made it, starts with its
    progress set (nothing done, nothing attended: it cannot be complete) and gets one
    invitation, queued in batches once the transaction commits.
    """
    with transaction.atomic():
        required_total = (
            Activity.objects.counting().filter(module__lab_id=cohort.lab_id, required=True).count()
        )
        enrolments = Enrolment.objects.bulk_create(
            Enrolment(
                cohort=cohort,
                user=user,
                council_id=user.council_id,
                required_total=required_total,
                required_done=0,
                sessions_attended=0,
                progress=0,
            )
            for user in users
        )
        EnrolmentEvent.objects.bulk_create(
            EnrolmentEvent(enrolment=e, status=EnrolmentStatus.INVITED, by=by, note="")
            for e in enrolments
        )
        audit_bulk_created(enrolments, actor=by)
        from .tasks import send_invitations

        ids = [e.pk for e in enrolments]
        for start in range(0, len(ids), INVITATION_BATCH):
            send_invitations.delay_on_commit(ids[start : start + INVITATION_BATCH])
    return enrolments


def invitations_send(*, enrolment_ids: list[int]) -> int:
    """Email the first invitation of each of these enrolments; each goes once (see
    enrolment_invite), so running a batch again after a failure sends only what is left."""
    return sum(enrolment_invite(enrolment_id=pk) for pk in enrolment_ids)


def enrolment_invite(
    *, enrolment_id: int, resend: bool = False, sent_before: dt.datetime | None = None
) -> bool:
    """Email one invitation. Sent once per enrolment unless `resend`; never to the withdrawn.
    With `sent_before`, a resend goes only if no invitation has gone since then.

    Returns whether an email went.
    """
    now = timezone.now()
    eligible = Enrolment.objects.filter(
        pk=enrolment_id,
        status__in=[EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE],
        user__erased_at__isnull=True,  # an erased person's address is a pseudonym
    )
    if not resend:
        eligible = eligible.filter(invited_at__isnull=True)
    elif sent_before is not None:
        eligible = eligible.filter(Q(invited_at__isnull=True) | Q(invited_at__lte=sent_before))
    with transaction.atomic():
        enrolment = (
            eligible.select_for_update(of=("self",))
            .select_related("cohort__lab", "user", "nominated_by")
            .first()
        )
        if enrolment is None:
            return False
        cohort = enrolment.cohort
        sessions = list(cohort.sessions.order_by("number"))
        from .scheduling.calendar import calendar_for

        send_email(
            name="invitation",
            to=enrolment.user,
            context={
                "cohort": cohort,
                "sessions": sessions,
                "first_session": sessions[0] if sessions else None,
                "nominated_by": enrolment.nominated_by,
                "login_code_path": reverse("account_request_login_code"),
            },
            attachments=[
                (
                    "infuse-sessions.ics",
                    _calendars(lambda: calendar_for(sessions, cohort.title))(enrolment.user),
                    "text/calendar",
                )
            ],
        )
        Enrolment.objects.filter(pk=enrolment.pk).update(invited_at=now)
        audit_updated([enrolment], {"invited_at": (enrolment.invited_at, now)})
        if Cohort.objects.filter(pk=cohort.pk, invitations_sent_at__isnull=True).update(
            invitations_sent_at=now
        ):
            audit_updated([cohort], {"invitations_sent_at": (None, now)})
    return True


def invitations_resend(*, cohorts, sent_before: dt.datetime | None = None) -> int:
    """Queue the invitation again for every invited or active person in these cohorts.

    `sent_before` is when the staff member was shown the count (the confirmation page): each
    invitation goes only if none has gone since, so a double submit or a second tab of the same
    confirmation emails each person once.
    """
    from .selectors import invitations_to_resend
    from .tasks import resend_invitation

    ids = list(invitations_to_resend(cohorts=cohorts).values_list("pk", flat=True))
    stamp = sent_before.isoformat() if sent_before else None
    for pk in ids:
        resend_invitation.delay_on_commit(pk, stamp)
    return len(ids)


def enrolments_activate_for(*, user: User) -> int:
    """A person has signed in: their invited enrolments become active."""
    count = 0
    for enrolment in Enrolment.objects.filter(user=user, status=EnrolmentStatus.INVITED):
        count += enrolment_activate(enrolment=enrolment, by=user)
    return count


def enrolment_activate(*, enrolment: Enrolment, by: User | None = None) -> bool:
    """Invited becomes active at the person's first sign-in or first activity. Idempotent."""
    now = timezone.now()
    won = Enrolment.objects.filter(pk=enrolment.pk, status=EnrolmentStatus.INVITED).update(
        status=EnrolmentStatus.ACTIVE, activated_at=now
    )
    if won:
        audit_updated(
            [enrolment],
            {
                "status": (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE),
                "activated_at": (None, now),
            },
            actor=by or enrolment.user,
        )
        enrolment.status, enrolment.activated_at = EnrolmentStatus.ACTIVE, now
        _record(enrolment, EnrolmentStatus.ACTIVE, by or enrolment.user)
    return bool(won)


def enrolment_refresh_progress(*, enrolment: Enrolment, by: User | None = None) -> Enrolment:
    """Recompute the stored progress of one enrolment, and complete it when the rule is met.

    Call it inside the transaction that changed a completion, an attendance mark, a module's
    activities or the enrolment's status. Completion needs every required activity done and
    at least the cohort's attendance threshold of sessions attended.
    """
    cohort = enrolment.cohort
    # Lock the row: a register mark racing a tick must not save stale counts.
    Enrolment.objects.select_for_update().filter(pk=enrolment.pk).values_list("pk").first()
    required_total = (
        Activity.objects.counting().filter(module__lab_id=cohort.lab_id, required=True).count()
    )
    counts = Enrolment.objects.filter(pk=enrolment.pk).aggregate(
        done=Count(
            "completions",
            filter=Q(completions__activity__required=True) & counting_q("completions__activity"),
            distinct=True,
        ),
        # A cancelled session was not held: a mark on it does not count.
        attended=Count(
            "attendances",
            filter=Q(attendances__attended=True, attendances__session__cancelled_at__isnull=True),
            distinct=True,
        ),
    )
    # Nobody can attend more sessions than were held: cancelling one lowers the bar to match
    # (a cohort with no sessions yet keeps its bar).
    sessions = Session.objects.filter(cohort_id=cohort.pk).aggregate(
        total=Count("pk"), held=Count("pk", filter=Q(cancelled_at__isnull=True))
    )
    threshold = cohort.attendance_threshold
    if sessions["total"]:
        threshold = min(threshold, sessions["held"])
    enrolment.required_total = required_total
    enrolment.required_done = counts["done"]
    enrolment.sessions_attended = counts["attended"]
    enrolment.progress = round(100 * counts["done"] / required_total) if required_total else 0
    fields = ["required_total", "required_done", "sessions_attended", "progress"]
    if (
        enrolment.status in (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)
        and required_total
        and counts["done"] >= required_total
        and counts["attended"] >= threshold
    ):
        enrolment.status = EnrolmentStatus.COMPLETED
        enrolment.completed_on = timezone.localdate()
        fields += ["status", "completed_on"]
        enrolment.save(update_fields=fields)
        _record(enrolment, EnrolmentStatus.COMPLETED, by)
        _on_completed(enrolment)
        return enrolment
    enrolment.save(update_fields=fields)
    return enrolment


def _on_completed(enrolment: Enrolment) -> None:
    """The hand-over to certificate issuing, once the completing transaction commits."""
    from .hooks import enrolment_completed

    enrolment_completed(enrolment_id=enrolment.pk)


def lab_refresh_progress(*, lab_id: int) -> int:
    """Refresh every current (invited or active) enrolment of a lab, after its activities
    changed (added, archived, made optional). This may complete someone whose remaining work is
    done; a completed enrolment is left as it is, never un-completed."""
    enrolments = Enrolment.objects.filter(
        cohort__lab_id=lab_id, status__in=[EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE]
    ).select_related("cohort")
    count = 0
    for enrolment in enrolments:
        enrolment_refresh_progress(enrolment=enrolment)
        count += 1
    return count


@transaction.atomic
def completion_set(
    *,
    enrolment: Enrolment,
    activity: Activity,
    done: bool,
    answer: str = "",
    at=None,
    version: int | None = None,
) -> Completion | None:
    """Mark an activity done (with a reflection's answer) or not done; refresh progress.

    With `version` (a reflection's form: 0 when it was drawn with no answer yet), the answer
    is written only over that version: if it was saved since (another tab), raises
    infuse.concurrency.VersionConflict and writes nothing. The same first answer posted twice
    is not a conflict."""
    at = at or timezone.now()
    completion = None
    if done and version is not None:
        completion = _answer_save(
            enrolment=enrolment, activity=activity, answer=answer, at=at, version=version
        )
    elif done:
        completion, created = Completion.objects.get_or_create(
            enrolment=enrolment, activity=activity, defaults={"answer": answer, "completed_at": at}
        )
        if not created and completion.answer != answer:
            completion.answer = answer
            completion.save(update_fields=["answer", "updated_at"])
    else:
        Completion.objects.filter(enrolment=enrolment, activity=activity).delete()
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=at)
    enrolment.last_activity_at = at
    enrolment_activate(enrolment=enrolment)
    enrolment_refresh_progress(enrolment=enrolment, by=enrolment.user)
    return completion


def _answer_save(
    *, enrolment: Enrolment, activity: Activity, answer: str, at, version: int
) -> Completion:
    completion = Completion.objects.filter(enrolment=enrolment, activity=activity).first()
    if completion is None:
        if version != 0:  # answered when the form was drawn, and since taken back
            raise VersionConflict(None)
        completion, created = Completion.objects.get_or_create(
            enrolment=enrolment, activity=activity, defaults={"answer": answer, "completed_at": at}
        )
        if not created and completion.answer != answer:
            raise VersionConflict(completion)
        return completion
    if completion.answer == answer:  # the same answer again (a second click): nothing to write
        return completion
    completion.answer = answer
    return versioned_update(completion, version=version, fields=["answer"])


class RegisterClosed(ValidationError):
    """The session's register does not take marks (it has not started, or was cancelled)."""


def register_refusal(*, session: Session, now: dt.datetime | None = None) -> str | None:
    """Why the session's register takes no marks now, in words for staff; or None.

    A register opens once the session has started (its date and start time, Europe/London,
    have passed): a mark counts towards completion, so nobody can be marked for a meeting that
    has not happened. A cancelled session was not held, so it has no register.
    """
    if session.is_cancelled:
        return _("This session was cancelled, so it has no register.")
    if session.starts_at > (now or timezone.now()):
        return _("The register opens when the session starts, at %(time)s on %(date)s.") % {
            "time": session.start_time.strftime("%H:%M"),
            "date": date_format(session.date, "l j F Y"),
        }
    return None


@transaction.atomic
def attendance_mark(
    *, enrolment: Enrolment, session: Session, attended: bool, by: User | None = None
) -> Attendance:
    """Record whether someone came to a session, and refresh their progress.

    Raises RegisterClosed, writing nothing, before the session has started or if it was
    cancelled (see register_refusal)."""
    refusal = register_refusal(session=session)
    if refusal:
        raise RegisterClosed(refusal)
    attendance, _created = Attendance.objects.update_or_create(
        enrolment=enrolment,
        session=session,
        defaults={"attended": attended, "recorded_by": by, "recorded_at": timezone.now()},
    )
    enrolment_refresh_progress(enrolment=enrolment, by=by)
    return attendance


@transaction.atomic
def enrolment_withdraw(
    *, enrolment: Enrolment, by: User, reason: str, on: dt.date | None = None
) -> bool:
    """Withdraw someone: they keep their history, get no more emails, and free their place.

    Idempotent: the enrolment's row is locked and re-read, so a double submit, a second tab or
    a retry withdraws once and writes one event; returns False, changing nothing, if they were
    already withdrawn. For staff.
    """
    if (
        not Enrolment.objects.select_for_update()
        .filter(pk=enrolment.pk)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .exists()
    ):
        return False
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.withdrawn_on = on or timezone.localdate()
    enrolment.withdrawn_reason = reason
    enrolment.save(update_fields=["status", "withdrawn_on", "withdrawn_reason"])
    _record(enrolment, EnrolmentStatus.WITHDRAWN, by, reason)
    enrolment_refresh_progress(enrolment=enrolment, by=by)
    # The place freed goes to the next person waiting, if anyone is (cohorts.enrolment.waiting).
    if enrolment.cohort.waiting_list.filter(status=WaitingStatus.WAITING).exists():
        from .tasks import offer_waiting_places

        offer_waiting_places.delay_on_commit(enrolment.cohort_id)
    if enrolment.invited_at:
        # Their calendar holds the sessions: cancel those still to come in it. Their own
        # cancellation carries a revision one above the session's (cancellation_for); the
        # session's shared revision is not raised, so a change still queued for the others
        # (session_change_notify checks it) still reaches them.
        from .tasks import send_withdrawal_cancellation

        send_withdrawal_cancellation.delay_on_commit(enrolment.pk)
    return True


def cohort_finished(*, cohort: Cohort) -> bool:
    """Every session of the cohort (not cancelled) is over."""
    last = cohort.sessions.filter(cancelled_at__isnull=True).order_by("-date").first()
    return last is not None and last.date < timezone.localdate()


@transaction.atomic
def enrolment_reinstate(*, enrolment: Enrolment, by: User) -> bool:
    """Undo a withdrawal: the person takes a place again, as active if they had ever signed in,
    otherwise as invited, and is emailed their invitation (with the sessions) once more.

    Refuses (ValidationError) when the cohort is full or the person has been erased. The
    cohort's row is locked, as in enrolment_create, so two re-instatements cannot both take
    the last place; the enrolment's row is re-read under that lock, so a double submit or a
    second tab re-instates once and writes one event (False: they were not withdrawn). For
    staff.
    """
    cohort = Cohort.objects.select_for_update().get(pk=enrolment.cohort_id)
    current = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(pk=enrolment.pk, status=EnrolmentStatus.WITHDRAWN)
        .first()
    )
    if current is None:
        return False
    if current.user.erased_at:
        raise ValidationError(_("This person's details have been erased: they cannot come back."))
    if not current.user.is_active:
        raise ValidationError(
            _("%(name)s has left the programme (their account is closed): they cannot come back.")
            % {"name": current.user.full_name}
        )
    if places_held(cohort=cohort) >= cohort.capacity:
        raise ValidationError(
            _(
                "%(name)s cannot be re-instated: %(cohort)s is full (all %(capacity)s places "
                "are taken). Raise its capacity or withdraw someone first."
            )
            % {"name": current.user.full_name, "cohort": cohort.title, "capacity": cohort.capacity}
        )
    enrolment.status = EnrolmentStatus.ACTIVE if current.activated_at else EnrolmentStatus.INVITED
    enrolment.withdrawn_on = None
    enrolment.withdrawn_reason = ""
    enrolment.save(update_fields=["status", "withdrawn_on", "withdrawn_reason"])
    _record(enrolment, enrolment.status, by, _("re-instated"))
    enrolment_refresh_progress(enrolment=enrolment, by=by)
    from .tasks import resend_invitation, send_invitation

    if cohort_finished(cohort=cohort):
        # Undoing a withdrawal on a finished cohort puts the record right (their attendance and
        # work count again); an invitation to sessions that are over would mean nothing.
        return True
    if current.invited_at:
        resend_invitation.delay_on_commit(enrolment.pk)
    else:
        send_invitation.delay_on_commit(enrolment.pk)
    return True


@transaction.atomic
def session_cancel(*, session: Session, by: User | None, reason: str) -> bool:
    """Cancel a session: it drops out of everyone's calendar feed at once, and once invitations
    have gone everyone invited or active is emailed a cancellation their calendar acts on. It
    no longer counts as held (attendance towards completion); its week still opens on its date.
    Idempotent: returns False, sending nothing, if it was already cancelled. For staff."""
    now = timezone.now()
    won = Session.objects.filter(pk=session.pk, cancelled_at__isnull=True).update(
        cancelled_at=now, cancelled_reason=reason, sequence=F("sequence") + 1
    )
    if not won:
        return False
    audit_updated(
        [session], {"cancelled_at": (None, now), "cancelled_reason": ("", reason)}, actor=by
    )
    session.refresh_from_db()
    for enrolment in Enrolment.objects.filter(
        cohort_id=session.cohort_id, status__in=CURRENT
    ).select_related("cohort"):
        enrolment_refresh_progress(enrolment=enrolment, by=by)
    if session.cohort.invitations_sent_at:
        from .tasks import send_session_cancellation

        send_session_cancellation.delay_on_commit(session.pk)
    return True


def session_cancellation_notify(*, session_id: int) -> int:
    """Email each invited or active person of the session's cohort its cancellation, with a
    calendar file (METHOD:CANCEL) that removes it from their calendar."""
    from django.core import mail

    from .scheduling.calendar import cancellation_for

    session = Session.objects.select_related("cohort__lab").filter(pk=session_id).first()
    if session is None or not session.is_cancelled:
        return 0
    people = [
        e.user for e in session.cohort.enrolments.filter(status__in=CURRENT).select_related("user")
    ]
    with mail.get_connection() as connection:
        for person in people:
            with translation.override(person.language or settings.LANGUAGE_CODE):
                ics = cancellation_for([session], session.cohort.title, attendee=person)
            send_email(
                name="session_cancelled",
                to=person,
                context={"session": session},
                attachments=[
                    (f"infuse-session-{session.pk}.ics", ics, "text/calendar; method=CANCEL")
                ],
                connection=connection,
            )
    return len(people)


def withdrawal_cancellation_notify(*, enrolment_id: int) -> bool:
    """Email a withdrawn person a cancellation of the sessions still to come, so that their
    calendar drops them. Returns whether an email went (none if there is nothing to cancel)."""
    from .scheduling.calendar import cancellation_for

    enrolment = (
        Enrolment.objects.select_related("cohort__lab", "user")
        .filter(pk=enrolment_id, status=EnrolmentStatus.WITHDRAWN)
        .first()
    )
    if enrolment is None:
        return False
    sessions = list(
        enrolment.cohort.sessions.filter(
            date__gte=timezone.localdate(), cancelled_at__isnull=True
        ).order_by("number")
    )
    if not sessions:
        return False
    person = enrolment.user
    with translation.override(person.language or settings.LANGUAGE_CODE):
        ics = cancellation_for(
            sessions, enrolment.cohort.title, attendee=person, raise_sequence=True
        )
    send_email(
        name="withdrawn_sessions_cancelled",
        to=person,
        context={"cohort": enrolment.cohort, "sessions": sessions},
        attachments=[("infuse-sessions.ics", ics, "text/calendar; method=CANCEL")],
    )
    return True


# --- A participant's own work ---------------------------------------------------------------


class WorkRefused(Exception):
    """A participant may not change this activity now; the message says why, to them."""


def completion_refusal(
    *,
    enrolment: Enrolment,
    activity: Activity,
    today: dt.date | None = None,
    by_tool: bool = False,
) -> str | None:
    """Why the participant may not change this activity now, in words for them; or None.

    Closed enrolments (withdrawn, completed) and weeks that have not opened (week n opens on
    the date of session n) are refused; so is ticking by hand a step that the lab's own tool
    completes (`by_tool` is how the tool itself says it is the one asking).
    """
    from .learning.activities import ticked_by_hand
    from .weeks import week_is_open

    if activity.module.lab_id != enrolment.cohort.lab_id:
        raise ValueError("The activity belongs to another lab.")
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        return _("You have withdrawn from this cohort, so your work here is closed.")
    if enrolment.status == EnrolmentStatus.COMPLETED:
        return _("You have completed this Lab, so your work here is kept as it is.")
    opens_on = (
        Session.objects.filter(cohort_id=enrolment.cohort_id, number=activity.module.number)
        .values_list("date", flat=True)
        .first()
    )
    if not week_is_open(opens_on, today or timezone.localdate()):
        return _("Week %(week)s has not opened yet, so its activities cannot be marked.") % {
            "week": activity.module.number
        }
    if not by_tool and not ticked_by_hand(activity=activity, lab_code=enrolment.cohort.lab.code):
        return _("This activity is completed from the lab's tool, not here.")
    return None


def completion_submit(
    *,
    enrolment: Enrolment,
    activity: Activity,
    done: bool,
    answer: str = "",
    today: dt.date | None = None,
    by_tool: bool = False,
    version: int | None = None,
) -> Completion | None:
    """A participant ticks, unticks or answers an activity of their own enrolment, on the
    week page or (`by_tool=True`) through their lab's tool. A reflection's answer from the
    week page comes with the `version` its form was drawn from (see completion_set).

    Raises WorkRefused, changing nothing, for anything completion_refusal refuses. Otherwise
    records it through completion_set, which refreshes the stored progress in the same
    transaction and may complete the enrolment. Idempotent: ticking twice leaves one
    completion. For participants; the caller found the enrolment through a selector that
    takes the user.
    """
    refusal = completion_refusal(
        enrolment=enrolment, activity=activity, today=today, by_tool=by_tool
    )
    if refusal:
        raise WorkRefused(refusal)
    return completion_set(
        enrolment=enrolment, activity=activity, done=done, answer=answer, version=version
    )


# --- People move on (issue 22) ----------------------------------------------------------------

# Stored data, not a page: one language, whoever marked them (as erasure's pseudonyms).
LEFT_REASON = "Left the council"


@transaction.atomic
def person_mark_left(*, user: User, by: User | None) -> int:
    """Someone has left their council: each of their current enrolments (invited or active) is
    withdrawn with the reason "Left the council" through `enrolment_withdraw` (so their place is
    freed and their calendar told), and they can no longer sign in (inactive; a session they
    have stops working). Their history (completed Labs, certificates, register marks) stays and
    the reports count it as before. Recorded in the audit trail. Idempotent: a second call (a
    double submit, a second tab) waits for the first and then withdraws nothing. Returns how
    many enrolments were withdrawn. For programme staff."""
    person = User.objects.select_for_update().get(pk=user.pk)
    current = list(
        Enrolment.objects.select_for_update(of=("self",))
        .filter(user=person, status__in=CURRENT)
        .select_related("cohort")
        .order_by("pk")
    )
    for enrolment in current:
        enrolment_withdraw(enrolment=enrolment, by=by, reason=LEFT_REASON)
    # Off every waiting list: a place they were offered, or would be, goes to the next person.
    entries = WaitingListEntry.objects.filter(user=person, status__in=WAITING_QUEUE)
    cohort_ids = list(entries.values_list("cohort_id", flat=True))
    entries.update(status=WaitingStatus.LAPSED, closed_at=timezone.now())
    if cohort_ids:
        from .tasks import offer_waiting_places

        for cohort_id in cohort_ids:
            offer_waiting_places.delay_on_commit(cohort_id)
    if person.is_active:
        User.objects.filter(pk=person.pk).update(is_active=False)
        audit_updated([person], {"is_active": (True, False)}, actor=by)
    user.is_active = False
    return len(current)
