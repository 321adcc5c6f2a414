"""The six-month follow-up email: one per completed enrolment, exactly once, with one reminder
two weeks later; the follow-up then closes two weeks after that (`outcomes.FOLLOW_UP_OPEN_FOR`).

Exactly once, as for the weekly nudges (`cohorts/messaging/nudges.py`): a run first claims each due
enrolment by inserting its FollowUp row under the one-to-one constraint, in its own committed
transaction, and only the run whose insert won goes on; a second guard then takes the claimed
rows to "sending" with the sender's own token in one guarded update, so a redelivered task or a
second sender of the same ids sends none of them. A worker that dies after claiming leaves rows
"claimed" or "sending"; the next run (daily) sends them once they are 30 minutes old. The one
window for a duplicate is the nudges' one: a worker dying after the SMTP server accepted the
message and before the row was marked sent.

The reminder is claimed by a guarded update of `reminder_claim` (null → this run's token) and is
at most once: a worker dying after that claim loses the reminder, never doubles it.

People who opted out of emails, were withdrawn or are no longer active get nothing.
"""

import datetime as dt
import uuid

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone

from councils.emails import build_email

from ..learning.outcomes import FOLLOW_UP_OPEN_FOR
from ..models import Enrolment, EnrolmentStatus, FollowUp, FollowUpStatus
from .nudges import unsubscribe_token

REMIND_AFTER = dt.timedelta(days=14)
STALE_AFTER = dt.timedelta(minutes=30)
# A cohort that finished longer ago than six months and this is not written to (the portal went
# live after it, or beat was down for weeks): a follow-up that late would mean little.
LATEST = dt.timedelta(days=42)


def six_months_before(day: dt.date) -> dt.date:
    """The same day of the month six months earlier (the month's last day if it has none)."""
    month = day.month - 6
    year = day.year - 1 if month <= 0 else day.year
    month = month + 12 if month <= 0 else month
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_enrolments(*, today: dt.date) -> list[int]:
    """Completed enrolments whose cohort's last session was six months ago (up to six weeks
    late), of people who still want emails."""
    cutoff = six_months_before(today)
    return list(
        Enrolment.objects.annotate(
            # The last session held: a cancelled one at the end moves nothing.
            last_session=Max(
                "cohort__sessions__date",
                filter=Q(cohort__sessions__cancelled_at__isnull=True),
            )
        )
        .filter(
            status=EnrolmentStatus.COMPLETED,
            user__nudges_opt_out=False,
            user__is_active=True,
            last_session__lte=cutoff,
            last_session__gt=cutoff - LATEST,
            follow_up__isnull=True,
        )
        .values_list("pk", flat=True)
    )


def claim(enrolment_ids: list[int]) -> list[int]:
    """Claim the follow-ups of these enrolments; return the FollowUp ids this call won."""
    token = uuid.uuid4()
    with transaction.atomic():
        FollowUp.objects.bulk_create(
            [FollowUp(enrolment_id=pk, claim=token) for pk in enrolment_ids],
            ignore_conflicts=True,
        )
    return list(FollowUp.objects.filter(claim=token).values_list("pk", flat=True))


def stale(*, now: dt.datetime) -> list[int]:
    """Claims whose worker died before recording a send, re-stamped for this run."""
    ids = list(
        FollowUp.objects.filter(
            status__in=[FollowUpStatus.CLAIMED, FollowUpStatus.SENDING],
            claimed_at__lt=now - STALE_AFTER,
        ).values_list("pk", flat=True)
    )
    FollowUp.objects.filter(
        pk__in=ids,
        status__in=[FollowUpStatus.CLAIMED, FollowUpStatus.SENDING],
        claimed_at__lt=now - STALE_AFTER,
    ).update(status=FollowUpStatus.CLAIMED, claimed_at=now)
    return ids


def _message(record: FollowUp, *, reminder: bool, connection):
    enrolment = record.enrolment
    user = enrolment.user
    unsubscribe = settings.SITE_URL + reverse("nudges_unsubscribe", args=[unsubscribe_token(user)])
    return build_email(
        name="follow_up",
        to=user,
        context={
            "enrolment": enrolment,
            "cohort": enrolment.cohort,
            "reminder": reminder,
            "follow_up_url": settings.SITE_URL + reverse("follow_up", args=[enrolment.pk]),
            "closes_on": timezone.localdate(
                (record.sent_at or timezone.now()) + FOLLOW_UP_OPEN_FOR
            ),
            "unsubscribe_url": unsubscribe,
        },
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        connection=connection,
    )


def _wants_email(record: FollowUp) -> bool:
    enrolment = record.enrolment
    return (
        enrolment.status == EnrolmentStatus.COMPLETED
        and not enrolment.user.nudges_opt_out
        and enrolment.user.is_active
    )


def send_claimed(*, ids: list[int]) -> int:
    """Send the claimed follow-ups among these ids; return how many went. Rows another sender
    has taken are left alone; people who opted out or were withdrawn since are skipped."""
    token = uuid.uuid4()
    FollowUp.objects.filter(pk__in=ids, status=FollowUpStatus.CLAIMED).update(
        status=FollowUpStatus.SENDING, claim=token, claimed_at=timezone.now()
    )
    records = list(
        FollowUp.objects.filter(claim=token, status=FollowUpStatus.SENDING).select_related(
            "enrolment__user", "enrolment__cohort__lab"
        )
    )
    sent = 0
    connection = mail.get_connection()
    try:
        for record in records:
            if not _wants_email(record):
                FollowUp.objects.filter(pk=record.pk, claim=token).update(
                    status=FollowUpStatus.SKIPPED
                )
                continue
            try:
                _message(record, reminder=False, connection=connection).send()
            except Exception:  # a refused recipient, a dropped connection: the next run retries
                FollowUp.objects.filter(pk=record.pk, claim=token).update(
                    status=FollowUpStatus.CLAIMED
                )
                continue
            FollowUp.objects.filter(
                pk=record.pk, claim=token, status=FollowUpStatus.SENDING
            ).update(status=FollowUpStatus.SENT, sent_at=timezone.now())
            sent += 1
    finally:
        connection.close()
    return sent


def send_reminders(*, now: dt.datetime) -> int:
    """One reminder, two weeks after the email, to those who have not answered yet."""
    token = uuid.uuid4()
    FollowUp.objects.filter(
        status=FollowUpStatus.SENT,
        responded_at__isnull=True,
        reminder_claim__isnull=True,
        sent_at__lte=now - REMIND_AFTER,
        sent_at__gt=now - FOLLOW_UP_OPEN_FOR,
    ).update(reminder_claim=token)
    records = FollowUp.objects.filter(reminder_claim=token).select_related(
        "enrolment__user", "enrolment__cohort__lab"
    )
    sent = 0
    connection = mail.get_connection()
    try:
        for record in records:
            if not _wants_email(record):
                continue
            try:
                _message(record, reminder=True, connection=connection).send()
            except Exception:  # the reminder is at most once: not retried
                continue
            FollowUp.objects.filter(pk=record.pk).update(reminded_at=timezone.now())
            sent += 1
    finally:
        connection.close()
    return sent


def run(*, today: dt.date | None = None, now: dt.datetime | None = None) -> int:
    """Beat, daily: claim today's follow-ups, take back stale claims, send them, and send the
    reminders that are due. Returns the number of emails sent. Safe to run twice at once."""
    today = today or timezone.localdate()
    now = now or timezone.now()
    ids = claim(due_enrolments(today=today)) + stale(now=now)
    sent = send_claimed(ids=ids) if ids else 0
    return sent + send_reminders(now=now)
