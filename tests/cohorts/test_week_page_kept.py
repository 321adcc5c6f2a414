"""The week page's fixed parts (issue 24): each material is drawn once per version of its
content and language and kept (the `fragments` cache, this process's memory); an edit in the
admin shows at once, and an English page's copy is never a Welsh page's."""

import re

import pytest
from django.core.cache import caches
from django.urls import reverse

from cohorts import markdown as markdown_module
from labs.models import Module
from tests.cohorts.participant_helpers import WEEK_3, set_today

# Asked again: the curriculum (weeks, activities, materials) is kept (cohorts.learning.curriculum),
# so only the session, the person, their enrolment, its sessions and completions are read.
WEEK_PAGE_QUERIES = 5


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    set_today(monkeypatch, WEEK_3)
    caches["fragments"].clear()


@pytest.fixture
def draws(monkeypatch):
    """Each Markdown body drawn for the page (the shared Markdown cache set aside, so that
    only the page's own keeping can spare a drawing)."""
    calls = []

    def render(text, *, heading_offset=0):
        calls.append(text)
        return markdown_module._render(text or "", heading_offset)

    monkeypatch.setattr("cohorts.templatetags.infuse_markdown.render_markdown", render)
    return calls


def without_csrf_tokens(html: str) -> str:
    """Each response masks the CSRF token afresh."""
    return re.sub(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+', r"\1", html)


def week_url(enrolment) -> str:
    return reverse("lab_week", args=[enrolment.pk, 3])


def material(enrolment):
    return Module.objects.get(lab=enrolment.cohort.lab, number=3).materials.order_by("position")[0]


def test_a_material_is_drawn_once_then_kept(client, enrolment, draws, django_assert_num_queries):
    client.force_login(enrolment.user)
    first = client.get(week_url(enrolment)).content.decode()
    bodies = len(draws)
    assert bodies >= 1
    with django_assert_num_queries(WEEK_PAGE_QUERIES):
        again = client.get(week_url(enrolment)).content.decode()
    assert without_csrf_tokens(again) == without_csrf_tokens(first)
    # Only the activities' instructions are drawn again: every material was kept.
    materials = Module.objects.get(lab=enrolment.cohort.lab, number=3).materials.count()
    assert len(draws) == 2 * bodies - materials


def test_an_edit_shows_at_once(client, enrolment):
    client.force_login(enrolment.user)
    client.get(week_url(enrolment))
    row = material(enrolment)
    row.body = "A **new** paragraph, written today."
    row.save()
    page = client.get(week_url(enrolment)).content.decode()
    assert "A <strong>new</strong> paragraph, written today." in page


def test_a_welsh_page_never_shows_the_english_pages_copy(client, enrolment):
    client.force_login(enrolment.user)
    row = material(enrolment)
    # One material with its Welsh, one without: whichever the curriculum holds when this
    # test runs (a flush by another test may have left the Welsh out), both are set here.
    row.title_cy, row.body_cy = "Teitl yn Gymraeg", "Corff y deunydd **yn Gymraeg**."
    row.save()
    other = Module.objects.get(lab=enrolment.cohort.lab, number=3).materials.order_by("position")[1]
    other.title_cy = other.body_cy = ""
    other.save()
    english = client.get(week_url(enrolment)).content.decode()
    assert (
        f'<h3 class="govuk-heading-m govuk-!-margin-bottom-1" id="material-{row.pk}">{row.title_en}</h3>'
        in english
    )
    assert "Teitl yn Gymraeg" not in english
    enrolment.user.language = "cy"
    enrolment.user.save()
    welsh = client.get(week_url(enrolment)).content.decode()
    assert "munud" in welsh  # "about N minutes", in Welsh
    assert f'id="material-{row.pk}">Teitl yn Gymraeg</h3>' in welsh
    assert "Corff y deunydd <strong>yn Gymraeg</strong>." in welsh
    assert f">{row.title_en}</h3>" not in welsh
    # The material without Welsh falls back to English, marked as English.
    assert f'id="material-{other.pk}" lang="en">{other.title_en}</h3>' in welsh
    # And the English page, asked for again, still has its own copy.
    enrolment.user.language = "en"
    enrolment.user.save()
    assert client.get(week_url(enrolment)).content.decode().count("Teitl yn Gymraeg") == 0
