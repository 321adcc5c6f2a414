"""The Social value planner's pages: each step saves with htmx and without JavaScript, refuses
what breaks a rule without losing what was typed, and ticks the Lab's tool activities."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from cohorts.models import Completion
from cohorts.services import enrolment_create
from labs.models import Activity, ActivityKind
from labs.procurement.models import Plan

HTMX = {"HTTP_HX_REQUEST": "true"}


def plan_url(plan, name="procurement_plan"):
    return reverse(name, args=[plan.enrolment_id, plan.pk])


def ticked(enrolment) -> set[str]:
    return set(
        Completion.objects.filter(
            enrolment=enrolment, activity__kind=ActivityKind.TOOL
        ).values_list("activity__tool_step", flat=True)
    )


def text(response) -> str:
    """The response's words, tags removed and spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


@pytest.fixture
def me(client, participant):
    client.force_login(participant)
    return client


CONTRACT = {
    "contract-title": "Community warm spaces and befriending service",
    "contract-kind": "services",
    "contract-value": "£400,000",
    "contract-duration_months": "36",
}


def test_the_tool_is_registered_with_the_curriculums_step_names(mine):
    from labs.registry import tool_for

    tool = tool_for("procurement")
    steps = set(
        Activity.objects.filter(
            module__lab__code="procurement", kind=ActivityKind.TOOL
        ).values_list("tool_step", flat=True)
    )
    assert (
        {step.name for step in tool.steps} == steps == {"contract", "outcomes", "weighting", "bids"}
    )
    assert reverse(tool.url_name, args=[mine.pk]).endswith("/social-value/")


def test_starting_a_plan_without_javascript_saves_the_contract_and_ticks_its_activity(me, mine):
    response = me.post(reverse("procurement_plan_create", args=[mine.pk]), CONTRACT)
    plan = Plan.objects.get(enrolment=mine)
    assert response.status_code == 302
    # On to the next step, as the message says: the outcomes step's own page.
    assert response["Location"] == plan_url(plan, "procurement_plan_outcomes")
    assert (plan.title, plan.kind, plan.value, plan.duration_months) == (
        "Community warm spaces and befriending service",
        "services",
        Decimal("400000.00"),
        36,
    )
    assert ticked(mine) == {"contract"}
    mine.refresh_from_db()
    assert mine.progress > 0

    page = me.get(response["Location"])
    assert page.status_code == 200
    assert "Your plan for “Community warm spaces and befriending service” is started" in text(page)
    assert 'name="outcomes-note"' in page.content.decode()
    contract = me.get(plan_url(plan, "procurement_plan_contract")).content.decode()
    assert 'value="400,000"' in contract


def test_starting_a_plan_with_htmx_redirects_the_browser_to_it(me, mine):
    response = me.post(reverse("procurement_plan_create", args=[mine.pk]), CONTRACT, **HTMX)
    assert response.status_code == 204
    plan = Plan.objects.get(enrolment=mine)
    assert response["HX-Redirect"] == plan_url(plan, "procurement_plan_outcomes")


def test_a_contract_with_errors_says_which_field_and_rule_and_keeps_what_was_typed(me, mine):
    data = {
        **CONTRACT,
        "contract-value": "about four hundred grand",
        "contract-duration_months": "",
    }
    response = me.post(reverse("procurement_plan_create", args=[mine.pk]), data, **HTMX)
    assert response.status_code == 200  # htmx 2 swaps only 2xx answers
    words = text(response)
    assert "Enter the estimated value as a number of pounds, for example 250,000" in words
    assert "Enter the duration in months, for example 36" in words
    html = response.content.decode()
    assert 'value="about four hundred grand"' in html
    assert 'value="Community warm spaces and befriending service"' in html
    assert "<html" not in html  # the partial only
    assert "HX-Request" in response["Vary"]
    assert not Plan.objects.exists()


def test_saving_the_contract_with_htmx_swaps_the_step_and_updates_the_title_out_of_band(
    me, full_plan
):
    data = {
        **CONTRACT,
        "contract-title": "Befriending for older people",
        "contract-value": "1,000,000",
    }
    response = me.post(plan_url(full_plan, "procurement_plan_contract"), data, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="step-contract"')
    assert '<span id="plan-title" hx-swap-oob="true">Befriending for older people</span>' in html
    # The indicative social value is not on the contract's page: the outcomes step's shows it.
    assert 'id="plan-result"' not in html
    assert "11.0%" in text(me.get(plan_url(full_plan, "procurement_plan_outcomes")))  # of £1m
    full_plan.refresh_from_db()
    assert full_plan.value == Decimal("1000000")


def test_a_weighting_that_does_not_total_100_is_refused_saying_so_and_nothing_is_lost(
    me, full_plan
):
    data = {
        "weighting-price": "40",
        "weighting-quality": "30",
        "weighting-social_value": "20",
        "weighting-note": "Quality matters most for vulnerable residents",
    }
    response = me.post(plan_url(full_plan, "procurement_plan_weighting"), data, **HTMX)
    assert response.status_code == 200
    words = text(response)
    assert "Price, quality and social value add up to 90%. They must total 100%" in words
    html = response.content.decode()
    for value in ("40", "30", "20", "Quality matters most for vulnerable residents"):
        assert f'value="{value}"' in html
    full_plan.refresh_from_db()
    assert (full_plan.price_weight, full_plan.quality_weight, full_plan.social_value_weight) == (
        50,
        30,
        20,
    )
    assert full_plan.measures.count() == 3 and full_plan.bids.count() == 3

    # Without JavaScript: the step's own page again (issue 23), the error in place, the step
    # list leading to the rest of the plan.
    page = me.post(plan_url(full_plan, "procurement_plan_weighting"), data)
    assert page.status_code == 200
    assert "add up to 90%" in text(page)
    assert 'id="plan-steps"' in page.content.decode()
    assert 'value="40"' in page.content.decode()


def test_a_weighting_that_totals_100_saves_and_reranks(me, full_plan):
    data = {"weighting-price": "70", "weighting-quality": "20", "weighting-social_value": "10"}
    response = me.post(plan_url(full_plan, "procurement_plan_weighting"), data, **HTMX)
    assert response.status_code == 200
    # The ranking is on the bids step's page, not the weighting's.
    assert 'id="plan-evaluation"' not in response.content.decode()
    assert "Cwmbran Care wins" in text(me.get(plan_url(full_plan, "procurement_plan_bids")))
    full_plan.refresh_from_db()
    assert (full_plan.price_weight, full_plan.quality_weight, full_plan.social_value_weight) == (
        70,
        20,
        10,
    )


def test_outcomes_are_valued_with_the_proxy_values_and_implausible_plans_are_warned_of(
    me, mine, make_plan
):
    plan = make_plan(mine, value="100000")
    data = {
        "outcomes-target-apprenticeship-weeks": "200",  # 200 × £300: over half of £100,000
        "outcomes-target-co2e-avoided": "0",
        "outcomes-note": "Jobs advertised through Torfaen's employment hub",
    }
    response = me.post(plan_url(plan, "procurement_plan_outcomes"), data, **HTMX)
    assert response.status_code == 200
    words = text(response)
    assert "£60,000" in words and "60.0% of the contract’s estimated value of £100,000" in words
    assert "more than half the contract’s estimated value" in words
    assert "None of your measures serves your cohort’s theme, Supportive Communities" in words
    assert "A target of 0 adds nothing" in words and "Carbon emissions avoided" in words
    # The bid form, on the bids step's page, follows the measures.
    assert "Your target: 200." in text(me.get(plan_url(plan, "procurement_plan_bids")))
    assert ticked(mine) == {"contract", "outcomes"}

    data["outcomes-target-befriending-hours"] = "500"
    data["outcomes-target-co2e-avoided"] = ""
    words = text(me.post(plan_url(plan, "procurement_plan_outcomes"), data, **HTMX))
    assert "None of your measures serves" not in words
    assert "A target of 0" not in words
    assert "£70,000" in words


def test_outcomes_need_at_least_one_target_and_a_bad_one_is_named(me, mine, make_plan):
    plan = make_plan(mine)
    response = me.post(plan_url(plan, "procurement_plan_outcomes"), {}, **HTMX)
    assert "Enter a target for at least one measure" in text(response)
    assert "the measures with a target are your plan’s outcomes" in text(response)
    response = me.post(
        plan_url(plan, "procurement_plan_outcomes"),
        {"outcomes-target-local-jobs": "-1", "outcomes-target-befriending-hours": "lots"},
        **HTMX,
    )
    words = text(response)
    assert "The target for “Local people employed on the contract” cannot be negative" in words
    assert "Enter the target for “Hours of befriending" in words
    assert 'value="lots"' in response.content.decode()
    assert not plan.measures.exists()


def test_three_bids_are_scored_ranked_and_the_change_of_winner_explained(me, mine, make_plan):
    plan = make_plan(
        mine,
        measures={"befriending-hours": "2000", "local-jobs": "2"},
        weighting=(50, 30, 20),
    )
    data = {
        "bids-bid1-bidder": "Cwmbran Care",
        "bids-bid1-price": "£380,000",
        "bids-bid1-quality": "70",
        "bids-bid1-commit-befriending-hours": "500",
        "bids-bid2-bidder": "Gwent Partners",
        "bids-bid2-price": "420000",
        "bids-bid2-quality": "75",
        "bids-bid2-commit-befriending-hours": "1000",
        "bids-bid2-commit-local-jobs": "1",
        "bids-bid3-bidder": "Valleys Befriending CIC",
        "bids-bid3-price": "460000",
        "bids-bid3-quality": "72",
        "bids-bid3-commit-befriending-hours": "3000",
        "bids-bid3-commit-local-jobs": "3",
    }
    response = me.post(plan_url(plan, "procurement_plan_bids"), data, **HTMX)
    assert response.status_code == 200
    words = text(response)
    assert "Valleys Befriending CIC wins with 82.90 points" in words
    assert "Social value changed the winner" in words
    assert "price 62.5% and quality 37.5%" in words and "Cwmbran Care would have won" in words
    assert "£150,000" in words  # Valleys' commitments: 3,000 h × £20 + 3 × £30,000
    ranking = words[words.index("Bids ranked with") :]
    assert ranking.index("Valleys") < ranking.index("Gwent") < ranking.index("Cwmbran")
    assert plan.bids.count() == 3
    assert ticked(mine) == {"contract", "outcomes", "weighting", "bids"}


def test_bids_need_two_complete_different_bids(me, mine, make_plan):
    plan = make_plan(mine, measures={"befriending-hours": "100"}, weighting=(50, 30, 20))
    url = plan_url(plan, "procurement_plan_bids")
    one = {"bids-bid1-bidder": "Only one", "bids-bid1-price": "100", "bids-bid1-quality": "50"}
    assert "Enter at least 2 bids to compare" in text(me.post(url, one, **HTMX))
    partial = {**one, "bids-bid2-bidder": "Second", "bids-bid2-quality": "101"}
    words = text(me.post(url, partial, **HTMX))
    assert "Bid 2: enter the price in pounds" in words
    assert "Bid 2: the quality score must be 100 or less" in words
    same = {
        **one,
        "bids-bid2-bidder": "only ONE",
        "bids-bid2-price": "90",
        "bids-bid2-quality": "50",
    }
    assert "Give each bid a different bidder’s name" in text(me.post(url, same, **HTMX))
    assert not plan.bids.exists()


@pytest.mark.parametrize(
    "second", ["A", "a", " A ", "Gwent  Partners", "gwent partners", "GwentPartners"]
)
def test_a_bidder_name_used_twice_is_refused_at_the_later_bid(me, mine, make_plan, second):
    plan = make_plan(mine, measures={"befriending-hours": "100"}, weighting=(50, 30, 20))
    first = "A" if second.strip().casefold() == "a" else "Gwent Partners"
    bids = {
        "bids-bid1-bidder": first,
        "bids-bid1-price": "100",
        "bids-bid1-quality": "50",
        "bids-bid2-bidder": "Cwmbran Care",
        "bids-bid2-price": "95",
        "bids-bid2-quality": "60",
        "bids-bid3-bidder": second,
        "bids-bid3-price": "90",
        "bids-bid3-quality": "55",
    }
    response = me.post(plan_url(plan, "procurement_plan_bids"), bids, **HTMX)
    words = text(response)
    message = (
        "Bid 3: the bidder’s name is the same as bid 1’s. Give each bid a different bidder’s "
        "name, so the ranking can tell them apart."
    )
    assert words.count(message) == 2  # in the summary, and at bid 3's name
    html = response.content.decode()
    assert '<a href="#id_bids-bid3-bidder">' in html  # the summary leads to bid 3's name
    field_error = re.search(
        r'<p class="govuk-error-message" id="id_bids-bid3-bidder-error">(.*?)</p>', html, re.S
    )
    assert field_error and message in field_error.group(1).replace("&#x27;", "'")
    assert 'id="id_bids-bid1-bidder-error"' not in html
    assert not plan.bids.exists()


def test_every_step_done_ticks_all_four_tool_activities_and_deleting_unticks_them(me, mine):
    me.post(reverse("procurement_plan_create", args=[mine.pk]), CONTRACT)
    plan = Plan.objects.get(enrolment=mine)
    me.post(
        plan_url(plan, "procurement_plan_outcomes"), {"outcomes-target-befriending-hours": "10"}
    )
    me.post(
        plan_url(plan, "procurement_plan_weighting"),
        {"weighting-price": "60", "weighting-quality": "30", "weighting-social_value": "10"},
    )
    response = me.post(
        plan_url(plan, "procurement_plan_bids"),
        {
            "bids-bid1-bidder": "A",
            "bids-bid1-price": "1",
            "bids-bid1-quality": "1",
            "bids-bid2-bidder": "B",
            "bids-bid2-price": "2",
            "bids-bid2-quality": "2",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("/bids/")  # its page
    assert ticked(mine) == {"contract", "outcomes", "weighting", "bids"}

    assert me.get(plan_url(plan, "procurement_plan_delete")).status_code == 200
    response = me.post(plan_url(plan, "procurement_plan_delete"))
    assert response.status_code == 302
    assert ticked(mine) == set()


def test_a_step_whose_week_has_not_come_is_shown_locked_and_refused(
    me, participant, week_one, proxies, make_plan
):
    enrolment = enrolment_create(cohort=week_one, user=participant)
    plan = make_plan(enrolment)
    assert "Opens " in text(me.get(plan_url(plan)))  # the overview's step list
    page = me.get(plan_url(plan, "procurement_plan_weighting"))
    assert "This step opens on" in text(page)
    assert 'name="weighting-price"' not in page.content.decode()
    contract = me.get(plan_url(plan, "procurement_plan_contract"))
    assert 'name="contract-title"' in contract.content.decode()
    response = me.post(
        plan_url(plan, "procurement_plan_weighting"),
        {"weighting-price": "60", "weighting-quality": "30", "weighting-social_value": "10"},
    )
    assert response.status_code == 403
    assert "This step opens on" in text(response) and "with week 5" in text(response)
    plan.refresh_from_db()
    assert plan.price_weight is None


def test_staff_read_a_plan_without_forms_and_cannot_change_it(client, staff, full_plan):
    client.force_login(staff)
    page = client.get(plan_url(full_plan))
    assert page.status_code == 200
    assert "You are reading Gwenllian Owner’s work" in text(page) or "reading Gwenllian" in text(
        page
    )
    assert "<form" in page.content.decode()  # the comment form only
    assert 'name="contract-title"' not in page.content.decode()
    assert "Valleys Befriending CIC wins" in text(page)
    response = client.post(
        plan_url(full_plan, "procurement_plan_weighting"),
        {"weighting-price": "60", "weighting-quality": "30", "weighting-social_value": "10"},
    )
    assert response.status_code == 403


def test_a_facilitators_comment_shows_to_the_participant(client, staff, participant, full_plan):
    client.force_login(staff)
    response = client.post(
        reverse("tool_comment", args=[full_plan.enrolment_id]), {"body": "Good, proportionate ask."}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("procurement_planner", args=[full_plan.enrolment_id])
    client.force_login(participant)
    assert "Good, proportionate ask." in text(client.get(plan_url(full_plan)))
    assert "Good, proportionate ask." in text(client.get(response["Location"]))


def test_what_a_participant_types_is_escaped(me, mine, make_plan):
    plan = make_plan(mine, measures={"befriending-hours": "1"}, weighting=(50, 30, 20))
    me.post(
        plan_url(plan, "procurement_plan_bids"),
        {
            "bids-bid1-bidder": "<script>alert(1)</script>",
            "bids-bid1-price": "1",
            "bids-bid1-quality": "1",
            "bids-bid2-bidder": "B",
            "bids-bid2-price": "2",
            "bids-bid2-quality": "2",
        },
    )
    html = me.get(plan_url(plan)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_plan_page_takes_the_same_queries_however_many_measures_and_bids(
    me, mine, make_plan, django_assert_max_num_queries
):
    small = make_plan(
        mine,
        measures={"befriending-hours": "1"},
        weighting=(50, 30, 20),
        bids=[("A", "1", "1", {"befriending-hours": "1"}), ("B", "2", "2", {})],
    )
    codes = ["befriending-hours", "local-jobs", "co2e-avoided", "waste-diverted", "warmer-homes"]
    large = make_plan(
        mine,
        measures=dict.fromkeys(codes, "5"),
        weighting=(50, 30, 20),
        bids=[(name, "10", "50", dict.fromkeys(codes, "1")) for name in "ABCD"],
    )
    me.get(plan_url(small))  # warm the session and caches
    with django_assert_max_num_queries(16) as small_queries:
        assert me.get(plan_url(small)).status_code == 200
    with django_assert_max_num_queries(len(small_queries)):
        assert me.get(plan_url(large)).status_code == 200
    with django_assert_max_num_queries(12):
        assert me.get(reverse("procurement_planner", args=[mine.pk])).status_code == 200


def test_steps_done_for_many_enrolments_takes_one_query(
    mine, theirs, make_plan, django_assert_num_queries
):
    from labs.procurement.selectors import plan_steps_done

    make_plan(mine, measures={"befriending-hours": "1"})
    make_plan(mine, weighting=(50, 30, 20))
    make_plan(theirs)
    with django_assert_num_queries(1):
        done = plan_steps_done([mine.pk, theirs.pk, 0])
    assert done == {
        mine.pk: {"contract", "outcomes", "weighting"},
        theirs.pk: {"contract"},
    }


# --- Numbers too large, or typed as powers of ten: one message, naming the field and the rule


def only_errors(form, name) -> list[str]:
    assert not form.is_valid()
    return [str(message) for message in form.errors[name]]


@pytest.mark.parametrize("typed", ["1,000,000,000,000", "99999999999999999", "1000000000000.5"])
def test_a_contract_value_too_large_gets_one_message_naming_the_field_and_the_limit(typed):
    from labs.procurement.forms import ContractForm

    form = ContractForm({**CONTRACT, "contract-value": typed})
    assert only_errors(form, "value") == [
        "The estimated value must be £999,999,999,999.99 or less: check the number of digits."
    ]


@pytest.mark.parametrize("typed", ["1e5", "1E20", "2.5e-3", "£1e5"])
def test_a_contract_value_as_a_power_of_ten_is_refused_saying_so(typed):
    from labs.procurement.forms import ContractForm

    form = ContractForm({**CONTRACT, "contract-value": typed})
    assert only_errors(form, "value") == [
        "Enter the estimated value in full, for example 250,000, not as a power of ten such as 1e5."
    ]


def test_too_large_targets_bids_and_quality_get_one_message_each(full_plan, proxies):
    from labs.procurement.forms import BidsForm, OutcomesForm

    huge = "1,000,000,000,000"
    jobs = "Local people employed on the contract"
    outcomes = OutcomesForm({"outcomes-target-local-jobs": huge}, proxies=proxies.values())
    assert only_errors(outcomes, "target-local-jobs") == [
        f"The target for “{jobs}” must be 999,999,999,999.99 or less."
    ]
    outcomes = OutcomesForm({"outcomes-target-local-jobs": "1e20"}, proxies=proxies.values())
    assert only_errors(outcomes, "target-local-jobs") == [
        f"Enter the target for “{jobs}” in full, for example 2,500, not as a power of ten such "
        "as 1e5."
    ]

    measures = list(full_plan.measures.select_related("proxy"))
    slot = {"bids-bid1-bidder": "A", "bids-bid2-bidder": "B", "bids-bid2-price": "1"}
    data = {
        **slot,
        "bids-bid1-price": huge,
        "bids-bid1-quality": "1000",
        "bids-bid1-commit-local-jobs": "99999999999999999",
        "bids-bid2-quality": "1e2",
        "bids-bid2-commit-local-jobs": "3e1",
    }
    form = BidsForm(data, measures=measures)
    assert only_errors(form, "bid1-price") == [
        "Bid 1: the price must be £999,999,999,999.99 or less."
    ]
    assert only_errors(form, "bid1-quality") == ["Bid 1: the quality score must be 100 or less."]
    assert only_errors(form, "bid1-commit-local-jobs") == [
        f"Bid 1: the commitment to “{jobs}” must be 999,999,999,999.99 or less."
    ]
    assert only_errors(form, "bid2-quality") == [
        "Bid 2: enter the quality score in full, as a number from 0 to 100."
    ]
    assert only_errors(form, "bid2-commit-local-jobs") == [
        f"Bid 2: enter the commitment to “{jobs}” in full, not as a power of ten such as 1e5."
    ]


def test_a_contract_too_large_is_refused_on_the_page_once_and_kept_as_typed(me, full_plan):
    data = {**CONTRACT, "contract-value": "1,000,000,000,000"}
    response = me.post(plan_url(full_plan, "procurement_plan_contract"), data, **HTMX)
    assert response.status_code == 200
    words = text(response)
    assert "Ensure that" not in words
    # once in the error summary, once by the field
    assert words.count("The estimated value must be £999,999,999,999.99 or less") == 2
    assert 'value="1,000,000,000,000"' in response.content.decode()
    full_plan.refresh_from_db()
    assert full_plan.value == Decimal("400000")


def test_money_comes_back_into_its_field_with_its_pence(me, mine, make_plan):
    plan = make_plan(
        mine,
        value="1250000.50",
        measures={"local-jobs": "2.5"},
        weighting=(50, 30, 20),
        bids=[("Cwmbran Care", "380000.10", "70", {}), ("Gwent Partners", "420000", "75", {})],
    )
    html = "".join(
        me.get(plan_url(plan, f"procurement_plan_{step}")).content.decode()
        for step in ("contract", "outcomes", "bids")
    )
    assert re.search(r'name="contract-value"[^>]*value="1,250,000.50"', html)
    assert re.search(r'name="bids-bid1-price"[^>]*value="380,000.10"', html)
    assert re.search(r'name="bids-bid2-price"[^>]*value="420,000"', html)
    assert re.search(r'name="outcomes-target-local-jobs"[^>]*value="2.5"', html)


def test_a_refused_weighting_says_the_saved_one_is_unchanged(me, mine, make_plan, full_plan):
    bad = {"weighting-price": "40", "weighting-quality": "30", "weighting-social_value": "20"}
    words = text(me.post(plan_url(full_plan, "procurement_plan_weighting"), bad, **HTMX))
    assert "They must total 100%: your weighting has not been changed." in words
    assert "nothing has been saved yet" not in words

    fresh = make_plan(mine, measures={"local-jobs": "2"})
    words = text(me.post(plan_url(fresh, "procurement_plan_weighting"), bad, **HTMX))
    assert "They must total 100%: nothing has been saved yet." in words


def test_staff_are_led_back_to_the_participants_plans_not_their_own(client, staff, full_plan):
    client.force_login(staff)
    words = text(client.get(plan_url(full_plan)))
    assert "All of this participant’s plans in the Social value planner" in words
    assert "All your plans" not in words


def test_opening_a_steps_address_shows_that_step_not_a_blank_405(
    client, full_plan, mine, theirs, outsider
):
    # Without JavaScript a form error leaves the browser on the step's address; a reload,
    # a bookmark or the language switch then asks for it with GET: the step's own page.
    client.force_login(mine.user)
    address = reverse("procurement_plan_contract", args=[mine.pk, full_plan.pk])
    response = client.get(address)
    assert response.status_code == 200 and 'id="step-contract"' in response.content.decode()
    client.force_login(outsider)
    assert client.get(address).status_code == 404


def test_every_message_of_the_planner_is_a_sentence_with_a_full_stop(full_plan, proxies):
    """As in the other two tools: each error message is a full sentence ending in a full stop."""
    from labs.procurement.forms import BidsForm, ContractForm, OutcomesForm, WeightingForm

    measures = list(full_plan.measures.select_related("proxy"))
    forms = [
        ContractForm(),
        WeightingForm(),
        OutcomesForm(proxies=proxies.values()),
        BidsForm(measures=measures),
    ]
    messages = [
        str(message)
        for form in forms
        for field in form.fields.values()
        for message in field.error_messages.values()
    ]
    # The messages worked out in clean(): too few bids, a half-filled bid, no target at all,
    # a weighting that does not total 100.
    one = BidsForm({"bids-bid1-bidder": "A", "bids-bid2-price": "1"}, measures=measures)
    assert not one.is_valid()
    messages += [str(m) for errors in one.errors.values() for m in errors]
    few = BidsForm(
        {"bids-bid1-bidder": "A", "bids-bid1-price": "1", "bids-bid1-quality": "1"},
        measures=measures,
    )
    assert not few.is_valid()
    messages += [str(m) for m in few.non_field_errors()]
    none = OutcomesForm({}, proxies=proxies.values())
    assert not none.is_valid()
    messages += [str(m) for m in none.non_field_errors()]
    weighting = WeightingForm(
        {"weighting-price": "10", "weighting-quality": "10", "weighting-social_value": "10"}
    )
    assert not weighting.is_valid()
    messages += [str(m) for m in weighting.non_field_errors()]
    assert len(messages) > 60
    assert [m for m in messages if not m.endswith(".")] == []


def test_the_planners_plan_list_counts_over_joins_with_the_same_steps_as_the_subqueries(
    me, mine, make_plan, full_plan
):
    """The planner's list counts each plan's measures and bids over joins in one plain query
    (cheaper to build than _with_counts' two subqueries on every visit); measures times bids
    multiply the joined rows, yet every plan gets the same counts and steps as before."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cohorts.learning.tools import tool_context
    from labs.procurement import selectors

    make_plan(mine, measures={"local-jobs": "1"})
    make_plan(mine, bids=[("Only bidder", "100", "50", {})])
    ctx = tool_context(user=mine.user, pk=mine.pk, lab_code="procurement")
    with CaptureQueriesContext(connection) as queries:
        plans = selectors.plans_for(ctx=ctx)
    assert len(queries) == 1
    assert queries[0]["sql"].count("SELECT") == 1  # no subquery
    expected = list(selectors._with_counts(Plan.objects.filter(enrolment=mine)))
    assert [(p.pk, p.measure_count, p.bid_count) for p in plans] == [
        (p.pk, p.measure_count, p.bid_count) for p in expected
    ]
    assert [(p.pk, p.steps_done) for p in plans] == [
        (p.pk, selectors.plan_steps(p)) for p in expected
    ]
    assert plans[0].pk == full_plan.pk and plans[0].steps_done == {
        "contract",
        "outcomes",
        "weighting",
        "bids",
    }
    page = text(me.get(reverse("procurement_planner", args=[mine.pk])))
    assert page.count("4 of 4 steps done") == 1 and page.count("2 of 4 steps done") == 1
    assert page.count("1 of 4 steps done") == 1


def _tokens_blanked(html: str) -> str:
    """The page with its per-request tokens (CSRF, create token) taken out."""
    html = re.sub(r'"X-CSRFToken": "[^"]*"', '"X-CSRFToken": ""', html)
    return re.sub(r'name="(csrfmiddlewaretoken|create_token)" value="[^"]*"', r'name="\1"', html)


def test_the_planners_blank_contract_fields_are_drawn_once_a_language_and_the_same(
    me, mine, participant
):
    """The new-plan form's fields, empty, are the same for everyone: drawn once per language
    in a process (not per visit), the page the same as when the include draws them, the
    tokens still drawn per page, and a Welsh reader gets them in Welsh."""
    from unittest import mock

    from labs.procurement import views

    views._blank_contract_fields.clear()
    url = reverse("procurement_planner", args=[mine.pk])
    fields = "labs/procurement/includes/contract_fields.html"
    first, second = me.get(url), me.get(url)
    drawn = [t.name for t in first.templates + second.templates].count(fields)
    assert drawn == 1
    with mock.patch.object(views, "_contract_fields", return_value=""):
        included = me.get(url)
    assert [t.name for t in included.templates].count(fields) == 1
    assert _tokens_blanked(second.content.decode()) == _tokens_blanked(included.content.decode())
    html = second.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html and 'name="create_token"' in html
    assert 'name="contract-title"' in html and 'value="services"' in html
    participant.language = "cy"
    participant.save()
    welsh = me.get(url).content.decode()
    assert 'name="contract-title"' in welsh and "Contract title" not in welsh
    assert set(views._blank_contract_fields) == {"en", "cy"}
