"""Issue 23: a form to type a certificate's code; a code no certificate has answers 404 with a
page that says so in English and in Welsh, whatever the page's language."""

import pytest
from django.urls import reverse
from django.utils import translation

from cohorts.models import Certificate


@pytest.fixture
def certificate(enrolment):
    return Certificate.objects.create(enrolment=enrolment, code="INF-AB2C-D3EF")


def test_the_form_is_public(client, db):
    response = client.get(reverse("certificate_lookup"))
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_a_code_typed_with_spaces_and_small_letters_goes_to_its_certificate(client, certificate):
    response = client.get(reverse("certificate_lookup"), {"code": " inf-ab2c - d3ef "})
    assert response.status_code == 302
    assert response.url == reverse("certificate_verify", args=["INF-AB2C-D3EF"])
    page = client.get(response.url)
    assert page.status_code == 200 and "This certificate is genuine" in page.content.decode()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_unknown_code_is_404_in_english_and_welsh(client, certificate, language):
    client.cookies["django_language"] = language
    with translation.override(language):
        response = client.get(reverse("certificate_verify", args=["INF-ZZZZ-ZZZZ"]))
    html = response.content.decode()
    assert response.status_code == 404
    assert "No certificate has this code" in html
    assert "Nid oes tystysgrif â’r cod hwn" in html
    assert "INF-ZZZZ-ZZZZ" in html and 'name="code"' in html
    # Each language marked as such on a page in the other.
    assert ('lang="cy"' if language == "en" else '<div lang="en">') in html


@pytest.mark.parametrize("typed", ["", "INF-<script>", "x" * 41])
def test_a_malformed_code_is_said_so_and_nothing_is_looked_up(client, db, typed):
    response = client.get(reverse("certificate_lookup"), {"code": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "<script>" not in html.split("<body", 1)[1].replace("<script src=", "")


def test_a_revoked_certificate_is_not_reported_unknown(client, certificate):
    from django.utils import timezone

    certificate.revoked_at = timezone.now()
    certificate.save()
    response = client.get(reverse("certificate_verify", args=[certificate.code]))
    assert response.status_code == 200 and "revoked" in response.content.decode()
