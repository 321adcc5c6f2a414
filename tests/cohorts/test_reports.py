"""Progress reports on a fixed programme (tests/cohorts/reports_data.py): every figure pinned,
for funders (suppressed), council leads (their council, unsuppressed, by name) and staff
(everything, with a line per cohort); periods, filters, who may ask, and query counts."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Attendance, Completion, Enrolment, EnrolmentStatus
from cohorts.reports import (
    quarter_bounds,
    quarter_of,
    report_options,
)
from cohorts.reports.periods import financial_year, period_choices
from councils.models import Role
from labs.models import Activity
from tests.cohorts.reports_data import TODAY, report

KEYS = [
    "enrolled",
    "started",
    "active",
    "completed",
    "withdrawn",
    "certificates",
    "finished_enrolled",
    "finished_completed",
    "sessions_held",
    "sessions_attended",
    "completion_rate",
    "attendance_rate",
]

# Financial year 2025–26, as programme staff see it: every figure, worked out by hand from the
# roster in reports_data.py (e.g. Data Lab, Cardiff: 12 enrolled; 9 done + 1 stuck + 1 gone
# started; 9×6 + 2 + 6 + 6 = 68 person-sessions held, 9×5 + 1 + 2 = 48 attended).
STAFF_FY = {
    ("Adaption Lab", "Bridgend"): "15 15 0 11 1 11 15 11 86 62 73% 72%",
    ("Adaption Lab", "Cardiff"): "10 10 2 6 0 6 10 6 60 38 60% 63%",
    ("Adaption Lab", "Newport"): "9 9 0 7 2 6 9 7 46 37 78% 80%",
    ("Adaption Lab", "All councils"): "34 34 2 24 3 23 34 24 192 137 71% 71%",
    ("Data Lab", "Bridgend"): "28 25 6 15 2 14 20 15 136 101 75% 74%",
    ("Data Lab", "Cardiff"): "12 11 0 9 1 9 12 9 68 48 75% 71%",
    ("Data Lab", "Newport"): "3 3 0 2 1 2 3 2 14 11 67% 79%",
    ("Data Lab", "All councils"): "43 39 6 26 4 25 35 26 218 160 74% 73%",
    ("Total", ""): "77 73 8 50 7 48 69 50 410 297 72% 72%",
}

# The same year as a funder sees it (docs/reporting.md). Always exact: every total for the
# programme, a Lab or a period, and every headcount of people enrolled (Newport's 3 in the Data
# Lab included). Below the totals, how fewer than 5 people did is withheld — a count of 1 to 4, and
# any figure with 1 to 4 people behind it (Newport's 3: "<5" even where its count is 3, since no
# count can pass the 3 enrolled). Complements go among inner cells only ([c]): Newport's and
# Cardiff's Data Lab completions take Cardiff's with them, and so on through the councils' totals.
# Started in the Data Lab: with Newport's 3 of 3 and the exact total of 39, no inner figure could
# protect it, so the Lab's councils are merged ([m]) into "Other councils", whose 39 is the Lab's.
# Active: Cardiff alone makes up the Adaption Lab's 2 and Bridgend the Data Lab's 6: shown, as the
# totals give them away. Newport's attendance (14 sessions, only 3 people) is withheld.
FUNDER_FY = {
    ("Adaption Lab", "Bridgend"): "15 [c] 0 11 <5 11 15 11 86 62 73% 72%",
    ("Adaption Lab", "Cardiff"): "10 [c] 2 [c] 0 [c] 10 [c] [c] [c] [c] [c]",
    ("Adaption Lab", "Newport"): "9 [c] 0 [c] <5 [c] 9 [c] [c] [c] [c] [c]",
    ("Adaption Lab", "All councils"): "34 34 2 24 3 23 34 24 192 137 71% 71%",
    ("Data Lab", "Bridgend"): "28 [m] 6 15 <5 14 20 15 136 101 75% 74%",
    ("Data Lab", "Cardiff"): "12 [m] 0 [c] <5 [c] 12 [c] [c] [c] [c] [c]",
    ("Data Lab", "Newport"): "3 [m] 0 <5 <5 <5 3 <5 [c] [c] [c] [c]",
    ("Data Lab", "Other councils (Bridgend, Cardiff, Newport)"): (
        "n/a 39 n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a"
    ),
    ("Data Lab", "All councils"): "43 39 6 26 4 25 35 26 218 160 74% 73%",
    ("Total", ""): "77 73 8 50 7 48 69 50 410 297 72% 72%",
}
THEMES_FY = {
    # Staff, then funders: one theme's withdrawn is 3, the other's 4, both <5 to a funder.
    "staff": {
        "Accelerating Decarbonisation": "42 40 8 24 3 23 34 24 216 157 71% 73%",
        "Supportive Communities": "35 33 0 26 4 25 35 26 194 140 74% 72%",
    },
    # Each theme here is made up of whole Labs (Adaption and the Data Lab's D2 cohort, or the
    # Data Lab's D1), so the Labs' exact totals give the themes' figures away: shown.
    "funder": {
        "Accelerating Decarbonisation": "42 40 8 24 3 23 34 24 216 157 71% 73%",
        "Supportive Communities": "35 33 0 26 4 25 35 26 194 140 74% 72%",
    },
}
QUARTER_KEYS = [key for key in KEYS if key != "active"]
QUARTERS_FY = {
    "staff": {
        "Q1 2025–26": "35 33 26 4 25 35 26 194 140 74% 72%",
        "Q2 2025–26": "34 0 0 0 0 0 0 0 0 n/a n/a",
        "Q3 2025–26": "0 34 24 3 23 34 24 192 137 71% 71%",
        "Q4 2025–26": "8 6 0 0 0 0 0 24 20 n/a 83%",
    },
    # Each quarter's totals are always exact.
    "funder": {
        "Q1 2025–26": "35 33 26 4 25 35 26 194 140 74% 72%",
        "Q2 2025–26": "34 0 0 0 0 0 0 0 0 n/a n/a",
        "Q3 2025–26": "0 34 24 3 23 34 24 192 137 71% 71%",
        "Q4 2025–26": "8 6 0 0 0 0 0 24 20 n/a 83%",
    },
}
# A lead of Cardiff: their council only, unsuppressed.
LEAD_FY = {
    ("Adaption Lab", "Cardiff"): "10 10 2 6 0 6 10 6 60 38 60% 63%",
    ("Data Lab", "Cardiff"): "12 11 0 9 1 9 12 9 68 48 75% 71%",
    ("Total", ""): "22 21 2 15 1 15 22 15 128 86 68% 67%",
}


def texts(figures, keys=KEYS) -> str:
    return " ".join(figures[key].text for key in keys)


def lab_table(rep) -> dict:
    table = {}
    for group in rep.lab_groups:
        for row in group.rows + ([group.total] if group.total else []):
            table[(group.lab.name, row.label)] = texts(row.figures)
    table[("Total", "")] = texts(rep.total)
    return table


def test_staff_see_every_figure_of_the_year_unsuppressed(programme, staff):
    rep = report(staff, period="fy-2025")
    assert lab_table(rep) == STAFF_FY
    assert {row.label: texts(row.figures) for row in rep.themes} == THEMES_FY["staff"]
    assert {row.label: texts(row.figures, QUARTER_KEYS) for row in rep.quarters} == QUARTERS_FY[
        "staff"
    ]
    assert rep.people is None


def test_funders_see_exact_totals_and_how_few_people_did_withheld_below_them(programme, funder):
    rep = report(funder, period="fy-2025")
    assert lab_table(rep) == FUNDER_FY
    assert {row.label: texts(row.figures) for row in rep.themes} == THEMES_FY["funder"]
    assert {row.label: texts(row.figures, QUARTER_KEYS) for row in rep.quarters} == QUARTERS_FY[
        "funder"
    ]
    assert rep.people is None and rep.cohorts is None


def test_a_withheld_figure_carries_no_value_at_all(programme, funder):
    rep = report(funder, period="fy-2025")
    data = next(g for g in rep.lab_groups if g.lab.code == "data")
    newport = next(r for r in data.rows if r.label == "Newport")
    cardiff = next(r for r in data.rows if r.label == "Cardiff")
    assert newport.figures["completed"].value is None and newport.figures["completed"].text == "<5"
    assert newport.figures["completed"].reason == "small"
    assert cardiff.figures["completed"].value is None and cardiff.figures["completed"].text == "[c]"
    assert cardiff.figures["completed"].reason == "complement"
    assert newport.figures["started"].text == "[m]" and newport.figures["started"].value is None
    # Headcounts of people enrolled are exact, a small one too.
    assert (newport.figures["enrolled"].value, newport.figures["enrolled"].withheld) == (3, False)
    # A rate over shown figures is shown; over a withheld one, withheld.
    assert newport.figures["completion_rate"].text == "[c]"


def test_one_council_chosen_does_not_show_its_merged_figure(programme, funder):
    # In the whole table Newport's Data Lab starts are merged into "Other councils" (39, the
    # Lab's). Chosen alone, Newport must not get an "Other councils" row of its own 3.
    newport = report(funder, period="fy-2025", council="newport")
    data = next(g for g in newport.lab_groups if g.lab.code == "data")
    assert [row.label for row in data.rows] == ["Newport"]
    assert data.rows[0].figures["started"].text == "[m]"
    assert "merged" in newport.notices
    with_lab = report(funder, period="fy-2025", council="newport", lab="data")
    assert [texts(row.figures, ["started"]) for g in with_lab.lab_groups for row in g.rows] == [
        "[m]"
    ]


def test_a_council_lead_sees_their_council_unsuppressed_with_their_staff_by_name(programme, lead):
    rep = report(lead, period="fy-2025")
    assert lab_table(rep) == LEAD_FY
    names = [p.name for p in rep.people]
    assert len(names) == 22 and all("Cardiff" in name for name in names)
    done = next(p for p in rep.people if p.name == "D1 Cardiff done 1")
    assert (done.status, done.completed, done.certificate) == (
        "Completed",
        dt.date(2025, 6, 20),
        dt.date(2025, 6, 20),
    )
    assert done.first_activity == dt.date(2025, 5, 6) and done.enrolled == dt.date(2025, 4, 15)
    gone = next(p for p in rep.people if p.name == "D1 Cardiff gone 1")
    assert (gone.status, gone.withdrawn) == ("Withdrawn", dt.date(2025, 5, 13))
    assert rep.cohorts is None


def test_staff_get_a_line_per_cohort(programme, staff):
    rep = report(staff, period="fy-2025")
    lines = {c.title: " ".join(cell.text for cell in c.cells) for c in rep.cohorts}
    # enrolled started active completed withdrawn certificates attendance
    assert lines == {
        "D2 Data Lab cohort": "8 6 6 0 0 0 83%",
        "A1 Adaption Lab cohort": "34 34 2 24 3 23 71%",
        "D1 Data Lab cohort": "35 33 0 26 4 25 72%",
    }
    d1 = next(c for c in rep.cohorts if c.title.startswith("D1"))
    assert (d1.first_session, d1.last_session) == (dt.date(2025, 5, 6), dt.date(2025, 6, 10))


def test_a_quarter_counts_what_happened_in_it(programme, staff):
    q1 = report(staff, period="fy-2025-q1")
    # Enrolled and started in Q1: D1 only; D1 finished in Q1 (completion rate counted there).
    assert texts(q1.total) == "35 33 0 26 4 25 35 26 194 140 74% 72%"
    assert [row.label for row in q1.quarters] == ["Q1 2025–26"]
    q4 = report(staff, period="fy-2025-q4")
    # Active: activity from 7 to 20 March 2026 (today): D2's six and Adaption/Cardiff's two.
    assert texts(q4.total) == "8 6 8 0 0 0 0 0 24 20 n/a 83%"
    q2 = report(staff, period="fy-2025-q2")
    assert texts(q2.total, ["enrolled", "started", "active", "completion_rate"]) == "34 0 0 n/a"


def test_the_programme_to_date_is_the_whole_history(programme, staff):
    assert texts(report(staff).total) == STAFF_FY[("Total", "")]
    assert report(staff).period.key == "all"


def test_funder_filters_read_the_same_suppressed_cells(programme, funder):
    data_lab = report(funder, period="fy-2025", lab="data")
    assert [g.lab.code for g in data_lab.lab_groups] == ["data"]
    assert texts(data_lab.total) == FUNDER_FY[("Data Lab", "All councils")]
    cardiff = report(funder, period="fy-2025", council="cardiff")
    # Cardiff's enrolments are exact; its completions stay withheld as in the whole table.
    assert texts(cardiff.total, ["enrolled"]) == "22"
    assert [texts(g.rows[0].figures, ["enrolled", "completed"]) for g in cardiff.lab_groups] == [
        "10 [c]",
        "12 [c]",
    ]
    decarbonisation = report(funder, period="fy-2025", theme="decarbonisation")
    assert texts(decarbonisation.total) == THEMES_FY["funder"]["Accelerating Decarbonisation"]


def test_staff_and_leads_may_filter_by_cohort(programme, staff, lead):
    d1 = programme["cohorts"]["D1"]
    assert texts(report(staff, cohort=str(d1.pk)).total, ["enrolled"]) == "35"
    assert texts(report(lead, cohort=str(d1.pk)).total, ["enrolled"]) == "12"


@pytest.mark.parametrize(
    "params",
    [
        {"council": "newport"},  # another council
        {"cohort": "999999"},  # not one of theirs
        {"cohort": "abc"},
    ],
)
def test_a_lead_asking_for_another_council_or_a_foreign_choice_gets_404(
    client, programme, lead, params
):
    client.force_login(lead)
    assert client.get(reverse("reports"), params).status_code == 404


@pytest.mark.parametrize(
    ("params", "message", "shown"),
    [
        ({"period": "fy-1999"}, "There is no report for that period", "Programme to date"),
        ({"period": "fy-2025-q9"}, "There is no report for that period", "Programme to date"),
        ({"lab": "astrology", "period": "fy-2025"}, "There is no such Lab", "Financial year"),
        ({"theme": "x", "lab": "data"}, "There is no such theme", "Programme to date"),
    ],
)
def test_an_unknown_period_lab_or_theme_is_dropped_with_a_message(
    client, programme, lead, funder, params, message, shown
):
    for user in (lead, funder):
        client.force_login(user)
        response = client.get(reverse("reports"), params)
        assert response.status_code == 200
        html = response.content.decode()
        assert message in html
        period = re.search(r'id="report-period">([^<]+)<', html)[1]
        assert period.startswith(shown)
        # What was asked for and is known stays chosen.
        if params.get("lab") == "data":
            assert '<option value="data" selected>' in html


def test_a_funders_downloads_are_named_for_their_filters(programme, funder):
    from cohorts.models import ReportExport
    from cohorts.reports.exports import download_name

    export = ReportExport.objects.create(
        requested_by=funder,
        format="csv",
        filters={"period": "fy-2025-q1", "lab": "data", "council": "vale-of-glamorgan"},
    )
    assert (
        download_name(export)
        == f"infuse-progress-fy-2025-q1-data-vale-of-glamorgan-{export.pk}.csv"
    )
    rep = report(funder, period="fy-2025", theme="communities")
    assert download_name(export, rep) == f"infuse-progress-fy-2025-communities-{export.pk}.csv"
    assert rep.scope_label == "Part of the programme, small numbers suppressed"
    assert report(funder).scope_label == "Whole programme, small numbers suppressed"


def test_a_lead_may_name_their_own_council(client, programme, lead):
    client.force_login(lead)
    assert client.get(reverse("reports"), {"council": "cardiff"}).status_code == 200


def test_a_funder_cannot_filter_by_cohort(client, programme, funder):
    client.force_login(funder)
    cohort = programme["cohorts"]["D1"]
    assert client.get(reverse("reports"), {"cohort": cohort.pk}).status_code == 404


def test_participants_may_not_use_reports(client, programme, participant):
    client.force_login(participant)
    assert client.get(reverse("reports")).status_code == 403
    assert client.post(reverse("report_export_create"), {"format": "csv"}).status_code == 403


def test_the_funder_page_shows_the_figures_charts_and_definitions(client, programme, funder):
    client.force_login(funder)
    response = client.get(reverse("reports"), {"period": "fy-2025"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1 and "Programme progress" in html
    assert 'data-figure="&lt;5"' in html and 'data-figure="[c]"' in html
    assert 'data-figure="77"' in html  # the year's total
    # Three charts with text alternatives, each followed by its table.
    assert html.count('role="img"') == 3 and html.count("<desc") == 3
    assert "Completion rate by lab and council" in html
    assert "Bridgend 75%" in html  # in the chart's description
    assert "What the figures mean" in html and "sessions held so far" in html
    assert "Q1 2025–26" in html and "Financial year 2025–26" in html
    assert "Cardiff done" not in html and "@cardiff.test" not in html


def test_the_lead_page_names_their_staff_and_nobody_elses(client, programme, lead):
    client.force_login(lead)
    html = client.get(reverse("reports")).content.decode()
    assert "D1 Cardiff done 1" in html
    assert "Newport done" not in html and "Bridgend done" not in html
    # Progress figures are exact for a lead; outcome and equality figures (after them) are
    # withheld under 5 for every audience.
    progress = html.split("Outcomes and who took part")[0].split("Summary")[1]
    assert "&lt;5" not in progress


def test_period_choices_follow_the_financial_year():
    assert financial_year(dt.date(2026, 3, 31)) == 2025
    assert financial_year(dt.date(2026, 4, 1)) == 2026
    assert quarter_of(dt.date(2025, 4, 1)) == (2025, 1)
    assert quarter_of(dt.date(2025, 12, 31)) == (2025, 3)
    assert quarter_of(dt.date(2026, 1, 1)) == (2025, 4)
    assert quarter_bounds(2025, 1) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    assert quarter_bounds(2025, 4) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    periods = period_choices(first=dt.date(2025, 2, 10), today=dt.date(2025, 5, 2))
    assert [p.key for p in periods] == ["all", "fy-2025", "fy-2025-q1", "fy-2024", "fy-2024-q4"]
    assert periods[2].label == "Q1 2025–26 (April to June 2025)"
    assert periods[1].label == "Financial year 2025–26"
    assert (periods[0].start, periods[0].end) == (dt.date(2025, 1, 1), dt.date(2025, 5, 2))


# --- Query counts: flat as the data grows ------------------------------------------------------

QUERIES = {
    # session, user, bounds, councils, labs, [cohorts], the figures counted per cohort (kept.py,
    # in a savepoint with their own work_mem: 4): the cohorts, the snapshot, the session dates,
    # the kept figures still current with their sums (and staff's sessions held per cohort) in
    # one; for the others, their self-study, attendance, starts, enrolments, completions,
    # withdrawals, certificates and groups (8), kept in a savepoint with a lock timeout (7;
    # not for a lead, whose report counts its council's people only and keeps nothing);
    # then active, targets, [people | cohorts + attended], recent downloads, and the outcome
    # and equality tables' five (answers, statements, follow-ups, equality answers, the people
    # in scope). The second page after `_grow` counts only the new cohort and sums the kept
    # ones; the first counts them all: the same queries.
    Role.FUNDER: 35,
    Role.LEAD: 30,
    Role.STAFF: 38,
}


def _grow(programme, make_cohort, make_user, cardiff, newport):
    """Another cohort with 30 more people, each with completions and attendance."""
    cohort = make_cohort(
        start=dt.date(2025, 11, 4), councils=[cardiff, newport], title="Growth cohort"
    )
    activities = list(Activity.objects.filter(module__lab=cohort.lab)[:10])
    for i in range(30):
        person = make_user(f"grow{i}@x.test", council=cardiff if i % 2 else newport)
        enrolment = Enrolment.objects.create(
            cohort=cohort, user=person, status=EnrolmentStatus.ACTIVE
        )
        Completion.objects.bulk_create(
            Completion(enrolment=enrolment, activity=a) for a in activities
        )


@pytest.mark.parametrize("role", [Role.FUNDER, Role.LEAD, Role.STAFF])
def test_the_report_page_takes_the_same_queries_however_much_data(
    client,
    programme,
    make_cohort,
    make_user,
    cardiff,
    newport,
    funder,
    lead,
    staff,
    role,
    django_assert_num_queries,
):
    user = {Role.FUNDER: funder, Role.LEAD: lead, Role.STAFF: staff}[role]
    client.force_login(user)
    with django_assert_num_queries(QUERIES[role]):
        assert client.get(reverse("reports"), {"period": "fy-2025"}).status_code == 200
    _grow(programme, make_cohort, make_user, cardiff, newport)
    with django_assert_num_queries(QUERIES[role]):
        response = client.get(reverse("reports"), {"period": "fy-2025"})
    assert response.status_code == 200
    assert re.search(r'data-figure="(\d+)"', response.content.decode())


def test_the_quarter_chart_counts_whole_people_on_its_axis(programme, funder):
    from cohorts.reports.charts import quarter_chart

    for data in ({"period": "fy-2025"}, {"period": "fy-2025", "lab": "adaption"}):
        svg = str(quarter_chart(report(funder, **data)))
        ticks = re.findall(r'text-anchor="end"[^>]*>([^<]+)</text>', svg)
        assert len(ticks) >= 5 and all(tick.isdigit() for tick in ticks), ticks


def test_a_leads_report_names_their_council_among_its_filters(programme, lead):
    described = dict(report(lead).filters.described())
    assert described["Council"] == lead.council.display_name


def test_a_cohort_across_two_quarters_counts_each_quarters_sessions_there(
    programme, staff, make_cohort, make_user, cardiff
):
    # Sessions on 2, 9, 16, 23 and 30 December 2025 (Q3) and 6 January 2026 (Q4).
    winter = make_cohort(start=dt.date(2025, 12, 2), councils=[cardiff], title="Winter cohort")
    sessions = list(winter.sessions.order_by("date"))
    stays = Enrolment.objects.create(
        cohort=winter,
        user=make_user("stays@x.test", council=cardiff),
        status="active",
        enrolled_at=_before(winter.start_date),
    )
    Enrolment.objects.create(
        cohort=winter,
        user=make_user("goes@x.test", council=cardiff),
        status=EnrolmentStatus.WITHDRAWN,
        withdrawn_on=dt.date(2025, 12, 10),  # after two sessions
        enrolled_at=_before(winter.start_date),
    )
    # Enrolled on 20 December, after three sessions: 23 and 30 December and 6 January are
    # held for them, not the ones before they joined.
    joins = Enrolment.objects.create(
        cohort=winter,
        user=make_user("joins@x.test", council=cardiff),
        status="active",
        enrolled_at=timezone.make_aware(dt.datetime(2025, 12, 20, 11)),
    )
    Attendance.objects.bulk_create(
        Attendance(enrolment=stays, session=s, attended=s in (sessions[0], sessions[-1]))
        for s in sessions
    )
    # Ticked on every register by mistake: only the sessions held for them count as attended.
    Attendance.objects.bulk_create(
        Attendance(enrolment=joins, session=s, attended=True) for s in sessions
    )

    def line(period):
        rep = report(staff, period=period)
        cohort = next(c for c in rep.cohorts if c.title == "Winter cohort")
        figures = cohort.figures
        return (
            " ".join(figures[key].text for key in ("sessions_held", "sessions_attended")),
            figures["attendance_rate"].text,
            texts(rep.total, ["sessions_held", "sessions_attended"]),
        )

    # Q3: five for the one who stayed, two for the one who left, two for the one who joined
    # late; the programme's 192 + 9. Attended: 2 December, and the late joiner's two.
    assert line("fy-2025-q3") == ("9 3", "33%", "201 140")
    # Q4: the January session, for two of them; the programme's 24 + 2.
    assert line("fy-2025-q4") == ("2 2", "100%", "26 22")
    assert line("fy-2025") == ("11 5", "45%", "421 302")


def test_a_late_joiners_day_is_the_day_in_wales(programme, staff, make_cohort, make_user):
    # Fridays 6 June to 11 July 2025. Enrolled at 23:30 UTC on 13 June, which is 00:30 on
    # 14 June in Wales (British Summer Time): the session of 13 June was before they joined.
    cohort = _procurement_cohort(make_cohort, make_user, dt.date(2025, 6, 6), "Summer", people=0)
    from councils.models import Council

    enrolment = Enrolment.objects.create(
        cohort=cohort,
        user=make_user("midnight@torfaen.test", council=Council.objects.get(slug="torfaen")),
        status=EnrolmentStatus.ACTIVE,
        enrolled_at=dt.datetime(2025, 6, 13, 23, 30, tzinfo=dt.UTC),
    )
    Attendance.objects.bulk_create(
        Attendance(enrolment=enrolment, session=s, attended=True) for s in cohort.sessions.all()
    )
    rep = report(staff, period="fy-2025")
    line = next(c for c in rep.cohorts if c.title == "Summer")
    assert " ".join(line.figures[k].text for k in ("sessions_held", "sessions_attended")) == "4 4"
    assert line.figures["attendance_rate"].text == "100%"


def _procurement_cohort(make_cohort, make_user, start, title, people=3, slug="torfaen"):
    """A Procurement Lab cohort on Fridays of Torfaen people (a Lab and council that the fixed
    programme has none of, so their figures stand alone)."""
    from councils.models import Council
    from labs.models import Lab

    torfaen = Council.objects.get(slug=slug)
    cohort = make_cohort(
        lab=Lab.objects.get(code="procurement"),
        start=start,
        weekday=4,
        councils=[torfaen],
        title=title,
    )
    for i in range(people):
        Enrolment.objects.create(
            cohort=cohort,
            user=make_user(f"{title.split()[0].lower()}{i}@{slug}.test", council=torfaen),
            status=EnrolmentStatus.ACTIVE,
            enrolled_at=_before(start),
        )
    return cohort


def _before(start: dt.date) -> dt.datetime:
    """A week before a cohort's start, as people are usually enrolled."""
    return timezone.make_aware(dt.datetime.combine(start - dt.timedelta(days=7), dt.time(9)))


def _torfaen_row(rep):
    group = next(g for g in rep.lab_groups if g.lab.code == "procurement")
    return next(row for row in group.rows if row.label == "Torfaen").figures


def test_a_session_today_is_not_held_yet_and_a_running_cohort_has_not_finished(
    programme, staff, make_cohort, make_user
):
    # Fridays 20 February to 27 March 2026: four sessions before today (20 March), one today,
    # the last one next week, in this same quarter.
    cohort = _procurement_cohort(make_cohort, make_user, dt.date(2026, 2, 20), "Running cohort")
    dates = list(cohort.sessions.order_by("date").values_list("date", flat=True))
    assert TODAY in dates and dates[-1] == dt.date(2026, 3, 27)
    rep = report(staff, period="fy-2025-q4")
    line = next(c for c in rep.cohorts if c.title == "Running cohort")
    assert line.figures["sessions_held"].text == "12"  # 3 people × 4 sessions
    torfaen = _torfaen_row(rep)
    assert texts(torfaen, ["sessions_held", "finished_enrolled", "completion_rate"]) == "12 0 n/a"


def test_funders_attendance_over_fewer_than_five_people_is_withheld_below_the_totals(
    programme, funder, make_cohort, make_user
):
    # Fridays 7 March to 11 April 2025: four sessions in 2024–25, two in 2025–26. Three people:
    # 12 and 6 person-sessions, 18 in all — each from fewer than five people.
    _procurement_cohort(make_cohort, make_user, dt.date(2025, 3, 7), "Spanning cohort")
    # Alone in the Procurement Lab, Torfaen's figures are the Lab's, which are always exact.
    for period in ("fy-2024-q4", "fy-2025-q1", "all"):
        rep = report(funder, period=period)
        group = next(g for g in rep.lab_groups if g.lab.code == "procurement")
        keys = ["sessions_held", "attendance_rate"]
        assert texts(_torfaen_row(rep), keys) == texts(group.total.figures, keys), period
        assert not group.total.figures["sessions_held"].withheld
    # Beside six Newport people in the same Lab, Torfaen's three are withheld at every level.
    newport = _procurement_cohort(
        make_cohort, make_user, dt.date(2025, 3, 7), "Newport cohort", people=6, slug="newport"
    )
    assert newport.enrolments.count() == 6
    for period in ("fy-2024-q4", "fy-2025-q1", "fy-2024", "fy-2025", "all"):
        torfaen = _torfaen_row(report(funder, period=period))
        assert texts(torfaen, ["sessions_held", "attendance_rate"]) == "[c] [c]", period
        assert torfaen["sessions_held"].value is None


def test_the_people_behind_attendance_are_counted_once_at_each_level_of_time():
    from collections import defaultdict

    from cohorts.reports.build import add_rows
    from cohorts.reports.disclosure import ALL, Cube, flat_dimension, time_dimension
    from cohorts.reports.kept import _count_sessions, _read, _summed
    from cohorts.reports.queries import CohortGroup

    axis = [("q", 2024, 4), ("q", 2025, 1), ("q", 2025, 2)]

    def cube():
        return Cube(
            [
                flat_dimension("lab", [1]),
                flat_dimension("council", [7]),
                flat_dimension("theme", ["com"]),
                time_dimension(axis),
            ]
        )

    timed, people = cube(), cube()
    # Fridays 7 March to 11 April 2025 (2024–25 Q4 and 2025–26 Q1); Fridays 20 June to
    # 25 July 2025 (Q1 and Q2); and one from 1 September 2025, running.
    dates = {
        cohort: [start + dt.timedelta(weeks=w) for w in range(6)]
        for cohort, start in [
            (1, dt.date(2025, 3, 7)),
            (2, dt.date(2025, 9, 1)),
            (3, dt.date(2025, 6, 20)),
        ]
    }
    groups = [
        CohortGroup(1, 1, 7, "com", EnrolmentStatus.COMPLETED, None, 3),
        # Withdrew after the second session: two held, both in 2024–25.
        CohortGroup(1, 1, 7, "com", EnrolmentStatus.WITHDRAWN, dt.date(2025, 3, 15), 1),
        # Running on 10 September: two sessions before today.
        CohortGroup(2, 1, 7, "com", EnrolmentStatus.ACTIVE, None, 2),
        CohortGroup(3, 1, 7, "com", EnrolmentStatus.COMPLETED, None, 2),
    ]
    today = dt.date(2025, 9, 10)
    sums = defaultdict(lambda: [0, 0])
    _count_sessions(sums, groups, dates, today=today)
    figures = [(*key, n, minutes) for key, (n, minutes) in sums.items()]
    cohorts = {cohort: (1, "com") for cohort in dates}
    read = _read(_summed(figures, cohorts, None, today))
    add_rows(timed, people, read.rows, read.people)
    at = (1, 7, "com")
    held = {node: timed.get("sessions_held", at + (node,)) for node in axis}
    assert held == {
        ("q", 2024, 4): 3 * 4 + 1 * 2,
        ("q", 2025, 1): 3 * 2 + 2 * 2,
        ("q", 2025, 2): 2 * 4 + 2 * 2,
    }
    assert timed.get("sessions_held", at + (ALL,)) == 14 + 10 + 12
    # People: each counted once at every node, however many sessions or quarters they had
    # there — so a year is not the sum of its quarters, nor the programme of its years.
    assert [people.get("people", at + (node,)) for node in axis] == [4, 3 + 2, 2 + 2]
    assert people.get("people", at + (("fy", 2024),)) == 4
    assert people.get("people", at + (("fy", 2025),)) == 3 + 2 + 2  # not 5 + 4
    assert people.get("people", at + (ALL,)) == 4 + 2 + 2  # not 4 + 7
    # Cohort 1 finished in 2025–26 Q1 with its four people (one withdrawn), cohort 3 in Q2;
    # cohort 2 has not finished.
    assert timed.get("finished_enrolled", at + (("q", 2025, 1),)) == 4
    assert timed.get("finished_completed", at + (("q", 2025, 1),)) == 3
    assert timed.get("finished_enrolled", at + (("q", 2025, 2),)) == 2
    assert timed.get("finished_enrolled", at + (ALL,)) == 6


# --- Funders: nothing finer than lab × council -------------------------------------------------


def test_with_a_theme_a_funder_sees_each_lab_for_all_councils_together(programme, funder, staff):
    rep = report(funder, period="fy-2025", theme="decarbonisation")
    # Adaption (A1) and Data (D2) run on this theme; no Lab is split by council.
    assert [(g.lab.code, [r.label for r in g.rows], g.total.label) for g in rep.lab_groups] == [
        ("adaption", [], "All councils"),
        ("data", [], "All councils"),
    ]
    assert texts(rep.lab_groups[1].total.figures, ["enrolled", "started"]) == "8 6"
    assert "by council and theme would be finer" in rep.notices["by_lab"]
    # Staff still see it by council.
    by_council = report(staff, period="fy-2025", theme="decarbonisation")
    assert [r.label for r in by_council.lab_groups[0].rows] == ["Bridgend", "Cardiff", "Newport"]
    assert not by_council.notices


def test_with_a_council_and_a_theme_a_funder_sees_no_split_by_lab(programme, funder):
    rep = report(funder, period="fy-2025", theme="decarbonisation", council="bridgend")
    assert rep.lab_groups == [] and "not split by Lab" in rep.notices["by_lab"]
    assert texts(rep.total, ["enrolled"]) == "23"  # Bridgend: A1's 15 and D2's 8
    assert [row.label for row in rep.themes] == ["Accelerating Decarbonisation"]


def test_with_a_lab_and_a_council_a_funder_sees_no_split_by_theme(programme, funder, lead):
    rep = report(funder, period="fy-2025", lab="data", council="bridgend")
    assert rep.themes == [] and "not split by theme" in rep.notices["by_theme"]
    assert texts(rep.total, ["enrolled"]) == "28"
    # A lead of their own council, unsuppressed, still sees it by theme.
    assert len(report(lead, period="fy-2025", lab="data").themes) == 2


def test_a_funder_asking_for_a_lab_a_council_and_a_theme_gets_both_themes_and_is_told(
    programme, funder
):
    rep = report(funder, period="fy-2025", lab="data", council="bridgend", theme="communities")
    assert rep.filters.theme == "" and rep.filters.theme_dropped
    assert dict(rep.filters.described())["Theme"] == "Both themes"
    assert "these are for both themes" in rep.notices["filters"]
    plain = report(funder, period="fy-2025", lab="data", council="bridgend")
    assert texts(rep.total) == texts(plain.total)


def xlsx_text(data: bytes) -> str:
    import html
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as book:
        xml = book.read("xl/sharedStrings.xml").decode()
    return html.unescape(" ".join(re.findall(r"<t[^>]*>([^<]*)</t>", xml)))


def workbook_text(rep) -> str:
    """The texts of the report's workbook (its "About this report" sheet carries the notices)."""
    from cohorts.reports.exports import report_xlsx

    return xlsx_text(report_xlsx(rep))


def test_the_funders_page_and_csv_say_why_a_breakdown_is_coarser(client, programme, funder):
    from cohorts.reports.exports import report_csv

    client.force_login(funder)
    html = client.get(
        reverse("reports"), {"period": "fy-2025", "theme": "decarbonisation", "council": "bridgend"}
    ).content.decode()
    assert 'id="notice-by-lab"' in html and "not split by Lab" in html
    assert "Nobody was enrolled" not in html
    html = client.get(
        reverse("reports"), {"period": "fy-2025", "lab": "data", "council": "bridgend"}
    ).content.decode()
    assert 'id="notice-by-theme"' in html and 'id="theme-table"' not in html
    rep = report(funder, period="fy-2025", lab="data", council="bridgend")
    assert "not split by theme" in workbook_text(rep)
    # No figure by theme in the CSV: every row is for both themes.
    assert {row.split(",")[3] for row in report_csv(rep).splitlines()[1:]} == {"Both themes"}


def test_every_funders_output_says_why_a_breakdown_is_coarser(
    client, programme, funder, django_capture_on_commit_callbacks
):
    """The page, the CSV and the PDF each carry the notices, a download of a dropped theme
    included."""
    import io

    from pypdf import PdfReader

    from cohorts.models import ReportExport
    from cohorts.reports.exports import (
        download_name,
        report_export_build,
        report_pdf,
    )

    asked = {"period": "fy-2025", "lab": "data", "council": "bridgend", "theme": "communities"}
    client.force_login(funder)
    html = client.get(reverse("reports"), asked).content.decode()
    assert 'id="notice-filters"' in html and "these are for both themes" in html
    assert 'id="notice-by-theme"' in html
    # Asked as a download, the file is built from the stored filters: the same notices.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("report_export_create"), {**asked, "format": "xlsx"})
    assert response.status_code in (200, 302)
    export = ReportExport.objects.get(requested_by=funder)
    assert export.filters.get("theme") == "communities"
    built = report_export_build(export_id=export.pk)
    text = xlsx_text(built.file.open("rb").read())
    # Each notice by words only it has: "for both themes" (the filters), "not split by theme:
    # that would be finer" (the theme table), "each Lab is shown" / "not split by Lab" (labs).
    by_theme = "not split by theme: that would be finer"
    assert "these are for both themes" in text and by_theme in text
    assert download_name(built).startswith("infuse-progress-fy-2025-data-bridgend-")
    rep = report(funder, **asked)
    assert "communities" not in download_name(export, rep)  # the figures are for both themes
    assert "these are for both themes" in workbook_text(rep) and by_theme in workbook_text(rep)
    pdf = PdfReader(io.BytesIO(report_pdf(rep)))
    words = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    assert "these are for both themes" in words and by_theme in words
    by_lab = report(funder, period="fy-2025", theme="communities")
    assert "each Lab is shown for all councils together" in workbook_text(by_lab)
    pdf = PdfReader(io.BytesIO(report_pdf(by_lab)))
    words = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    assert "each Lab is shown for all councils together" in words
    no_lab = report(funder, period="fy-2025", theme="communities", council="bridgend")
    assert "figures are not split by Lab" in workbook_text(no_lab)


# --- What the queries are (issue 24) ---------------------------------------------------------


def test_the_options_read_the_first_enrolment_off_its_index_and_few_columns_of_cohorts(
    programme, staff
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert any(index.fields == ["enrolled_at"] for index in Enrolment._meta.indexes)
    with CaptureQueriesContext(connection) as queries:
        options = report_options(user=staff, today=TODAY)
        titles = [cohort.title for cohort in options.cohorts]
    bounds = queries[0]["sql"].upper()
    # Not every enrolment joined to its cohort: the first one, off the index.
    assert "JOIN" not in bounds and "ORDER BY" in bounds and "LIMIT 1" in bounds
    first = Enrolment.objects.order_by("enrolled_at").first().enrolled_at
    assert options.first == min(
        timezone.localtime(first).date(), min(c.start_date for c in options.cohorts)
    )
    assert titles and len(queries) == 4  # bounds, councils, cohorts, labs: no title read later
    deferred = options.cohorts[0].get_deferred_fields()
    assert {"location", "online_url", "lab_id", "capacity"} <= deferred


def test_the_counting_runs_in_one_transaction_with_room_and_no_jit(programme, lead):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        report(lead, period="fy-2025")
    sql = [q["sql"] for q in queries]
    settings = [i for i, s in enumerate(sql) if "set_config('work_mem'" in s]
    assert len(settings) == 1 and "set_config('jit', 'off', true)" in sql[settings[0]]
    self_study = next(s for s in sql if "weeks AS MATERIALIZED" in s)
    # A lead's completions are narrowed to their council before they are grouped.
    cte = self_study[: self_study.index(")\n        SELECT")]
    assert "c.enrolment_id IN (SELECT" in cte
    # Every counting query after the settings, before the transaction ends.
    assert sql.index(self_study) > settings[0]
    released = [i for i, s in enumerate(sql) if s.startswith("RELEASE SAVEPOINT")]
    assert not released or released[-1] > sql.index(self_study)


def test_the_cubes_are_added_to_once_per_entry_however_many_people(
    programme, staff, cardiff, monkeypatch
):
    """Counts are summed by entry before they go into a cube (each addition updates every
    total above it): more people in the same places add nothing to the work."""
    from cohorts.reports import disclosure
    from councils.models import User
    from equality.models import EqualityResponse

    adds = []
    real_add = disclosure.Cube.add
    monkeypatch.setattr(
        disclosure.Cube, "add", lambda self, *a, **k: adds.append(1) or real_add(self, *a, **k)
    )
    report(staff)
    before = len(adds)
    cohort = programme["cohorts"]["D1"]
    people = User.objects.bulk_create(
        User(email=f"many{i:02d}@cardiff.test", full_name=f"Many {i:02d}", council=cardiff)
        for i in range(30)
    )
    Enrolment.objects.bulk_create(
        Enrolment(
            cohort=cohort,
            user=person,
            council=cardiff,
            enrolled_at=dt.datetime.combine(cohort.start_date, dt.time(9), tzinfo=dt.UTC),
        )
        for person in people
    )
    EqualityResponse.objects.bulk_create(EqualityResponse(user=person) for person in people[:10])
    adds.clear()
    report(staff)
    assert len(adds) == before


def test_the_started_count_looks_up_each_first_completion_once(programme, staff):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = report(staff).total["started"].value
    # The timed count dated by each enrolment's first completion (`_first_done`).
    (sql,) = [q["sql"] for q in queries if '"g_q"' in q["sql"] and 'U0."completed_at"' in q["sql"]]
    assert sql.count('FROM "cohorts_completion"') == 1
    first_done = {
        e.pk for e in Enrolment.objects.all() if Completion.objects.filter(enrolment=e).exists()
    }
    assert started == len(first_done)
