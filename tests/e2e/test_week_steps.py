"""Issue 23 in a real browser: "Continue where you left off" lands where the rule says; focus
after every htmx save is on the expected element, never <body>; a keyboard-only participant
adds a data item and lands in the new form; a character count counts; axe passes on the step
pages at 1,280 and 375 px in English and Welsh; the Data tool and the planner do not scroll
sideways at 375 px and the ranking table is read as stacked rows there."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from cohorts.demo import DEMO_PASSWORD, demo_load
from cohorts.learning import selectors as learning_selectors
from cohorts.models import Enrolment
from labs.adaption.models import Canvas
from labs.data.models import DataQuestion
from labs.procurement.models import Bid, Plan
from tests.e2e.conftest import sign_in

CARDIFF = "participant.cardiff@demo.infuse.test"  # Data Lab, week 3
CAERPHILLY = "participant.caerphilly@demo.infuse.test"  # Adaption Lab, week 5
TORFAEN = "participant.torfaen@demo.infuse.test"  # Procurement Lab, week 5

ACTIVE = "document.activeElement"


@pytest.fixture
def demo(db):
    demo_load(today=timezone.localdate())


def running(email: str, lab: str) -> Enrolment:
    return (
        Enrolment.objects.filter(
            user__email=email, cohort__lab__code=lab, status__in=["invited", "active"]
        )
        .order_by("-cohort__start_date")
        .first()
    )


def focused(page) -> dict:
    return page.evaluate(
        f"""() => {{ const e = {ACTIVE}; return {{tag: e.tagName, id: e.id,
        text: (e.innerText || '').trim().slice(0, 80), cls: e.className || '',
        inForm: e.closest('form') ? (e.closest('form').getAttribute('action') || '') : ''}}; }}"""
    )


def focus_on(page, condition: str) -> None:
    """Wait until focus is on an element (never <body>) for which `condition` (JavaScript,
    with the element as `e`) holds; fail naming where focus is instead."""
    try:
        page.wait_for_function(
            f"() => {{ const e = {ACTIVE}; return !!e && e !== document.body && ({condition}); }}",
            timeout=5000,
        )
    except Exception:
        raise AssertionError(f"focus is on {focused(page)}") from None


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


# --- Continue where you left off ----------------------------------------------------------------


def test_continue_where_you_left_off_lands_on_the_step_the_rule_names(page, demo):
    enrolment = running(CARDIFF, "data")
    overview = learning_selectors.lab_overview_for(
        user=enrolment.user, pk=enrolment.pk, today=timezone.localdate()
    )
    target = overview.continue_at
    assert target.week and target.activity  # the demo's Cardiff participant has work open
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    card = page.locator(".infuse-card", has_text="Data Lab: Supportive Communities")
    card.get_by_role("button", name=re.compile("Continue where you left off")).click()
    page.wait_for_load_state("load")
    page.axe()
    week_url = reverse("lab_week", args=[enrolment.pk, target.week])
    assert page.url.endswith(f"{week_url}#activity-{target.activity.pk}")
    box = page.locator(f"#activity-{target.activity.pk}").bounding_box()
    assert -5 <= box["y"] < 900  # scrolled to it: the step is in view
    # "Still to do" on the dashboard links to each activity too.
    page.go_back()
    page.wait_for_load_state("load")
    page.axe()
    first_left = card.locator("ul.govuk-list--bullet a").first
    href = first_left.get_attribute("href")
    assert re.search(r"/weeks/\d+/#activity-\d+$", href)


# --- Focus after htmx saves ---------------------------------------------------------------------


def test_focus_after_saving_a_reflection_and_ticking_a_box(page, demo):
    enrolment = running(CARDIFF, "data")
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    page.goto(reverse("lab_week", args=[enrolment.pk, 3]))
    page.axe()
    form = page.locator("form", has=page.locator("textarea")).first
    item = page.locator("li.infuse-card", has=form)
    item_id = item.get_attribute("id")
    # The character count counts as one types.
    form.locator("textarea").fill("")
    form.locator("textarea").press_sequentially("Twelve chars")
    expect(item.locator(".govuk-character-count__status")).to_contain_text(
        "You have 4,988 characters remaining"
    )
    page.evaluate(f"{ACTIVE}.blur()")
    form.locator("textarea").fill("Residents would expect to be told first.")
    form.get_by_role("button").press("Enter")
    page.get_by_text("Last saved").first.wait_for()
    focus_on(page, f"e.tagName === 'H3' && e.closest('li').id === '{item_id}'")
    page.axe()
    # The count is set up again in what htmx swapped in.
    swapped = page.locator(f"#{item_id} textarea")
    swapped.press("End")
    swapped.press_sequentially("!")
    expect(page.locator(f"#{item_id} .govuk-character-count__status")).to_contain_text(
        "You have 4,959 characters remaining"
    )
    # An empty reflection: focus on the error summary.
    page.locator(f"#{item_id} textarea").fill("")
    page.locator(f"#{item_id} form").get_by_role("button").press("Enter")
    page.locator(f"#{item_id} .govuk-error-summary").wait_for()
    focus_on(page, "e.classList.contains('govuk-error-summary')")
    # Ticking a box keeps focus on the box.
    box = page.locator("input[type=checkbox][name=done]:not(:checked)").first
    box_id = box.get_attribute("id")
    box.focus()
    page.keyboard.press("Space")
    page.wait_for_function(f"() => document.getElementById('{box_id}').checked")
    focus_on(page, f"e.id === '{box_id}'")
    page.axe()


def test_a_keyboard_only_participant_adds_a_data_item_and_lands_in_the_new_form(page, demo):
    enrolment = running(CARDIFF, "data")
    question = DataQuestion.objects.create(
        enrolment=enrolment,
        question="How many people aged 75 and over used each warm space each week last winter?",
    )
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    page.goto(reverse("data_question_step", args=[enrolment.pk, question.pk, "data"]))
    page.axe()
    # No mouse: focus moves by Tab and keys alone from the first field of the add form.
    page.get_by_label("Data item").focus()
    page.keyboard.type("Visits per warm space per week")
    add_form = page.locator("form", has=page.get_by_role("heading", name="Add a data item"))
    add_form.locator("fieldset", has_text="Type").get_by_label("Numbers", exact=True).focus()
    page.keyboard.press("Space")
    add_form.get_by_label("Our own service").focus()
    page.keyboard.press("Space")
    add_form.get_by_label("Not personal data", exact=True).focus()
    page.keyboard.press("Space")
    add_form.get_by_role("button", name="Add this item").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#step-data")).to_contain_text("1 data item")
    focus_on(page, "e.tagName === 'H3' && e.innerText.trim() === 'Add a data item'")
    page.keyboard.press("Tab")
    now = focused(page)
    assert now["tag"] == "INPUT" and now["inForm"].endswith("/items/"), now
    assert page.evaluate(f"{ACTIVE}.closest('form').querySelector('h3').innerText") == (
        "Add a data item"
    )
    page.axe()
    # An item added with errors: focus on the error summary.
    add_form = page.locator("form", has=page.get_by_role("heading", name="Add a data item"))
    add_form.get_by_role("button", name="Add this item").focus()
    page.keyboard.press("Enter")
    focus_on(page, "e.classList.contains('govuk-error-summary')")
    page.axe()
    # "Change" an item: focus on its form.
    page.get_by_role("link", name=re.compile("Change")).first.focus()
    page.keyboard.press("Enter")
    focus_on(page, "e.tagName === 'H4' && e.innerText.startsWith('Change')")
    page.axe()


def test_focus_after_the_canvas_save_and_adding_a_core_part(page, demo):
    enrolment = running(CAERPHILLY, "adaption")
    canvas = Canvas.objects.create(enrolment=enrolment, name="School streets")
    sign_in(page, CAERPHILLY, DEMO_PASSWORD)
    page.axe()
    page.goto(reverse("adaption_step", args=[enrolment.pk, canvas.pk, "innovation"]))
    page.axe()
    page.get_by_label("What it is").fill("Roads outside schools close at drop-off.")
    page.get_by_role("button", name=re.compile("^Save")).click()
    focus_on(page, "e.tagName === 'P' && e.innerText.startsWith('Saved at')")
    page.axe()

    page.goto(reverse("adaption_step", args=[enrolment.pk, canvas.pk, "core"]))
    page.axe()
    core = page.locator("#parts-core")
    core.get_by_label("A part we must keep").fill("Closure at school times")
    core.get_by_role("button", name="Add this core part").click()
    expect(page.locator("#parts-core")).to_contain_text("Core part 1")
    focus_on(page, "e.tagName === 'H3' && e.innerText.trim() === 'Add a part we must keep'")
    page.axe()


def _plan(enrolment) -> Plan:
    plan = Plan.objects.create(
        enrolment=enrolment,
        title="Day opportunities for adults",
        kind="services",
        value=Decimal("1200000"),
        duration_months=36,
        price_weight=50,
        quality_weight=40,
        social_value_weight=10,
    )
    for position, (bidder, price, quality) in enumerate(
        [
            ("Cwmni Cymunedol Cyf", "465000", "72"),
            ("Valleys Care Partnership", "512500", "81"),
            ("Gofal Gwent", "498000", "64"),
        ],
        start=1,
    ):
        Bid.objects.create(
            plan=plan, position=position, bidder=bidder, price=Decimal(price), quality=quality
        )
    return plan


def test_focus_after_saving_the_weighting(page, demo):
    enrolment = running(TORFAEN, "procurement")
    plan = _plan(enrolment)
    sign_in(page, TORFAEN, DEMO_PASSWORD)
    page.axe()
    page.goto(reverse("procurement_plan_weighting", args=[enrolment.pk, plan.pk]))
    page.axe()
    weighting = page.locator("#step-weighting")
    weighting.get_by_label("Price").fill("60")
    weighting.get_by_label("Quality").fill("30")
    weighting.get_by_role("button", name="Save the weighting").click()
    focus_on(page, "e.id === 'step-weighting-heading'")
    page.axe()


def test_a_welsh_character_count_writes_its_numbers_with_a_comma(page, demo):
    """Numbers are written one way (1,000) in Welsh too: GOV.UK Frontend's live count would
    format them for Welsh, without a thousands separator ("1000")."""
    enrolment = running(CARDIFF, "data")
    question = DataQuestion.objects.create(
        enrolment=enrolment, question="Which wards had the fewest warm space visits last winter?"
    )
    sign_in(page, CARDIFF, DEMO_PASSWORD)
    page.axe()
    page.get_by_role("button", name="Cymraeg").click()
    page.wait_for_load_state("load")
    page.axe()
    page.goto(reverse("data_question_step", args=[enrolment.pk, question.pk, "question"]))
    page.axe()
    assert page.locator("html").get_attribute("lang") == "cy"
    decision = page.locator(".govuk-character-count", has=page.locator("#id_question-decision"))
    status = decision.locator(".govuk-character-count__status")
    expect(status).to_have_text("Mae gennych 1,000 nod ar ôl")
    page.locator("#id_question-decision").press_sequentially("Dau")
    expect(status).to_have_text("Mae gennych 997 nod ar ôl")
    page.locator("#id_question-decision").fill("x" * 1002)
    expect(status).to_have_text("Mae gennych 2 nod yn ormod")
    # Set up again in what htmx swaps in: a save with errors comes back with its count.
    page.locator("#id_question-question").fill("")
    page.get_by_role("button", name="Cadw cam 1").click()
    page.locator("#step-question .govuk-error-summary").wait_for()
    expect(
        page.locator(
            "#step-question .govuk-character-count", has=page.locator("#id_question-decision")
        ).locator(".govuk-character-count__status")
    ).to_have_text("Mae gennych 2 nod yn ormod")
    # English pages are as they were.
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state("load")
    page.axe()
    expect(
        page.locator(".govuk-character-count", has=page.locator("#id_question-question")).locator(
            ".govuk-character-count__status"
        )
    ).to_contain_text("characters remaining")


# --- axe on the step pages, 1,280 and 375 px, English and Welsh; nothing scrolls sideways ------


def _step_pages(who: str) -> tuple[str, list[str]]:
    if who == "data":
        enrolment = running(CARDIFF, "data")
        question = DataQuestion.objects.create(
            enrolment=enrolment,
            question="Which wards had the fewest warm space visits last winter?",
        )
        return CARDIFF, [
            reverse("dashboard"),
            reverse("lab_week", args=[enrolment.pk, 3]),
            reverse("data_tool", args=[enrolment.pk]),
            reverse("data_question", args=[enrolment.pk, question.pk]),
            *(
                reverse("data_question_step", args=[enrolment.pk, question.pk, step])
                for step in ("question", "kind", "data", "ethics", "quality")
            ),
        ]
    if who == "adaption":
        enrolment = running(CAERPHILLY, "adaption")
        canvas = Canvas.objects.create(enrolment=enrolment, name="School streets")
        return CAERPHILLY, [
            reverse("lab_week", args=[enrolment.pk, 5]),
            reverse("adaption_canvas", args=[enrolment.pk, canvas.pk]),
            *(
                reverse("adaption_step", args=[enrolment.pk, canvas.pk, step])
                for step in ("fit", "core")
            ),
        ]
    enrolment = running(TORFAEN, "procurement")
    plan = _plan(enrolment)
    return TORFAEN, [
        reverse("lab_week", args=[enrolment.pk, 5]),
        reverse("procurement_planner", args=[enrolment.pk]),
        reverse("procurement_plan", args=[enrolment.pk, plan.pk]),
        *(
            reverse(f"procurement_plan_{step}", args=[enrolment.pk, plan.pk])
            for step in ("contract", "outcomes", "weighting", "bids")
        ),
    ]


@pytest.mark.parametrize("who", ["data", "adaption", "procurement"])
@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("width", [1280, 375])
def test_step_pages_pass_axe_and_fit(page, demo, width, language, who):
    email, urls = _step_pages(who)
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, email, DEMO_PASSWORD)
    page.axe()
    if language == "cy":
        page.get_by_role("button", name="Cymraeg").click()
        page.wait_for_load_state("load")
        page.axe()
    for url in urls:
        page.goto(url)
        page.axe()
        assert page.locator("html").get_attribute("lang") == language
        assert no_sideways_scroll(page), url


def test_the_ranking_table_reads_as_stacked_rows_on_a_phone(page, demo):
    enrolment = running(TORFAEN, "procurement")
    plan = _plan(enrolment)
    page.set_viewport_size({"width": 375, "height": 800})
    sign_in(page, TORFAEN, DEMO_PASSWORD)
    page.axe()
    page.goto(reverse("procurement_plan_bids", args=[enrolment.pk, plan.pk]))
    page.axe()
    table = page.locator("#ranking-table")
    table.scroll_into_view_if_needed()
    assert no_sideways_scroll(page)
    wrap = page.locator(".infuse-table-wrap", has=table)
    assert wrap.evaluate("w => w.scrollWidth <= w.clientWidth")
    caption = table.locator("caption").bounding_box()
    assert caption["x"] >= 0 and caption["x"] + caption["width"] <= 375, caption
    for cell in table.locator("td, th[scope=row]").all():
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
    # Every total is in view with its label, and no price breaks inside its number.
    totals = table.locator("td[data-label='Total (of 100)']")
    assert totals.count() == 3
    for price in table.locator(".procurement-figure").all():
        assert price.evaluate("e => e.getClientRects().length") == 1
    label = totals.first.evaluate("e => getComputedStyle(e, '::before').content")
    assert "Total" in label


# --- Certificates: a form to type a code, a bilingual 404 ------------------------------------


def test_someone_types_a_certificate_code_and_an_unknown_one_is_said_so_in_two_languages(
    page, live_server, db
):
    page.goto("/certificates/")
    page.axe()
    page.get_by_label("Verification code").fill("inf-zzzz-zzzz")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Check the certificate").click()
    assert navigation.value.status == 404
    page.axe()
    main = page.locator("main").inner_text()
    assert "No certificate has this code" in main and "Nid oes tystysgrif â’r cod hwn" in main
    assert "INF-ZZZZ-ZZZZ" in main
    assert page.locator("[lang=cy]").count() >= 1


def test_a_polling_swap_never_takes_focus(page, demo):
    """The focus rule acts on swaps a person caused: a report line polling every 2 seconds
    while its file is built leaves focus (and the page's scroll) where they are."""
    from cohorts.models import ReportExport
    from councils.models import User

    funder = User.objects.get(email="funder@demo.infuse.test")
    export = ReportExport.objects.create(requested_by=funder, format="pdf", filters={})
    sign_in(page, "funder@demo.infuse.test", DEMO_PASSWORD)
    page.axe()
    page.goto(reverse("report_export", args=[export.pk]))
    page.axe()
    with page.expect_response(lambda r: r.url.endswith(f"/reports/downloads/{export.pk}/")):
        pass  # the first poll, two seconds in
    page.wait_for_timeout(300)
    assert page.evaluate("document.activeElement === document.body"), focused(page)
