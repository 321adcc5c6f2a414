"""Each role signs in in a real browser and sees its home; public pages pass axe."""

import pytest
from django.utils import timezone

from cohorts.demo import DEMO_PASSWORD, DEMO_STAFF_TOTP_SECRET, STAFF_EMAIL, demo_load
from tests.e2e.conftest import sign_in


@pytest.fixture
def demo(db):
    demo_load(today=timezone.localdate())


@pytest.mark.parametrize("path", ["/", "/accessibility/", "/privacy/"])
def test_public_pages_pass_axe(page, demo, path):
    page.goto(path)
    page.axe()
    assert page.locator("h1").count() == 1


@pytest.mark.parametrize(
    ("email", "heading"),
    [
        ("participant.cardiff@demo.infuse.test", "Your Labs"),
        ("lead.cardiff@demo.infuse.test", "Your staff on Infuse"),
        ("funder@demo.infuse.test", "Programme progress"),
        ("staff@demo.infuse.test", "Programme staff"),
    ],
)
def test_each_role_signs_in_and_sees_its_home(page, demo, email, heading):
    # Demo staff use two-step verification, with the key the README gives.
    secret = DEMO_STAFF_TOTP_SECRET if email == STAFF_EMAIL else None
    sign_in(page, email, DEMO_PASSWORD, totp_secret=secret)
    assert page.locator("h1").inner_text() == heading
    page.axe()


def test_home_works_on_a_phone(page, demo):
    page.set_viewport_size({"width": 375, "height": 740})
    sign_in(page, "participant.cardiff@demo.infuse.test", DEMO_PASSWORD)
    page.axe()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375


def test_welsh_pages_on_a_phone_pass_axe(page, demo):
    # Welsh labels run longer: the footer's links wrap, and must still be big enough to tap.
    from councils.models import User

    User.objects.filter(email="participant.cardiff@demo.infuse.test").update(language="cy")
    page.set_viewport_size({"width": 375, "height": 740})
    sign_in(page, "participant.cardiff@demo.infuse.test", DEMO_PASSWORD)
    assert page.locator("html").get_attribute("lang") == "cy"
    page.axe()
    page.get_by_role("link", name="Datganiad hygyrchedd").click()
    page.wait_for_load_state("load")
    page.axe()
