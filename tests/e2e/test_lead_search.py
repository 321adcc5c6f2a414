"""The lead's search box survives the list being redrawn (htmx swaps the whole #people block,
form included): what the lead goes on typing while the list reloads is kept, and so is the
cursor in the box (`hx-preserve` on the input, by its id)."""

import re

from playwright.sync_api import expect

from cohorts.services import enrolment_create
from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in


def test_the_search_box_keeps_its_value_and_focus_across_a_swap(
    page, lead, make_user, cohort, cardiff
):
    for name in ("Alaw Jones", "Alun Price", "Bryn Davies"):
        person = make_user(f"{name.split()[0].lower()}@cardiff.test", council=cardiff, name=name)
        enrolment_create(cohort=cohort, user=person, invite=False)
    sign_in(page, lead.email, PASSWORD)
    page.axe()
    expect(page.locator("#people-shown")).to_contain_text("of 3 enrolments")

    # Hold the list's reload until the lead has typed on.
    held = []
    page.route(re.compile(r".*/council/\?.*q=A.*"), lambda route: held.append(route))
    box = page.locator("#people-q")
    box.click()
    box.type("Al")
    box.press("Enter")  # htmx asks for ?q=Al
    page.wait_for_function("() => document.querySelector('#people form.htmx-request')")
    while not held:
        page.wait_for_timeout(20)
    box.type("aw")  # typed while the list reloads
    held[0].continue_()
    expect(page.locator("#people-shown")).to_contain_text("of 2 enrolments")  # the ?q=Al list
    page.unroute(re.compile(r".*/council/\?.*q=A.*"))
    page.axe()

    assert box.input_value() == "Alaw"
    assert page.evaluate("document.activeElement && document.activeElement.id") == "people-q"
    # Still the one box, still in the form that sends it.
    assert page.locator("#people-q").count() == 1
    box.press("Enter")
    expect(page.locator("#people-shown")).to_contain_text("of 1 enrolment")
    assert "q=Alaw" in page.url
    page.axe()
