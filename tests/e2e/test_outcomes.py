"""Outcome measures and equality monitoring in a real browser: a participant skips the
equality questions in one click, answers the baseline with the keyboard only, and answers the
six-month follow-up from the link in its email; axe passes on each page, in English and
Welsh."""

import email
import re
from email import policy

import pytest
from django.core import mail
from django.utils import timezone

from cohorts.demo import DEMO_PASSWORD, demo_load
from cohorts.messaging import follow_ups
from cohorts.models import Assessment, AssessmentKind, Enrolment, EnrolmentStatus, FollowUp
from councils.models import User
from equality.models import EqualityResponse
from tests.e2e.conftest import sign_in

CARDIFF = "participant.cardiff@demo.infuse.test"
NEWPORT = "participant.newport@demo.infuse.test"


@pytest.fixture
def demo(db):
    demo_load(today=timezone.localdate())


def running_enrolment(address: str) -> Enrolment:
    return Enrolment.objects.get(
        user__email=address, cohort__title="Data Lab: Supportive Communities (cohort 2)"
    )


def answer_scale_with_keyboard(page, groups: int) -> None:
    """From the top of the page, Tab into each 1–5 scale in turn and choose with the arrow keys
    and Space, as someone without a mouse would; then submit with Enter."""
    focused = "() => document.activeElement && document.activeElement.name"
    for _ in range(60):  # Tab through the header and the skip link to the first scale
        page.keyboard.press("Tab")
        if (page.evaluate(focused) or "").startswith("s"):
            break
    for n in range(groups):
        name = page.evaluate(focused)
        assert re.fullmatch(r"s\d+", name or ""), name
        page.keyboard.press("ArrowRight")  # to "2", and selects it
        page.keyboard.press("ArrowRight")  # to "3"
        if n == 0:
            page.keyboard.press("ArrowRight")
            page.keyboard.press("ArrowRight")
            page.keyboard.press("ArrowRight")  # to "Not sure"
        page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent.trim()") in (
        "Save my answers",
        "Cadw fy atebion",
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_skip_equality_in_one_click_then_answer_the_baseline_by_keyboard(page, demo, language):
    address = CARDIFF if language == "en" else NEWPORT
    User.objects.filter(email=address).update(language=language)
    sign_in(page, address, DEMO_PASSWORD)
    assert page.locator("html").get_attribute("lang") == language
    page.axe()
    skip = "Skip these questions" if language == "en" else "Hepgor y cwestiynau hyn"
    with page.expect_navigation():
        page.get_by_role("button", name=skip).click()
    page.wait_for_load_state("load")
    page.axe()
    assert page.get_by_role("button", name=skip).count() == 0
    assert EqualityResponse.objects.get(user__email=address).skipped

    enrolment = running_enrolment(address)
    page.goto(f"/dashboard/labs/{enrolment.pk}/")
    page.axe()
    answer = "Answer the statements" if language == "en" else "Atebwch y datganiadau"
    with page.expect_navigation():
        page.get_by_role("link", name=answer).click()
    page.wait_for_load_state("load")
    page.axe()
    statement = "I can turn a service problem" if language == "en" else "Gallaf droi problem"
    assert statement in page.content()
    groups = page.locator("fieldset").count()
    answer_scale_with_keyboard(page, groups)
    page.axe()
    baseline = Assessment.objects.get(enrolment=enrolment, kind=AssessmentKind.BASELINE)
    values = list(baseline.answers.order_by("statement__position").values_list("value", flat=True))
    assert values[0] is None and set(values[1:]) == {3}
    table = "Your self-assessment" if language == "en" else "Eich hunanasesiad"
    assert page.get_by_role("table", name=table).is_visible()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_equality_questions_and_privacy_notice_pass_axe(page, demo, language):
    address = CARDIFF if language == "en" else NEWPORT
    User.objects.filter(email=address).update(language=language)
    sign_in(page, address, DEMO_PASSWORD)
    page.axe()
    page.goto("/profile/equality/")
    page.axe()
    page.locator("input[name=sex][value=prefer_not]").check()
    with page.expect_navigation():
        page.locator("main button[type=submit]:not([name=skip])").click()
    page.wait_for_load_state("load")
    page.axe()  # the profile
    assert EqualityResponse.objects.get(user__email=address).sex == "prefer_not"
    page.goto("/privacy/")
    page.axe()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_answer_the_follow_up_from_the_email_link(page, demo, language):
    completed = Enrolment.objects.filter(
        cohort__title="Data Lab: Accelerating Decarbonisation (cohort 1)",
        status=EnrolmentStatus.COMPLETED,
    ).order_by("pk")
    enrolment = completed[0 if language == "en" else 1]
    address = enrolment.user.email
    User.objects.filter(email=address).update(language=language)
    # The demo's follow-up for this person is taken back, and sent as beat would.
    FollowUp.objects.filter(enrolment=enrolment).delete()
    Assessment.objects.filter(enrolment=enrolment, kind=AssessmentKind.FOLLOW_UP).delete()
    mail.outbox.clear()
    assert follow_ups.send_claimed(ids=follow_ups.claim([enrolment.pk])) == 1
    [message] = mail.outbox
    parsed = email.message_from_bytes(message.message().as_bytes(), policy=policy.default)
    text = parsed.get_body(("plain",)).get_content()
    link = re.search(r"https?://\S+/six-months-on/", text).group(0)
    path = "/" + link.split("/", 3)[3]

    page.goto(path)  # signed out: to the sign-in page first
    page.axe()
    page.get_by_label("Email").fill(address)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(path), page.url
    page.axe()
    page.locator("input[name=applied][value=applied]").check()
    page.locator("textarea[name=changed]").fill("We now write the decision first.")
    for fieldset in page.locator("fieldset:has(input[value='4'])").all():
        fieldset.locator("input[value='4']").check()
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()
    page.wait_for_load_state("load")
    page.axe()
    record = FollowUp.objects.get(enrolment=enrolment)
    assert record.responded_at and record.applied == "applied"
    assert record.changed == "We now write the decision first."
