"""The one CSV writer: cells that a spreadsheet would run as a formula are neutralised, others
are untouched; dates are ISO 8601; a download starts with a byte-order mark so that Excel reads
it as UTF-8."""

import csv
import datetime as dt
import io

import pytest

from councils.csv import csv_encode, csv_response, csv_text, safe_cell


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
    text = csv_text([["=name", "n"], ["\tx", None], ["Newport", 3]])
    assert list(csv.reader(io.StringIO(text))) == [
        ["'=name", "n"],
        ["'\tx", ""],
        ["Newport", "3"],
    ]


def test_dates_and_times_are_written_as_iso_8601_in_london_time():
    winter = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)
    summer = dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.UTC)
    text = csv_text([[dt.date(2026, 10, 6), winter, summer]])
    assert text.strip() == "2026-10-06,2026-11-03T09:30:00+00:00,2026-07-01T10:30:00+01:00"


def test_a_download_starts_with_a_byte_order_mark_and_is_utf_8():
    data = csv_encode(csv_text([["Geraint Ŵyn Morgan"]]))
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode("utf-8").strip() == "Geraint Ŵyn Morgan"
    # What Excel on a UK Windows machine did without the mark:
    assert data[3:].decode("cp1252").startswith("Geraint Å´yn")


def test_the_response_is_a_csv_attachment():
    response = csv_response([["a"]], filename="x.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'
    assert response.content == b"\xef\xbb\xbfa\r\n"
