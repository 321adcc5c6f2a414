"""Thin Celery tasks: each takes ids and calls one service."""

from smtplib import SMTPException

from celery import shared_task

from . import services

RETRY = {
    "autoretry_for": (SMTPException, ConnectionError, TimeoutError),
    "retry_backoff": 30,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 5,
}


@shared_task(**RETRY)
def send_invitation(enrolment_id: int) -> bool:
    return services.enrolment_invite(enrolment_id=enrolment_id)


@shared_task(**RETRY)
def resend_invitation(enrolment_id: int) -> bool:
    return services.enrolment_invite(enrolment_id=enrolment_id, resend=True)


@shared_task(**RETRY)
def send_session_change(session_id: int, sequence: int) -> int:
    return services.session_change_notify(session_id=session_id, sequence=sequence)
