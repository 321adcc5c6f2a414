"""A funder's reports in a real browser: they open the programme's progress, filter it to the
Data Lab, ask for the PDF, see it become ready without reloading the page, and download it; the
PDF's text holds the figures the page showed. axe checks every page and state."""

import io
import re
import zipfile

import pytest
from django.utils import timezone
from pypdf import PdfReader

from cohorts.demo import DEMO_PASSWORD, DEMO_STAFF_TOTP_SECRET, STAFF_EMAIL, demo_load
from tests.e2e.conftest import sign_in


@pytest.fixture
def demo(db):
    demo_load(today=timezone.localdate())


def figures(page, selector: str) -> list[str]:
    return page.locator(f"{selector} [data-figure]").evaluate_all(
        "cells => cells.map(cell => cell.dataset.figure)"
    )


def test_a_funder_filters_to_the_data_lab_and_downloads_the_pdf(page, demo):
    sign_in(page, "funder@demo.infuse.test", DEMO_PASSWORD)
    assert page.locator("h1").inner_text() == "Programme progress"
    page.axe()

    page.get_by_label("Lab", exact=True).select_option(label="Data Lab")
    page.get_by_role("button", name="Show figures").click()
    page.wait_for_url(re.compile(r"lab=data"))
    page.axe()
    assert page.get_by_label("Lab", exact=True).locator("option:checked").inner_text() == "Data Lab"
    summary = figures(page, "#report-summary")
    by_lab = figures(page, "#lab-council-table")
    assert summary and by_lab
    # Each row of the table as the reader sees it: its council, then its figures.
    rows = page.locator("#lab-council-table tr:has(td[data-figure])").evaluate_all(
        "rows => rows.map(row => [row.querySelector('th').innerText,"
        " ...[...row.querySelectorAll('[data-figure]')].map(cell => cell.dataset.figure)])"
    )
    assert len(rows) >= 3 and all(len(row) == 10 for row in rows), rows
    assert "Adaption Lab" not in page.locator("#lab-council-table").inner_text()
    # On a desktop screen the theme table fits its column: nothing hidden behind a scrollbar.
    assert page.evaluate(
        "() => { const t = document.querySelector('#theme-table');"
        " return t.scrollWidth <= t.parentElement.clientWidth; }"
    )
    # Funders see no person: the demo's participants are not named anywhere on the page.
    assert "Geraint" not in page.content() and "@demo.infuse.test" not in page.content()

    page.evaluate("window.notReloaded = true")
    page.get_by_role("button", name="Download PDF").click()
    link = page.get_by_role("link", name=re.compile("^Download the PDF"))
    link.wait_for(timeout=30_000)  # the line polls with htmx until the file is built
    assert page.evaluate("window.notReloaded === true")
    assert "(Data Lab)" in page.locator("#report-exports").inner_text()
    page.axe()

    with page.expect_download() as download:
        link.first.click()
    assert download.value.suggested_filename.endswith(".pdf")
    reader = PdfReader(io.BytesIO(open(download.value.path(), "rb").read()))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert "Data Lab" in text and "Programme progress report" in text
    squeezed = text.replace(" ", "")
    for figure in summary:
        assert figure.replace(" ", "") in squeezed, figure
    # Every row of the lab-and-council table is a row of the PDF's table, whole (its council
    # and all nine figures, in order), and the rows come in the page's order.
    position = 0
    for row in rows:
        line = "".join(row).replace(" ", "")
        found = squeezed.find(line, position)
        assert found >= 0, (row, text)
        position = found + len(line)


def test_a_funders_report_fits_a_phone(page, demo):
    page.set_viewport_size({"width": 375, "height": 740})
    sign_in(page, "funder@demo.infuse.test", DEMO_PASSWORD)
    assert page.locator("h1").inner_text() == "Programme progress"
    page.axe()
    # The programme's headline is shown in numbers (docs/reporting.md), none withheld.
    summary = figures(page, "#report-summary")
    assert summary and all(re.fullmatch(r"\d+(\.\d)?%?|n/a", figure) for figure in summary), summary
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # The wide tables and the charts scroll inside their own regions, which a keyboard can
    # reach; the page itself does not scroll sideways.
    for region in page.locator(".infuse-table-wrap, .infuse-chart-wrap").all():
        box = region.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
    page.get_by_label("Lab", exact=True).select_option(label="Data Lab")
    page.get_by_role("button", name="Show figures").click()
    page.wait_for_url(re.compile(r"lab=data"))
    page.axe()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.parametrize(
    ("email", "home"),
    [("lead.cardiff@demo.infuse.test", "/council/"), ("staff@demo.infuse.test", "/staff/")],
)
def test_leads_and_staff_reach_reports_from_the_navigation(page, demo, email, home):
    secret = DEMO_STAFF_TOTP_SECRET if email == STAFF_EMAIL else None
    sign_in(page, email, DEMO_PASSWORD, totp_secret=secret)
    page.goto(home)
    page.axe()
    assert page.locator("#home-reports").is_visible()  # on the home page too
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Reports").click()
    page.wait_for_url(re.compile(r"/reports/$"))
    assert page.locator("h1").inner_text() == "Programme progress"
    link = page.get_by_role("navigation", name="Menu").get_by_role("link", name="Reports")
    assert link.get_attribute("aria-current") == "page"
    page.axe()


def test_a_funder_downloads_the_workbook_by_the_htmx_flow(page, demo):
    sign_in(page, "funder@demo.infuse.test", DEMO_PASSWORD)
    page.evaluate("window.notReloaded = true")
    page.get_by_role("button", name="Download Excel workbook").click()
    link = page.get_by_role("link", name=re.compile("^Download the Excel workbook"))
    link.wait_for(timeout=30_000)  # the line polls with htmx until the file is built
    assert page.evaluate("window.notReloaded === true")
    page.axe()
    with page.expect_download() as download:
        link.first.click()
    assert download.value.suggested_filename.endswith(".xlsx")
    with zipfile.ZipFile(download.value.path()) as book:
        workbook = book.read("xl/workbook.xml").decode()
    for sheet in ("About this report", "Figures by lab and council", "Definitions"):
        assert f'name="{sheet}"' in workbook


def test_staff_submit_a_monitoring_return_and_see_it_listed(page, demo):
    sign_in(page, STAFF_EMAIL, DEMO_PASSWORD, totp_secret=DEMO_STAFF_TOTP_SECRET)
    page.axe()
    page.goto("/reports/")
    page.axe()
    page.get_by_role("link", name=re.compile("^Monitoring returns")).click()
    page.wait_for_url(re.compile(r"/reports/returns/$"))
    assert page.locator("h1").inner_text() == "Monitoring returns"
    page.axe()
    quarter = page.get_by_label("Quarter").locator("option").first.inner_text()
    page.get_by_role("button", name="Submit the return").click()
    page.wait_for_url(re.compile(r"/reports/returns/$"))
    assert "is submitted" in page.locator("main").inner_text()
    listed = page.locator("#returns-table tbody tr").first
    assert listed.locator("th").inner_text() == quarter
    assert listed.get_by_role("link", name=re.compile("^PDF")).is_visible()
    assert "The first return" in listed.inner_text()
    page.axe()
