"""Nothing lost in the Social value planner: a plan's steps (its contract, measures, weighting
and bids) saved over a newer version are refused with both kept, and "Start the plan" twice
makes one plan."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from labs.procurement.models import Plan

HX = {"HTTP_HX_REQUEST": "true"}
CONTRACT = {
    "contract-title": "Community warm spaces and befriending service",
    "contract-kind": "services",
    "contract-value": "£400,000",
    "contract-duration_months": "36",
}


def url(name, plan):
    return reverse(name, args=[plan.enrolment_id, plan.pk])


@pytest.fixture
def two_tabs(participant):
    tabs = []
    for _ in range(2):
        tab = Client()
        tab.force_login(participant)
        tabs.append(tab)
    return tabs


def test_a_stale_tab_saving_the_contract_gets_the_conflict_page_with_both(two_tabs, full_plan):
    tab_a, tab_b = two_tabs
    version = str(full_plan.version)
    a = {**CONTRACT, "contract-title": "Warm spaces in the valley wards", "version": version}
    b = {**CONTRACT, "contract-title": "Befriending for people living alone", "version": version}
    assert tab_a.post(url("procurement_plan_contract", full_plan), a).status_code == 302
    response = tab_b.post(url("procurement_plan_contract", full_plan), b)
    html = response.content.decode()
    assert response.status_code == 409
    assert "Warm spaces in the valley wards" in html
    assert html.count("Befriending for people living alone") >= 2
    full_plan.refresh_from_db()
    assert full_plan.title == "Warm spaces in the valley wards"


def test_stale_bids_are_refused_in_place_and_the_saved_bids_kept(two_tabs, full_plan):
    tab_a, tab_b = two_tabs
    version = str(full_plan.version)
    bids = {
        "bids-bid1-bidder": "Cwmbran Care",
        "bids-bid1-price": "380000",
        "bids-bid1-quality": "70",
        "bids-bid2-bidder": "Gwent Partners",
        "bids-bid2-price": "420000",
        "bids-bid2-quality": "75",
        "version": version,
    }
    assert tab_a.post(url("procurement_plan_bids", full_plan), bids, **HX).status_code == 200
    stale = {**bids, "bids-bid2-bidder": "Torfaen Together"}
    response = tab_b.post(url("procurement_plan_bids", full_plan), stale, **HX)
    html = response.content.decode()
    assert response.status_code == 200 and 'id="step-bids"' in html
    assert "Not saved: this was changed somewhere else" in html
    assert "Gwent Partners" in html and "Torfaen Together" in html
    assert list(full_plan.bids.values_list("bidder", flat=True)) == [
        "Cwmbran Care",
        "Gwent Partners",
    ]


def test_saving_one_step_in_place_then_the_next_is_not_a_conflict(client, participant, full_plan):
    """Each step has a page of its own, drawn at the plan's version then: the answer to a save
    carries no other step's version out of band (no other step's form is on the page)."""
    client.force_login(participant)
    version = full_plan.version
    body = client.post(
        url("procurement_plan_contract", full_plan), {**CONTRACT, "version": str(version)}, **HX
    ).content.decode()
    assert f'value="{version + 1}" id="plan-version-contract"' in body
    for step in ("outcomes", "weighting", "bids"):
        assert f'id="plan-version-{step}"' not in body
    page = client.get(url("procurement_plan_weighting", full_plan)).content.decode()
    assert f'value="{version + 1}" id="plan-version-weighting"' in page
    weighting = {
        "weighting-price": "40",
        "weighting-quality": "40",
        "weighting-social_value": "20",
        "version": str(version + 1),
    }
    response = client.post(url("procurement_plan_weighting", full_plan), weighting, **HX)
    assert "Not saved" not in response.content.decode()
    full_plan.refresh_from_db()
    assert full_plan.price_weight == 40 and full_plan.version == version + 2


def test_a_double_click_on_start_the_plan_makes_one_plan(client, participant, mine):
    client.force_login(participant)
    data = {**CONTRACT, "create_token": str(uuid.uuid4())}
    address = reverse("procurement_plan_create", args=[mine.pk])
    first, second = client.post(address, data), client.post(address, data)
    plan = Plan.objects.get(enrolment=mine)
    outcomes = url("procurement_plan_outcomes", plan)
    assert first["Location"] == second["Location"] == outcomes
