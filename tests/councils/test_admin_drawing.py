"""councils/admin_drawing.py: admin pages with their fieldsets and tabular inlines drawn in
Python are the pages Django's own templates draw (white space aside), with and without errors,
read-only fields, change links, checkboxes and help texts."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.urls import reverse

from cohorts.models import Cohort, Session
from labs.models import Lab
from tests.support.admin_templates import DRAWING, form_at_any_time, form_of, use_djangos_templates


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def djangos_templates(settings, tmp_path):
    """Call it to draw pages with Django's own two templates instead of the project's."""
    return lambda: use_djangos_templates(settings, tmp_path)


def _both(djangos_templates, draw) -> tuple[str, str]:
    ours = draw()
    djangos_templates()
    return form_of(ours), form_of(draw())


def test_our_templates_are_in_use():
    for name in DRAWING:
        assert (Path(settings.BASE_DIR) / "templates" / name).exists()


def test_the_cohort_page_is_the_one_django_draws(staff_client, cohort, djangos_templates):
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    ours, djangos = _both(djangos_templates, lambda: staff_client.get(url).content.decode())
    assert "field-unusual_day_ok" in ours and "inlinechangelink" in ours
    assert ours == djangos


def test_a_cohort_page_with_errors_is_the_one_django_draws(
    staff_client, staff, cohort, cardiff, djangos_templates
):
    """Posted with a title left empty, a capacity that is no number and a session's date that
    is no date: errors on a line of one field, on a line of several and in a tabular row."""
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    page = staff_client.get(url)
    data = {
        key: value
        for key, value in re.findall(
            r'<input type="(?:hidden|text|number|url)" name="([^"]+)" value="([^"]*)"',
            page.content.decode(),
        )
    }
    data.update(
        {
            "lab": str(cohort.lab_id),
            "theme": cohort.theme,
            "title_en": "",
            "capacity": "many",
            "session_weekday": str(cohort.session_weekday),
            "councils": [str(c.pk) for c in cohort.councils.all()],
            "facilitators": [str(staff.pk)],
            "sessions-0-date": "not a date",
        }
    )

    def post():
        response = staff_client.post(url, data)
        assert response.status_code == 200
        return response.content.decode()

    ours, djangos = _both(djangos_templates, post)
    for field in ["title_en", "capacity", "sessions-0-date"]:
        assert f'class="errorlist" id="id_{field}_error"' in ours
    assert ours == djangos


def test_the_add_page_and_a_session_page_are_the_ones_django_draws(
    staff_client, cohort, djangos_templates
):
    session = Session.objects.filter(cohort=cohort).first()
    urls = [
        reverse("admin:cohorts_cohort_add"),
        reverse("admin:cohorts_session_change", args=[session.pk]),
        reverse("admin:labs_lab_change", args=[Lab.objects.first().pk]),
    ]
    ours = [form_at_any_time(staff_client.get(url).content.decode()) for url in urls]
    djangos_templates()
    djangos = [form_at_any_time(staff_client.get(url).content.decode()) for url in urls]
    for url, mine, theirs in zip(urls, ours, djangos, strict=True):
        assert mine == theirs, url


def test_every_admin_with_a_tabular_inline_is_covered():
    """The pages above draw every kind of tabular inline the project has."""
    tabular = {
        type(inline).__name__
        for model_admin in admin.site._registry.values()
        for inline in model_admin.get_inline_instances(_request())
        if inline.template == "admin/edit_inline/tabular.html"
    }
    assert tabular  # the sessions', the new enrolments', the Lab's weeks', the register's
    assert Cohort in admin.site._registry


def _request():
    from django.test import RequestFactory

    from councils.models import User

    request = RequestFactory().get("/admin/")
    request.user = User(is_superuser=True, is_staff=True, is_active=True)
    return request


def test_the_cohort_pages_inlines_ask_for_the_media_django_gathers(rf, staff, cohort):
    """Each inline's scripts and styles, gathered once per kind of form, are Django's: the same
    files in the same order, in English and Welsh, for a cohort with sessions and for a new one."""
    from django.contrib.admin import helpers
    from django.utils import translation

    from councils.admin_drawing import QuickMediaInlineFormSet

    model_admin = admin.site._registry[Cohort]
    for language in ["en", "cy"]:
        for obj in [cohort, None]:
            with translation.override(language):
                request = rf.get("/admin/")
                request.user = staff
                formsets, inlines = model_admin._create_formsets(
                    request, obj or Cohort(), change=obj is not None
                )
                drawn = model_admin.get_inline_formsets(request, formsets, inlines, obj)
                assert {type(f) for f in drawn} == {QuickMediaInlineFormSet}
                for inline_formset in drawn:
                    djangos = helpers.InlineAdminFormSet.media.fget(inline_formset)
                    assert str(inline_formset.media) == str(djangos)
                    assert inline_formset.media._js == djangos._js


def _list_of(page: str) -> str:
    found = re.search(r'<div class="results">.*?</table>', page, re.S)
    assert found, "no list drawn"
    return re.sub(r"\s+", " ", found[0]).replace("> <", "><")


@pytest.fixture
def djangos_row_walk(monkeypatch) -> list:
    """Django's per-cell walk of a list (`items_for_result`), as before, with each call of it
    noted in the list returned."""
    from django.contrib.admin.templatetags import admin_list

    walked = []
    real = admin_list.items_for_result
    monkeypatch.setattr(admin_list, "items_for_result", lambda *a: walked.append(1) or real(*a))
    return walked


def test_a_list_is_drawn_without_djangos_row_walk_and_is_the_one_django_draws(
    staff_client, cohort, djangos_templates, djangos_row_walk
):
    """The cohort list, searched and sorted (its rows' links carry the list's query), drawn
    by `result_rows`: Django's per-cell walk (`items_for_result`) is never called, and the
    rows are the ones Django draws with it."""
    Cohort.objects.filter(pk=cohort.pk).update(title='<b>"Cardiff" & co</b>')
    url = reverse("admin:cohorts_cohort_changelist") + "?q=cardiff&o=-2.1"
    ours = _list_of(staff_client.get(url).content.decode())
    assert not djangos_row_walk
    assert "&lt;b&gt;&quot;Cardiff&quot; &amp; co&lt;/b&gt;" in ours
    assert "_changelist_filters=" in ours  # each row's link returns to this list
    djangos_templates()
    assert _list_of(staff_client.get(url).content.decode()) == ours
    assert djangos_row_walk


def test_a_pop_up_list_is_left_to_django(staff_client, cohort, djangos_row_walk):
    """A list opened as a pop-up (choosing a related object) links its rows for the opener:
    Django draws it."""
    url = reverse("admin:cohorts_cohort_changelist") + "?_popup=1"
    page = staff_client.get(url).content.decode()
    assert djangos_row_walk and "data-popup-opener" in page
