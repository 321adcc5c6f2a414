"""Nothing lost, in a real browser: a double click on "Save and continue" makes one question,
and Back after ticking an activity shows the page as it is now, not as it was."""

import re

import pytest
from django.utils import timezone

from cohorts.demo import DEMO_PASSWORD, demo_load
from councils.models import User
from labs.data.models import DataQuestion
from tests.e2e.conftest import sign_in

CARDIFF = "participant.cardiff@demo.infuse.test"


@pytest.fixture
def demo(db):
    demo_load(today=timezone.localdate())  # the Data Lab's cohort 2 is in week 3


def progress_value(page) -> int:
    return int(
        page.locator("#lab-progress-figures [role=progressbar]").get_attribute("aria-valuenow")
    )


def test_a_double_click_on_save_and_continue_makes_one_question(page, demo):
    person = User.objects.get(email=CARDIFF)
    before = DataQuestion.objects.filter(enrolment__user=person).count()
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    page.locator(".infuse-card__title a", has_text="Data Lab").first.click()
    page.wait_for_load_state("load")
    page.axe()
    tool = page.url.rstrip("/") + "/data-questions/"
    page.goto(tool + "new/")
    page.axe()
    page.get_by_label("The question").fill("Which wards had no warm space open after 6pm?")
    page.get_by_role("button", name="Save and continue").dblclick()
    # A new question opens on its first step.
    page.wait_for_url(re.compile(r"/data-questions/\d+/steps/question/$"))
    page.axe()
    page.wait_for_timeout(1500)  # let a second post, had one gone, finish
    assert DataQuestion.objects.filter(enrolment__user=person).count() == before + 1


def test_back_after_a_tick_shows_the_page_as_it_is_now(page, demo):
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    card = page.locator(".infuse-card", has_text="Data Lab: Supportive Communities")
    card.locator("a", has_text=re.compile("Data ethics")).click()
    page.wait_for_load_state("load")
    assert re.search(r"/weeks/3/$", page.url)
    page.axe()
    before = progress_value(page)
    box = page.locator("input[type=checkbox][name=done]:not(:checked)").first
    box_id = box.get_attribute("id")
    box.check()
    page.wait_for_function(
        "before => Number(document.querySelector('#lab-progress-figures [role=progressbar]')"
        ".getAttribute('aria-valuenow')) !== before",
        arg=before,
    )
    after = progress_value(page)
    assert after > before

    page.get_by_role("link", name=re.compile("Your profile")).click()
    page.wait_for_load_state("load")
    page.axe()
    page.go_back()
    page.wait_for_load_state("load")
    assert re.search(r"/weeks/3/$", page.url)
    page.axe()
    assert page.locator(f"#{box_id}").is_checked()
    assert progress_value(page) == after
