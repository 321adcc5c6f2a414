"""Messages from programme staff to a cohort: one email per person, exactly once, in each
person's language where a Welsh text was written (English otherwise).

How "exactly once" holds, as for the weekly nudges (`cohorts/messaging/nudges.py`): when staff send a
message, its recipients are written as rows under a unique (message, person) constraint in the
same transaction as the message, which itself is made once per compose form (its one-time token
is unique), so a double click or a second tab of the same page makes one message with one row
per person. A sender then takes the waiting rows to "sending" with its own token in one guarded
update and sends only the rows that carry it: a second run of the task, a redelivered task or a
sweep finds them taken and sends none of them. Each row is marked sent as soon as its email has
gone. The one window left is the nudges' one: a worker dying after the mail server accepted a
message and before the row was marked sent; the row is then sent again by the sweep, 30 minutes
on (a rare duplicate rather than a missed room change).

Who gets it: everyone on the cohort who has not withdrawn (invited, active or completed), with
an account still open, and, when staff choose, the council leads of those people's councils.
Someone withdrawn (or whose lead role ended) after the message was sent is skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.audit import audit_bulk_created
from councils.emails import build_email
from councils.models import Role, User

from ..markdown import render_markdown
from ..models import (
    Cohort,
    CohortMessage,
    CohortMessageRecipient,
    Enrolment,
    EnrolmentStatus,
    MessageRecipientStatus,
)

STALE_AFTER = dt.timedelta(minutes=30)
# `#` in a message is a heading under the email's own title (and the preview's page heading).
HEADING_OFFSET = 1
Status = MessageRecipientStatus
As = CohortMessageRecipient.As


@dataclass(frozen=True)
class Recipient:
    user: User
    sent_as: str


class RecipientsChanged(Exception):
    """The people the message would go to are not those the preview showed."""

    def __init__(self, recipients: list[Recipient]):
        super().__init__("The cohort's people changed since the preview.")
        self.recipients = recipients


class AlreadySent(Exception):
    """The same text was already sent to this cohort; staff must say they mean it."""

    def __init__(self, message: CohortMessage):
        super().__init__("This message was already sent to this cohort.")
        self.message = message


def cohort_message_recipients(*, cohort: Cohort, include_leads: bool) -> list[Recipient]:
    """Who a message to this cohort goes to now: its people who have not withdrawn, then (if
    chosen) the leads of their councils. Closed and erased accounts get nothing."""
    enrolments = list(
        Enrolment.objects.filter(cohort=cohort, user__is_active=True, user__erased_at__isnull=True)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .select_related("user")
        .order_by("user__full_name", "user__pk")
    )
    recipients = [Recipient(enrolment.user, As.PARTICIPANT) for enrolment in enrolments]
    if include_leads:
        # The leads of the councils the people take part for (the enrolment's council, which
        # stays as it was if someone moves council): the leads who watch this work.
        councils = {
            enrolment.council_id or enrolment.user.council_id
            for enrolment in enrolments
            if enrolment.council_id or enrolment.user.council_id
        }
        leads = User.objects.filter(
            role=Role.LEAD, council_id__in=councils, is_active=True, erased_at__isnull=True
        ).order_by("full_name", "pk")
        recipients += [Recipient(lead, As.LEAD) for lead in leads]
    return recipients


def recipients_digest(recipients: list[Recipient]) -> str:
    """What the preview showed, so that a send to different people is refused, not made."""
    keys = sorted(f"{r.sent_as}:{r.user.pk}" for r in recipients)
    return hashlib.sha256(",".join(keys).encode()).hexdigest()[:32]


def cohort_message_send(
    *,
    cohort: Cohort,
    by: User,
    token: uuid.UUID,
    subject: str,
    body: str,
    subject_cy: str = "",
    body_cy: str = "",
    include_leads: bool = False,
    digest: str,
    again: bool = False,
) -> tuple[CohortMessage, bool]:
    """Record a message to a cohort and queue its emails (after commit). Programme staff only
    (the admin view checks). Idempotent per compose form: the same `token` again (a double click,
    a second tab, a retried post) returns the message already made, with False, and sends
    nothing more.

    Refuses, making nothing: people other than those the preview showed (`digest`:
    RecipientsChanged), nobody to send to (ValidationError), and the same text as a message
    already sent to this cohort unless `again` (AlreadySent)."""
    with transaction.atomic():
        existing = CohortMessage.objects.filter(create_token=token).first()
        if existing is not None:
            return existing, False
        recipients = cohort_message_recipients(cohort=cohort, include_leads=include_leads)
        if recipients_digest(recipients) != digest:
            raise RecipientsChanged(recipients)
        if not recipients:
            raise ValidationError(_("Nobody on this cohort can be sent a message."))
        same = (
            CohortMessage.objects.filter(
                cohort=cohort, subject=subject, body=body, subject_cy=subject_cy, body_cy=body_cy
            )
            .order_by("-created_at")
            .first()
        )
        if same is not None and not again:
            raise AlreadySent(same)
        message, created = CohortMessage.objects.get_or_create(
            create_token=token,
            defaults={
                "cohort": cohort,
                "subject": subject,
                "body": body,
                "subject_cy": subject_cy,
                "body_cy": body_cy,
                "include_leads": include_leads,
                "sent_by": by,
            },
        )
        if not created:  # a racing post with the same token made it first
            return message, False
        rows = CohortMessageRecipient.objects.bulk_create(
            [
                CohortMessageRecipient(message=message, user=r.user, sent_as=r.sent_as)
                for r in recipients
            ]
        )
        audit_bulk_created(rows, actor=by)
        from ..tasks import send_cohort_message

        send_cohort_message.delay_on_commit(message.pk)
    return message, True


def _email(row: CohortMessageRecipient, *, connection):
    message = row.message
    user = row.user
    welsh = user.language == "cy" and message.has_welsh
    language = "cy" if welsh else "en"
    body = message.body_cy if welsh else message.body
    email = build_email(
        name="cohort_message",
        to=user,
        context={
            "cohort": message.cohort,
            "subject": message.subject_cy if welsh else message.subject,
            "body_text": body,
            "body_html": render_markdown(body, heading_offset=HEADING_OFFSET),
            "message_language": language,
            "as_lead": row.sent_as == As.LEAD,
        },
        connection=connection,
    )
    # Written by a person: replies go to the programme team, not to the portal's address.
    email.reply_to = [settings.PROGRAMME_CONTACT_EMAIL]
    return email, language


def cohort_message_deliver(*, message_id: int) -> list[int]:
    """Send the waiting emails of a message over one connection; return the recipient ids to
    retry (their send failed, or the connection could not be opened, or time ran out).

    Safe to run twice, or twice at once: one guarded update takes the waiting rows (and rows a
    dead sender left "sending" more than 30 minutes ago) to "sending" with this run's token, and
    only rows carrying it are sent; each is marked sent as soon as its email has gone."""
    message = CohortMessage.objects.select_related("cohort").filter(pk=message_id).first()
    if message is None:
        return []
    token = uuid.uuid4()
    now = timezone.now()
    CohortMessageRecipient.objects.filter(message=message).filter(
        Q(status=Status.PENDING) | Q(status=Status.SENDING, claimed_at__lt=now - STALE_AFTER)
    ).update(status=Status.SENDING, claim=token, claimed_at=now)
    rows = list(
        CohortMessageRecipient.objects.filter(claim=token, status=Status.SENDING)
        .select_related("user")
        .order_by("pk")
    )
    if not rows:
        return []
    rows = [_with_message(row, message) for row in rows]
    still = {
        (r.user.pk, r.sent_as)
        for r in cohort_message_recipients(
            cohort=message.cohort, include_leads=message.include_leads
        )
    }
    gone = [row.pk for row in rows if (row.user_id, row.sent_as) not in still]
    if gone:
        CohortMessageRecipient.objects.filter(pk__in=gone, claim=token).update(
            status=Status.SKIPPED
        )
    rows = [row for row in rows if row.pk not in gone]
    if not rows:
        return []
    connection = mail.get_connection()
    try:
        connection.open()
    except Exception as exc:  # the mail server is down: the whole batch waits for the retry
        _give_back([row.pk for row in rows], token, exc)
        return [row.pk for row in rows]
    failed: list[int] = []
    try:
        for row in rows:
            try:
                email, language = _email(row, connection=connection)
                email.send()
            except SoftTimeLimitExceeded:
                raise
            except Exception as exc:  # a refused recipient, a dropped connection...
                _give_back([row.pk], token, exc)
                failed.append(row.pk)
                continue
            CohortMessageRecipient.objects.filter(
                pk=row.pk, claim=token, status=Status.SENDING
            ).update(
                status=Status.SENT,
                sent_at=timezone.now(),
                language=language,
                attempts=F("attempts") + 1,
                error="",
            )
    except SoftTimeLimitExceeded:
        # Out of time: what was taken and not sent waits for the retry (what went is marked).
        CohortMessageRecipient.objects.filter(claim=token, status=Status.SENDING).update(
            status=Status.PENDING, claimed_at=timezone.now()
        )
        return list(
            CohortMessageRecipient.objects.filter(claim=token, status=Status.PENDING).values_list(
                "pk", flat=True
            )
        )
    finally:
        connection.close()
    return failed


def _with_message(row: CohortMessageRecipient, message: CohortMessage):
    row.message = message  # one message for the whole batch, not a query per row
    return row


def _give_back(ids: list[int], token: uuid.UUID, exc: Exception) -> None:
    """A failed send waits for the retry: counted, re-stamped (so the sweep leaves it to the
    retry), and the kind of error kept (its text could name the address)."""
    CohortMessageRecipient.objects.filter(pk__in=ids, claim=token, status=Status.SENDING).update(
        status=Status.PENDING,
        attempts=F("attempts") + 1,
        error=type(exc).__name__[:100],
        claimed_at=timezone.now(),
    )


def cohort_message_mark_failed(*, recipient_ids: list[int]) -> None:
    """The retries ran out: shown as failed on the message's page."""
    CohortMessageRecipient.objects.filter(pk__in=recipient_ids, status=Status.PENDING).update(
        status=Status.FAILED
    )


def cohort_messages_stranded(*, now: dt.datetime | None = None) -> list[int]:
    """Messages with emails waiting longer than 30 minutes: their task was lost, or the worker
    sending them died. Their sender (queued by the sweep) takes those rows again."""
    now = now or timezone.now()
    return list(
        CohortMessageRecipient.objects.filter(
            status__in=[Status.PENDING, Status.SENDING], claimed_at__lt=now - STALE_AFTER
        )
        .values_list("message_id", flat=True)
        .distinct()
        .order_by("message_id")
    )
