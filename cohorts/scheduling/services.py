"""Writes for a cohort's schedule and its sessions: generating and re-planning the six sessions, editing or cancelling one, and telling the people enrolled (emails with calendar files) when any of it changes."""

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cohorts.models import (
    Cohort,
    Enrolment,
    EnrolmentStatus,
    Session,
)
from cohorts.scheduling.schedule import bank_holiday_name, nominal_session_date, plan_sessions
from cohorts.services import CURRENT, _calendars, enrolment_refresh_progress
from councils.audit import audit_bulk_created, audit_updated
from councils.emails import send_email
from councils.models import User

SCHEDULE_FIELDS = ("start_date", "session_weekday", "session_time", "session_minutes")


PLACE_FIELDS = ("online_url", "location")


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
        from cohorts.tasks import send_session_change

        send_session_change.delay_on_commit(session.pk, session.sequence)


def cohort_schedule_changed(*, cohort: Cohort) -> None:
    """The cohort's sessions were regenerated or moved: once invitations have gone out, email
    everyone invited or active the new schedule, with a calendar file that updates theirs."""
    if cohort.invitations_sent_at:
        from cohorts.tasks import send_schedule_change

        send_schedule_change.delay_on_commit(cohort.pk)


def schedule_change_notify(*, cohort_id: int) -> int:
    from django.core import mail

    from cohorts.scheduling.calendar import calendar_for

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

    from cohorts.scheduling.calendar import calendar_for

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
        from cohorts.tasks import send_session_cancellation

        send_session_cancellation.delay_on_commit(session.pk)
    return True


def session_cancellation_notify(*, session_id: int) -> int:
    """Email each invited or active person of the session's cohort its cancellation, with a
    calendar file (METHOD:CANCEL) that removes it from their calendar."""
    from django.core import mail

    from cohorts.scheduling.calendar import cancellation_for

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
    from cohorts.scheduling.calendar import cancellation_for

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
