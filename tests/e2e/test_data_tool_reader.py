"""Programme staff reach a participant's Good data questions from the enrolment in the admin,
read a question in words meant for a reader, and comment on one of its steps; the comment
sends them back to that question, and the participant sees it there. axe checks every page."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from cohorts.demo import DEMO_PASSWORD, DEMO_STAFF_TOTP_SECRET, STAFF_EMAIL, demo_load
from cohorts.models import Enrolment, EnrolmentStatus
from labs.data.models import DataQuestion
from tests.e2e.conftest import sign_in

CARDIFF = "participant.cardiff@demo.infuse.test"
QUESTION = "How many people aged 75 and over used each warm space each week last winter?"


@pytest.fixture
def question(db):
    demo_load(today=timezone.localdate())  # the Data Lab's cohort 2 is in week 3
    enrolment = Enrolment.objects.get(
        user__email=CARDIFF,
        cohort__lab__code="data",
        status__in=[EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE],
    )
    return DataQuestion.objects.create(enrolment=enrolment, question=QUESTION)


def test_staff_read_a_question_and_comment_on_one_of_its_steps(page, question):
    enrolment = question.enrolment
    sign_in(page, STAFF_EMAIL, DEMO_PASSWORD, totp_secret=DEMO_STAFF_TOTP_SECRET)
    page.axe()
    page.goto(f"/admin/cohorts/enrolment/{enrolment.pk}/change/")
    page.get_by_role("link", name="Read their work and comment").click()
    page.wait_for_load_state("load")
    page.axe()
    expect(page.get_by_role("heading", name="Their questions")).to_be_visible()
    page.get_by_role("link", name="Read question 1").click()
    page.wait_for_load_state("load")
    page.axe()
    question_url = page.url
    expect(page.get_by_role("heading", name="Their question", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Comments to the participant")).to_be_visible()
    expect(page.get_by_role("link", name="Download their questions as a PDF")).to_be_visible()

    page.get_by_label("Which step is the comment about?").select_option("ethics")
    page.get_by_label("Add a comment").fill("Say which wards, and how residents are told.")
    page.get_by_role("button", name="Send comment").click()
    page.wait_for_load_state("load")
    page.axe()
    assert page.url == question_url
    comments = page.locator("#comments-heading + ul")
    expect(comments).to_contain_text("Say which wards, and how residents are told.")
    expect(comments).to_contain_text("about the step “Check the ethics”")

    page.context.clear_cookies()
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    page.goto(question_url)
    page.axe()
    expect(page.get_by_role("heading", name="Comments from your facilitators")).to_be_visible()
    expect(page.locator("#comments-heading + ul")).to_contain_text("Say which wards")
