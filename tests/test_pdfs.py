"""Every kind of PDF the portal makes is tagged for assistive technology (PDF/UA-1), read back
with pikepdf and pdftotext rather than by the code that wrote it: the certificate in English and
Welsh, the three lab tools' exports, and the lead's, staff's and funder's progress reports.

Each is marked, has its language (cy on Welsh PDFs) and its title shown as the window title,
headings from one H1 down without skipping a level, a TH in every table and alt text on every
figure (the certificate's QR code, the reports' charts); "INFUSE" extracts whole, not letter by
letter; English lab content inside a Welsh PDF is tagged as English."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cohorts.messaging.certificates import certificate_build_pdf, issue_certificate
from cohorts.reports import report_filters, report_for, report_options
from cohorts.reports.exports import report_pdf
from cohorts.services import enrolment_create
from labs.procurement import proxy_values
from labs.procurement.models import ProxyValue
from tests.cohorts.participant_helpers import set_today
from tests.cohorts.reports_data import TODAY, build_programme
from tests.cohorts.test_certificates import complete
from tests.infuse import world_adaption, world_data, world_procurement
from tests.support.pdfs import pdftotext, tagged

# What each kind's tree must hold at least: tables, and figures with alt text.
EXPECT = {
    "certificate": {"tables": 0, "figures": 1},
    "data tool": {"tables": 1, "figures": 0},
    "adaption tool": {"tables": 1, "figures": 0},
    "procurement tool": {"tables": 1, "figures": 0},
    "lead report": {"tables": 1, "figures": 2},
    "staff report": {"tables": 1, "figures": 2},
    "funder report": {"tables": 1, "figures": 2},
}


def _certificate(enrolment, django_capture_on_commit_callbacks) -> bytes:
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
    certificate = issue_certificate(enrolment_id=enrolment.pk)
    certificate_build_pdf(certificate=certificate)
    return certificate.pdf.read()


def _tool(client, participant, make_cohort, lab_code) -> bytes:
    if lab_code == "data":
        cohort = make_cohort(
            start=timezone.localdate() - dt.timedelta(days=40), councils=[participant.council]
        )
        enrolment = enrolment_create(cohort=cohort, user=participant)
        world_data.make(enrolment)
        url = reverse("data_tool_pdf", args=[enrolment.pk])
    elif lab_code == "adaption":
        made = world_adaption.make(SimpleNamespace(user=participant))
        url = reverse(
            "adaption_canvas_pdf", args=[made["adaption_enrolment"].pk, made["adaption_canvas"].pk]
        )
    else:
        made = world_procurement.make(SimpleNamespace(user=participant))
        url = reverse(
            "procurement_plan_pdf",
            args=[made["procurement_enrolment"].pk, made["procurement_plan"].pk],
        )
    client.force_login(participant)
    response = client.get(url)
    assert response.status_code == 200
    return response.content


def _report(who, request, monkeypatch, language) -> bytes:
    set_today(monkeypatch, TODAY)
    build_programme()
    user = request.getfixturevalue(who)
    options = report_options(user=user, today=TODAY)
    filters = report_filters(options=options, data={"period": "fy-2025"})
    with translation.override(language):
        return report_pdf(report_for(user=user, filters=filters, options=options))


@pytest.fixture(params=["en", "cy"])
def language(request):
    return request.param


@pytest.fixture(
    params=[
        "certificate",
        "data tool",
        "adaption tool",
        "procurement tool",
        "lead report",
        "staff report",
        "funder report",
    ]
)
def pdf(
    request,
    language,
    client,
    participant,
    make_cohort,
    enrolment,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    kind = request.param
    participant.language = language
    participant.save(update_fields=["language"])
    if kind == "certificate":
        enrolment.user.refresh_from_db()
        data = _certificate(enrolment, django_capture_on_commit_callbacks)
    elif kind.endswith("tool"):
        data = _tool(client, participant, make_cohort, kind.split()[0])
    else:
        data = _report(kind.split()[0], request, monkeypatch, language)
    return kind, language, data


def test_every_pdf_is_tagged_for_assistive_technology(pdf):
    kind, language, data = pdf
    doc = tagged(data)
    assert doc.marked, kind
    assert doc.lang == language, kind
    assert doc.display_doc_title and doc.title.strip(), kind

    headings = doc.headings
    assert headings and headings[0] == "H1", (kind, headings)
    assert headings.count("H1") == 1, (kind, headings)
    if kind != "certificate":
        assert "H2" in headings, (kind, headings)
    for before, after in zip(headings, headings[1:], strict=False):
        assert int(after[1]) <= int(before[1]) + 1, (kind, headings)

    tables = doc.nodes("Table")
    assert len(tables) >= EXPECT[kind]["tables"], kind
    for table in tables:
        assert any(n.tag == "TH" for n in table.walk()), (kind, "a table without headers")

    figures = doc.nodes("Figure")
    assert len(figures) >= EXPECT[kind]["figures"], kind
    for figure in figures:
        assert figure.alt and figure.alt.strip(), (kind, "a figure without alt text")

    assert "INFUSE" in pdftotext(data), kind


def test_the_certificates_qr_code_says_where_it_leads(
    enrolment, django_capture_on_commit_callbacks
):
    doc = tagged(_certificate(enrolment, django_capture_on_commit_callbacks))
    (qr,) = doc.nodes("Figure")
    assert "QR code" in qr.alt and "verification" in qr.alt


def test_english_lab_content_in_a_welsh_pdf_is_tagged_as_english(client, participant, make_cohort):
    """A planner's measure whose Welsh is missing shows in English: in a Welsh plan it carries
    /Lang en."""
    participant.language = "cy"
    participant.save(update_fields=["language"])
    proxy_values.ensure()
    ProxyValue.objects.update(measure_cy="", unit_cy="")
    doc = tagged(_tool(client, participant, make_cohort, "procurement"))
    assert doc.lang == "cy"
    english = [n for n in doc.root.walk() if n.lang == "en"]
    assert english, "no English content tagged as such"


def test_emoji_people_type_are_printed_with_an_emoji_font_not_dropped(client, participant):
    """What people write is kept as written: emoji come out in the PDF's text, drawn with the
    emoji font that scripts/system-packages.sh and the Dockerfile install (not as empty boxes
    from a font that lacks them)."""
    made = world_adaption.make(SimpleNamespace(user=participant))
    canvas = made["adaption_canvas"]
    client.force_login(participant)
    url = reverse("adaption_canvas_pdf", args=[made["adaption_enrolment"].pk, canvas.pk])
    # Without emoji the emoji font is not used at all (it would draw digits and spaces too).
    assert not any("Emoji" in font for font in tagged(client.get(url).content).fonts)
    canvas.name = "Solar schools 🌞"
    canvas.what_it_is = "Panels on every roof 👍🏽 — pupils track the output ✅"
    canvas.save()
    response = client.get(url)
    text = pdftotext(response.content)
    for written in ("Solar schools 🌞", "👍🏽", "✅"):
        assert written in text
    assert any("Emoji" in font for font in tagged(response.content).fonts)
