"""The plan's PDF holds the figures the page shows, and nothing typed makes it fetch a URL."""

import io
import re

from django.urls import reverse
from pypdf import PdfReader

from councils import pdf as councils_pdf


def page_text(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def pdf_text(response) -> str:
    reader = PdfReader(io.BytesIO(response.content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_pdf_holds_the_figures_shown_on_the_page(client, participant, full_plan):
    client.force_login(participant)
    args = [full_plan.enrolment_id, full_plan.pk]
    page = page_text(client.get(reverse("procurement_plan", args=args)))
    response = client.get(reverse("procurement_plan_pdf", args=args))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="social-value-plan-community-warm-spaces-and-befriending-service.pdf"'
    )
    text = pdf_text(response)
    figures = [
        "£400,000",  # the contract's estimated value
        "£110,000",  # the indicative social value: 2,000 h × £20 + 2 × £30,000 + 40 t × £250
        "27.5%",  # its share of the contract value
        "£40,000",
        "£60,000",
        "£10,000",
        "£150,000",  # Valleys' commitments
        "82.90",  # Valleys' total
        "74.41",  # Gwent's
        "72.33",  # Cwmbran's
        "Valleys Befriending CIC wins with 82.90 points.",
        "Social value changed the winner.",
    ]
    for figure in figures:
        assert figure in page, figure
        assert figure in text, figure
    for words in [participant.full_name, full_plan.enrolment.cohort.title, "A healthier Wales"]:
        assert words in text
    assert "illustrative" in text


def test_a_url_typed_into_the_plan_is_never_fetched(client, participant, full_plan, monkeypatch):
    refused = []

    class Recording(councils_pdf.StaticOnlyFetcher):
        def fetch(self, url, headers=None):
            try:
                return super().fetch(url, headers)
            except ValueError:
                refused.append(url)
                raise

    monkeypatch.setattr(councils_pdf, "StaticOnlyFetcher", Recording)
    full_plan.title = '<img src="http://example.com/track.png"> Retrofit'
    full_plan.outcomes_note = "See ![logo](https://example.com/logo.png) and http://example.com/"
    full_plan.save()
    client.force_login(participant)
    response = client.get(
        reverse("procurement_plan_pdf", args=[full_plan.enrolment_id, full_plan.pk])
    )
    assert response.status_code == 200
    assert refused == []  # escaped as text: there was nothing to fetch
    assert '<img src="http://example.com/track.png"> Retrofit' in pdf_text(response)


def test_the_pdf_ranking_shows_the_rank_without_social_value(client, participant, full_plan):
    """As the page does: each bid's rank on price and quality alone, after its total."""
    client.force_login(participant)
    args = [full_plan.enrolment_id, full_plan.pk]
    page = page_text(client.get(reverse("procurement_plan", args=args)))
    text = pdf_text(client.get(reverse("procurement_plan_pdf", args=args)))
    assert "Rank without social value" in page
    assert "Total Rank without social value" in text
    for row in [
        "1 Valleys Befriending CIC £460,000 41.30 72 21.60 £150,000 20.00 82.90 3",
        "2 Gwent Partners £420,000 45.24 75 22.50 £50,000 6.67 74.41 2",
        "3 Cwmbran Care £380,000 50.00 70 21.00 £10,000 1.33 72.33 1",
    ]:
        assert row in text, row
