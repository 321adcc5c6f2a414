"""The Social value planner in a real browser: a Torfaen officer plans a contract, sees its
social value worked out, is told when the weighting does not total 100, enters three bids and
sees the ranking, reloads and finds it all saved, and downloads the PDF, whose text holds the
figures the page showed. axe checks every page and every state."""

import io
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from cohorts.demo import DEMO_PASSWORD, demo_load
from cohorts.models import Enrolment
from labs.procurement import proxy_values
from tests.e2e.conftest import sign_in

TORFAEN = "participant.torfaen@demo.infuse.test"
BIDS = [
    # bidder, price, quality, befriending hours, local jobs (FTE years)
    ("Cwmbran Care", "380,000", "70", "500", ""),
    ("Gwent Partners", "420000", "75", "1000", "1"),
    ("Valleys Befriending CIC", "£460,000", "72", "3000", "3"),
]


@pytest.fixture
def demo(db):
    proxy_values.ensure()  # a transactional test before this one may have flushed them
    demo_load(today=timezone.localdate())


def open_goal(section, goal: str) -> None:
    details = section.locator("details", has_text=goal)
    if details.get_attribute("open") is None:
        details.locator("summary").click()


def next_step(page, ending: str) -> None:
    """Go on by the step page's "Next step" link (a new page)."""
    page.locator("a[rel=next]").click()
    page.wait_for_url(re.compile(re.escape(ending) + "$"))
    page.axe()
    page.evaluate("window.notReloaded = true")  # each step then saves in place


def test_a_participant_plans_social_value_scores_three_bids_and_downloads_the_pdf(page, demo):
    sign_in(page, TORFAEN, DEMO_PASSWORD)
    page.axe()
    page.get_by_role("link", name="Procurement Lab", exact=True).first.click()
    page.wait_for_load_state("load")
    page.axe()
    page.goto(page.url + "weeks/1/")
    page.axe()
    page.get_by_role("link", name="Open Social value planner").first.click()
    page.wait_for_load_state("load")
    page.axe()
    assert page.locator("h1").inner_text() == "Social value planner"

    # 1. The contract starts the plan.
    page.get_by_label("Contract title").fill("Community warm spaces and befriending service")
    page.get_by_label("Services").check()
    page.get_by_label("Estimated value").fill("400,000")
    page.get_by_label("Duration").fill("36")
    page.get_by_role("button", name="Start the plan").click()
    # On to the outcomes step's own page, as the message says.
    page.wait_for_url(re.compile(r"/social-value/\d+/outcomes/$"))
    plan_url = page.url.removesuffix("outcomes/")
    page.axe()
    assert page.locator("h1").inner_text() == "Community warm spaces and befriending service"
    expect(page.get_by_text("Next, add its outcomes.")).to_be_visible()
    page.evaluate("window.notReloaded = true")

    # 2. Outcomes, grouped by well-being goal: the social value is worked out in place.
    outcomes = page.locator("#step-outcomes")
    open_goal(outcomes, "A healthier Wales")
    outcomes.get_by_label("Hours of befriending or well-being support").fill("2,000")
    open_goal(outcomes, "A prosperous Wales")
    outcomes.get_by_label("Local people employed on the contract").fill("2")
    open_goal(outcomes, "A globally responsible Wales")
    outcomes.get_by_label("Carbon emissions avoided").fill("40")
    assert "illustrative" in outcomes.locator("#proxy-values-note").inner_text()
    outcomes.get_by_role("button", name="Save the outcomes").click()
    page.wait_for_selector("#social-value-total")
    total = page.locator("#social-value-total").inner_text()
    share = page.locator("#social-value-share").inner_text()
    assert (total, share) == ("£110,000", "27.5%")  # 2,000 × £20 + 2 × £30,000 + 40 × £250
    page.axe()
    assert page.evaluate("window.notReloaded === true")  # saved in place
    next_step(page, "weighting/")

    # 3. A weighting that does not total 100 is refused, saying so, keeping what was typed.
    weighting = page.locator("#step-weighting")
    weighting.get_by_label("Price").fill("40")
    weighting.get_by_label("Quality", exact=True).fill("30")
    weighting.get_by_label("Social value").fill("20")
    weighting.get_by_role("button", name="Save the weighting").click()
    page.wait_for_selector("#step-weighting .govuk-error-summary")
    assert "add up to 90%. They must total 100%" in page.locator("#step-weighting").inner_text()
    assert page.locator("#id_weighting-price").input_value() == "40"
    page.axe()
    page.locator("#id_weighting-price").fill("50")
    page.locator("#step-weighting").get_by_role("button", name="Save the weighting").click()
    page.wait_for_selector("#step-weighting .govuk-tag--green")
    assert page.locator("#step-weighting .govuk-error-summary").count() == 0
    assert page.evaluate("window.notReloaded === true")
    next_step(page, "bids/")

    # 4. Three bids, scored with the weighting.
    bids = page.locator("#step-bids")
    for n, (bidder, price, quality, hours, jobs) in enumerate(BIDS):
        slot = bids.locator("fieldset").nth(n)
        slot.get_by_label("Bidder’s name").fill(bidder)
        slot.get_by_label("Price").fill(price)
        slot.get_by_label("Quality score").fill(quality)
        slot.get_by_label("Hours of befriending").fill(hours)
        slot.get_by_label("Local people employed").fill(jobs)
    bids.get_by_role("button", name="Save the bids and score them").click()
    page.wait_for_selector("#ranking-table")
    verdict = page.locator("#ranking-verdict").inner_text()
    assert "Valleys Befriending CIC wins with 82.90 points." in verdict
    assert "Social value changed the winner" in verdict and "Cwmbran Care would have won" in verdict
    ranking = page.locator("#ranking-table tbody tr")
    assert [ranking.nth(i).locator("th").inner_text() for i in range(3)] == [
        "Valleys Befriending CIC",
        "Gwent Partners",
        "Cwmbran Care",
    ]
    totals = [ranking.nth(i).locator("td").nth(4).inner_text() for i in range(3)]
    assert totals == ["82.90", "74.41", "72.33"]
    assert page.evaluate("window.notReloaded === true")  # every step saved in place
    steps = page.locator("#plan-steps").inner_text()
    assert steps.count("Completed") == 4
    page.axe()

    # 5. Reloaded, it is all still there, each step on its page.
    page.reload()
    page.axe()
    assert page.locator("#id_bids-bid3-bidder").input_value() == "Valleys Befriending CIC"
    assert page.locator("#id_bids-bid3-price").input_value() == "460,000"
    assert [ranking.nth(i).locator("td").nth(4).inner_text() for i in range(3)] == totals
    page.goto(plan_url + "weighting/")
    page.axe()
    assert page.locator("#id_weighting-price").input_value() == "50"

    # The plan's own page is its overview: the steps done, the figures, no step's form.
    page.get_by_role("link", name="Overview of this plan").click()
    page.wait_for_url(plan_url)
    page.axe()
    assert page.locator("#social-value-total").inner_text() == total
    assert page.locator("#plan-steps").inner_text().count("Completed") == 4
    assert [ranking.nth(i).locator("td").nth(4).inner_text() for i in range(3)] == totals
    expect(page.locator("section[id^=step-]")).to_have_count(0)

    # 6. The PDF holds the figures the page shows.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download this plan as a PDF").click()
    reader = PdfReader(io.BytesIO(open(download.value.path(), "rb").read()))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    for figure in [total, share, "£400,000", *totals, "£150,000", "Valleys Befriending CIC"]:
        assert figure in text, figure
    assert "Social value changed the winner" in text

    # 7. The Lab's tool activities are ticked; on a phone the page does not scroll sideways.
    page.goto(plan_url.split("social-value/")[0] + "weeks/5/")
    page.axe()
    tools = page.locator("li.infuse-card", has_text="Social value planner")
    assert tools.count() == 2 and all(
        "Done" in tools.nth(i).inner_text() for i in range(tools.count())
    )
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(plan_url + "outcomes/")
    page.axe()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # Every goal open: each one's visually hidden legend (the longest is "A Wales of vibrant
    # culture and thriving Welsh language") stays inside the page.
    outcomes = page.locator("#step-outcomes")
    closed = outcomes.locator("details:not([open]) summary")
    while closed.count():
        closed.first.click()
    page.axe()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # The indicative social value table fits a phone: £ per line and the total in view.
    wrap = page.locator("#plan-result .infuse-table-wrap")
    wrap.scroll_into_view_if_needed()
    widths = wrap.evaluate("w => [w.scrollWidth, w.clientWidth]")
    assert widths[0] <= widths[1], widths
    for cell in wrap.locator("tr td:last-child").all():
        box = cell.bounding_box()
        assert box["x"] + box["width"] <= 375, box


LONG_TITLE = "Gwasanaethauymgynghoricyfergwasanaethaucymdeithasolargyferoedolionhyn"


def test_a_long_unbroken_plan_title_wraps_on_a_phone(page, demo):
    """A title typed as one long word breaks in the plan's heading, the list of plans and the
    delete page: none scrolls sideways on a phone."""
    page.set_viewport_size({"width": 375, "height": 800})
    sign_in(page, TORFAEN, DEMO_PASSWORD)
    page.axe()
    enrolment = Enrolment.objects.get(user__email=TORFAEN, cohort__lab__code="procurement")
    planner = f"/dashboard/labs/{enrolment.pk}/social-value/"
    page.goto(planner)
    page.axe()
    page.get_by_label("Contract title").fill(LONG_TITLE)
    page.get_by_label("Services").check()
    page.get_by_label("Estimated value").fill("400,000")
    page.get_by_label("Duration").fill("36")
    page.get_by_role("button", name="Start the plan").click()
    page.wait_for_url(re.compile(r"/social-value/\d+/outcomes/$"))
    page.axe()
    plan_url = page.url.removesuffix("outcomes/")
    for url in [plan_url, plan_url + "delete/", planner]:
        page.goto(url)
        page.axe()
        assert LONG_TITLE in page.locator("main").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url
