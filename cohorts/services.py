"""Writes for cohorts, sessions, enrolments, completions and attendance."""

import datetime as dt
from collections.abc import Callable, Collection

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
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

CURRENT = (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)


# --- Sessions edited on their own -----------------------------------------------------------


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
