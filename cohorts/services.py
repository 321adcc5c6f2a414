"""Writes for cohorts, sessions, enrolments, completions and attendance."""

import datetime as dt
from collections.abc import Callable, Collection

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from councils.audit import audit_bulk_created, audit_updated
from councils.emails import send_email
from councils.models import Role, User
from infuse.concurrency import VersionConflict, versioned_update
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
        # Calendars only take an update whose revision is higher than the one they hold.
        previous = cohort.sessions.aggregate(n=models.Max("sequence"))["n"]
        sequence = 0 if previous is None else previous + 1
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
                sequence=sequence,
            )
            for planned in plan_sessions(cohort.start_date, cohort.session_weekday)
        ]
        sessions = Session.objects.bulk_create(sessions)
        audit_bulk_created(sessions)
        return sessions


def cohort_has_begun(*, cohort: Cohort, today: dt.date | None = None) -> bool:
    """A cohort has begun once its first session's day has come."""
    first = cohort.sessions.order_by("date").values_list("date", flat=True).first()
    return first is not None and first <= (today or timezone.localdate())


def session_changed(*, session: Session) -> None:
    """A session was edited (room, time, date): bump its calendar revision and, once
    invitations have gone out, email everyone enrolled the change with the updated .ics."""
    Session.objects.filter(pk=session.pk).update(sequence=F("sequence") + 1)
    session.refresh_from_db(fields=["sequence"])
    if session.cohort.invitations_sent_at:
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

    from .calendar import calendar_for

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

    from .calendar import calendar_for

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
) -> Enrolment:
    """Enrol a person as invited, record who did it, and send their invitation on commit.

    Refuses (ValidationError) a person who is not a participant of a council taking part, who is
    already enrolled, or a cohort that is full. The cohort row is locked so that two people
    taking the last place at once cannot both have it.
    """
    if check:
        Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
        problem = enrolment_problem(cohort=cohort, user=user)
        if problem:
            raise ValidationError(problem)
        if places_taken(cohort=cohort) >= cohort.capacity:
            raise ValidationError(
                _("This cohort is full: all %(capacity)s places are taken.")
                % {"capacity": cohort.capacity}
            )
    enrolment = Enrolment.objects.create(
        cohort=cohort, user=user, nominated_by=by if nominated else None
    )
    _record(enrolment, EnrolmentStatus.INVITED, by, _("nominated") if nominated else "")
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
        required_total = Activity.objects.filter(
            module__lab_id=cohort.lab_id, required=True
        ).count()
        enrolments = Enrolment.objects.bulk_create(
            Enrolment(
                cohort=cohort,
                user=user,
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


def enrolment_invite(*, enrolment_id: int, resend: bool = False) -> bool:
    """Email one invitation. Sent once per enrolment unless `resend`; never to the withdrawn.

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
        from .calendar import calendar_for

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


def invitations_resend(*, cohorts) -> int:
    """Queue the invitation again for every invited or active person in these cohorts."""
    from .tasks import resend_invitation

    ids = list(
        Enrolment.objects.filter(
            cohort__in=cohorts, status__in=[EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE]
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        resend_invitation.delay_on_commit(pk)
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
    enrolment_refresh_progress(enrolment=enrolment, by=by)
    return enrolment


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
    from .activities import ticked_by_hand
    from .status import week_is_open

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
