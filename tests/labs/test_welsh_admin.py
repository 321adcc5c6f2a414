"""The content admin in two languages: each translated field's English and Welsh side by side,
and a "Missing Welsh" filter that lists exactly the items with a field still to translate."""

import re

import pytest
from django.db.models import F
from django.test import Client
from django.urls import reverse

from labs.models import Activity, Material, Module
from labs.procurement.models import ProxyValue
from labs.procurement.proxy_values import ensure


@pytest.fixture
def staff_client(staff):
    client = Client()
    client.force_login(staff)
    return client


def _all_in_welsh():
    """Every content field given a Welsh text (here the English, which is enough for the
    filter: it asks whether a Welsh text exists)."""
    Module.objects.update(
        title_cy=F("title_en"), summary_cy=F("summary_en"), outcomes_cy=F("outcomes_en")
    )
    Material.objects.update(title_cy=F("title_en"), body_cy=F("body_en"))
    Activity.objects.update(title_cy=F("title_en"), instructions_cy=F("instructions_en"))
    ensure()
    ProxyValue.objects.update(
        measure_cy=F("measure_en"), unit_cy=F("unit_en"), guidance_cy=F("guidance_en")
    )


def _listed(staff_client, model, missing) -> set[int]:
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = staff_client.get(url, {"missing_welsh": missing})
    assert response.status_code == 200
    return {obj.pk for obj in response.context["cl"].queryset}


def test_the_missing_welsh_filter_lists_exactly_the_items_lacking_a_welsh_field(staff_client, db):
    _all_in_welsh()
    module = Module.objects.order_by("pk")[3]
    Module.objects.filter(pk=module.pk).update(outcomes_cy="")
    material = Material.objects.exclude(body_en="").order_by("pk")[5]
    Material.objects.filter(pk=material.pk).update(body_cy=None)
    activity = Activity.objects.order_by("pk")[7]
    Activity.objects.filter(pk=activity.pk).update(title_cy="")
    proxy = ProxyValue.objects.order_by("pk")[2]
    ProxyValue.objects.filter(pk=proxy.pk).update(unit_cy="")
    # A field with no English either (a material without a body) has nothing to translate.
    Material.objects.filter(body_en="").update(body_cy="")

    for model, missing in [
        (Module, module),
        (Material, material),
        (Activity, activity),
        (ProxyValue, proxy),
    ]:
        assert _listed(staff_client, model, "yes") == {missing.pk}, model
        others = set(model.objects.exclude(pk=missing.pk).values_list("pk", flat=True))
        assert _listed(staff_client, model, "no") == others, model
        assert len(_listed(staff_client, model, "")) == len(others) + 1


def test_the_filter_offers_yes_and_no(staff_client, db):
    page = staff_client.get(reverse("admin:labs_module_changelist")).content.decode()
    assert "missing_welsh=yes" in page and "missing_welsh=no" in page


@pytest.mark.parametrize(
    "model, fields",
    [
        (Module, ["title", "summary", "outcomes"]),
        (Material, ["title", "body"]),
        (Activity, ["title", "instructions"]),
        (ProxyValue, ["measure", "unit", "guidance"]),
    ],
)
def test_each_fields_english_and_welsh_are_side_by_side(staff_client, db, model, fields):
    ensure()
    obj = model.objects.order_by("pk").first()
    opts = model._meta
    page = staff_client.get(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    ).content.decode()
    for field in fields:
        # One admin row holds both: Django draws a row's fields next to each other.
        row = re.search(rf'<div class="form-row[^"]*field-{field}_en[^"]*"', page)
        assert row and f"field-{field}_cy" in row.group(0), field
        assert f'name="{field}_en"' in page and f'name="{field}_cy"' in page
    # ...in two columns even for long texts, which Django would wrap one under the other
    # (the layout itself is checked in a browser: tests/e2e/test_content_preview.py).
    assert "infuse-side-by-side" in page
    assert "css/admin-side-by-side.css" in page


def test_a_modules_inlines_show_english_and_welsh_side_by_side(staff_client, db):
    module = Module.objects.filter(materials__isnull=False).order_by("pk").first()
    page = staff_client.get(reverse("admin:labs_module_change", args=[module.pk])).content.decode()
    assert re.search(r'class="form-row[^"]*field-body_en[^"]*field-body_cy', page)
    assert re.search(r'class="form-row[^"]*field-instructions_en[^"]*field-instructions_cy', page)


def test_staff_enter_a_cohorts_welsh_title_beside_its_english(staff_client, cohort):
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    page = staff_client.get(url).content.decode()
    row = re.search(r'<div class="form-row[^"]*field-title_en[^"]*"', page)
    assert row and "field-title_cy" in row.group(0)
    assert 'name="title_cy"' in page
