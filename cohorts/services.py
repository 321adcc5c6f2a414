"""Writes for cohorts, sessions, enrolments, completions and attendance."""

import datetime as dt

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from councils.models import User
from labs.models import Activity

from .models import (
    Attendance,
    Cohort,
    Completion,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    Session,
)
from .schedule import plan_sessions


def cohort_generate_sessions(*, cohort: Cohort) -> list[Session]:
    """Replace the cohort's sessions with six generated from its start date.

    Sessions on a Welsh bank holiday move to the next working day and record why.
    """
    with transaction.atomic():
        cohort.sessions.all().delete()
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
        ]
        return Session.objects.bulk_create(sessions)


def _record(enrolment: Enrolment, status: str, by: User | None, note: str = "") -> None:
    EnrolmentEvent.objects.create(enrolment=enrolment, status=status, by=by, note=note)


@transaction.atomic
def enrolment_create(
    *, cohort: Cohort, user: User, by: User | None = None, nominated: bool = False
) -> Enrolment:
    """Enrol a person in a cohort as invited, recording who did it."""
    enrolment = Enrolment.objects.create(
        cohort=cohort, user=user, nominated_by=by if nominated else None
    )
    _record(enrolment, EnrolmentStatus.INVITED, by)
    enrolment_refresh_progress(enrolment=enrolment)
    return enrolment


def enrolment_activate(*, enrolment: Enrolment, by: User | None = None) -> bool:
    """Invited becomes active at the person's first sign-in or first activity. Idempotent."""
    now = timezone.now()
    won = Enrolment.objects.filter(pk=enrolment.pk, status=EnrolmentStatus.INVITED).update(
        status=EnrolmentStatus.ACTIVE, activated_at=now
    )
    if won:
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
    required_total = Activity.objects.filter(module__lab_id=cohort.lab_id, required=True).count()
    counts = Enrolment.objects.filter(pk=enrolment.pk).aggregate(
        done=Count(
            "completions",
            filter=Q(completions__activity__required=True),
            distinct=True,
        ),
        attended=Count("attendances", filter=Q(attendances__attended=True), distinct=True),
    )
    enrolment.required_total = required_total
    enrolment.required_done = counts["done"]
    enrolment.sessions_attended = counts["attended"]
    enrolment.progress = round(100 * counts["done"] / required_total) if required_total else 0
    fields = ["required_total", "required_done", "sessions_attended", "progress"]
    if (
        enrolment.status in (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)
        and required_total
        and counts["done"] >= required_total
        and counts["attended"] >= cohort.attendance_threshold
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
    """Refresh every current enrolment of a lab, after its activities changed."""
    enrolments = Enrolment.objects.filter(cohort__lab_id=lab_id).select_related("cohort")
    count = 0
    for enrolment in enrolments:
        enrolment_refresh_progress(enrolment=enrolment)
        count += 1
    return count


@transaction.atomic
def completion_set(
    *, enrolment: Enrolment, activity: Activity, done: bool, answer: str = "", at=None
) -> Completion | None:
    """Mark an activity done (with a reflection's answer) or not done; refresh progress."""
    at = at or timezone.now()
    completion = None
    if done:
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
    enrolment_refresh_progress(enrolment=enrolment)
    return completion


@transaction.atomic
def attendance_mark(
    *, enrolment: Enrolment, session: Session, attended: bool, by: User | None = None
) -> Attendance:
    """Record whether someone came to a session, and refresh their progress."""
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
) -> Enrolment:
    """Withdraw someone: they keep their history, get no more emails, and free their place."""
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.withdrawn_on = on or timezone.localdate()
    enrolment.withdrawn_reason = reason
    enrolment.save(update_fields=["status", "withdrawn_on", "withdrawn_reason"])
    _record(enrolment, EnrolmentStatus.WITHDRAWN, by, reason)
    return enrolment
