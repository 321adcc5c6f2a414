"""The participant's six weeks in a real browser: tick an activity in week 3 and watch the
progress bar move without a reload; week 4 stays locked; axe finds nothing."""

import re

import pytest
from django.utils import timezone

from cohorts.demo import DEMO_PASSWORD, demo_load
from tests.e2e.conftest import sign_in

CARDIFF = "participant.cardiff@demo.infuse.test"


@pytest.fixture
def demo(db):
    demo_load(today=timezone.localdate())


def progress_value(page) -> int:
    return int(
        page.locator("#lab-progress-figures [role=progressbar]").get_attribute("aria-valuenow")
    )


def test_participant_ticks_an_activity_in_week_three_without_a_reload(page, demo):
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    card = page.locator(".infuse-card", has_text="Data Lab: Supportive Communities")
    assert "This week: week 3" in card.inner_text()

    card.locator("a", has_text=re.compile("Data ethics")).click()
    page.wait_for_load_state("load")
    assert re.search(r"/weeks/3/$", page.url)
    page.axe()
    assert page.locator("h1").count() == 1

    before = progress_value(page)
    page.evaluate("window.notReloaded = true")
    box = page.locator("input[type=checkbox][name=done]:not(:checked)").first
    box_id = box.get_attribute("id")
    box.check()
    page.wait_for_function(
        "before => Number(document.querySelector('#lab-progress-figures [role=progressbar]')"
        ".getAttribute('aria-valuenow')) !== before",
        arg=before,
    )
    assert progress_value(page) > before
    assert page.evaluate("window.notReloaded === true")  # swapped in place, no page load
    assert page.locator(f"#{box_id}").is_checked()
    assert "as done" in page.locator("#work-status").inner_text()
    page.axe()

    page.reload()
    assert page.locator(f"#{box_id}").is_checked()
    assert progress_value(page) > before
    page.axe()

    page.get_by_role("link", name="Data Lab: Supportive Communities (cohort 2)").click()
    page.wait_for_load_state("load")
    page.axe()
    week4 = page.locator(".infuse-week-list__item").nth(3)
    assert "Locked" in week4.inner_text() and "Opens on" in week4.inner_text()
    assert week4.locator("a").count() == 0

    page.goto(page.url + "weeks/4/")
    page.axe()
    assert "This week opens on" in page.locator("main").inner_text()
    assert page.locator("input[type=checkbox]").count() == 0


def test_a_reflection_saves_in_place_and_an_empty_one_says_why(page, demo):
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    page.get_by_role("link", name=re.compile("Data ethics")).click()
    page.wait_for_load_state("load")
    page.axe()
    form = page.locator("form", has=page.locator("textarea")).first
    form.locator("textarea").fill("")
    form.get_by_role("button").click()
    error = page.locator(".govuk-error-message").first
    error.wait_for()
    assert "Write your reflection" in error.inner_text()
    page.axe()
    page.locator("textarea").first.fill("Residents would expect to be told first.")
    page.locator("form", has=page.locator("textarea")).first.get_by_role("button").click()
    page.get_by_text("Last saved").first.wait_for()
    page.reload()
    assert (
        page.locator("textarea").first.input_value() == "Residents would expect to be told first."
    )
    page.axe()


@pytest.mark.parametrize("width", [375])
def test_cohort_and_week_pages_fit_a_phone(page, demo, width):
    page.set_viewport_size({"width": width, "height": 740})
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    page.locator(".infuse-card__title a", has_text="Data Lab").first.click()
    page.wait_for_load_state("load")
    page.axe()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.locator(".infuse-week-list a").nth(2).click()
    page.wait_for_load_state("load")
    page.axe()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # The week's session (when and where) comes before the materials, not after them all.
    session = page.locator("#session-heading").bounding_box()
    materials = page.locator("#materials").bounding_box()
    assert session["y"] < materials["y"], (session, materials)


def test_the_weeks_session_sits_beside_the_materials_on_a_laptop(page, demo):
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    page.locator(".infuse-card__title a", has_text="Data Lab").first.click()
    page.wait_for_load_state("load")
    page.axe()
    page.locator(".infuse-week-list a").nth(2).click()
    page.wait_for_load_state("load")
    page.axe()
    session = page.locator("#session-heading").bounding_box()
    summary = page.locator(".govuk-body-l").first.bounding_box()
    assert session["x"] > summary["x"] + summary["width"] - 1  # on the right
    assert abs(session["y"] - summary["y"]) < 80  # at the top of the content


def test_a_wide_table_shows_a_shadow_where_it_scrolls_on_a_phone(page, demo):
    page.set_viewport_size({"width": 375, "height": 740})
    sign_in(page, "lead.cardiff@demo.infuse.test", DEMO_PASSWORD)
    page.axe()
    wrap = page.locator(".infuse-table-wrap").first
    assert wrap.evaluate("el => el.scrollWidth > el.clientWidth")  # it does scroll
    background = wrap.evaluate("el => getComputedStyle(el).backgroundImage")
    assert background.count("gradient") == 4, background


def test_lead_sorts_their_people_in_place(page, demo):
    sign_in(page, "lead.cardiff@demo.infuse.test", DEMO_PASSWORD)
    page.axe()
    page.get_by_role("link", name="Progress").click()
    page.wait_for_url(re.compile(r"sort=-progress"))
    header = page.locator("th[aria-sort=descending]")
    header.wait_for()
    assert "Progress" in header.inner_text()
    values = [
        int(v.rstrip("%")) for v in page.locator("tbody tr td:nth-child(4)").all_inner_texts()
    ]
    assert values == sorted(values, reverse=True)
    page.axe()


def test_lead_page_works_on_a_phone(page, demo):
    page.set_viewport_size({"width": 375, "height": 740})
    sign_in(page, "lead.cardiff@demo.infuse.test", DEMO_PASSWORD)
    page.axe()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.get_by_label("Show people in").select_option(
        label="Data Lab: Supportive Communities (cohort 2)"
    )
    page.wait_for_url(re.compile(r"cohort=\d+"))
    caption = page.locator("#people-caption")
    caption.wait_for()
    assert "(cohort 2)" in caption.inner_text()
    # The heading wraps on the page instead of running on, clipped, inside the table's scroll.
    box = caption.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    page.axe()


def test_a_table_in_a_weeks_materials_scrolls_in_a_focusable_region_on_a_phone(page, demo):
    page.set_viewport_size({"width": 375, "height": 740})
    sign_in(page, "participant.torfaen@demo.infuse.test", DEMO_PASSWORD)
    page.axe()
    page.get_by_role("link", name="Procurement Lab", exact=True).first.click()
    page.wait_for_load_state("load")
    page.axe()
    page.goto(page.url + "weeks/2/")
    page.axe()  # scrollable-region-focusable: the wrap scrolls and takes the focus, not the table
    wrap = page.get_by_role("region", name="Table, scrolls sideways").first
    assert wrap.locator("table").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
