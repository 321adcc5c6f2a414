"""Lab content is kept in English. On a Welsh page or in a Welsh email it is marked
lang="en", so a screen reader reads it with English pronunciation (WCAG 3.1.2); English pages
carry no such marks. (Welsh PDFs: tests/test_pdfs.py.)"""

import re

from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from cohorts.tasks import send_due_nudges
from tests.cohorts.participant_helpers import WEEK_3, set_today


def _welsh(user):
    user.language = "cy"
    user.save(update_fields=["language"])


def _marked(html: str, text: str) -> bool:
    """Is `text` inside an element with lang="en"?"""
    return bool(re.search(r"<(\w+)[^>]*\slang=\"en\"[^>]*>[^<]*" + re.escape(escape(text)), html))


def test_a_welsh_week_page_marks_the_english_lab_content(client, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
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
    _welsh(enrolment.user)
    client.force_login(enrolment.user)
    module = enrolment.cohort.lab.modules.get(number=3)
    html = client.get(reverse("dashboard")).content.decode()
    assert _marked(html, module.title)


def test_a_welsh_nudge_marks_the_english_module_and_activities(enrolment, monkeypatch):
    _welsh(enrolment.user)
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
