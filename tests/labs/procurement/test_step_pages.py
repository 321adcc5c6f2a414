"""Issue 23: the planner as a page per step with the step list, as the canvas has."""

import re

import pytest
from django.urls import reverse

STEPS = ["contract", "outcomes", "weighting", "bids"]


def step_page(enrolment, plan, step):
    return reverse(f"procurement_plan_{step}", args=[enrolment.pk, plan.pk])


@pytest.mark.parametrize("index", range(4))
def test_each_step_has_its_own_page_with_the_step_list(client, full_plan, mine, index):
    step = STEPS[index]
    client.force_login(mine.user)
    response = client.get(step_page(mine, full_plan, step))
    html = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r'<section id="step-(\w+)"', html) == [step]
    for name in STEPS:
        assert f'href="{step_page(mine, full_plan, name)}"' in html
    current = re.search(r'<a [^>]*aria-current="step"[^>]*>', html).group(0)
    assert step_page(mine, full_plan, step) in current
    prev = re.search(r'href="([^"]+)" rel="prev"', html)
    nxt = re.search(r'href="([^"]+)" rel="next"', html)
    assert (prev.group(1) if prev else None) == (
        step_page(mine, full_plan, STEPS[index - 1]) if index else None
    )
    assert (nxt.group(1) if nxt else None) == (
        step_page(mine, full_plan, STEPS[index + 1]) if index < 3 else None
    )
    # The figures that follow from a step are shown with it.
    assert ('id="plan-evaluation"' in html) == (step == "bids")
    assert ('id="plan-result"' in html) == (step == "outcomes")


def test_staff_read_a_step_page(client, staff, full_plan, mine):
    client.force_login(staff)
    response = client.get(step_page(mine, full_plan, "weighting"))
    assert response.status_code == 200
    action = f'action="{step_page(mine, full_plan, "weighting")}"'
    assert action not in response.content.decode()


def test_anyone_else_gets_404(client, full_plan, mine, outsider):
    client.force_login(outsider)
    assert client.get(step_page(mine, full_plan, "bids")).status_code == 404


def test_the_plan_page_is_an_overview_without_step_forms(client, full_plan, mine):
    """Issue 23: the plan's own page is its overview, as the canvas's is: the step list with
    done or not done, the indicative social value and the ranking; no step's form."""
    client.force_login(mine.user)
    html = client.get(reverse("procurement_plan", args=[mine.pk, full_plan.pk])).content.decode()
    assert re.findall(r'<section id="step-(\w+)"', html) == []
    for step in STEPS:
        assert f'action="{step_page(mine, full_plan, step)}"' not in html
        assert f'href="{step_page(mine, full_plan, step)}"' in html
    assert 'id="plan-result"' in html and 'id="plan-evaluation"' in html
    assert not re.search(r'name="(contract|outcomes|weighting|bids)-', html)


def test_a_step_page_leads_to_the_overview_not_to_a_page_of_every_step(client, full_plan, mine):
    client.force_login(mine.user)
    html = client.get(step_page(mine, full_plan, "weighting")).content.decode()
    assert "All four steps on one page" not in html
    assert f'href="{reverse("procurement_plan", args=[mine.pk, full_plan.pk])}"' in html
