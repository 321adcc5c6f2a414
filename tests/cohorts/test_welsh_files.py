"""Issue 26, point 5: the files people keep — emails, calendar files, PDFs — carry the Lab
content in the person's language: a Welsh speaker's show the Welsh module titles, cohort title
and measures, an English speaker's the English. Each file is read back by a reader the portal
does not use to write it: Python's email parser, vobject, pdftotext."""

import email
import uuid
from email import policy
from types import SimpleNamespace

import pytest
import vobject
from django.core import mail
from django.urls import reverse

from cohorts.messaging.certificates import certificate_build_pdf, issue_certificate
from cohorts.messaging.cohort_messages import (
    cohort_message_recipients,
    cohort_message_send,
    recipients_digest,
)
from cohorts.services import enrolment_create, invitations_send
from cohorts.tasks import send_due_nudges
from labs.models import Lab, Module
from labs.procurement.models import ProxyValue
from tests.cohorts.test_certificates import complete
from tests.infuse import world_procurement
from tests.support.pdfs import pdftotext

COHORT_CY = "Carfan brawf y Labordy Data"


def welsh_titles(lab) -> dict[int, str]:
    """Give each week of `lab` a Welsh title (its curriculum's Welsh may not have landed)."""
    titles = {}
    for module in Module.objects.filter(lab=lab):
        titles[module.number] = f"Wythnos {module.number}: cwestiynau da am ddata"
        Module.objects.filter(pk=module.pk).update(title_cy=titles[module.number])
    return titles


@pytest.fixture
def bilingual(enrolment, make_user, cardiff):
    """The cohort and its weeks in both languages, a Welsh speaker and an English speaker."""
    cohort = enrolment.cohort
    cohort.title_cy = COHORT_CY
    cohort.save()
    welsh = enrolment.user
    welsh.language = "cy"
    welsh.save(update_fields=["language"])
    english = make_user("eira.english@cardiff.test", council=cardiff, name="Eira English")
    english_enrolment = enrolment_create(cohort=cohort, user=english)
    return SimpleNamespace(
        cohort=cohort,
        titles=welsh_titles(cohort.lab),
        english_titles={m.number: m.title_en for m in Module.objects.filter(lab=cohort.lab)},
        welsh=enrolment,
        english=english_enrolment,
    )


def parse(message):
    return email.message_from_bytes(message.message().as_bytes(), policy=policy.default)


def parts(parsed) -> dict[str, str]:
    """The email's text, HTML and calendar parts, as text."""
    found = {}
    for part in parsed.walk():
        kind = part.get_content_type()
        if kind in {"text/plain", "text/html", "text/calendar"}:
            found.setdefault(kind, part.get_content())
    return found


def summaries(ics: str) -> list[str]:
    return [event.summary.value for event in vobject.readOne(ics).vevent_list]


def to(user):
    (message,) = [m for m in mail.outbox if any(user.email in address for address in m.to)]
    return parse(message)


def test_nudges_and_their_calendar_files_use_the_persons_language(bilingual, monkeypatch):
    day = bilingual.cohort.sessions.get(number=3).date
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    mail.outbox.clear()
    send_due_nudges.delay().get()
    welsh = parts(to(bilingual.welsh.user))
    english = parts(to(bilingual.english.user))
    assert bilingual.titles[3] in welsh["text/plain"]
    assert bilingual.titles[3].replace("'", "&#x27;") in welsh["text/html"]
    assert bilingual.english_titles[3] not in welsh["text/plain"]
    assert bilingual.english_titles[3] in english["text/plain"]
    assert bilingual.titles[3] not in english["text/plain"]
    (summary,) = summaries(welsh["text/calendar"])
    assert bilingual.titles[3] in summary
    (summary,) = summaries(english["text/calendar"])
    assert bilingual.english_titles[3] in summary


def test_invitations_calendar_files_name_the_weeks_in_the_persons_language(bilingual):
    mail.outbox.clear()
    invitations_send(enrolment_ids=[bilingual.welsh.pk, bilingual.english.pk])
    welsh = summaries(parts(to(bilingual.welsh.user))["text/calendar"])
    english = summaries(parts(to(bilingual.english.user))["text/calendar"])
    assert len(welsh) == len(english) == 6
    for number in range(1, 7):
        assert bilingual.titles[number] in welsh[number - 1]
        assert bilingual.english_titles[number] in english[number - 1]


def test_the_calendar_feed_names_the_weeks_in_the_persons_language(client, bilingual):
    welsh = bilingual.welsh.user
    body = client.get(reverse("calendar_feed", args=[welsh.calendar_token])).content.decode()
    assert any(bilingual.titles[2] in s for s in summaries(body))
    english = bilingual.english.user
    body = client.get(reverse("calendar_feed", args=[english.calendar_token])).content.decode()
    assert any(bilingual.english_titles[2] in s for s in summaries(body))


def test_a_cohort_message_names_the_cohort_in_the_persons_language(
    bilingual, staff, django_capture_on_commit_callbacks
):
    cohort = bilingual.cohort
    recipients = cohort_message_recipients(cohort=cohort, include_leads=False)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cohort_message_send(
            cohort=cohort,
            by=staff,
            token=uuid.uuid4(),
            subject="Room change",
            body="We meet in room 2.",
            subject_cy="Newid ystafell",
            body_cy="Rydym yn cwrdd yn ystafell 2.",
            digest=recipients_digest(recipients),
        )
    welsh = parts(to(bilingual.welsh.user))
    english = parts(to(bilingual.english.user))
    assert COHORT_CY in welsh["text/plain"] and COHORT_CY in welsh["text/html"]
    assert cohort.title_en in english["text/plain"] and COHORT_CY not in english["text/plain"]


def test_the_certificate_names_the_lab_in_the_persons_language(
    bilingual, django_capture_on_commit_callbacks
):
    Lab.objects.filter(pk=bilingual.cohort.lab_id).update(name_cy="Labordy Data")
    texts = {}
    for enrolment in (bilingual.welsh, bilingual.english):
        with django_capture_on_commit_callbacks(execute=True):
            complete(enrolment)
        certificate = issue_certificate(enrolment_id=enrolment.pk)
        certificate_build_pdf(certificate=certificate)
        texts[enrolment.user.language] = " ".join(pdftotext(certificate.pdf.read()).split())
    assert "Labordy Data" in texts["cy"] and "Data Lab" not in texts["cy"]
    assert "Data Lab" in texts["en"] and "Labordy Data" not in texts["en"]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_planners_pdf_names_the_measures_and_cohort_in_the_persons_language(
    client, participant, language
):
    participant.language = language
    participant.save(update_fields=["language"])
    made = world_procurement.make(SimpleNamespace(user=participant))
    plan = made["procurement_plan"]
    made["procurement_enrolment"].cohort.__class__.objects.filter(
        pk=made["procurement_enrolment"].cohort_id
    ).update(title_cy="Labordy Caffael Caerdydd")
    client.force_login(participant)
    response = client.get(
        reverse("procurement_plan_pdf", args=[made["procurement_enrolment"].pk, plan.pk])
    )
    assert response.status_code == 200
    text = " ".join(pdftotext(response.content).split())
    measures = ProxyValue.objects.filter(pk__in=plan.measures.values("proxy"))
    assert measures
    for proxy in measures:
        shown, hidden = (
            (proxy.measure_cy, proxy.measure_en)
            if language == "cy"
            else (proxy.measure_en, proxy.measure_cy)
        )
        # A long measure may wrap in its table cell: compare its first words.
        assert " ".join(shown.split()[:3]) in text, shown
        assert " ".join(hidden.split()[:4]) not in text, hidden
    if language == "cy":
        assert "Labordy Caffael Caerdydd" in text
