"""Every date the portal writes into a CSV (or a report's lines about people) is ISO 8601:
never "6 Oct 2026" beside "2026-10-06"."""

import csv
import io
import re

import pytest

from cohorts.models import ReportExport, Target, TargetMeasure
from cohorts.reports.exports import _report_for_export, report_csv
from tests.cohorts.participant_helpers import set_today
from tests.cohorts.reports_data import TODAY, build_programme

MONTH = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"\b(Ion|Chwe|Maw|Ebr|Mai|Meh|Gor|Awst|Medi|Hyd|Tach|Rhag)[a-z]*\b"
)
DATE_LIKE = re.compile(r"\d{1,2}[ /.]\w+[ /.]\d{4}|\d{4}-\d{2}-\d{2}")


@pytest.fixture
def programme(monkeypatch, db, cardiff):
    set_today(monkeypatch, TODAY)
    data = build_programme()
    # Targets put a period "from the programme's start to …" in the CSV's period column.
    Target.objects.create(measure=TargetMeasure.STARTED, council=cardiff, value=30)
    Target.objects.create(measure=TargetMeasure.STARTED, value=100)
    return data


def _csv_cells(user, **filters) -> list[str]:
    export = ReportExport(requested_by=user, format="csv", filters=filters)
    rows = list(csv.reader(io.StringIO(report_csv(_report_for_export(export)))))
    return [cell for row in rows for cell in row]


@pytest.mark.parametrize("period", ["all", "fy-2025", "fy-2025-q2"])
def test_the_leads_and_staffs_csv_write_every_date_as_iso_8601(programme, lead, staff, period):
    for user in (lead, staff):
        cells = _csv_cells(user, period=period)
        dated = [cell for cell in cells if DATE_LIKE.search(cell)]
        assert dated, "the targets' period names a date"
        for cell in dated:
            assert not MONTH.search(cell), cell
            assert re.search(r"\d{4}-\d{2}-\d{2}", cell), cell


def test_the_leads_lines_about_people_give_the_certificate_date_as_iso_8601(programme, lead):
    """The workbook and PDF's people table: enrolled, completed and certificate alike."""
    export = ReportExport(requested_by=lead, format="xlsx", filters={"period": "fy-2025"})
    report = _report_for_export(export)
    people = next(t for t in report.tables if t.key == "people")
    keys = [c.key for c in people.columns]
    row = next(r for r in people.rows if r.label == "D1 Cardiff done 1")
    cells = dict(zip(keys, (cell.text for cell in row.cells), strict=True))
    assert cells["enrolled"] == "2025-04-15"
    assert cells["completed"] == "2025-06-20"
    assert cells["certificate"] == "2025-06-20"
