"""The canvas as a PDF: its text holds what was entered in every step (read back with pypdf),
the participant's name, cohort and the date; nothing typed into the canvas makes the renderer
fetch a URL."""

import datetime as dt
import io

import pypdf
from django.urls import reverse

from councils import pdf
from labs.adaption.models import CanvasPart, PartKind

from .conftest import FULL


def pdf_text(response) -> str:
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_pdf_holds_every_step(owner, participant, mine, week5, make_canvas):
    canvas = make_canvas(
        mine,
        **FULL,
        relative_advantage_note="Lower bills for schools, and pupils see the panels.",
        decision="adapt",
        proposed_decision="adapt",
        decided_at=dt.datetime(2026, 11, 3, 15, 0, tzinfo=dt.UTC),
        decision_reasons="The co-op model fits, but the share offer must suit our procurement rules.",
        reconsider_if="the grid connection quote is over £40,000",
        who_agrees="Cabinet member for climate change",
        test_what="A share offer for solar on one primary school roof.",
        test_where="Ysgol Gynradd Bedwas, with the head teacher and governors.",
        test_starts_on=dt.date(2026, 11, 16),
        test_weeks=4,
        test_prediction="Eighty residents buy shares within four weeks.",
        measure_outcome="Pounds raised and number of members, weekly.",
        measure_process="Open evenings held.",
        measure_balancing="Complaints from parents about the school's role.",
        test_review="Review on 14 December with the co-op board.",
    )
    CanvasPart.objects.create(
        canvas=canvas,
        kind=PartKind.CORE,
        part="Residents own shares",
        why="Ownership keeps them involved.",
    )
    CanvasPart.objects.create(
        canvas=canvas,
        kind=PartKind.CHANGE,
        part="Site",
        change="School roofs instead of wind turbines",
        reason="No suitable wind site in the borough",
        risk="none",
        check_plan="Generation data monthly",
    )
    response = owner.get(reverse("adaption_canvas_pdf", args=[mine.pk, canvas.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        'filename="adopt-adapt-leave-community-energy-co-operative.pdf"'
        in response["Content-Disposition"]
    )
    text = pdf_text(response)
    expected = [
        participant.full_name,
        mine.cohort.title,
        "Community energy co-operative",
        "Residents buy shares in a co-op",
        "Awel Aman Tawe",
        "Rising energy costs",
        "Monitored",
        "School energy bills in Caerphilly rose 40%",
        "Say, 12 primary schools",
        "Supportive Communities",
        "Net Zero Wales",
        "Lower bills for schools",
        "Residents own shares",
        "Ownership keeps them involved.",
        "School roofs instead of wind turbines",
        "No suitable wind site",
        "Generation data monthly",
        "The co-op model fits",
        "the grid connection quote is over £40,000",
        "Cabinet member for climate change",
        "A share offer for solar on one primary school roof.",
        "Ysgol Gynradd Bedwas",
        "16 November 2026",
        "13 December 2026",
        "Eighty residents buy shares",
        "Pounds raised and number of members",
        "Open evenings held.",
        "Complaints from parents",
        "Review on 14 December",
        "How the tool proposes",
        "Adapt",
    ]
    missing = [phrase for phrase in expected if phrase not in text]
    assert not missing, missing


def test_nothing_typed_into_the_canvas_is_fetched(owner, mine, week5, make_canvas, monkeypatch):
    fetched = []
    real = pdf.StaticOnlyFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)
        return real(self, url, headers)

    monkeypatch.setattr(pdf.StaticOnlyFetcher, "fetch", spy)
    canvas = make_canvas(
        mine,
        what_it_is='<img src="http://tracker.example/canvas.png"> ![x](https://tracker.example/md.png)',
        evidence_source="<link rel=stylesheet href=http://tracker.example/x.css>",
    )
    response = owner.get(reverse("adaption_canvas_pdf", args=[mine.pk, canvas.pk]))
    assert response.status_code == 200
    assert not [url for url in fetched if "tracker.example" in url]
    assert "tracker.example/canvas.png" in pdf_text(response)  # shown as text, not fetched
