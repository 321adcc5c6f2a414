"""Lab content in the admin: a live preview of a material's Markdown (rendered and sanitised as
the participant's page does), and "View this week as a participant" on a week's page. Staff
only: anyone else signed in gets 404."""

import pytest
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Completion
from cohorts.services import completion_set
from labs.models import Activity, ActivityKind, Material, MaterialKind, Module

PREVIEW = "admin:labs_material_markdown_preview"
EVIL = '## Before you start\n\nRead **this**.<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>'


@pytest.fixture
def week_one(data_lab):
    return Module.objects.get(lab=data_lab, number=1)


@pytest.fixture
def material(week_one):
    return Material.objects.create(
        module=week_one,
        kind=MaterialKind.READING,
        title="Preview me",
        body_en="## Welcome\n\nIn English.",
        body_cy="## Croeso\n\nYn Gymraeg.",
        position=0,
    )


def test_staff_preview_is_the_participants_rendering_with_script_removed(client, staff):
    client.force_login(staff)
    response = client.post(reverse(PREVIEW), {"text": EVIL, "language": "en"})
    assert response.status_code == 200
    html = response.content.decode()
    # As the week page draws a material's body (`markdown:2`): "##" under the h3 title.
    assert '<h4 class="govuk-heading-s">Before you start</h4>' in html
    assert "<strong>this</strong>" in html and 'class="govuk-body"' in html
    assert "<script" not in html and "onerror" not in html and "<img" not in html


def test_the_preview_renders_each_language_in_its_own(client, staff):
    client.force_login(staff)
    table = "| a | b |\n|---|---|\n| 1 | 2 |"
    welsh = client.post(reverse(PREVIEW), {"text": table, "language": "cy"}).content.decode()
    english = client.post(reverse(PREVIEW), {"text": table, "language": "en"}).content.decode()
    assert 'aria-label="Table, scrolls sideways"' in english
    assert 'aria-label="Table, scrolls sideways"' not in welsh


@pytest.mark.parametrize("who", ["participant", "lead", "outsider", "funder"])
def test_anyone_but_staff_gets_404_from_the_preview(db, client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.post(reverse(PREVIEW), {"text": "Hello"}).status_code == 404
    assert client.get(reverse(PREVIEW)).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.post(reverse(PREVIEW), {"text": "Hello"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_preview_only_answers_a_post(client, staff):
    client.force_login(staff)
    assert client.get(reverse(PREVIEW)).status_code == 405


def test_the_material_page_puts_a_preview_beside_both_languages_bodies(client, staff, material):
    client.force_login(staff)
    html = client.get(reverse("admin:labs_material_change", args=[material.pk])).content.decode()
    url = reverse(PREVIEW)
    assert html.count(f'data-markdown-preview="{url}"') == 2
    assert 'data-preview-language="en"' in html and 'data-preview-language="cy"' in html
    assert "/static/js/markdown-preview.js" in html


def test_the_week_page_in_the_admin_previews_its_materials_and_links_to_the_participants_view(
    client, staff, week_one, material
):
    client.force_login(staff)
    html = client.get(reverse("admin:labs_module_change", args=[week_one.pk])).content.decode()
    assert 'data-preview-language="cy"' in html  # the materials inline
    assert "View this week as a participant" in html
    assert reverse("admin:labs_module_as_participant", args=[week_one.pk]) in html


def test_staff_see_the_week_as_a_participant_read_only(
    client, staff, week_one, material, enrolment, monkeypatch
):
    """Someone's answer on that week is not shown; the forms are switched off; a post is
    refused and saves nothing."""
    from tests.cohorts.participant_helpers import WEEK_3, reflection, set_today

    set_today(monkeypatch, WEEK_3)
    mine = reflection(enrolment, 1)
    completion_set(enrolment=enrolment, activity=mine, done=True, answer="My private thoughts")
    client.force_login(staff)
    url = reverse("admin:labs_module_as_participant", args=[week_one.pk])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert week_one.title in html and "Preview me" in html
    assert '<h4 class="govuk-heading-s">Welcome</h4>' in html
    assert "My private thoughts" not in html
    assert "This is the week as a participant sees it once it has opened." in html
    assert "<textarea disabled " in html and f'id="answer-{mine.pk}" name="answer"' in html
    assert "Your progress in this Lab" in html
    checkoff = Activity.objects.filter(module__lab=week_one.lab, kind=ActivityKind.CHECKOFF)[0]
    other = client.get(reverse("admin:labs_module_as_participant", args=[checkoff.module_id]))
    assert f'id="done-{checkoff.pk}" name="done" type="checkbox" value="1" disabled>' in (
        other.content.decode()
    )
    # Next week links to its own preview, not to anyone's enrolment.
    week_two = Module.objects.get(lab=week_one.lab, number=2)
    assert reverse("admin:labs_module_as_participant", args=[week_two.pk]) in html
    count = Completion.objects.count()
    assert client.post(url, {"done": "1"}).status_code == 405
    assert Completion.objects.count() == count


def test_staff_see_the_welsh_body_on_a_welsh_page(client, staff, week_one, material):
    client.force_login(staff)
    client.post(reverse("language_switch"), {"language": "cy"})
    html = client.get(reverse("admin:labs_module_as_participant", args=[week_one.pk])).content
    assert "Yn Gymraeg." in html.decode()


@pytest.mark.parametrize("who", ["participant", "lead", "outsider", "funder"])
def test_anyone_but_staff_gets_404_from_the_week_as_a_participant(client, request, week_one, who):
    client.force_login(request.getfixturevalue(who))
    url = reverse("admin:labs_module_as_participant", args=[week_one.pk])
    assert client.get(url).status_code == 404


def test_an_archived_or_missing_week_is_not_found(client, staff, week_one):
    client.force_login(staff)
    Module.objects.filter(pk=week_one.pk).update(archived_at=timezone.now())
    url = reverse("admin:labs_module_as_participant", args=[week_one.pk])
    assert client.get(url).status_code == 404
    assert client.get(reverse("admin:labs_module_as_participant", args=[0])).status_code == 404
