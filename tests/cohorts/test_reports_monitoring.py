"""Monitoring figures on a fixed programme (tests/cohorts/monitoring_data.py): learning hours,
councils supported, progress since the programme began, and targets with the share reached."""

import pytest
from django.urls import reverse

from cohorts.models import Attendance, Target, TargetMeasure
from cohorts.reports import report_filters, report_for, report_options
from cohorts.reports.admin import TargetForm
from cohorts.reports.tables import tidy_rows
from councils.models import Council
from labs.models import Lab
from tests.cohorts.monitoring_data import TODAY, build_monitoring_programme
from tests.cohorts.participant_helpers import set_today


@pytest.fixture
def programme(monkeypatch, db):
    set_today(monkeypatch, TODAY)
    return build_monitoring_programme()


def report(user, **data):
    options = report_options(user=user, today=TODAY)
    return report_for(
        user=user, filters=report_filters(options=options, data=data), options=options
    )


def table(rep, key):
    return next(t for t in rep.tables if t.key == key)


def by_label(tab) -> dict:
    return {
        row.label: {c.key: cell.text for c, cell in zip(tab.columns, row.cells, strict=True)}
        for row in tab.rows
    }


def test_learning_hours_count_sessions_attended_and_finished_weeks(programme, staff):
    rep = report(staff, period="fy-2025")
    # 1,380 minutes: the late joiner's mistaken mark and the session not yet held are not
    # counted; the withdrawn person's session before they left is.
    assert rep.total["learning_hours"].text == "23"
    quarters = {row.label: row.figures["learning_hours"].text for row in rep.quarters}
    # The programme began in Q3 (its first enrolment).
    assert quarters == {"Q3 2025–26": "21.5", "Q4 2025–26": "1.5"}
    data = next(g for g in rep.lab_groups if g.lab.code == "data")
    councils = {row.label: row.figures["learning_hours"].text for row in data.rows}
    assert councils == {"Cardiff": "20.5", "Newport": "2.5"}
    assert data.total.figures["learning_hours"].text == "23"


def test_archived_content_counts_for_no_learning_hours(programme, staff):
    from labs.models import Material, Module
    from labs.services import content_archive

    week1 = Module.objects.get(lab__code="data", number=1)
    # The 30-minute material, for the six people who finished week 1: 1,380 − 180 minutes.
    content_archive(queryset=Material.objects.filter(module=week1, minutes=30))
    assert report(staff, period="fy-2025").total["learning_hours"].text == "20"
    # The whole week: no self-study left, sessions only (1,380 − 6 × 60 minutes).
    content_archive(queryset=Module.objects.filter(pk=week1.pk))
    assert report(staff, period="fy-2025").total["learning_hours"].text == "17"


def test_learning_hours_follow_the_register(programme, staff):
    late = programme["people"]["late"]
    Attendance.objects.filter(enrolment=late, session=programme["sessions"]["X"][3]).update(
        attended=False
    )
    rep = report(staff, period="fy-2025-q3")
    assert rep.total["learning_hours"].text == "20"  # 1,290 − 90 minutes


def test_funders_see_the_labs_learning_hours_exactly_and_no_small_councils(programme, funder):
    rep = report(funder, period="fy-2025")
    assert rep.total["learning_hours"].text == "23"
    data = next(g for g in rep.lab_groups if g.lab.code == "data")
    assert data.total.figures["learning_hours"].text == "23"
    cells = {row.label: row.figures["learning_hours"] for row in data.rows}
    # One person from Newport: withheld, and Cardiff with it (else 23 − Cardiff gives it).
    assert cells["Newport"].withheld and cells["Newport"].text == "[c]"
    assert all(cell.value is None for cell in cells.values() if cell.withheld)
    assert sum(cell.withheld for cell in cells.values()) >= 2
    # The quarters of the whole programme are exact.
    quarters = {row.label: row.figures["learning_hours"].text for row in rep.quarters}
    assert quarters["Q3 2025–26"] == "21.5"


def test_a_councils_hours_are_withheld_where_its_sessions_attended_are(programme, funder):
    """Hours are sessions attended × their length: shown beside a withheld sessions attended,
    they give the count back. Four more Newport people join X in Q3 and do nothing yet, so five
    people are behind Newport's figures; its one session attended is withheld ("<5"), and its
    hours (2.5: that session and week 1) must be too."""
    import datetime as dt

    from cohorts.models import Enrolment
    from councils.models import Role, User
    from tests.cohorts.monitoring_data import at

    newport = Council.objects.get(slug="newport")
    for i in range(4):
        user = User.objects.create(
            email=f"idle{i}@newport.test",
            full_name=f"Idle {i}",
            role=Role.PARTICIPANT,
            council=newport,
        )
        Enrolment.objects.create(
            cohort=programme["cohorts"]["X"], user=user, enrolled_at=at(dt.date(2025, 11, 20), 10)
        )
    rep = report(funder, period="fy-2025-q3")
    data = next(g for g in rep.lab_groups if g.lab.code == "data")
    rows = {row.label: row.figures for row in data.rows}
    assert rows["Newport"]["sessions_attended"].text == "<5"
    for figures in rows.values():
        if figures["sessions_attended"].withheld:
            assert figures["learning_hours"].withheld and figures["learning_hours"].value is None
    assert data.total.figures["learning_hours"].text == "21.5"  # the Lab's stays exact
    tidy = {(row[2], row[4]): row[5] or row[6] for row in tidy_rows(rep.tables)}
    assert tidy[("Newport", "Sessions attended (person-sessions)")] == "<5"
    assert tidy[("Newport", "Learning hours")] == "[c]"


def test_councils_supported_count_councils_with_anyone_started_in_the_period(programme, funder):
    assert report(funder, period="fy-2025").total["councils_supported"].text == "2"
    assert report(funder, period="fy-2025-q3").total["councils_supported"].text == "2"
    assert report(funder, period="fy-2025-q4").total["councils_supported"].text == "1"


def test_progress_since_the_programme_began_runs_quarter_by_quarter(programme, funder):
    rep = report(funder, period="fy-2025-q4")
    rows = by_label(table(rep, "cumulative"))
    assert list(rows) == ["Q3 2025–26", "Q4 2025–26"]  # from the first enrolment
    assert rows["Q3 2025–26"]["started"] == "7" and rows["Q3 2025–26"]["started_to_date"] == "7"
    assert rows["Q4 2025–26"]["started"] == "1" and rows["Q4 2025–26"]["started_to_date"] == "8"
    assert rows["Q4 2025–26"]["completed"] == "0"
    assert rows["Q4 2025–26"]["completed_to_date"] == "3"
    assert rows["Q4 2025–26"]["learning_hours_to_date"] == "23"
    # To the end of an earlier period only.
    rows = by_label(table(report(funder, period="fy-2025-q3"), "cumulative"))
    assert list(rows) == ["Q3 2025–26"]


def test_targets_show_the_figure_to_date_and_the_share_reached(programme, funder, staff):
    data = Lab.objects.get(code="data")
    cardiff = Council.objects.get(slug="cardiff")
    Target.objects.create(measure=TargetMeasure.STARTED, value=10)
    Target.objects.create(measure=TargetMeasure.COMPLETED, lab=data, value=6)
    Target.objects.create(measure=TargetMeasure.COUNCILS_SUPPORTED, value=4)
    Target.objects.create(measure=TargetMeasure.LEARNING_HOURS, council=cardiff, value=41)
    Target.objects.create(measure=TargetMeasure.LEARNING_HOURS, value=0)
    rows = by_label(table(report(staff, period="fy-2025-q4"), "targets"))
    assert rows["Started · All labs · All councils"] == {
        "target": "10",
        "actual": "8",
        "share": "80%",
    }
    assert rows["Completed · Data Lab · All councils"] == {
        "target": "6",
        "actual": "3",
        "share": "50%",
    }
    assert rows["Councils supported · All labs · All councils"] == {
        "target": "4",
        "actual": "2",
        "share": "50%",
    }
    assert rows["Learning hours · All labs · Cardiff"] == {
        "target": "41",
        "actual": "20.5",
        "share": "50%",
    }
    assert rows["Learning hours · All labs · All councils"]["share"] == "n/a"
    # Up to the end of Q3 only: the Q4 starter is not counted yet.
    rows = by_label(table(report(staff, period="fy-2025-q3"), "targets"))
    assert rows["Started · All labs · All councils"]["actual"] == "7"
    # Funders: every target shown; Cardiff's hours withheld with Newport's, so its share too.
    rows = by_label(table(report(funder, period="fy-2025-q4"), "targets"))
    assert rows["Started · All labs · All councils"] == {
        "target": "10",
        "actual": "8",
        "share": "80%",
    }
    assert rows["Learning hours · All labs · Cardiff"] == {
        "target": "41",
        "actual": "[c]",
        "share": "[c]",
    }


def test_the_tidy_rows_name_a_quarter_one_way_and_targets_from_the_programme_start(
    programme, funder
):
    Target.objects.create(measure=TargetMeasure.STARTED, value=10)
    rows = tidy_rows(report(funder, period="fy-2025-q3").tables)
    periods = {row[0] for row in rows}
    assert periods == {"Q3 2025–26", "Programme start to 2025-12-31", "Programme to date"}
    # The quarter's programme figure once, under its one name.
    started = [
        row
        for row in rows
        if row[1:5] == ["All labs", "All councils", "Both themes", "Started"]
        and row[0].startswith("Q3")
    ]
    assert [row[0] for row in started] == ["Q3 2025–26"]
    target = next(row for row in rows if row[4] == "Started: Target")
    assert target[0] == "Programme start to 2025-12-31" and target[5] == "10"


def test_a_lead_sees_their_own_councils_targets_only(programme, lead):
    cardiff = Council.objects.get(slug="cardiff")
    newport = Council.objects.get(slug="newport")
    Target.objects.create(measure=TargetMeasure.STARTED, value=10)
    Target.objects.create(measure=TargetMeasure.STARTED, council=cardiff, value=12)
    Target.objects.create(measure=TargetMeasure.STARTED, council=newport, value=3)
    rows = by_label(table(report(lead, period="fy-2025"), "targets"))
    assert rows == {"Started · All labs · Cardiff": {"target": "12", "actual": "7", "share": "58%"}}


def test_the_page_shows_targets_and_progress_since_the_programme_began(client, programme, funder):
    Target.objects.create(measure=TargetMeasure.STARTED, value=10)
    client.force_login(funder)
    html = client.get(reverse("reports"), {"period": "fy-2025"}).content.decode()
    assert 'id="targets-table"' in html and 'id="cumulative-table"' in html
    assert "Starts and completions since the programme began" in html  # the chart's title
    assert 'data-figure="80%"' in html


@pytest.mark.parametrize(
    "value, message",
    [
        ("-1", "Target: enter a whole number of 0 or more."),
        ("2.5", "Target: enter a whole number, such as 120 (no decimals or words)."),
        ("lots", "Target: enter a whole number, such as 120 (no decimals or words)."),
        ("", "Target: enter a whole number of 0 or more."),
    ],
)
def test_a_target_is_a_whole_number_of_zero_or_more(db, value, message):
    form = TargetForm(data={"measure": TargetMeasure.STARTED, "value": value})
    assert not form.is_valid()
    assert form.errors["value"] == [message]
    assert not Target.objects.exists()


def test_a_target_of_councils_supported_is_not_set_per_council(db):
    cardiff = Council.objects.get(slug="cardiff")
    form = TargetForm(
        data={"measure": TargetMeasure.COUNCILS_SUPPORTED, "council": cardiff.pk, "value": "3"}
    )
    assert not form.is_valid()
    assert form.errors["council"] == [
        "Council: a target of councils supported is not set per council."
    ]


def test_a_second_target_for_the_same_place_is_refused_with_a_message(db):
    Target.objects.create(measure=TargetMeasure.STARTED, value=10)
    form = TargetForm(data={"measure": TargetMeasure.STARTED, "value": "12"})
    assert not form.is_valid()
    assert form.non_field_errors() == [
        "There is already a target of this measure for the whole programme: change that one."
    ]
    assert Target.objects.get().value == 10


def test_a_second_target_names_the_lab_and_council_it_is_for(db):
    data = Lab.objects.get(code="data")
    cardiff = Council.objects.get(slug="cardiff")
    Target.objects.create(measure=TargetMeasure.STARTED, lab=data, value=10)
    Target.objects.create(measure=TargetMeasure.STARTED, council=cardiff, value=10)
    Target.objects.create(measure=TargetMeasure.STARTED, lab=data, council=cardiff, value=10)
    for place, where in [
        ({"lab": data.pk}, f"{data.display_name} (all councils)"),
        ({"council": cardiff.pk}, "Cardiff (all Labs)"),
        ({"lab": data.pk, "council": cardiff.pk}, f"{data.display_name} in Cardiff"),
    ]:
        form = TargetForm(data={"measure": TargetMeasure.STARTED, "value": "12", **place})
        assert not form.is_valid()
        assert form.non_field_errors() == [
            f"There is already a target of this measure for {where}: change that one."
        ]
    assert set(Target.objects.values_list("value", flat=True)) == {10}


@pytest.mark.parametrize(
    "measure, message",
    [
        ("", "Measure: choose what the target counts."),
        ("nonsense", "Measure: choose one of the measures listed."),
    ],
)
def test_a_target_without_a_measure_says_which_field(db, measure, message):
    form = TargetForm(data={"measure": measure, "value": "12"})
    assert not form.is_valid()
    assert form.errors["measure"] == [message]
    assert not Target.objects.exists()


def test_the_targets_table_heads_its_first_column_apart_from_the_target(programme, funder):
    Target.objects.create(measure=TargetMeasure.STARTED, value=10)
    targets = table(report(funder, period="fy-2025"), "targets")
    assert targets.header == "Measure and place"
    assert [c.label for c in targets.columns] == ["Target", "Reached", "Share of target reached"]


def test_staff_set_targets_in_the_admin(client, staff):
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_target_add"), {"measure": "completed", "value": "-3"}
    )
    assert response.status_code == 200 and "Target: enter a whole number of 0 or more." in (
        response.content.decode()
    )
    response = client.post(
        reverse("admin:cohorts_target_add"), {"measure": "completed", "value": "40"}
    )
    assert response.status_code == 302
    assert Target.objects.get().value == 40
