"""Two runs of issue_certificate at once (a retried task beside the sweep) email the
certificate once: the "not yet emailed" guard on the claim in cohorts/messaging/certificates.py is what
decides, as the nudges' claim does (tests/cohorts/test_nudges.py)."""

import threading

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.utils import timezone

from cohorts.messaging import certificates
from cohorts.models import Certificate, EnrolmentStatus
from cohorts.services import enrolment_create
from tests.support.race import at_once


class _MeetBeforeClaiming:
    """Stands in for django.utils.timezone inside cohorts.messaging.certificates: the claim's
    timestamp is taken after each run has read that the certificate was not yet emailed and
    before its guarded update, so holding both runs there makes them race for the claim every
    time, not one round in ten."""

    def __init__(self, barrier):
        self.barrier = barrier

    def now(self):
        self.barrier.wait(timeout=10)
        return timezone.now()


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_email_the_certificate_once(
    make_cohort, participant, cardiff, monkeypatch
):
    enrolment = enrolment_create(
        cohort=make_cohort(councils=[cardiff]), user=participant, invite=False
    )
    enrolment.status = EnrolmentStatus.COMPLETED
    enrolment.completed_on = timezone.localdate()
    enrolment.save(update_fields=["status", "completed_on"])
    # Issued and built already: what is left to two runs is the email.
    Certificate.objects.create(
        enrolment=enrolment,
        code=certificates.new_code(),
        pdf=ContentFile(b"%PDF-1.4 certificate", name="certificate.pdf"),
    )
    barrier = threading.Barrier(2)
    monkeypatch.setattr(certificates, "timezone", _MeetBeforeClaiming(barrier))
    errors = at_once(lambda: certificates.issue_certificate(enrolment_id=enrolment.pk))
    assert not errors
    assert barrier.n_waiting == 0 and not barrier.broken  # both runs reached the claim
    assert [m.subject for m in mail.outbox if m.attachments] == [mail.outbox[0].subject]
    assert len(mail.outbox) == 1
    assert Certificate.objects.get(enrolment=enrolment).emailed_at is not None
