"""Staff keep the measures' proxy values in the admin, and every plan follows the change."""

import re
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from labs.procurement.models import ProxyValue


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def change_data(proxy, **changes):
    data = {
        # English and Welsh, side by side (django-modeltranslation).
        "measure_en": proxy.measure_en,
        "measure_cy": proxy.measure_cy,
        "goal": proxy.goal,
        "unit_en": proxy.unit_en,
        "unit_cy": proxy.unit_cy,
        "value": str(proxy.value),
        "guidance_en": proxy.guidance_en,
        "guidance_cy": proxy.guidance_cy,
        "serves_decarbonisation": "on" if proxy.serves_decarbonisation else "",
        "serves_communities": "on" if proxy.serves_communities else "",
        "position": proxy.position,
        "is_active": "on" if proxy.is_active else "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def words(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_the_starting_measures_cover_all_seven_goals_and_both_themes(proxies):
    assert {p.goal for p in proxies.values()} == {
        "prosperous",
        "resilient",
        "healthier",
        "equal",
        "cohesive",
        "culture",
        "global",
    }
    assert any(p.serves_decarbonisation for p in proxies.values())
    assert any(p.serves_communities for p in proxies.values())
    assert all(p.value > 0 for p in proxies.values())


def test_staff_edit_a_proxy_value_in_the_admin_and_the_computed_figure_follows(
    staff, participant, full_plan, proxies
):
    staff_client, client = Client(), Client()
    staff_client.force_login(staff)
    page_url = reverse("procurement_plan", args=[full_plan.enrolment_id, full_plan.pk])
    client.force_login(participant)
    before = words(client.get(page_url))
    assert "£110,000" in before and "27.5%" in before

    befriending = proxies["befriending-hours"]
    change_url = reverse("admin:lab_procurement_proxyvalue_change", args=[befriending.pk])
    assert staff_client.get(change_url).status_code == 200
    response = staff_client.post(change_url, change_data(befriending, value="25.50"))
    assert response.status_code == 302, words(response)
    befriending.refresh_from_db()
    assert befriending.value == Decimal("25.50")

    client.force_login(participant)
    after = words(client.get(page_url))
    # 2,000 h × £25.50 = £51,000, so £121,000 in all: 30.3% of £400,000.
    assert "£51,000" in after and "£121,000" in after and "30.3%" in after
    assert "£25.50" in after


def test_a_negative_proxy_value_is_refused_in_the_admin(staff_client, proxies):
    proxy = proxies["local-jobs"]
    url = reverse("admin:lab_procurement_proxyvalue_change", args=[proxy.pk])
    response = staff_client.post(url, change_data(proxy, value="-1"))
    assert response.status_code == 200
    proxy.refresh_from_db()
    assert proxy.value == Decimal("30000")


def test_the_admin_lists_proxy_values_and_plans_for_staff(staff_client, full_plan):
    listing = words(staff_client.get(reverse("admin:lab_procurement_proxyvalue_changelist")))
    assert "Local people employed on the contract" in listing and "£30,000" in listing
    plans = words(staff_client.get(reverse("admin:lab_procurement_plan_changelist")))
    assert full_plan.title in plans and "Gwenllian Owner" in plans and "50 / 30 / 20" in plans
    plan = staff_client.get(reverse("admin:lab_procurement_plan_change", args=[full_plan.pk]))
    assert plan.status_code == 200
    assert "Read it and comment in the planner" in words(plan)


def test_proxy_values_cannot_be_deleted_because_plans_use_them(staff_client, proxies):
    url = reverse("admin:lab_procurement_proxyvalue_delete", args=[proxies["local-jobs"].pk])
    assert staff_client.get(url).status_code == 403
    assert ProxyValue.objects.filter(code="local-jobs").exists()
