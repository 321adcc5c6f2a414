"""The Adaption Lab's canvas in a real browser (issue 7): a Caerphilly officer in the demo's
Adaption cohort (week 5) fills in a canvas, watches the tool's proposal change as she scores
the fit, records a decision against it, reloads and finds it saved, downloads the PDF, and
finds the canvas's activities ticked in her weeks. axe checks every page and every swap."""

import io
import re

import pypdf
import pytest
from django.utils import timezone

from cohorts.demo import DEMO_PASSWORD, demo_load
from cohorts.models import Completion, Enrolment
from labs.models import ActivityKind
from tests.e2e.conftest import sign_in

CAERPHILLY = "participant.caerphilly@demo.infuse.test"


@pytest.fixture
def demo(db):
    demo_load(today=timezone.localdate())


def saved(page) -> None:
    page.wait_for_function(
        "() => document.querySelector('#save-status').textContent.includes('Saved at')"
    )


def save(page) -> None:
    page.locator("#step-form").get_by_role("button", name=re.compile("^Save")).click()


def proposal_is(page, text: str) -> None:
    page.wait_for_function(
        "text => document.querySelector('#proposal-decision').textContent.includes(text)",
        arg=text,
    )


def brief_is(page, text: str) -> None:
    page.wait_for_function(
        "text => document.querySelector('#proposal-brief').textContent.includes(text)",
        arg=text,
    )


def in_view(page, locator) -> None:
    """The element is on screen, within the viewport's height."""
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    assert box and box["height"] > 0 and 0 <= box["y"] and box["y"] + box["height"] <= height


def score(page, attribute: str, value: int) -> None:
    fieldset = page.locator("fieldset", has=page.get_by_role("heading", name=attribute, exact=True))
    fieldset.get_by_label(str(value), exact=True).check()


ATTRIBUTES = [
    "Relative advantage",
    "Compatibility",
    "Complexity (5 means simple)",
    "Trialability",
    "Observability",
    "Evidence strength",
    "Local readiness",
]


def test_a_participant_fills_in_a_canvas_decides_and_downloads_it(page, demo):
    enrolment = Enrolment.objects.get(user__email=CAERPHILLY, cohort__lab__code="adaption")
    sign_in(page, CAERPHILLY, DEMO_PASSWORD)
    page.axe()

    # From the week page's tool activity to the tool.
    page.goto(f"/dashboard/labs/{enrolment.pk}/weeks/1/")
    page.axe()
    page.get_by_role("link", name="Open Adopt, adapt or leave canvas").first.click()
    page.wait_for_load_state("load")
    page.axe()
    assert page.locator("h1").inner_text() == "Adopt, adapt or leave canvas"

    page.get_by_label("Name of the innovation").fill("Community energy co-operative")
    page.get_by_role("button", name="Start the canvas").click()
    page.wait_for_load_state("load")
    page.axe()
    assert re.search(r"/canvas/\d+/innovation/$", page.url)
    canvas_url = page.url.removesuffix("innovation/")

    # 1. The innovation, saved in place.
    page.evaluate("window.notReloaded = true")
    page.get_by_label("What it is").fill(
        "Residents buy shares in a co-op that puts solar panels on public roofs."
    )
    page.get_by_label("Where it worked").fill("Awel Aman Tawe, Swansea Valley, from 2014.")
    page.get_by_label("The problem it solved there").fill(
        "Rising energy costs and no local stake in renewable generation."
    )
    page.get_by_label("Monitored").check()
    save(page)
    saved(page)
    assert page.evaluate("window.notReloaded === true")
    assert "Done" in page.locator("#step-state").inner_text()
    page.axe()

    # 2. Our context.
    page.goto(canvas_url + "context/")
    page.axe()
    assert "Accelerating Decarbonisation" in page.locator("main").inner_text()
    page.get_by_label("The problem here").fill("School energy bills rose 40% in two years.")
    page.get_by_label("Who is affected").fill("Say, 12 primary schools and 3,000 pupils.")
    save(page)
    saved(page)

    # 3. Fit: the proposal follows the scores as they change.
    page.goto(canvas_url + "fit/")
    page.axe()
    assert "No proposal yet" in page.locator("#proposal").inner_text()
    for attribute in ATTRIBUTES:
        score(page, attribute, 4)
    proposal_is(page, "Adopt as it is")
    assert not page.locator("#proposal-brief").is_visible()  # the card is beside the scores
    page.axe()
    score(page, "Local readiness", 1)
    proposal_is(page, "Leave")
    assert (
        "local readiness is 1 or less: we cannot take it on now: yes"
        in page.locator("#proposal").inner_text()
    )
    score(page, "Local readiness", 3)
    score(page, "Compatibility", 3)
    proposal_is(page, "Adapt")
    score(page, "Evidence strength", 1)
    proposal_is(page, "Leave")
    page.get_by_label("Evidence strength: why this score").fill("Only the co-op's own reports.")
    save(page)
    saved(page)
    assert "The tool now proposes: Leave." in page.locator("#save-status").inner_text()

    # 4. Core and changeable parts.
    page.goto(canvas_url + "core/")
    page.axe()
    page.get_by_label("A part we must keep").fill("Residents own shares and vote")
    page.get_by_role("button", name="Add this core part").click()
    page.wait_for_selector("#parts-core li")
    page.get_by_role("button", name="Add this change").click()  # no plan: refused, named
    page.wait_for_selector("#parts-change .govuk-error-summary")
    assert "A part we will change: enter the part." in page.locator("#parts-change").inner_text()
    page.axe()
    changes = page.locator("#parts-change form").last
    changes.get_by_label("A part we will change").fill("Site")
    changes.get_by_label("What we will change").fill("School roofs instead of wind turbines")
    changes.get_by_label("Why we will change it").fill("No suitable wind site in the borough")
    changes.get_by_label("None").check()
    changes.get_by_role("button", name="Add this change").click()
    page.wait_for_selector("#parts-change li")
    page.axe()

    # 5. The decision: the tool proposes leave; she adapts, and says why.
    page.goto(canvas_url + "decision/")
    page.axe()
    assert "Leave" in page.locator("#proposal-decision").inner_text()
    leave = page.locator(".govuk-radios__item", has=page.get_by_label("Leave", exact=False))
    assert "Proposed by the tool" in leave.first.inner_text()
    page.get_by_label("Adapt", exact=True).check()
    page.get_by_label("Why").fill(
        "The evidence is thin, so we test small first: one school roof, a share offer of four weeks."
    )
    page.get_by_label("We would reconsider if…").fill("fewer than 40 residents buy shares")
    save(page)
    saved(page)
    assert "you decided otherwise" in page.locator("#decision-recorded").inner_text()
    page.axe()

    # 6. A first small test.
    page.goto(canvas_url + "test/")
    page.axe()
    page.get_by_label("What we will test").fill(
        "A share offer for solar on one primary school roof."
    )
    page.get_by_label("Where, and with whom").fill("Ysgol Gynradd Bedwas, with its governors.")
    page.get_by_label("Day").fill("1")
    page.get_by_label("Month").fill("2")
    page.get_by_label("Year").fill("2027")
    page.get_by_label("How many weeks it will run").fill("4")
    page.get_by_label("What we predict will happen, and why").fill("Eighty residents buy shares.")
    page.get_by_label("Outcome measure: how we will know it worked").fill("Pounds raised, weekly.")
    save(page)
    saved(page)

    # Reload: the decision and the reasons are kept, both sides recorded.
    page.goto(canvas_url + "decision/")
    page.reload()
    page.axe()
    assert page.get_by_label("Adapt", exact=True).is_checked()
    assert "test small first" in page.get_by_label("Why").input_value()
    assert "The tool proposed “Leave”" in page.locator("#decision-recorded").inner_text()

    # The canvas page: six of six, and the PDF.
    page.goto(canvas_url)
    page.axe()
    assert "6 of 6 steps done" in page.locator("main").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download this canvas (PDF)").click()
    with open(download.value.path(), "rb") as handle:
        reader = pypdf.PdfReader(io.BytesIO(handle.read()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for phrase in [
        "Community energy co-operative",
        "Awel Aman Tawe",
        "Residents own shares and vote",
        "School roofs instead of wind turbines",
        "The evidence is thin, so we test small first",
        "against the tool's proposal",
        "Ysgol Gynradd Bedwas",
        "1 February 2027",
    ]:
        assert phrase in text, phrase

    # The matching activities are ticked, in her weeks and in the database.
    ticked = set(
        Completion.objects.filter(
            enrolment=enrolment, activity__kind=ActivityKind.TOOL
        ).values_list("activity__tool_step", flat=True)
    )
    assert ticked == {"innovation", "context", "fit", "core", "decision", "test"}
    page.goto(f"/dashboard/labs/{enrolment.pk}/weeks/5/")
    page.axe()
    for title in [
        "Canvas step 5: adopt, adapt or leave",
        "Canvas step 6: plan your first PDSA test",
    ]:
        card = page.locator(".infuse-card", has=page.get_by_role("heading", name=title))
        assert "Done" in card.inner_text(), title


def test_the_canvas_works_on_a_phone(page, demo):
    enrolment = Enrolment.objects.get(user__email=CAERPHILLY, cohort__lab__code="adaption")
    page.set_viewport_size({"width": 375, "height": 800})
    sign_in(page, CAERPHILLY, DEMO_PASSWORD)
    page.axe()
    page.goto(f"/dashboard/labs/{enrolment.pk}/canvas/")
    page.axe()
    page.get_by_label("Name of the innovation").fill("School streets")
    page.get_by_role("button", name="Start the canvas").click()
    page.wait_for_load_state("load")
    page.axe()
    page.goto(page.url.removesuffix("innovation/") + "fit/")
    page.axe()
    # The proposal card comes after all seven scores; one line of it stays at the foot of the
    # screen while she scores, and follows each change.
    brief = page.locator("#proposal-brief")
    assert "No proposal yet: 0 of 7 scored." in brief.inner_text()
    for attribute in ATTRIBUTES:
        score(page, attribute, 5)
    proposal_is(page, "Adopt as it is")
    brief_is(page, "Adopt as it is")
    score(page, "Compatibility", 1)
    brief_is(page, "Leave")
    page.axe()
    fieldset = page.locator("fieldset", has=page.get_by_role("heading", name="Compatibility"))
    fieldset.scroll_into_view_if_needed()
    in_view(page, brief)
    card = page.locator("#proposal").bounding_box()
    assert card["y"] > 800 * 4, "the card is far below: the line is what she sees"
    assert page.locator("#proposal-brief").count() == 1
    # Announced once (each note's character count has its own live region, which speaks only
    # while typing in that note).
    live = ":not(.govuk-character-count__sr-status)"
    assert page.locator(f"[role=status]{live}, [aria-live]{live}").count() == 1
    score(page, "Compatibility", 3)
    brief_is(page, "Adapt")
    in_view(page, brief)
    page.locator("#proposal-brief").get_by_role("link", name=re.compile("^See why")).click()
    page.wait_for_function(
        "() => Math.abs(document.querySelector('#proposal-heading').getBoundingClientRect().top) < 100"
    )
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    page.goto(f"/dashboard/labs/{enrolment.pk}/canvas/")
    page.get_by_label("Name of the innovation").fill("Community energy co-operative")
    page.get_by_role("button", name="Start the canvas").click()
    page.wait_for_load_state("load")
    page.axe()
    page.goto(f"/dashboard/labs/{enrolment.pk}/canvas/compare/")
    page.axe()  # the wide table scrolls inside its own focusable region
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert page.get_by_role("region", name="Fit scores of 2 canvases").is_visible()


LONG_NAME = "Gwasanaethcymunedolarbrofiontrafnidiaethgynaliadwyarholltirdeddaucaerffili"


def test_a_long_unbroken_canvas_name_wraps_on_a_phone(page, demo):
    """A name typed as one long word breaks in the heading, the step's caption, the lists and
    the compare table's wrap: no page of the canvas scrolls sideways."""
    enrolment = Enrolment.objects.get(user__email=CAERPHILLY, cohort__lab__code="adaption")
    page.set_viewport_size({"width": 375, "height": 800})
    sign_in(page, CAERPHILLY, DEMO_PASSWORD)
    page.axe()
    tool = f"/dashboard/labs/{enrolment.pk}/canvas/"
    page.goto(tool)
    page.axe()
    page.get_by_label("Name of the innovation").fill(LONG_NAME)
    page.get_by_role("button", name="Start the canvas").click()
    page.wait_for_load_state("load")
    canvas = page.url.removesuffix("innovation/")
    for url in [canvas + "innovation/", canvas, canvas + "test/", canvas + "remove/", tool]:
        page.goto(url)
        page.axe()
        assert LONG_NAME in page.locator("main").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url
    page.goto(canvas)
    heading = page.locator("h1").bounding_box()
    assert heading["x"] >= 0 and heading["x"] + heading["width"] <= 375
    page.goto(tool + "compare/")
    page.axe()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
