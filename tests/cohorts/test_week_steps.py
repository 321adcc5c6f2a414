"""Issue 23: the week as steps — "On this page" names every step (each material with its
reading time, each activity with its done state), each step links to the one before and after,
a tick updates the list in place, and every limited text field counts characters."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from cohorts.services import completion_set
from labs.models import Activity, Material
from tests.cohorts.participant_helpers import WEEK_3, activities_of_week, set_today, tickable


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    set_today(monkeypatch, WEEK_3)


def _contents(html: str) -> str:
    start = html.index('id="week-contents"')
    return html[start : html.index("</nav>", start)]


def test_on_this_page_lists_each_material_with_its_time_and_each_activity_with_its_state(
    client, enrolment
):
    done = tickable(enrolment, 3)
    completion_set(enrolment=enrolment, activity=done, done=True)
    client.force_login(enrolment.user)
    html = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    contents = _contents(html)
    materials = Material.objects.filter(module__lab=enrolment.cohort.lab, module__number=3)
    assert materials
    for material in materials:
        assert f'href="#material-{material.pk}"' in contents
        assert f"about {material.minutes} minutes" in contents
    for activity in activities_of_week(enrolment, 3):
        entry = contents[contents.index(f'href="#activity-{activity.pk}"') :]
        entry = entry[: entry.index("</li>")]
        assert ("Done" if activity.pk == done.pk else "To do") in entry


def test_each_step_links_to_the_step_before_and_after_and_the_last_to_next_week(
    client, enrolment, monkeypatch
):
    set_today(monkeypatch, WEEK_3.replace(day=28))  # week 4 open too
    client.force_login(enrolment.user)
    html = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    anchors = re.findall(r'href="#((?:material|activity)-\d+)"><span>', _contents(html))
    assert len(anchors) >= 3
    navs = re.findall(
        r'<ul class="govuk-list govuk-body-s infuse-step-nav[^"]*">(.*?)</ul>', html, re.S
    )
    assert len(navs) == len(anchors)
    for index, nav in enumerate(navs):
        links = re.findall(r'href="([^"]+)"', nav)
        expected = []
        if index:
            expected.append(f"#{anchors[index - 1]}")
        if index + 1 < len(anchors):
            expected.append(f"#{anchors[index + 1]}")
        else:
            expected.append(reverse("lab_week", args=[enrolment.pk, 4]))
        assert links == expected


def test_a_tick_sends_the_list_again_with_the_new_state(client, enrolment):
    activity = tickable(enrolment, 3)
    client.force_login(enrolment.user)
    response = client.post(
        reverse("activity_submit", args=[enrolment.pk, activity.pk]),
        {"done": "1"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert 'id="week-contents"' in html and 'hx-swap-oob="true"' in _contents(html)
    entry = _contents(html)[_contents(html).index(f'href="#activity-{activity.pk}"') :]
    assert "Done" in entry[: entry.index("</li>")]


def test_a_reflection_counts_its_characters_in_the_pages_language(client, enrolment):
    client.force_login(enrolment.user)
    html = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    assert 'data-module="govuk-character-count" data-maxlength="5000"' in html
    assert "govuk-js-character-count" in html
    assert "You can enter up to 5,000 characters" in html
    with translation.override("cy"):
        enrolment.user.language = "cy"
        enrolment.user.save(update_fields=["language"])
        client.force_login(enrolment.user)
        welsh = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    assert 'data-i18n.characters-under-limit.other="Mae gennych %{count} nod ar ôl"' in welsh


def test_a_reflection_over_the_limit_is_refused_with_the_number_written_5_000(client, enrolment):
    from tests.cohorts.participant_helpers import reflection

    activity = reflection(enrolment, 3)
    client.force_login(enrolment.user)
    response = client.post(
        reverse("activity_submit", args=[enrolment.pk, activity.pk]),
        {"answer": "x" * 5001},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert "Your reflection must be 5,000 characters or fewer." in html
    assert "govuk-error-summary" in html  # focus.js moves focus there


# The step links as format_html wrote them before they were written out (issue 24).
_STEP_LINK = (
    '<li class="infuse-step-nav__{}"><a class="govuk-link" href="{}">{}'
    '<span class="govuk-visually-hidden">:</span> <span class="infuse-step-nav__title">{}</span>'
    "</a></li>"
)


def _step_nav_by_format_html(step, *, next_week, next_week_url):
    from django.utils.html import format_html
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext as _

    from labs.templatetags.lab_content import content

    links = []
    if step["previous"]:
        previous = step["previous"]
        links.append(
            format_html(
                _STEP_LINK,
                "previous",
                f"#{previous['anchor']}",
                _("Previous step"),
                content(previous["obj"], "title"),
            )
        )
    if step["next"]:
        following = step["next"]
        links.append(
            format_html(
                _STEP_LINK,
                "next",
                f"#{following['anchor']}",
                _("Next step"),
                content(following["obj"], "title"),
            )
        )
    elif next_week is not None and next_week.is_open:
        title = mark_safe(
            _("Week %(n)s: %(title)s")
            % {"n": next_week.number, "title": content(next_week.module, "title")}
        )
        links.append(format_html(_STEP_LINK, "next", next_week_url, _("Next week"), title))
    return format_html(
        '<ul class="govuk-list govuk-body-s infuse-step-nav govuk-!-margin-top-4 '
        'govuk-!-margin-bottom-0">{}</ul>',
        mark_safe("\n".join(links)),
    )


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_step_links_are_the_html_format_html_gave(client, enrolment, language, monkeypatch):
    """Each step's links, written out, are what format_html made of them, titles with markup
    in them escaped, in English and Welsh."""
    from cohorts import views

    material = Material.objects.filter(module__lab=enrolment.cohort.lab, module__number=3).first()
    material.title_en = material.title_cy = 'Costs & "benefits" <of> change'
    material.save()
    drawn = []
    written = views._step_nav

    def both(step, **kwargs):
        ours = written(step, **kwargs)
        drawn.append((ours, _step_nav_by_format_html(step, **kwargs)))
        return ours

    monkeypatch.setattr(views, "_step_nav", both)
    set_today(monkeypatch, WEEK_3.replace(day=28))  # week 4 open: the last step links to it
    enrolment.user.language = language  # the page's language is the person's own
    enrolment.user.save(update_fields=["language"])
    client.force_login(enrolment.user)
    html = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    assert f'lang="{language}"' in html
    assert len(drawn) >= 3
    for ours, theirs in drawn:
        assert ours == theirs
    assert "Costs &amp; &quot;benefits&quot; &lt;of&gt; change" in html
    assert any("infuse-step-nav__previous" in ours for ours, _theirs in drawn)
    week_four = reverse("lab_week", args=[enrolment.pk, 4])
    assert any(
        f'infuse-step-nav__next"><a class="govuk-link" href="{week_four}"' in ours
        for ours, _theirs in drawn
    )
    with translation.override(language):
        assert translation.gettext("Next step") in "".join(ours for ours, _theirs in drawn)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_material_and_activity_is_named_by_its_kind_as_its_model_names_it(
    client, enrolment, language, monkeypatch
):
    """The kinds' labels are looked up once (cohorts.views.MATERIAL_KINDS, ACTIVITY_KINDS),
    not by get_kind_display() on every step: the same words, in the page's language."""
    from django.utils.html import escape

    user = enrolment.user
    user.language = language
    user.save(update_fields=["language"])
    client.force_login(user)
    with monkeypatch.context() as patched:  # the page asks no step for its kind's label
        for model in (Material, Activity):
            patched.setattr(model, "get_kind_display", lambda self: pytest.fail("asked"))
        html = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    contents = _contents(html)
    with translation.override(language):
        for material in Material.objects.filter(module__lab=enrolment.cohort.lab, module__number=3):
            entry = contents[contents.index(f'href="#material-{material.pk}"') :]
            entry = entry[: entry.index("</li>")]
            assert escape(material.get_kind_display()) in entry
        for activity in activities_of_week(enrolment, 3):
            card = html[html.index(f'id="activity-{activity.pk}"') :]
            card = card[: card.index("</p>")]
            assert f"{escape(activity.get_kind_display())}, " in card
        kinds = {m.kind for m in Material.objects.filter(module__number=3)}
        # Welsh words, not the English (each label has its Welsh in the catalogue).
        assert "reading" in kinds
        if language == "cy":
            assert "Darllen, tua" in contents and "Reading" not in contents
