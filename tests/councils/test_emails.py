"""Every email the portal sends by itself says so (RFC 3834), so out-of-office replies do not
bounce back to it: read back from the bytes that go on the wire with Python's email parser.
And a deploy check warns when SITE_URL, which every link in them uses, is not https."""

import email
import email.policy
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from cohorts.services import enrolment_invite
from cohorts.tasks import send_due_nudges


def parsed(message) -> email.message.EmailMessage:
    return email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)


def assert_automated(message):
    wire = parsed(message)
    assert wire["Auto-Submitted"] == "auto-generated"
    assert wire["Precedence"] == "bulk"
    assert wire.get_body(("plain",)) is not None  # still a proper message with a text part


def test_an_invitation_is_marked_as_automated(enrolment):
    mail.outbox.clear()
    assert enrolment_invite(enrolment_id=enrolment.pk, resend=True)
    (message,) = mail.outbox
    assert_automated(message)


def test_a_nudge_is_marked_as_automated_and_keeps_its_unsubscribe_headers(enrolment, monkeypatch):
    day = enrolment.cohort.sessions.get(number=3).date
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    mail.outbox.clear()
    send_due_nudges.delay().get()
    (message,) = mail.outbox
    assert_automated(message)
    wire = parsed(message)
    assert wire["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_sign_in_code_from_allauth_is_marked_as_automated(client, participant):
    mail.outbox.clear()
    client.post(reverse("account_request_login_code"), {"email": participant.email})
    (message,) = mail.outbox
    assert_automated(message)


def _deploy_check() -> str:
    """What `manage.py check --deploy` prints. Other deploy findings of the test settings
    (a short SECRET_KEY; the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE) are printed, not raised."""
    out, err = io.StringIO(), io.StringIO()
    call_command("check", deploy=True, fail_level="CRITICAL", stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


@pytest.mark.parametrize("url", ["http://infuse.example.org", "http://127.0.0.1:8000"])
def test_the_deploy_check_warns_when_site_url_is_not_https(settings, url):
    settings.SITE_URL = url
    output = _deploy_check()
    assert "councils.W001" in output and url in output


def test_the_deploy_check_is_quiet_about_an_https_site_url(settings):
    settings.SITE_URL = "https://infuse.example.org"
    assert "councils.W001" not in _deploy_check()


def test_the_ordinary_check_says_nothing_of_it(settings):
    settings.SITE_URL = "http://infuse.example.org"
    out = io.StringIO()
    call_command("check", stdout=out, stderr=out)
    assert "councils.W001" not in out.getvalue()
