"""CSV cells that a spreadsheet would run as a formula are neutralised; others are untouched."""

import csv
import io

import pytest

from councils.csv import csv_text, safe_cell


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("https://evil.test")', "+SUM(A1)", "-2+3", "@cmd", "\t=1+1", "\r=1+1"],
)
def test_a_cell_that_starts_like_a_formula_is_neutralised(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Cardiff", "12", "<5", "[c]", "84%", " =1", "a=b", ""])
def test_other_cells_are_left_as_they_are(value):
    assert safe_cell(value) == value


def test_none_is_an_empty_cell_and_the_header_is_neutralised_too():
    text = csv_text(["=name", "n"], [["\tx", None], ["Newport", 3]])
    assert list(csv.reader(io.StringIO(text))) == [
        ["'=name", "n"],
        ["'\tx", ""],
        ["Newport", "3"],
    ]
