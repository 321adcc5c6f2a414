"""Signing in: each role lands on its own home; private pages refuse the wrong people."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from councils.models import Role, User
from tests.conftest import PASSWORD


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


@pytest.mark.parametrize(
    ("fixture", "home"),
    [
        ("participant", "dashboard"),
        ("lead", "lead_home"),
        ("funder", "reports"),
        ("staff", "staff_home"),
    ],
)
def test_each_role_lands_on_its_own_home(client, db, request, fixture, home):
    user = request.getfixturevalue(fixture)
    response = sign_in(client, user.email)
    assert response.status_code == 302
    follow = client.get(response["Location"])
    assert follow.status_code == 302 and follow["Location"] == reverse(home)
    assert client.get(reverse(home)).status_code == 200


def test_login_is_case_insensitive_on_email(client, participant):
    response = sign_in(client, participant.email.upper())
    assert response.status_code == 302


def test_wrong_password_says_so_and_signs_nobody_in(client, participant):
    response = sign_in(client, participant.email, "not-the-password")
    assert response.status_code == 200
    assert b"not correct" in response.content or b"incorrect" in response.content.lower()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "name", ["dashboard", "lead_home", "reports", "staff_home", "profile", "home"]
)
def test_anonymous_visitor_to_a_private_page_goes_to_login(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_anonymous_visitor_to_the_admin_goes_to_the_one_login(client, db):
    response = client.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))


@pytest.mark.parametrize("name", ["admin:index", "reports", "staff_home", "lead_home"])
def test_participant_is_refused_pages_of_other_roles(client, participant, name):
    client.force_login(participant)
    response = client.get(reverse(name), follow=True)
    assert response.status_code == 403
    assert b"You cannot use this page" in response.content


@pytest.mark.parametrize("name", ["dashboard", "lead_home", "staff_home", "admin:index"])
def test_funder_is_refused_pages_of_other_roles(client, funder, name):
    client.force_login(funder)
    response = client.get(reverse(name), follow=True)
    assert response.status_code == 403


def test_staff_can_open_the_admin(client, staff):
    client.force_login(staff)
    assert client.get(reverse("admin:index")).status_code == 200


def test_there_is_no_public_sign_up(client, db):
    response = client.get(reverse("account_signup"))
    assert b"Places are by invitation" in response.content or response.status_code in (403, 404)
    response = client.post(
        reverse("account_signup"), {"email": "new@person.test", "password1": "x-very-long-1"}
    )
    assert not User.objects.filter(email="new@person.test").exists()


def test_people_made_outside_allauth_can_log_in(participant):
    address = EmailAddress.objects.get(user=participant)
    assert address.verified and address.primary and address.email == participant.email


def test_login_by_emailed_code(client, participant):
    response = client.post(reverse("account_request_login_code"), {"email": participant.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    code = next(
        line.strip()
        for line in body.splitlines()
        if line.strip()
        and line.strip().replace("-", "").isalnum()
        and len(line.strip()) <= 12
        and line.strip().upper() == line.strip()
    )
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(participant.pk)


def test_password_reset_sends_a_link_that_sets_a_new_password(client, participant):
    client.post(reverse("account_reset_password"), {"email": participant.email})
    assert len(mail.outbox) == 1
    link = next(w for w in mail.outbox[0].body.split() if "/accounts/password/reset/key/" in w)
    path = link.split("testserver", 1)[-1]
    response = client.get(path, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(
        form_url, {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"}
    )
    assert response.status_code == 302
    participant.refresh_from_db()
    assert participant.check_password("a-brand-new-passphrase")


def test_staff_role_gets_admin_access_and_others_do_not(make_user, cardiff):
    assert make_user("s@x.test", Role.STAFF).is_staff
    assert not make_user("p@x.test", Role.PARTICIPANT, cardiff).is_staff


def test_a_person_added_in_the_admin_can_sign_in(client, staff, cardiff):
    client.force_login(staff)
    response = client.post(
        reverse("admin:councils_user_add"),
        {
            "email": "Nia.Newydd@Cardiff.test",
            "full_name": "Nia Newydd",
            "role": "participant",
            "council": cardiff.pk,
            "password1": "a-long-new-passphrase",
            "password2": "a-long-new-passphrase",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    response = sign_in(client, "nia.newydd@cardiff.test", "a-long-new-passphrase")
    assert response.status_code == 302
    assert client.get(response["Location"], follow=True).redirect_chain[-1][0] == reverse(
        "dashboard"
    )
