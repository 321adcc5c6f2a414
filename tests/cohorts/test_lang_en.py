"""Lab content is in English and, field by field, in Welsh. On a Welsh page or in a Welsh
email a field shows its Welsh, unmarked; a field whose Welsh is missing shows the English
marked lang="en", so a screen reader reads it with English pronunciation (WCAG 3.1.2); English
pages carry no such marks. (Welsh PDFs: tests/test_pdfs.py.)"""

import re

from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from cohorts.tasks import send_due_nudges
from labs.models import Activity, Material, Module
from tests.cohorts.participant_helpers import WEEK_3, set_today


def _welsh(user):
    user.language = "cy"
    user.save(update_fields=["language"])


def _marked(html: str, text: str) -> bool:
    """Is `text` inside an element with lang="en"?"""
    return bool(re.search(r"<(\w+)[^>]*\slang=\"en\"[^>]*>[^<]*" + re.escape(escape(text)), html))


def _blank_welsh(module):
    """Week `module` with no Welsh at all (the Welsh curriculum may have given it some)."""
    Module.objects.filter(pk=module.pk).update(title_cy="", summary_cy="", outcomes_cy="")
    Material.objects.filter(module=module).update(title_cy="", body_cy="")
    Activity.objects.filter(module=module).update(title_cy="", instructions_cy="")


def _give_welsh(module):
    """Week `module` in Welsh: each field its own Welsh text."""
    Module.objects.filter(pk=module.pk).update(
        title_cy="Gwerthuso gyda'n gilydd",
        summary_cy="Wythnos i bwyso a mesur beth sy'n gweithio.",
        outcomes_cy="Egluro pam mae tystiolaeth yn bwysig",
    )
    for material in Material.objects.filter(module=module):
        Material.objects.filter(pk=material.pk).update(
            title_cy=f"Deunydd {material.pk}", body_cy=f"Corff y deunydd {material.pk}."
        )
    for activity in Activity.objects.filter(module=module):
        Activity.objects.filter(pk=activity.pk).update(
            title_cy=f"Gweithgaredd {activity.pk}", instructions_cy=f"Cyfarwyddiadau {activity.pk}."
        )


def _unmarked(html: str, text: str) -> bool:
    """Is `text` on the page, and not inside any element with lang="en"?"""
    return escape(text) in html and not _marked(html, text) and not _inside_english(html, text)


def _inside_english(html: str, text: str) -> bool:
    """Is `text` (its first appearance) inside an element with lang="en", however deep?"""
    stack = []  # for each open element: is it, or an element around it, lang="en"?
    void = {"br", "img", "input", "meta", "link", "hr", "source", "col", "wbr"}
    for tag in re.finditer(r"<(/?)(\w+)([^>]*)>", html[: html.index(escape(text))]):
        closing, name, attrs = tag.groups()
        if name in void or attrs.endswith("/"):
            continue
        if closing:
            if stack:
                stack.pop()
        else:
            stack.append('lang="en"' in attrs or (bool(stack) and stack[-1]))
    return bool(stack) and stack[-1]


def test_a_welsh_week_page_marks_the_english_lab_content(client, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
    _blank_welsh(enrolment.cohort.lab.modules.get(number=3))
    _welsh(enrolment.user)
    client.force_login(enrolment.user)
    module = enrolment.cohort.lab.modules.get(number=3)
    html = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    assert '<html lang="cy"' in html
    assert _marked(html, module.title)
    assert _marked(html, module.summary)
    activity = module.activities.first()
    assert _marked(html, activity.title)


def test_an_english_week_page_has_no_language_marks(client, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
    client.force_login(enrolment.user)
    html = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    assert 'lang="en"' not in html.split("<body", 1)[1]


def test_a_welsh_dashboard_marks_the_weeks_title(client, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
    _blank_welsh(enrolment.cohort.lab.modules.get(number=3))
    _welsh(enrolment.user)
    client.force_login(enrolment.user)
    module = enrolment.cohort.lab.modules.get(number=3)
    html = client.get(reverse("dashboard")).content.decode()
    assert _marked(html, module.title)


def test_a_welsh_nudge_marks_the_english_module_and_activities(enrolment, monkeypatch):
    _welsh(enrolment.user)
    _blank_welsh(enrolment.cohort.lab.modules.get(number=3))
    day = enrolment.cohort.sessions.get(number=3).date
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    mail.outbox.clear()
    send_due_nudges.delay().get()
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    module = enrolment.cohort.lab.modules.get(number=3)
    assert 'lang="cy"' in html
    assert _marked(html, module.title) and _marked(html, module.summary)
    assert _marked(html, module.activities.first().title)


def test_a_welsh_week_page_shows_the_welsh_content_unmarked(client, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
    module = enrolment.cohort.lab.modules.get(number=3)
    _give_welsh(module)
    _welsh(enrolment.user)
    client.force_login(enrolment.user)
    html = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    body = html.split("<body", 1)[1]
    module.refresh_from_db()
    for text in [module.title_cy, module.summary_cy, module.outcomes_cy]:
        assert _unmarked(body, text), text
    for material in module.materials.all():
        assert _unmarked(body, material.title_cy) and _unmarked(body, material.body_cy)
    for activity in module.activities.all():
        assert _unmarked(body, activity.title_cy) and _unmarked(body, activity.instructions_cy)
    assert escape(module.title_en) not in body


def test_a_welsh_week_page_marks_only_the_fields_whose_welsh_is_missing(
    client, enrolment, monkeypatch
):
    set_today(monkeypatch, WEEK_3)
    module = enrolment.cohort.lab.modules.get(number=3)
    _give_welsh(module)
    Module.objects.filter(pk=module.pk).update(summary_cy="")
    activity = module.activities.first()
    Activity.objects.filter(pk=activity.pk).update(title_cy="")
    _welsh(enrolment.user)
    client.force_login(enrolment.user)
    body = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    body = body.split("<body", 1)[1]
    module.refresh_from_db()
    activity.refresh_from_db()
    assert _unmarked(body, module.title_cy)
    assert _marked(body, module.summary_en)
    assert _marked(body, activity.title_en)
    assert _unmarked(body, activity.instructions_cy)


def test_a_welsh_dashboard_and_nudge_show_the_welsh_titles_unmarked(client, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
    module = enrolment.cohort.lab.modules.get(number=3)
    _give_welsh(module)
    _welsh(enrolment.user)
    enrolment.cohort.title_cy = "Carfan brawf y Labordy Data"
    enrolment.cohort.save()
    client.force_login(enrolment.user)
    body = client.get(reverse("dashboard")).content.decode().split("<body", 1)[1]
    assert _unmarked(body, "Gwerthuso gyda'n gilydd")
    assert _unmarked(body, "Carfan brawf y Labordy Data")

    day = enrolment.cohort.sessions.get(number=3).date
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    mail.outbox.clear()
    send_due_nudges.delay().get()
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    assert _unmarked(html, "Gwerthuso gyda'n gilydd")
    assert _unmarked(html, "Wythnos i bwyso a mesur beth sy'n gweithio.")
    assert "Gwerthuso gyda'n gilydd" in message.body


def test_a_welsh_page_marks_a_cohort_title_without_welsh(client, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
    _welsh(enrolment.user)
    enrolment.cohort.title_cy = ""
    enrolment.cohort.save()
    client.force_login(enrolment.user)
    body = client.get(reverse("lab_detail", args=[enrolment.pk])).content.decode()
    assert _marked(body.split("<body", 1)[1], enrolment.cohort.title_en)
