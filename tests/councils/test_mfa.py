"""Two-step verification: programme staff cannot open a page without it; others may turn it on;
staff sessions end when idle."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from councils.middleware import LAST_SEEN_SESSION_KEY
from councils.models import Role
from councils.services import user_set_up_authenticator
from tests.conftest import PASSWORD, STAFF_TOTP_SECRET

pytestmark = [pytest.mark.real_mfa, pytest.mark.django_db]

ACTIVATE = "/accounts/2fa/totp/activate/"


def totp(secret: str, *, offset: int = 0) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def signed_in_as(client):
    return client.session.get("_auth_user_id")


@pytest.fixture(autouse=True)
def _fresh_cache():
    # allauth remembers used TOTP codes in the cache: each test starts without any.
    cache.clear()


@pytest.mark.parametrize("path", ["/staff/", "/admin/", "/admin/councils/user/", "/reports/", "/"])
def test_staff_without_an_authenticator_are_sent_to_set_one_up(client, staff, path):
    sign_in(client, staff.email)
    assert signed_in_as(client) == str(staff.pk)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == ACTIVATE


def test_a_superuser_without_an_authenticator_is_sent_to_set_one_up(client, db):
    from councils.models import User

    boss = User.objects.create_superuser("boss@infuse.test", PASSWORD, full_name="Bethan Boss")
    client.force_login(boss)
    assert client.get("/admin/")["Location"] == ACTIVATE


@pytest.mark.django_db(transaction=True)  # allauth acts on commit, within the request
def test_staff_set_up_the_app_with_a_code_from_it_then_the_admin_opens(client, staff):
    sign_in(client, staff.email)
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    assert b"<svg" in page.content  # the QR code, inline: no data: image needed
    secret = page.context["form"].secret
    assert secret.encode() in page.content  # the key, for typing in by hand
    wrong = client.post(ACTIVATE, {"code": "000000" if totp(secret) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert client.get("/admin/")["Location"] == ACTIVATE
    response = client.post(ACTIVATE, {"code": totp(secret)})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_view_recovery_codes")
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()
    assert client.get(reverse("mfa_view_recovery_codes")).status_code == 200
    assert client.get("/admin/").status_code == 200
    assert client.get("/staff/").status_code == 200
    assert "Two-step verification is on" in mail.outbox[-1].subject


def test_staff_with_the_app_must_enter_its_code_after_their_password(client, staff):
    user_set_up_authenticator(user=staff, secret=STAFF_TOTP_SECRET)
    response = sign_in(client, staff.email)
    assert response["Location"] == reverse("mfa_authenticate")
    assert signed_in_as(client) is None
    assert client.get("/admin/").status_code == 302
    assert signed_in_as(client) is None
    response = client.post(reverse("mfa_authenticate"), {"code": totp(STAFF_TOTP_SECRET)})
    assert response.status_code == 302
    assert signed_in_as(client) == str(staff.pk)
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_signs_staff_in_once(client, staff):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    user_set_up_authenticator(user=staff, secret=STAFF_TOTP_SECRET)
    codes = RecoveryCodes(
        Authenticator.objects.get(user=staff, type=Authenticator.Type.RECOVERY_CODES)
    ).get_unused_codes()
    sign_in(client, staff.email)
    client.post(reverse("mfa_authenticate"), {"code": codes[0]})
    assert client.get("/admin/").status_code == 200


def test_an_emailed_sign_in_code_is_not_enough_for_staff(client, staff):
    user_set_up_authenticator(user=staff, secret=STAFF_TOTP_SECRET)
    client.post(reverse("account_request_login_code"), {"email": staff.email})
    code = mail.outbox[-1].body.split("\n\n")[2].strip()
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response["Location"] == reverse("mfa_authenticate")
    assert signed_in_as(client) is None
    client.post(reverse("mfa_authenticate"), {"code": totp(STAFF_TOTP_SECRET)})
    assert signed_in_as(client) == str(staff.pk)


def test_staff_signed_in_by_emailed_code_without_the_app_must_set_it_up(client, staff):
    client.post(reverse("account_request_login_code"), {"email": staff.email})
    code = mail.outbox[-1].body.split("\n\n")[2].strip()
    client.post(reverse("account_confirm_login_code"), {"code": code})
    assert client.get("/admin/")["Location"] == ACTIVATE


def test_a_staff_session_that_never_used_the_app_is_signed_out(client, staff):
    """A session from before the app was set up (elsewhere) does not open staff pages."""
    user_set_up_authenticator(user=staff, secret=STAFF_TOTP_SECRET)
    client.force_login(staff)  # no code from the app in this session
    response = client.get("/staff/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert signed_in_as(client) is None


def test_a_session_without_the_apps_code_cannot_pass_by_making_recovery_codes(client, staff):
    """The two-step pages do not open to a session that never entered the app's code: making
    recovery codes after only a password would otherwise count as passing."""
    user_set_up_authenticator(user=staff, secret=STAFF_TOTP_SECRET)
    client.force_login(staff)
    response = client.get(reverse("mfa_generate_recovery_codes"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert signed_in_as(client) is None
    client.force_login(staff)
    client.post(reverse("account_reauthenticate"), {"password": "x"})
    assert client.get("/admin/").status_code == 302
    assert signed_in_as(client) is None


def test_staff_cannot_turn_the_app_off(client, staff):
    user_set_up_authenticator(user=staff, secret=STAFF_TOTP_SECRET)
    sign_in(client, staff.email)
    client.post(reverse("mfa_authenticate"), {"code": totp(STAFF_TOTP_SECRET)})
    client.post(reverse("mfa_deactivate_totp"))
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()


@pytest.mark.parametrize(
    ("fixture", "home"),
    [("lead", "lead_home"), ("funder", "reports"), ("participant", "dashboard")],
)
def test_others_are_not_made_to_set_it_up(client, request, fixture, home):
    user = request.getfixturevalue(fixture)
    sign_in(client, user.email)
    assert client.get(reverse(home)).status_code == 200


@pytest.mark.parametrize("fixture", ["lead", "funder"])
def test_leads_and_funders_can_turn_it_on_from_their_profile(client, request, fixture):
    user = request.getfixturevalue(fixture)
    sign_in(client, user.email)
    profile = client.get(reverse("profile"))
    assert ACTIVATE.encode() in profile.content
    secret = client.get(ACTIVATE).context["form"].secret
    client.post(ACTIVATE, {"code": totp(secret)})
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert b"Two-step verification is on" in client.get(reverse("profile")).content
    client.post(reverse("account_logout"))
    assert sign_in(client, user.email)["Location"] == reverse("mfa_authenticate")


def test_a_lead_can_turn_it_off_again(client, lead):
    user_set_up_authenticator(user=lead, secret=STAFF_TOTP_SECRET)
    sign_in(client, lead.email)
    client.post(reverse("mfa_authenticate"), {"code": totp(STAFF_TOTP_SECRET)})
    client.post(reverse("mfa_deactivate_totp"))
    assert not Authenticator.objects.filter(user=lead, type=Authenticator.Type.TOTP).exists()


def test_two_step_pages_are_in_welsh_for_a_welsh_speaker(client, lead):
    lead.language = "cy"
    lead.save()
    sign_in(client, lead.email)
    page = client.get(ACTIVATE).content.decode()
    assert "Sefydlu dilysu dau gam" in page
    assert "Set up two-step verification" not in page


# Idle staff sessions -------------------------------------------------------------------------


def _signed_in_staff(client, staff):
    user_set_up_authenticator(user=staff, secret=STAFF_TOTP_SECRET)
    sign_in(client, staff.email)
    client.post(reverse("mfa_authenticate"), {"code": totp(STAFF_TOTP_SECRET)})
    assert client.get("/staff/").status_code == 200


def _idle_for(client, minutes):
    session = client.session
    session[LAST_SEEN_SESSION_KEY] = time.time() - minutes * 60
    session.save()


def test_a_staff_session_idle_past_the_timeout_is_signed_out(client, staff, settings):
    assert settings.STAFF_SESSION_IDLE_MINUTES == 30
    _signed_in_staff(client, staff)
    _idle_for(client, 31)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert signed_in_as(client) is None
    assert client.get("/staff/")["Location"].startswith(reverse("account_login"))


def test_a_staff_session_used_within_the_timeout_goes_on(client, staff):
    _signed_in_staff(client, staff)
    _idle_for(client, 29)
    assert client.get("/staff/").status_code == 200
    _idle_for(client, 29)  # each request starts the idle time again
    assert client.get("/staff/").status_code == 200


def test_the_idle_timeout_is_a_setting(client, staff, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 5
    _signed_in_staff(client, staff)
    _idle_for(client, 6)
    assert client.get("/staff/")["Location"].startswith(reverse("account_login"))


def test_a_participant_idle_for_hours_stays_signed_in(client, participant):
    sign_in(client, participant.email)
    _idle_for(client, 600)
    assert client.get(reverse("dashboard")).status_code == 200


def test_demo_staff_have_the_readmes_authenticator_key(db):
    from cohorts.demo import DEMO_STAFF_TOTP_SECRET, STAFF_EMAIL, _people
    from councils.models import Council, User

    _people({c.slug: c for c in Council.objects.all()})
    staff = User.objects.get(email=STAFF_EMAIL)
    assert staff.role == Role.STAFF
    from allauth.mfa.totp.internal.auth import TOTP

    app = TOTP(Authenticator.objects.get(user=staff, type=Authenticator.Type.TOTP))
    assert app.validate_code(totp(DEMO_STAFF_TOTP_SECRET))
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert f"`{DEMO_STAFF_TOTP_SECRET}`" in readme


def test_setting_it_up_later_than_five_minutes_after_sign_in_asks_for_the_password(client, lead):
    from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY

    sign_in(client, lead.email)
    session = client.session
    records = session[AUTHENTICATION_METHODS_SESSION_KEY]
    for record in records:
        record["at"] -= 6 * 60
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    session.save()
    response = client.get(ACTIVATE)
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    page = client.get(response["Location"])
    assert b"Confirm it is you" in page.content
    assert b"Email me a code" in page.content  # another way, for someone without a password
    assert client.get(reverse("account_request_reauthentication_code")).status_code == 200
    client.post(response["Location"], {"password": PASSWORD})
    assert client.get(ACTIVATE).status_code == 200
