"""Monitoring returns: a quarter's figures, PDF and workbook kept as submitted; one per quarter;
the next return flags what moved; staff only."""

import datetime as dt
import io
import zipfile

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from pypdf import PdfReader

from cohorts.models import Attendance, MonitoringReturn
from cohorts.reports.returns import ReturnRefused, monitoring_return_submit
from tests.cohorts.monitoring_data import TODAY, build_monitoring_programme
from tests.cohorts.participant_helpers import set_today


@pytest.fixture
def programme(monkeypatch, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    set_today(monkeypatch, TODAY)
    return build_monitoring_programme()


def stored(submitted: MonitoringReturn) -> tuple[bytes, bytes]:
    submitted.refresh_from_db()
    with submitted.pdf.open("rb") as pdf, submitted.workbook.open("rb") as book:
        return pdf.read(), book.read()


def figure(figures: list, period: str, measure: str) -> str:
    return next(
        row[5] or row[6]
        for row in figures
        if row[0] == period
        and row[1:4] == ["All labs", "All councils", "Both themes"]
        and row[4] == measure
    )


def test_a_return_keeps_its_files_and_figures_and_the_next_flags_what_moved(
    programme, staff, monkeypatch
):
    q3, created = monitoring_return_submit(user=staff, period_key="fy-2025-q3")
    assert created and q3.label.startswith("Q3 2025–26")
    pdf, book = stored(q3)
    assert pdf.startswith(b"%PDF") and zipfile.is_zipfile(io.BytesIO(book))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Q3 2025–26" in text and "Learning hours" in text
    assert figure(q3.figures, "Q3 2025–26", "Learning hours") == "21.5"
    figures_then = list(q3.figures)

    # A register mark corrected afterwards: the late joiner missed session 4 after all.
    Attendance.objects.filter(
        enrolment=programme["people"]["late"], session=programme["sessions"]["X"][3]
    ).update(attended=False)
    assert stored(q3) == (pdf, book)  # byte for byte as submitted
    assert MonitoringReturn.objects.get(pk=q3.pk).figures == figures_then

    # Q4 has ended by 10 April: its return carries Q3 again (progress since the start), moved.
    set_today(monkeypatch, dt.date(2026, 4, 10))
    q4, created = monitoring_return_submit(user=staff, period_key="fy-2025-q4")
    assert created and q4.previous == q3
    assert [
        "Q3 2025–26",
        "All labs",
        "All councils",
        "Both themes",
        "Learning hours",
        "21.5",
        "20",
    ] in q4.changed
    assert all(row[5] != row[6] for row in q4.changed)
    _pdf, q4_book = stored(q4)
    with zipfile.ZipFile(io.BytesIO(q4_book)) as zipped:
        strings = zipped.read("xl/sharedStrings.xml").decode()
    assert "Changed since the last return" in strings
    assert stored(q3) == (pdf, book)


def test_a_quarter_has_one_return_however_often_it_is_submitted(programme, staff):
    first, created = monitoring_return_submit(user=staff, period_key="fy-2025-q3")
    again, created_again = monitoring_return_submit(user=staff, period_key="fy-2025-q3")
    assert created and not created_again and again.pk == first.pk
    assert MonitoringReturn.objects.count() == 1


def test_a_racing_second_submit_keeps_the_first_and_leaves_no_stray_files(
    programme, staff, settings, monkeypatch
):
    from cohorts.reports import returns

    first, _created = monitoring_return_submit(user=staff, period_key="fy-2025-q3")
    # The other request checked before this one's row existed: its insert meets the constraint.
    monkeypatch.setattr(
        returns.MonitoringReturn.objects, "filter", lambda **kw: MonitoringReturn.objects.none()
    )
    again, created = monitoring_return_submit(user=staff, period_key="fy-2025-q3")
    assert not created and again.pk == first.pk
    files = sorted(p.name for p in (settings.MEDIA_ROOT / "returns").iterdir())
    assert len(files) == 2  # the first return's PDF and workbook only


def test_only_a_quarter_that_has_ended_can_be_returned(programme, staff, funder):
    for key in ("fy-2025-q4", "fy-2025", "all", "nonsense"):
        with pytest.raises(ReturnRefused):
            monitoring_return_submit(user=staff, period_key=key)
    with pytest.raises(PermissionDenied):
        monitoring_return_submit(user=funder, period_key="fy-2025-q3")
    assert not MonitoringReturn.objects.exists()


def test_staff_submit_a_return_from_the_page_and_see_it_listed(client, programme, staff):
    client.force_login(staff)
    page = client.get(reverse("monitoring_returns")).content.decode()
    assert 'value="fy-2025-q3"' in page and 'value="fy-2025-q4"' not in page
    response = client.post(reverse("monitoring_return_submit"), {"period": "fy-2025-q3"})
    assert response.status_code == 302
    again = client.post(reverse("monitoring_return_submit"), {"period": "fy-2025-q3"}, follow=True)
    html = again.content.decode()
    assert "already submitted" in html and 'id="return-fy-2025-q3"' in html
    assert 'value="fy-2025-q3"' not in html  # no second return for it
    submitted = MonitoringReturn.objects.get()
    pdf = client.get(reverse("monitoring_return_pdf", args=[submitted.pk]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    book = client.get(reverse("monitoring_return_workbook", args=[submitted.pk]))
    assert book.status_code == 200 and "spreadsheetml" in book["Content-Type"]


def test_a_refused_quarter_says_why_and_changes_nothing(client, programme, staff):
    client.force_login(staff)
    response = client.post(reverse("monitoring_return_submit"), {"period": "fy-2025-q4"})
    assert response.status_code == 400
    assert "Choose a quarter that has ended." in response.content.decode()
    assert not MonitoringReturn.objects.exists()


@pytest.mark.parametrize("who", ["funder", "lead", "participant"])
def test_returns_are_for_programme_staff_only(
    client, programme, staff, funder, lead, participant, who
):
    submitted, _created = monitoring_return_submit(user=staff, period_key="fy-2025-q3")
    client.force_login({"funder": funder, "lead": lead, "participant": participant}[who])
    for url in (
        reverse("monitoring_returns"),
        reverse("monitoring_return_pdf", args=[submitted.pk]),
        reverse("monitoring_return_workbook", args=[submitted.pk]),
    ):
        assert client.get(url).status_code == 403
    assert (
        client.post(reverse("monitoring_return_submit"), {"period": "fy-2025-q3"}).status_code
        == 403
    )


def test_a_return_that_does_not_exist_is_404(client, programme, staff):
    client.force_login(staff)
    assert client.get(reverse("monitoring_return_pdf", args=[999999])).status_code == 404
    assert client.get(reverse("monitoring_return_workbook", args=[999999])).status_code == 404


def changed_rows(changed: list, measure: str) -> list:
    return [row for row in changed if row[4] == measure]


def test_the_next_return_flags_every_figure_of_the_last_quarter_that_moved(
    programme, staff, monkeypatch
):
    """A withdrawal dated in Q3 but entered after Q3's return, and a Q3 register mark added
    late, change Q3's own figures (a Lab's, a council's), not only the progress to date."""
    from cohorts.models import EnrolmentStatus

    q3, _created = monitoring_return_submit(user=staff, period_key="fy-2025-q3")
    people = programme["people"]
    for name in ("finisher4", "finisher5"):
        people[name].status = EnrolmentStatus.WITHDRAWN
        people[name].withdrawn_on = dt.date(2025, 12, 1)
        people[name].withdrawn_reason = "Left the council."
        people[name].save()
    Attendance.objects.create(
        enrolment=people["finisher1"], session=programme["sessions"]["X"][2], attended=True
    )

    set_today(monkeypatch, dt.date(2026, 4, 10))
    q4, created = monitoring_return_submit(user=staff, period_key="fy-2025-q4")
    assert created and q4.previous == q3
    withdrawn = {tuple(row[1:3]): row[5:] for row in changed_rows(q4.changed, "Withdrawn")}
    assert withdrawn[("All labs", "All councils")] == ["1", "3"]  # the programme's
    assert withdrawn[("Data Lab", "All councils")] == ["1", "3"]  # and its Lab's
    attended = changed_rows(q4.changed, "Sessions attended (person-sessions)")
    assert ["All labs", "All councils", "12", "13"] in [row[1:3] + row[5:] for row in attended]
    assert {row[0] for row in q4.changed} == {"Q3 2025–26"}  # one name for the quarter
    assert all(row[5] != row[6] for row in q4.changed)


def test_the_previous_return_is_of_the_quarter_before_not_the_latest_submitted(
    programme, staff, monkeypatch
):
    """Returns submitted out of order: each is compared with the return of the latest earlier
    quarter, whichever was submitted last."""
    set_today(monkeypatch, dt.date(2026, 7, 10))
    q3, _created = monitoring_return_submit(user=staff, period_key="fy-2025-q3")
    next_q1, _created = monitoring_return_submit(user=staff, period_key="fy-2026-q1")
    assert next_q1.previous == q3  # Q4 has no return yet: the latest earlier quarter's
    q4, _created = monitoring_return_submit(user=staff, period_key="fy-2025-q4")
    assert q4.previous == q3  # not Q1 2026–27, submitted last
    assert q3.previous is None
