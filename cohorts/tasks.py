"""Thin Celery tasks: each takes ids and calls one service. All are safe to run twice.

Retries back off exponentially with jitter, at most RETRY_BACKOFF_MAX seconds apart; that plus
the hard time limit stays well under Redis's visibility_timeout (settings), so a retry that is
waiting is never delivered a second time.
"""

import datetime as dt
import random
from smtplib import SMTPException

from celery import shared_task

from . import services
from .enrolment import waiting
from .messaging import cohort_messages, follow_ups, nudges
from .scheduling import services as scheduling_services

TRANSIENT = (SMTPException, ConnectionError, TimeoutError, OSError)
RETRY_BACKOFF_MAX = 600
RETRY = {
    "autoretry_for": TRANSIENT,
    "retry_backoff": 30,
    "retry_backoff_max": RETRY_BACKOFF_MAX,
    "retry_jitter": True,
    "max_retries": 5,
}


def backoff(retries: int) -> float:
    """Exponential, capped, with full jitter: 30 s, 60 s, 120 s ... at most RETRY_BACKOFF_MAX."""
    return random.uniform(0, min(RETRY_BACKOFF_MAX, 30 * 2**retries))


@shared_task(**RETRY)
def send_invitation(enrolment_id: int) -> bool:
    return services.enrolment_invite(enrolment_id=enrolment_id)


@shared_task(**RETRY)
def send_invitations(enrolment_ids: list[int]) -> int:
    """A batch of first invitations (CSV enrolment); a retry skips those already sent."""
    return services.invitations_send(enrolment_ids=enrolment_ids)


@shared_task(**RETRY)
def resend_invitation(enrolment_id: int, sent_before: str | None = None) -> bool:
    """`sent_before` (ISO 8601): send only if no invitation has gone since (a double submit)."""
    return services.enrolment_invite(
        enrolment_id=enrolment_id,
        resend=True,
        sent_before=dt.datetime.fromisoformat(sent_before) if sent_before else None,
    )


@shared_task(**RETRY)
def send_session_change(session_id: int, sequence: int) -> int:
    return scheduling_services.session_change_notify(session_id=session_id, sequence=sequence)


@shared_task(**RETRY)
def send_schedule_change(cohort_id: int) -> int:
    return scheduling_services.schedule_change_notify(cohort_id=cohort_id)


@shared_task(**RETRY)
def send_session_cancellation(session_id: int) -> int:
    return scheduling_services.session_cancellation_notify(session_id=session_id)


@shared_task(**RETRY)
def send_withdrawal_cancellation(enrolment_id: int) -> bool:
    return scheduling_services.withdrawal_cancellation_notify(enrolment_id=enrolment_id)


@shared_task
def send_due_nudges(cohort_id: int | None = None) -> int:
    """Beat, 07:30 and hourly until 19:30: claim today's nudges, and again this week's that
    never went, and queue them in batches."""
    batches = nudges.send_due_nudges(cohort_id=cohort_id)
    for batch in batches:
        send_nudge_batch.delay(batch)  # a task runs outside any transaction: nothing to wait for
    return sum(len(b) for b in batches)


@shared_task(bind=True, max_retries=5)
def send_nudge_batch(self, nudge_ids: list[int]) -> int:
    """Send claimed nudges over one connection; retry only the ones that failed."""
    failed = nudges.send_claimed(nudge_ids=nudge_ids)
    if failed:
        if self.request.retries >= self.max_retries:
            nudges.mark_failed(nudge_ids=failed)
        else:
            raise self.retry(args=[failed], countdown=backoff(self.request.retries))
    return len(nudge_ids) - len(failed)


@shared_task
def sweep_nudges() -> int:
    """Every few minutes: send again the claims whose worker died before recording a result."""
    batches = nudges.stale_claims()
    for batch in batches:
        send_nudge_batch.delay(batch)  # a task runs outside any transaction: nothing to wait for
    return sum(len(b) for b in batches)


@shared_task(**RETRY)
def issue_certificate(enrolment_id: int) -> str | None:
    from .messaging.certificates import issue_certificate as issue

    certificate = issue(enrolment_id=enrolment_id)
    return certificate.code if certificate else None


@shared_task
def sweep_certificates() -> int:
    """Beat, hourly: issue again the certificates whose task ran out of retries or was lost
    (none yet, no PDF, or never emailed). Idempotent: a certificate and its email go once."""
    from .messaging.certificates import certificates_unfinished

    enrolment_ids = certificates_unfinished()
    for enrolment_id in enrolment_ids:
        issue_certificate.delay(enrolment_id)  # a task runs outside any transaction
    return len(enrolment_ids)


@shared_task
def build_report(export_id: int) -> str | None:
    """Build a requested report download (CSV, or PDF on the "pdf" queue); once, however many
    times it is delivered."""
    from .reports.exports import report_export_build

    export = report_export_build(export_id=export_id)
    return export.status if export else None


@shared_task
def sweep_report_exports() -> int:
    """Beat, every 15 minutes: build again the report downloads whose task was lost."""
    from .reports.exports import build_options, report_exports_stranded

    stranded = report_exports_stranded()
    for export_id, format in stranded:
        build_report.apply_async((export_id,), **build_options(format))  # outside a transaction
    return len(stranded)


@shared_task
def delete_old_report_exports() -> int:
    """Beat, every night: report downloads are kept for 30 days."""
    from .reports.exports import report_exports_delete_old

    return report_exports_delete_old()


@shared_task
def prune_figures_changes() -> int:
    """Beat, every night: the change rows no kept report figures need (reports/kept.py)."""
    from .reports.kept import figures_changes_prune

    return figures_changes_prune()


@shared_task
def send_follow_ups() -> int:
    """Beat, daily at 10:15 and 16:15: the six-month follow-ups due, exactly once each, with
    claims whose worker died, and the reminders two weeks on (cohorts/messaging/follow_ups.py)."""
    return follow_ups.run()


@shared_task(bind=True, max_retries=5)
def send_cohort_message(self, message_id: int) -> int:
    """A message staff sent to a cohort: each person's email once (cohorts/messaging/cohort_messages.py),
    however many times this runs; only the sends that failed are retried."""
    failed = cohort_messages.cohort_message_deliver(message_id=message_id)
    if failed:
        if self.request.retries >= self.max_retries:
            cohort_messages.cohort_message_mark_failed(recipient_ids=failed)
        else:
            raise self.retry(countdown=backoff(self.request.retries))
    return len(failed)


@shared_task
def sweep_cohort_messages() -> int:
    """Every few minutes: send the cohort messages whose task was lost or whose worker died."""
    message_ids = cohort_messages.cohort_messages_stranded()
    for message_id in message_ids:
        send_cohort_message.delay(message_id)  # a task runs outside any transaction
    return len(message_ids)


@shared_task(**RETRY)
def offer_waiting_places(cohort_id: int) -> int:
    """A place was freed (a withdrawal): offer it to the next person on the cohort's waiting
    list and email them, once however often this runs (cohorts/enrolment/waiting.py)."""
    return waiting.offers_send(cohort_id=cohort_id)


@shared_task
def sweep_waiting_lists() -> int:
    """Beat, every 15 minutes: offers not accepted in time lapse and their places go to the
    next person waiting; offer emails a lost task never sent are sent."""
    cohort_ids = waiting.cohorts_with_queues()
    for cohort_id in cohort_ids:
        offer_waiting_places.delay(cohort_id)  # a task runs outside any transaction
    return len(cohort_ids)
