"""Certificates: issued once, emailed once, verifiable by anyone, downloadable by their holder."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from cohorts.messaging.certificates import (
    certificate_build_pdf,
    certificate_reissue,
    certificate_revoke,
    certificates_unfinished,
    issue_certificate,
)
from cohorts.models import Certificate, EnrolmentEvent, EnrolmentStatus
from cohorts.services import attendance_mark, completion_set
from cohorts.tasks import sweep_certificates
from councils.pdf import StaticOnlyFetcher, render_pdf
from labs.models import Activity
from tests.support import flaky_mail


def complete(enrolment):
    """Do every required activity and attend four sessions, through the services."""
    for activity in Activity.objects.filter(module__lab=enrolment.cohort.lab, required=True):
        completion_set(enrolment=enrolment, activity=activity, done=True, answer="Done.")
    for session in enrolment.cohort.sessions.order_by("number")[:4]:
        attendance_mark(enrolment=enrolment, session=session, attended=True)
    enrolment.refresh_from_db()
    return enrolment


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def completed(enrolment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
    assert enrolment.status == EnrolmentStatus.COMPLETED
    return enrolment


def test_completing_issues_a_certificate_and_emails_it(completed):
    certificate = Certificate.objects.get(enrolment=completed)
    assert certificate.pdf and certificate.emailed_at
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    name, content, mimetype = message.attachments[0]
    assert mimetype == "application/pdf"
    text = pdf_text(content)
    assert "Gwenllian Owner" in text and "Data Lab" in text and certificate.code in text
    assert "Supportive Communities" in text and "Cardiff" in text
    assert len(PdfReader(io.BytesIO(content)).pages) == 1


def test_issuing_twice_yields_one_certificate_and_one_email(completed):
    first = Certificate.objects.get(enrolment=completed)
    again = issue_certificate(enrolment_id=completed.pk)
    assert again.pk == first.pk and Certificate.objects.count() == 1
    assert len(mail.outbox) == 1


def test_no_certificate_for_an_enrolment_that_has_not_completed(enrolment):
    assert issue_certificate(enrolment_id=enrolment.pk) is None
    assert not Certificate.objects.exists()


def test_the_name_on_the_certificate_can_be_chosen(enrolment, django_capture_on_commit_callbacks):
    enrolment.user.certificate_name = "Dr Gwenllian Ap Owner"
    enrolment.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert "Dr Gwenllian Ap Owner" in pdf_text(certificate.pdf.read())


def test_verify_page_shows_name_lab_and_date_and_nothing_more(client, completed):
    certificate = completed.certificate
    page = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert "This certificate is genuine" in page
    assert "Gwenllian Owner" in page and "Data Lab" in page
    assert completed.completed_on.strftime("%-d %B %Y") in page
    for private in [completed.user.email, ">Cardiff<", completed.cohort.title, "Supportive"]:
        assert private not in page


def test_verify_page_says_revoked_and_unknown_codes_are_404(client, completed):
    certificate = completed.certificate
    certificate_revoke(certificate=certificate, reason="Issued in error")
    page = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert "revoked" in page and "Gwenllian" not in page
    assert client.get(reverse("certificate_verify", args=["INF-NOPE-NOPE"])).status_code == 404


def test_reissue_keeps_the_code_with_a_new_pdf(completed, staff):
    certificate = completed.certificate
    old_name, code = certificate.pdf.name, certificate.code
    completed.user.certificate_name = "Gwenllian Owner-Jones"
    completed.user.save()
    certificate_build_pdf(certificate=certificate)  # a rebuild keeps the name as awarded
    certificate.refresh_from_db()
    assert "Gwenllian Owner-Jones" not in pdf_text(certificate.pdf.read())
    assert certificate_reissue(certificate=certificate, by=staff)  # approved by staff
    certificate.refresh_from_db()
    assert certificate.code == code
    assert "Gwenllian Owner-Jones" in pdf_text(certificate.pdf.read())
    assert certificate.pdf.name == old_name or not certificate.pdf.storage.exists(old_name)


def test_holder_and_staff_download_others_get_404(client, completed, outsider, lead, funder, staff):
    url = reverse("certificate_download", args=[completed.certificate.pk])
    client.force_login(completed.user)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    for other_role in (lead, funder):
        client.force_login(other_role)
        assert client.get(url).status_code == 403
    client.force_login(staff)
    assert client.get(url).status_code == 200


def test_the_pdf_renderer_fetches_nothing_outside_static():
    fetcher = StaticOnlyFetcher()
    html = (
        '<p>Hi</p><img src="http://169.254.169.254/latest/meta-data/">'
        '<img src="file:///etc/passwd"><link rel="stylesheet" href="https://evil.test/x.css">'
        '<img src="fonts/../../manage.py">'
    )
    render_pdf(html, fetcher=fetcher)
    assert any("169.254.169.254" in url for url in fetcher.refused)
    assert any("/etc/passwd" in url for url in fetcher.refused)
    assert any("evil.test" in url for url in fetcher.refused)
    assert any("manage.py" in url for url in fetcher.refused)


def test_the_dashboard_offers_the_certificate_once_issued(client, completed):
    client.force_login(completed.user)
    page = client.get(reverse("dashboard")).content.decode()
    assert reverse("certificate_download", args=[completed.certificate.pk]) in page
    certificate_revoke(certificate=completed.certificate, reason="Error")
    page = client.get(reverse("dashboard")).content.decode()
    assert reverse("certificate_download", args=[completed.certificate.pk]) not in page


def test_the_reissue_message_counts_in_the_singular_for_one(client, staff, completed):
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_certificate_changelist"),
        {"action": "reissue", "_selected_action": [completed.certificate.pk]},
        follow=True,
    )
    text = response.content.decode()
    assert "1 certificate rebuilt." in text and "1 certificates" not in text


def test_a_welsh_speakers_certificate_and_email_name_the_lab_in_welsh(
    enrolment, django_capture_on_commit_callbacks
):
    enrolment.user.language = "cy"
    enrolment.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
    message = mail.outbox[0]
    assert "Labordy Data" in message.subject and "Data Lab" not in message.subject
    assert "Labordy Data" in message.body and "Data Lab" not in message.body
    html = message.alternatives[0][0]
    assert '<html lang="cy">' in html and "Data Lab" not in html
    text = " ".join(pdf_text(message.attachments[0][1]).split())
    assert "wedi cwblhau'r Labordy Data" in text and "Data Lab" not in text


def test_the_verify_page_names_the_lab_in_the_readers_language(client, completed):
    url = reverse("certificate_verify", args=[completed.certificate.code])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="cy").content.decode()
    assert "Labordy Data" in page and "Data Lab" not in page


def test_the_sweep_issues_a_certificate_whose_task_never_ran(enrolment, monkeypatch):
    monkeypatch.setattr("cohorts.hooks.enrolment_completed", lambda **kwargs: None)
    complete(enrolment)  # completed, but the task it queues was lost
    assert enrolment.status == EnrolmentStatus.COMPLETED
    assert not Certificate.objects.exists()
    assert sweep_certificates.delay().get() == 0  # its task may still be on its way
    EnrolmentEvent.objects.filter(enrolment=enrolment).update(
        at=timezone.now() - dt.timedelta(hours=1)
    )
    assert sweep_certificates.delay().get() == 1
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.pdf and certificate.emailed_at and len(mail.outbox) == 1
    assert sweep_certificates.delay().get() == 0
    assert len(mail.outbox) == 1


def test_the_sweep_emails_a_certificate_whose_retries_ran_out(
    enrolment, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.support.flaky_mail.FlakyBackend"
    flaky_mail.FAILURES["remaining"] = 100
    try:
        with django_capture_on_commit_callbacks(execute=True):
            complete(enrolment)  # eager: every retry fails, and the failure is logged
    finally:
        flaky_mail.FAILURES["remaining"] = 0
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.pdf and certificate.emailed_at is None and mail.outbox == []
    assert sweep_certificates.delay().get() == 0  # too recent: leave it to its own task
    Certificate.objects.update(issued_at=timezone.now() - dt.timedelta(hours=1))
    assert sweep_certificates.delay().get() == 1
    assert len(mail.outbox) == 1
    assert sweep_certificates.delay().get() == 0
    assert Certificate.objects.count() == 1 and len(mail.outbox) == 1


def test_the_sweep_leaves_revoked_emailed_and_long_finished_certificates_alone(completed):
    certificate = completed.certificate
    Certificate.objects.update(issued_at=timezone.now() - dt.timedelta(hours=1))
    assert certificates_unfinished() == []  # issued and emailed
    Certificate.objects.update(emailed_at=None, revoked_at=timezone.now())
    assert certificates_unfinished() == []  # revoked
    Certificate.objects.update(revoked_at=None)
    assert certificates_unfinished() == [completed.pk]
    completed.completed_on = timezone.localdate() - dt.timedelta(days=31)
    completed.save()
    assert certificates_unfinished() == []  # a month on, left for staff
    assert certificate.code == Certificate.objects.get().code
