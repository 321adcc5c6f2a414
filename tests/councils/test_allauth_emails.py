"""allauth's emails speak in the portal's voice, in the recipient's language, and never invite
anyone to sign up."""

import datetime as dt
import re

import pytest
from allauth.account.adapter import get_adapter
from allauth.core import context as allauth_context
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

NOTICE = {
    "timestamp": dt.datetime(2026, 10, 6, 9, 30),
    "ip": "203.0.113.9",
    "user_agent": "Firefox",
}
# Every email allauth can send with the portal's settings (and those it could if a setting
# changed), with the context allauth gives it.
EMAILS = {
    "account/email/login_code": {"code": "K7Q2MX"},
    "account/email/password_reset_key": {
        "password_reset_url": "http://testserver/accounts/password/reset/key/x-y/"
    },
    "account/email/password_reset_code": {"code": "K7Q2MX"},
    "account/email/unknown_account": {"signup_url": "http://testserver/accounts/signup/"},
    "account/email/account_already_exists": {
        "password_reset_url": "http://testserver/accounts/password/reset/",
        "signup_url": "http://testserver/accounts/signup/",
    },
    "account/email/email_confirmation": {
        "activate_url": "http://testserver/accounts/confirm-email/abc/",
        "key": "abc",
    },
    "account/email/email_confirmation_signup": {
        "activate_url": "http://testserver/accounts/confirm-email/abc/",
        "key": "abc",
    },
    "account/email/password_reset": NOTICE,
    "account/email/password_changed": NOTICE,
    "account/email/password_set": NOTICE,
    "account/email/email_confirm": NOTICE,
    "account/email/email_changed": {**NOTICE, "from_email": "a@x.test", "to_email": "b@x.test"},
    "account/email/email_deleted": {**NOTICE, "deleted_email": "old@x.test"},
    "mfa/email/totp_activated": NOTICE,
    "mfa/email/totp_deactivated": NOTICE,
    "mfa/email/recovery_codes_generated": NOTICE,
}
SIGN_UP = re.compile(r"sign[\s-]?up|signup|cofrestru", re.I)


def send(prefix: str, email: str, *, page_language: str, user=None):
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    context = {**EMAILS[prefix], "email": email}
    if user is not None:
        context["user"] = user
    mail.outbox.clear()
    with allauth_context.request_context(request), translation.override(page_language):
        get_adapter(request).send_mail(prefix, email, context)
    [message] = mail.outbox
    return message


def _data(line: str) -> bool:
    """Lines that are the same in every language: links, codes, addresses."""
    return bool(re.fullmatch(r"\s*(\S+://\S+|[A-Z0-9-]{4,12})\s*", line))


@pytest.fixture
def welsh_speaker(participant):
    participant.language = "cy"
    participant.save()
    return participant


@pytest.mark.parametrize("prefix", sorted(EMAILS))
def test_each_allauth_email_is_in_welsh_for_a_welsh_speaker(prefix, welsh_speaker, participant):
    unknown = prefix.endswith("unknown_account")
    address = "nobody@cardiff.test" if unknown else welsh_speaker.email
    # Sent from an English page: the person's own language wins (an unknown address has no
    # person, so it gets the page's, here Welsh).
    welsh = send(prefix, address, page_language="cy" if unknown else "en")
    english = send(prefix, address, page_language="en") if unknown else None
    if english is None:
        welsh_speaker.language = "en"
        welsh_speaker.save()
        english = send(prefix, address, page_language="en")
        welsh_speaker.language = "cy"
        welsh_speaker.save()

    assert welsh.subject != english.subject
    assert welsh.subject.startswith("[Infuse] ")
    english_lines = {line.strip() for line in english.body.splitlines()}
    left_in_english = [
        line
        for line in welsh.body.splitlines()
        if line.strip() and line.strip() in english_lines and not _data(line)
    ]
    assert not left_in_english, left_in_english
    assert "tîm y rhaglen" in welsh.body
    for message in (welsh, english):
        text = message.subject + "\n" + message.body
        assert not SIGN_UP.search(text), text
        assert "Hello from" not in text and "testserver!" not in text
        assert "Thank you for using" not in text
    if not unknown:
        assert welsh.body.startswith(f"Annwyl {welsh_speaker.full_name},")


def test_the_emails_begin_with_the_persons_name_and_end_with_the_programme_team(participant):
    message = send("account/email/login_code", participant.email, page_language="en")
    assert message.body.startswith("Dear Gwenllian Owner,\n\nHere is your code")
    assert "K7Q2MX" in message.body
    assert "Infuse Portal, the programme team\nhttp://testserver\n" in message.body
    assert message.subject == "[Infuse] Your sign-in code"


def test_a_welsh_speaker_asking_for_a_new_password_from_an_english_page_gets_welsh(
    client, welsh_speaker
):
    client.post(reverse("account_reset_password"), {"email": welsh_speaker.email})
    [message] = mail.outbox
    assert message.subject == "[Infuse] Gosod cyfrinair newydd"
    assert "Defnyddiwch y ddolen hon i ddewis un" in message.body
    assert "/accounts/password/reset/key/" in message.body


def test_an_unknown_address_is_told_to_ask_its_council_lead_not_to_sign_up(client, db):
    client.post(reverse("account_reset_password"), {"email": "stranger@cardiff.test"})
    [message] = mail.outbox
    assert "ask your council lead" in message.body
    assert not SIGN_UP.search(message.body)
    assert "/accounts/signup/" not in message.body
