"""Weekly nudges: one email per (enrolment, week), exactly once.

How "exactly once" holds: a run first *claims* each due (enrolment, week) by inserting a Nudge
row under a unique constraint, in its own committed transaction; only the run whose insert
won sends that email. Sending then marks the row sent. Two runs at once, a retried task or a
second beat cannot send twice. The one window left is a worker dying after the SMTP server
accepted a message and before the row was marked sent: the sweeper then sends that claim again
(see docs/architecture.md for why a rare duplicate was chosen over a missed nudge). A nudge
marked failed when its retries ran out is claimed again by the hourly run while its week is open.
"""

import datetime as dt
import uuid
from collections import defaultdict
from itertools import islice

from celery.exceptions import SoftTimeLimitExceeded
from django.core import mail, signing
from django.db import transaction
from django.db.models import F, OuterRef, Q
from django.urls import reverse
from django.utils import timezone, translation

from councils.emails import build_email
from councils.models import User
from labs.models import Activity, Module

from ..models import Completion, Enrolment, EnrolmentStatus, Nudge, NudgeStatus, Session
from ..scheduling.calendar import calendar_for
from ..weeks import week_is_open, week_open

BATCH_SIZE = 500
SWEEP_AFTER = dt.timedelta(minutes=30)
MAX_SWEEPS = 6  # after that a claim is left for staff to look at (status claimed, error kept)
UNSUBSCRIBE_SALT = "cohorts.messaging.nudges.unsubscribe"
CURRENT = [EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE]


def _batches(items, size=BATCH_SIZE):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def due_pairs(*, today: dt.date, cohort_id: int | None = None) -> list[tuple[int, int]]:
    """(enrolment id, week) for every enrolment whose week opens today and who wants nudges."""
    sessions = Session.objects.filter(date=today)
    if cohort_id:
        sessions = sessions.filter(cohort_id=cohort_id)
    weeks = dict(sessions.values_list("cohort_id", "number"))
    if not weeks:
        return []
    enrolments = Enrolment.objects.filter(
        cohort_id__in=weeks,
        status__in=CURRENT,
        user__nudges_opt_out=False,
        user__is_active=True,
    ).values_list("pk", "cohort_id")
    return [(pk, weeks[cohort_id]) for pk, cohort_id in enrolments]


def due_pairs_for_current_week(*, cohort) -> list[tuple[int, int]]:
    """(enrolment id, week) for a cohort's current week, for staff sending nudges by hand."""
    today = timezone.localdate()
    dates = list(Session.objects.filter(cohort=cohort).values_list("date", flat=True))
    week = sum(1 for day in dates if week_is_open(day, today))
    if not 1 <= week <= 6 or max(dates) < today:
        return []  # not begun, or finished: there is no current week to remind anyone of
    enrolments = Enrolment.objects.filter(
        cohort=cohort, status__in=CURRENT, user__nudges_opt_out=False, user__is_active=True
    ).values_list("pk", flat=True)
    return [(pk, week) for pk in enrolments]


def claim(pairs: list[tuple[int, int]]) -> list[int]:
    """Claim the nudges for these pairs; return the ids this call won (the others were taken)."""
    token = uuid.uuid4()
    now = timezone.now()
    for chunk in _batches(pairs):
        with transaction.atomic():
            Nudge.objects.bulk_create(
                [Nudge(enrolment_id=e, week=w, claim=token, claimed_at=now) for e, w in chunk],
                ignore_conflicts=True,
            )
    return list(Nudge.objects.filter(claim=token).values_list("pk", flat=True))


def reclaim_unsent(*, today: dt.date, cohort_id: int | None = None) -> list[int]:
    """Claim again the nudges of a week still open that never went: those marked failed when
    their task's retries ran out, and claims the sweeper gave up on. Returns the ids this call
    won. A week is open from its session's date until the next week opens (six days later).

    Guarded like the first claim: the update from failed (or abandoned) to claimed carries this
    call's token and re-checks the status, so of two runs at once only one wins each row.
    Attempts start again from 0, so the sweeper watches the new round as it did the first.
    """
    token = uuid.uuid4()
    now = timezone.now()
    unsent = Q(status=NudgeStatus.FAILED) | Q(
        status=NudgeStatus.CLAIMED, attempts__gte=MAX_SWEEPS, claimed_at__lt=now - SWEEP_AFTER
    )
    cohort = OuterRef("enrolment__cohort_id")
    opened = week_open(week=OuterRef("week"), day=today, cohort=cohort)
    opened_a_week_ago = week_open(
        week=OuterRef("week"), day=today - dt.timedelta(days=7), cohort=cohort
    )
    candidates = Nudge.objects.filter(unsent, opened, ~opened_a_week_ago)
    if cohort_id:
        candidates = candidates.filter(enrolment__cohort_id=cohort_id)
    ids = list(candidates.values_list("pk", flat=True))
    if not ids:
        return []
    Nudge.objects.filter(unsent, pk__in=ids).update(
        status=NudgeStatus.CLAIMED, claim=token, claimed_at=now, attempts=0
    )
    return list(Nudge.objects.filter(claim=token).values_list("pk", flat=True))


def claim_current_week(*, cohort) -> list[int]:
    """For staff sending a cohort's nudges now: claim this week's, and again the unsent ones."""
    ids = claim(due_pairs_for_current_week(cohort=cohort))
    return ids + reclaim_unsent(today=timezone.localdate(), cohort_id=cohort.pk)


def send_due_nudges(
    *, today: dt.date | None = None, cohort_id: int | None = None
) -> list[list[int]]:
    """Claim today's due nudges, and again this week's that never went (failed after their
    retries, or given up by the sweeper); return them in batches for sending. Run hourly."""
    today = today or timezone.localdate()
    ids = claim(due_pairs(today=today, cohort_id=cohort_id))
    ids += reclaim_unsent(today=today, cohort_id=cohort_id)
    return list(_batches(ids))


def unsubscribe_token(user: User) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_for_unsubscribe_token(token: str) -> User | None:
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return User.objects.filter(pk=pk).first()


class _BatchContext:
    """Everything the emails of one batch need, read in a fixed number of queries."""

    def __init__(self, nudges: list[Nudge]):
        enrolment_ids = [n.enrolment_id for n in nudges]
        cohort_ids = {n.enrolment.cohort_id for n in nudges}
        lab_ids = {n.enrolment.cohort.lab_id for n in nudges}
        self.sessions = defaultdict(dict)
        for session in Session.objects.filter(cohort_id__in=cohort_ids).select_related(
            "cohort__lab"
        ):
            self.sessions[session.cohort_id][session.number] = session
        self.modules = {(m.lab_id, m.number): m for m in Module.objects.filter(lab_id__in=lab_ids)}
        self.activities = defaultdict(list)
        for activity in (
            Activity.objects.counting()
            .filter(module__lab_id__in=lab_ids)
            .order_by("module__number", "position", "pk")
        ):
            self.activities[activity.module_id].append(activity)
        self._ics: dict[tuple[int, str], bytes] = {}
        self.done = defaultdict(set)
        for enrolment_id, activity_id in Completion.objects.filter(
            enrolment_id__in=enrolment_ids
        ).values_list("enrolment_id", "activity_id"):
            self.done[enrolment_id].add(activity_id)

    def ics(self, session: Session, language: str) -> bytes:
        """One calendar file per session and language, shared by everyone in the batch."""
        key = (session.pk, language)
        if key not in self._ics:
            with translation.override(language):
                self._ics[key] = calendar_for([session], session.cohort.title)
        return self._ics[key]


def _message(nudge: Nudge, ctx: _BatchContext, connection):
    from django.conf import settings

    enrolment = nudge.enrolment
    cohort, user = enrolment.cohort, enrolment.user
    session = ctx.sessions[cohort.pk].get(nudge.week)
    module = ctx.modules.get((cohort.lab_id, nudge.week))
    this_week = ctx.activities.get(module.pk, []) if module else []
    still_open = [
        activity
        for (lab_id, number), earlier in ctx.modules.items()
        if lab_id == cohort.lab_id and number < nudge.week
        for activity in ctx.activities.get(earlier.pk, [])
        if activity.required and activity.pk not in ctx.done[enrolment.pk]
    ]
    unsubscribe = settings.SITE_URL + reverse("nudges_unsubscribe", args=[unsubscribe_token(user)])
    week_url = settings.SITE_URL + reverse("lab_week", args=[enrolment.pk, nudge.week])
    return build_email(
        name="nudge",
        to=user,
        context={
            "enrolment": enrolment,
            "cohort": cohort,
            "week": nudge.week,
            "module": module,
            "activities": [a for a in this_week if a.pk not in ctx.done[enrolment.pk]],
            "still_open": still_open,
            "session": session,
            "week_url": week_url,
            # Sent by staff on a later day of the week: a reminder, not "opens today".
            "opens_today": session is None or session.date == timezone.localdate(),
            "unsubscribe_url": unsubscribe,
        },
        attachments=[
            (
                f"infuse-week-{nudge.week}.ics",
                ctx.ics(session, user.language or "en"),
                "text/calendar",
            )
        ]
        if session and not session.is_cancelled
        else [],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        connection=connection,
    )


def send_claimed(*, nudge_ids: list[int]) -> list[int]:
    """Send the claimed, unsent nudges among these ids over one connection.

    One guarded update takes the whole batch from claimed to sending, stamped with this
    sender's token: a second sender of the same ids (a redelivered task, the sweeper) finds
    them taken and sends none of them. Each message is then marked sent as soon as it has gone,
    so a worker that dies leaves at most the one message it was sending in doubt; the rest of
    its batch stays "sending" unsent, and the sweeper sends it (late, not twice).

    Returns the ids to retry: those whose send failed, or all still unsent when the SMTP
    connection cannot be opened or the task runs out of time. People who have since opted out
    or been withdrawn are skipped.
    """
    nudges = list(
        Nudge.objects.filter(pk__in=nudge_ids, status=NudgeStatus.CLAIMED).select_related(
            "enrolment__user", "enrolment__cohort__lab"
        )
    )
    if not nudges:
        return []
    skip = [
        n.pk for n in nudges if n.enrolment.status not in CURRENT or n.enrolment.user.nudges_opt_out
    ]
    if skip:
        Nudge.objects.filter(pk__in=skip, status=NudgeStatus.CLAIMED).update(
            status=NudgeStatus.SKIPPED
        )
    nudges = [n for n in nudges if n.pk not in skip]
    if not nudges:
        return []
    ids = [n.pk for n in nudges]
    connection = mail.get_connection()
    try:
        connection.open()
    except Exception as exc:  # SMTP server down: the whole batch waits for the retry
        _record_failure(ids, exc)
        return ids
    token = uuid.uuid4()
    failed: list[int] = []
    current, stage = None, "taking"
    try:
        # Re-stamped too: the sweeper leaves alone rows a sender is working on.
        Nudge.objects.filter(pk__in=ids, status=NudgeStatus.CLAIMED).update(
            status=NudgeStatus.SENDING, claim=token, claimed_at=timezone.now()
        )
        taken = set(
            Nudge.objects.filter(claim=token, status=NudgeStatus.SENDING).values_list(
                "pk", flat=True
            )
        )
        nudges = [n for n in nudges if n.pk in taken]  # the others went to another sender
        ctx = _BatchContext(nudges)
        for nudge in nudges:
            current, stage = nudge, "sending"
            try:
                _message(nudge, ctx, connection).send()
            except SoftTimeLimitExceeded:
                raise
            except Exception as exc:  # a refused recipient, a dropped connection...
                Nudge.objects.filter(pk=nudge.pk).update(status=NudgeStatus.CLAIMED)
                _record_failure([nudge.pk], exc)
                failed.append(nudge.pk)
                continue
            stage = "sent"
            _mark_sent(nudge.pk)
    except SoftTimeLimitExceeded:
        # Out of time. A message that went is recorded first, or the sweeper would send it
        # again; then everything taken and not sent goes back for the retry (a message cut off
        # mid-send too: the documented window).
        if stage == "sent":
            _mark_sent(current.pk)
        Nudge.objects.filter(claim=token, status=NudgeStatus.SENDING).update(
            status=NudgeStatus.CLAIMED
        )
        return list(
            Nudge.objects.filter(claim=token, status=NudgeStatus.CLAIMED).values_list(
                "pk", flat=True
            )
        )
    finally:
        connection.close()
    return failed


def _mark_sent(nudge_id: int) -> None:
    """Record a sent message. Safe to repeat: a row already sent is not counted twice."""
    Nudge.objects.filter(pk=nudge_id, status=NudgeStatus.SENDING).update(
        status=NudgeStatus.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1, error=""
    )


def _record_failure(ids: list[int], exc: Exception) -> None:
    """Count the attempt and keep the error; re-stamped, so the sweeper leaves the retry be."""
    Nudge.objects.filter(pk__in=ids).update(
        attempts=F("attempts") + 1,
        error=f"{type(exc).__name__}: {exc}"[:300],
        claimed_at=timezone.now(),
    )


def mark_failed(*, nudge_ids: list[int]) -> None:
    Nudge.objects.filter(pk__in=nudge_ids, status=NudgeStatus.CLAIMED).update(
        status=NudgeStatus.FAILED
    )


def stale_claims(*, now: dt.datetime | None = None) -> list[list[int]]:
    """Claims older than SWEEP_AFTER that never recorded a result: their worker died."""
    now = now or timezone.now()
    # A row left "sending" is the one window: its worker died during that message's send.
    stale = Nudge.objects.filter(
        Q(status__in=[NudgeStatus.CLAIMED, NudgeStatus.SENDING])
        & Q(claimed_at__lt=now - SWEEP_AFTER)
        & Q(attempts__lt=MAX_SWEEPS)
    )
    ids = list(stale.values_list("pk", flat=True))
    # Back to claimed and re-stamped, so the next sweep leaves them to the send it queues.
    Nudge.objects.filter(pk__in=ids).update(
        status=NudgeStatus.CLAIMED, claimed_at=now, attempts=F("attempts") + 1
    )
    return list(_batches(ids))
