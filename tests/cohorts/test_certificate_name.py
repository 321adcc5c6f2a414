"""The name awarded is kept (issue 17): stored on the certificate when issued, shown by the
verification page whatever the profile says later; a profile change waits for staff to approve
a reissue, and the history of names and reissues is kept."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from cohorts.models import Certificate, CertificateNameChange
from councils.services import user_set_preferences
from tests.cohorts.test_certificates import complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(enrolment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
    return Certificate.objects.get(enrolment=enrolment)


def change_name(user, name):
    user_set_preferences(
        user=user, certificate_name=name, language=user.language, nudges_opt_out=False
    )


def pdf_text(certificate) -> str:
    certificate.pdf.open("rb")
    data = certificate.pdf.read()
    certificate.pdf.close()
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_the_verify_page_keeps_the_awarded_name_after_a_profile_change(client, certificate):
    awarded = certificate.enrolment.user.name_for_certificate
    assert certificate.awarded_name == awarded
    change_name(certificate.enrolment.user, "Dr Jane Someone-Else")
    page = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert awarded in page and "Someone-Else" not in page


def test_staff_are_asked_to_approve_a_reissue_and_the_history_is_kept(client, staff, certificate):
    awarded = certificate.awarded_name
    change_name(certificate.enrolment.user, "Dr Jane Someone-Else")
    client.force_login(staff)
    home = client.get(reverse("staff_home")).content.decode()
    assert "1 certificate holder has changed their name since the award" in home
    url = reverse("admin:cohorts_certificate_changelist")
    page = client.get(url).content.decode()
    assert "1 holder has changed their name since their certificate was awarded" in page
    listed = client.get(url, {"name_changed": "yes"}).content.decode()
    assert certificate.code in listed
    response = client.post(
        url, {"action": "approve_reissue", "_selected_action": [certificate.pk]}, follow=True
    )
    assert "1 certificate reissued" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.awarded_name == "Dr Jane Someone-Else"
    assert "Someone-Else" in pdf_text(certificate)
    change = CertificateNameChange.objects.get(certificate=certificate)
    assert (change.old_name, change.new_name, change.approved_by) == (
        awarded,
        "Dr Jane Someone-Else",
        staff,
    )
    page = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert "Dr Jane Someone-Else" in page
    assert certificate.code not in client.get(url, {"name_changed": "yes"}).content.decode()
    assert "changed their name" not in client.get(reverse("staff_home")).content.decode()
    detail = client.get(
        reverse("admin:cohorts_certificate_change", args=[certificate.pk])
    ).content.decode()
    assert "History of names and reissues" in detail and awarded in detail


def test_rebuilding_the_pdf_without_approval_keeps_the_awarded_name(certificate):
    from cohorts.messaging.certificates import certificate_build_pdf

    awarded = certificate.awarded_name
    change_name(certificate.enrolment.user, "Someone Else Entirely")
    certificate_build_pdf(certificate=certificate)
    text = pdf_text(certificate)
    assert awarded.split()[0] in text and "Entirely" not in text


def test_a_certificate_cannot_be_deleted_in_the_admin_only_revoked(client, staff, certificate):
    client.force_login(staff)
    delete_url = reverse("admin:cohorts_certificate_delete", args=[certificate.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    listing = reverse("admin:cohorts_certificate_changelist")
    assert 'value="delete_selected"' not in client.get(listing).content.decode()
    client.post(
        listing, {"action": "delete_selected", "_selected_action": [certificate.pk], "post": "yes"}
    )
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    client.logout()
    page = client.get(reverse("certificate_verify", args=[certificate.code]))
    assert page.status_code == 200 and certificate.awarded_name in page.content.decode()
