"""The canvas PDF's page breaks: a section heading is never left at the foot of a page with
its content on the next, wherever the page break falls (checked by pushing "3. Fit" down the
page a line at a time and reading each page back with pdftotext)."""

import pytest
from django.urls import reverse

from tests.support.pdfs import page_count, pdftotext

from .conftest import FULL

SENTENCE = "The schools' bills rose again this winter, and governors asked for a plan. "


@pytest.mark.parametrize("lines", range(1, 40, 3))
def test_the_fit_heading_stays_with_its_table(owner, mine, week5, make_canvas, lines):
    canvas = make_canvas(
        mine,
        **{**FULL, "problem_here": FULL["problem_here"] + "\n" + "\n".join([SENTENCE] * lines)},
    )
    response = owner.get(reverse("adaption_canvas_pdf", args=[mine.pk, canvas.pk]))
    data = response.content
    texts = [pdftotext(data, number) for number in range(1, page_count(data) + 1)]

    def page_of(text: str) -> int:
        return next(number for number, page in enumerate(texts, 1) if text in page)

    assert page_of("3. Fit") == page_of("Relative advantage"), lines
