"""Two-step verification and the Content Security Policy, in a real browser."""

import datetime as dt
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.cache import cache

from councils.models import Role
from councils.services import user_create
from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in


def totp(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def set_up_app_on_the_page(page) -> str:
    """Read the key off the set-up page as a person typing it into their app would, and enter
    the code the app would show."""
    secret = page.locator("#authenticator-secret").inner_text().strip()
    page.get_by_label("Code from your authenticator app").fill(totp(secret))
    page.get_by_role("button", name="Turn on two-step verification").click()
    page.wait_for_load_state("load")
    return secret


@pytest.mark.real_mfa
def test_staff_without_two_step_verification_set_it_up_before_the_admin_opens(page, db):
    cache.clear()
    staff = user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )
    sign_in(page, staff.email, PASSWORD)
    assert page.url.endswith("/accounts/2fa/totp/activate/")
    page.axe()
    for path in ("/admin/", "/admin/cohorts/cohort/", "/staff/"):
        page.goto(path)
        assert page.url.endswith("/accounts/2fa/totp/activate/"), path
        assert "Set up two-step verification" in page.locator("h1").inner_text()
    page.axe()

    set_up_app_on_the_page(page)
    assert page.url.endswith("/accounts/2fa/recovery-codes/")
    assert page.locator(".infuse-recovery-codes li").count() == 10
    page.axe()
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()

    page.goto("/admin/")
    assert page.url.endswith("/admin/")
    assert "Run the programme" in page.content()
    page.goto("/staff/")
    assert page.locator("h1").inner_text() == "Programme staff"
    page.axe()


@pytest.mark.real_mfa
def test_a_lead_turns_two_step_verification_on_from_their_profile(page, lead):
    cache.clear()
    sign_in(page, lead.email, PASSWORD)
    page.axe()
    page.goto("/profile/")
    page.axe()
    page.get_by_role("link", name="Turn on two-step verification").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/accounts/2fa/totp/activate/")
    page.axe()
    secret = set_up_app_on_the_page(page)
    page.axe()
    page.goto("/profile/")
    assert "Two-step verification is on" in page.content()
    page.axe()

    # Signing in again now asks for the app's code after the password.
    page.get_by_role("link", name="Sign out").click()
    page.wait_for_load_state("load")
    page.axe()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state("load")
    page.axe()
    cache.clear()  # the code used to set it up may still be current: allauth refuses a replay
    sign_in(page, lead.email, PASSWORD)
    assert page.url.endswith("/accounts/2fa/authenticate/")
    page.axe()
    page.get_by_label("Code from your authenticator app").fill(totp(secret))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/council/")
    page.axe()


# The Content Security Policy ---------------------------------------------------------------------


def visit(page, path: str, *, axe: bool = True) -> None:
    response = page.goto(path)
    assert response.status < 400, (path, response.status)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    if axe:
        page.axe()


def test_no_csp_violation_on_the_pages_each_role_reaches(
    browser, live_server, page, enrolment, lead, funder, staff, make_cohort, cardiff
):
    """The page fixture fails the test on any CSP violation the browser reports."""
    from tests.e2e.conftest import AxeChecker

    upcoming = make_cohort(
        start=dt.date.today() + dt.timedelta(days=40), councils=[cardiff], title="Next Data Lab"
    )
    week = f"/dashboard/labs/{enrolment.pk}/weeks/1/"
    pages = {
        enrolment.user: ["/dashboard/", f"/dashboard/labs/{enrolment.pk}/", week, "/profile/"],
        lead: ["/council/", f"/council/cohorts/{upcoming.pk}/nominate/", "/reports/"],
        funder: ["/reports/", "/profile/"],
        staff: [
            "/staff/",
            "/reports/",
            f"/sessions/{enrolment.cohort.sessions.first().pk}/register/",
        ],
    }
    visit(page, "/")
    visit(page, "/accessibility/")
    for person, paths in pages.items():
        context = browser.new_context(base_url=live_server.url)
        other = context.new_page()
        other.axe = AxeChecker(other)
        violations = []
        other.on(
            "console",
            lambda m, v=violations: "Content Security Policy" in m.text and v.append(m.text),
        )
        sign_in(other, person.email, PASSWORD)
        for path in paths:
            visit(other, path)
        if person == staff:
            admin = ("/admin/", "/admin/cohorts/cohort/", "/admin/councils/user/")
            for path in (*admin, f"/admin/cohorts/cohort/{enrolment.cohort.pk}/change/"):
                visit(other, path, axe=False)  # the admin's markup is Django's, not ours
        context.close()
        assert not violations, (person.role, violations)


def test_the_csp_check_sees_an_inline_script_refused(page, db):
    """The check above could fail: an inline script is refused and reported."""
    visit(page, "/")
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.ran = true'; document.body.append(s); }"
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.ran === undefined")
    assert any("script-src" in text for text in page.csp)
    page.csp.clear()


def test_an_htmx_page_does_not_add_its_own_style_element(page, enrolment):
    sign_in(page, enrolment.user.email, PASSWORD)
    page.axe()
    visit(page, f"/dashboard/labs/{enrolment.pk}/weeks/1/")
    assert page.evaluate("typeof htmx") == "object"
    assert page.evaluate("htmx.config.includeIndicatorStyles") is False
    assert page.evaluate("htmx.config.allowEval") is False
    assert page.evaluate("document.querySelectorAll('style').length") == 0
