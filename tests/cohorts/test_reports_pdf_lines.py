"""The PDF's lines about cohorts (staff's) and people (a lead's) stop at the newest
PDF_COHORT_LINES cohorts and PDF_PEOPLE_LINES enrolments, saying so and where everyone is; the
workbook and the report's page keep every line, and the figures count everything (issue 24: a
PDF of every line grew with the programme's history, 27 pages and twice the time at 20,000
people). Read back with poppler's pdftotext, a reader nobody here wrote."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

from cohorts.models import Enrolment
from cohorts.reports import exports, report_filters, report_for, report_options
from tests.cohorts.reports_data import TODAY
from tests.cohorts.test_reports import xlsx_text
from tests.support.pdfs import pdftotext

ALL = {"period": "all"}


def _report(user, **extra):
    options = report_options(user=user, today=TODAY)
    return report_for(
        user=user, filters=report_filters(options=options, data={**ALL, **extra}), options=options
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def _workbook(report) -> str:
    return xlsx_text(exports.report_xlsx(report))


def test_staff_pdf_lists_the_newest_cohorts_and_says_where_the_rest_are(
    programme, staff, monkeypatch
):
    monkeypatch.setattr(exports, "PDF_COHORT_LINES", 2)
    report = _report(staff)
    assert [c.title for c in report.cohorts][:3] == [
        "D2 Data Lab cohort",
        "A1 Adaption Lab cohort",
        "D1 Data Lab cohort",
    ]
    text = _flat(pdftotext(exports.report_pdf(report)))
    assert "The 2 newest of the 3 cohorts in this period." in text
    assert "with a line for each of the 2 newest cohorts" in text
    assert "D2 Data Lab cohort" in text and "A1 Adaption Lab cohort" in text
    assert "D1 Data Lab cohort" not in text
    # The workbook keeps every cohort's line.
    book = _workbook(report)
    for title in ["D1 Data Lab cohort", "A1 Adaption Lab cohort", "D2 Data Lab cohort"]:
        assert title in book


def test_staff_pdf_lists_every_cohort_when_they_fit(programme, staff):
    report = _report(staff)
    text = _flat(pdftotext(exports.report_pdf(report)))
    for title in ["D1 Data Lab cohort", "A1 Adaption Lab cohort", "D2 Data Lab cohort"]:
        assert title in text
    assert "newest of the" not in text
    assert "with a line per cohort" in text


def test_lead_pdf_lists_the_newest_enrolments_newest_first(programme, lead, monkeypatch):
    monkeypatch.setattr(exports, "PDF_PEOPLE_LINES", 10)
    # Cardiff: 12 on D1, 10 on A1 (September 2025). D1's made the newest (their names sort
    # after A1's, so a cut in name order would keep A1's): one on 6 January 2026, the rest on
    # the 5th.
    d1 = Enrolment.objects.filter(cohort=programme["cohorts"]["D1"], council__slug="cardiff")
    day = dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC)
    d1.update(enrolled_at=day)
    d1.filter(user__full_name="D1 Cardiff gone 1").update(enrolled_at=day + dt.timedelta(days=1))
    report = _report(lead)
    assert len(report.people) == 22
    text = _flat(pdftotext(exports.report_pdf(report)))
    assert "The 10 newest enrolments of the 22 in this period, newest first." in text
    people = text[text.index("Your council’s people") :]
    for n in range(1, 10):
        assert f"D1 Cardiff done {n}" in people
    assert "D1 Cardiff gone 1" in people
    assert "A1 Cardiff" not in people and "D1 Cardiff never 1" not in people
    html = exports.report_html(report)
    html = html[html.index("Your council’s people") :]
    assert html.index("D1 Cardiff gone 1") < html.index("D1 Cardiff done 1")  # newest first
    assert html.index("D1 Cardiff done 1") < html.index("D1 Cardiff done 2")  # then by name
    # Everyone is in the workbook.
    book = _workbook(report)
    assert "D1 Cardiff never 1" in book and "A1 Cardiff done 1" in book


def test_lead_pdf_lists_everyone_in_name_order_when_they_fit(programme, lead):
    report = _report(lead)
    text = _flat(pdftotext(exports.report_pdf(report)))
    assert "newest enrolments" not in text
    for person in report.people:
        assert person.name in text
    html = exports.report_html(report)  # in name order, as the page lists them
    assert html.index("A1 Cardiff done 1") < html.index("A1 Cardiff stuck 1")
    assert html.index("A1 Cardiff stuck 1") < html.index("D1 Cardiff done 1")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_report_page_says_the_pdf_holds_the_newest_lines(
    client, programme, staff, lead, monkeypatch, language
):
    from cohorts.reports import views

    monkeypatch.setattr(views, "LINES_PAGE_SIZE", 1)
    monkeypatch.setattr(views, "PDF_COHORT_LINES", 2)
    monkeypatch.setattr(views, "PDF_PEOPLE_LINES", 10)
    expected = {
        "en": (
            "Every cohort is in the Excel workbook; the PDF lists the 2 newest.",
            "Everyone is in the Excel workbook; the PDF lists the 10 newest enrolments.",
        ),
        "cy": (
            "Mae pob carfan yn y llyfr gwaith Excel; mae'r PDF yn rhestru'r 2 diweddaraf.",
            "Mae pawb yn y llyfr gwaith Excel; mae'r PDF yn rhestru'r 10 cofrestriad diweddaraf.",
        ),
    }[language]
    for user, sentence in [(staff, expected[0]), (lead, expected[1])]:
        user.language = language
        user.save(update_fields=["language"])
        client.force_login(user)
        with translation.override(language):
            page = client.get(reverse("reports"), ALL)
        assert page.status_code == 200
        assert sentence in _flat(page.content.decode().replace("&#x27;", "'"))


def test_the_welsh_pdf_says_it_in_welsh(programme, staff, monkeypatch):
    monkeypatch.setattr(exports, "PDF_COHORT_LINES", 2)
    with translation.override("cy"):
        report = _report(staff)
        text = _flat(pdftotext(exports.report_pdf(report)))
    assert "Y 2 carfan ddiweddaraf o'r 3 yn y cyfnod hwn." in text.replace("’", "'")
