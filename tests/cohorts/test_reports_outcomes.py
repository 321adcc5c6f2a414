"""Outcome and equality figures in the reports: pinned on a fixed programme (a late joiner, a
withdrawal, a skipped baseline and a "not sure"), and withheld under 5 for every audience."""

import datetime as dt

import pytest
from django.utils import timezone

from cohorts.learning import outcomes
from cohorts.models import AssessmentKind, Enrolment, EnrolmentStatus, FollowUp
from cohorts.reports import report_filters, report_for, report_options
from cohorts.reports.exports import report_csv, report_html
from cohorts.reports.outcomes import _mean_pattern
from cohorts.services import enrolment_create
from equality.models import EqualityResponse
from labs.models import Statement

TODAY = dt.date(2027, 6, 1)

# Statement 1 of the Data Lab: (before, at the end, six months on); None: not answered;
# "?" : "not sure". Every other statement: 3 before, 4 at the end, 4 six months on.
PEOPLE = {
    "a": {"s1": (2, 4, 5), "applied": "applied", "sex": "female"},
    "b": {"s1": (1, 3, 4), "applied": "applied", "sex": "female"},
    "c": {"s1": (3, 4, 4), "applied": "planned", "sex": "female"},
    "d": {"s1": (2, 5, None), "sex": "male"},  # completed, did not answer six months on
    "e": {"s1": (None, 4, 3), "applied": "no", "skipped_baseline": True},
    "f": {"s1": ("?", 3, 5), "applied": "applied", "sex": "female"},
    "g": {"s1": (1, None, None), "withdrawn": True, "sex": "male"},
    "h": {"s1": (3, 5, 4), "applied": "applied", "late": True, "sex": "female"},
}


def _answers(statements, first, rest):
    values = {}
    for i, statement in enumerate(statements):
        value = first if i == 0 else rest
        values[statement.pk] = outcomes.NOT_SURE if value == "?" else value
    return values


@pytest.fixture
def programme(make_cohort, make_user, cardiff, newport):
    cohort = make_cohort(councils=[cardiff, newport])
    statements = list(Statement.objects.filter(lab__code="data").order_by("position"))
    for name, spec in PEOPLE.items():
        user = make_user(f"{name}@cardiff.test", council=cardiff, name=f"Sentinel {name.upper()}")
        enrolment = enrolment_create(cohort=cohort, user=user, invite=False)
        if spec.get("late"):
            Enrolment.objects.filter(pk=enrolment.pk).update(
                enrolled_at=timezone.make_aware(dt.datetime(2026, 10, 20, 9))
            )
        before, end, later = spec["s1"]
        if spec.get("skipped_baseline"):
            outcomes.assessment_skip(
                enrolment=enrolment, kind="baseline", today=dt.date(2026, 10, 6)
            )
        else:
            outcomes.assessment_submit(
                enrolment=enrolment,
                kind=AssessmentKind.BASELINE,
                answers=_answers(statements, before, 3),
            )
        if spec.get("withdrawn"):
            Enrolment.objects.filter(pk=enrolment.pk).update(
                status=EnrolmentStatus.WITHDRAWN, withdrawn_on=dt.date(2026, 10, 27)
            )
            continue
        Enrolment.objects.filter(pk=enrolment.pk).update(
            status=EnrolmentStatus.COMPLETED, completed_on=dt.date(2026, 11, 10)
        )
        enrolment.refresh_from_db()
        outcomes.assessment_submit(
            enrolment=enrolment, kind=AssessmentKind.EXIT, answers=_answers(statements, end, 4)
        )
        if later is not None:
            FollowUp.objects.create(
                enrolment=enrolment,
                claim="00000000-0000-4000-8000-000000000020",
                status="sent",
                sent_at=timezone.now(),
            )
            outcomes.follow_up_submit(
                enrolment=enrolment,
                applied=spec["applied"],
                why_not="",
                changed="",
                answers=_answers(statements, later, 4),
            )
        if "sex" in spec:
            EqualityResponse.objects.create(user=user, sex=spec["sex"])
    EqualityResponse.objects.create(
        user=Enrolment.objects.get(user__email="e@cardiff.test").user, skipped=True
    )
    return cohort


def report(user):
    options = report_options(user=user, today=TODAY)
    filters = report_filters(options=options, data={})
    return report_for(user=user, filters=filters, options=options, today=TODAY)


def table(report_, key):
    return next(t for t in report_.tables if t.key == key)


def row_texts(table_, label_start):
    row = next(r for r in table_.rows if r.label.startswith(label_start))
    return [c.text for c in row.cells]


def test_the_outcome_figures_are_pinned(programme, staff):
    r = report(staff)
    s1 = "Data Lab: I can turn a service problem"
    # before: a b c d g h (f not sure, e skipped) = 12 / 6; end: 7 people = 28 / 7;
    # six months on: a b c e f h = 25 / 6; the change over a b c d h (10 / 5) is withheld: one
    # person answered only before (g) and two only at the end (e, f), whose means it would give.
    assert row_texts(table(r, "self_assessment"), s1) == [
        "2.0",
        "6",
        "4.0",
        "7",
        "4.2",
        "6",
        "[c]",
        "[c]",
    ]
    # All statements pooled: before 12 + 6 × 7 × 3 over 48 answers of 7 people.
    pooled = row_texts(table(r, "self_assessment"), "Data Lab: all statements")
    assert pooled[:2] == ["2.9", "7"]
    applied = table(r, "applied")
    # 4 applied, 1 planned, 1 no: under 5 for every reader, "All Labs" included; only the
    # programme's number who answered is exact, and the share goes with what it is made of.
    assert row_texts(applied, "Data Lab") == ["6", "<5", "<5", "<5", "[c]"]
    assert row_texts(applied, "All Labs") == ["6", "<5", "<5", "<5", "[c]"]


def test_equality_counts_not_provided_and_withhold_a_line_one_answer_fills_for_staff(
    programme, staff
):
    sex = table(report(staff), "equality_sex")
    rows = {row.label: row.cells[0].text for row in sex.rows}
    # Female 5, Male 2, Not provided 1: "Female" would be the only figure shown with people in
    # it, beside a zero, so the whole characteristic is withheld; the total stays.
    assert rows == {
        "Female": "[c]",
        "Male": "[c]",
        "Prefer not to say": "[c]",
        "Not provided": "[c]",
        "All participants": "8",
    }


def test_a_lead_sees_their_councils_outcomes_with_small_figures_withheld(programme, lead):
    r = report(lead)
    applied = table(r, "applied")
    # For a lead the council's total is not an always-exact total: 4 applied is withheld.
    assert row_texts(applied, "All Labs")[:4] == ["6", "<5", "<5", "<5"]
    assert row_texts(applied, "All Labs")[4] == "[c]"
    sex = {row.label: row.cells[0].text for row in table(r, "equality_sex").rows}
    assert sex["Male"] == "[c]" and sex["Not provided"] == "[c]" and sex["Female"] == "[c]"
    assert sex["All participants"] == "8"


def test_under_five_people_are_withheld_for_funders_leads_and_staff(
    make_cohort, make_user, cardiff, newport, staff, funder, lead
):
    from labs.models import Lab

    adaption = Lab.objects.get(code="adaption")
    cohort = make_cohort(lab=adaption, councils=[cardiff, newport], title="Small cohort")
    statements = list(Statement.objects.filter(lab=adaption).order_by("position"))
    for n in range(3):
        user = make_user(f"small{n}@cardiff.test", council=cardiff)
        enrolment = enrolment_create(cohort=cohort, user=user, invite=False)
        outcomes.assessment_submit(
            enrolment=enrolment,
            kind=AssessmentKind.BASELINE,
            answers={s.pk: 5 for s in statements},
        )
    for person in (staff, funder, lead):
        rows = table(report(person), "self_assessment").rows
        adaption_rows = [r for r in rows if r.label.startswith("Adaption Lab")]
        assert adaption_rows
        for row in adaption_rows:
            assert [c.text for c in row.cells[:2]] == ["<5", "<5"], (person.role, row.label)
            assert all(c.value is None for c in row.cells if c.withheld)


def test_one_statement_withheld_takes_a_complement_with_it():
    class S:
        def __init__(self, pk):
            self.pk = pk

    statements = [S(1), S(2), S(3)]
    series = {
        1: {"people": {"baseline": set(range(3))}},
        2: {"people": {"baseline": set(range(6))}},
        3: {"people": {"baseline": set(range(9))}},
        None: {"people": {"baseline": set(range(9))}},
    }
    assert _mean_pattern(series, statements, "baseline") == {1: "small", 2: "complement"}


def test_the_csv_and_pdf_carry_the_outcome_tables_and_no_names(programme, funder):
    r = report(funder)
    csv = report_csv(r)
    html = report_html(r)
    for text in (csv, html):
        assert "Self-assessment: before, at the end and six months on" in text
        assert "Participants by: Sex" in text
        assert "Sentinel" not in text


def test_filters_show_rows_of_the_same_tables_never_a_view_to_subtract(programme, funder, staff):
    for person in (funder, staff):
        options = report_options(user=person, today=TODAY)
        whole = report_for(
            user=person,
            filters=report_filters(options=options, data={}),
            options=options,
            today=TODAY,
        )
        data = {"lab": "data", "period": options.periods[1].key}
        if person == staff:
            data["cohort"] = str(programme.pk)
        part = report_for(
            user=person,
            filters=report_filters(options=options, data=data),
            options=options,
            today=TODAY,
        )
        assert "whatever the filters" in part.tables_notice
        for key in ("self_assessment", "applied", "equality_sex"):
            rows = {r.label: [c.text for c in r.cells] for r in table(whole, key).rows}
            for row in table(part, key).rows:
                assert rows[row.label] == [c.text for c in row.cells], (key, row.label)
        assert not any(r.is_total for r in table(part, "applied").rows)


# --- One Cardiff cohort of seven: a withdrawal, everyone of one answer ----------------------

# Before and at the end, the same for every Data Lab statement; None: withdrew before the end.
SEVEN = [(2, 4), (3, 4), (2, 3), (4, 5), (3, 4), (5, None)]


@pytest.fixture
def seven(make_cohort, make_user, cardiff):
    """Six people with a self-assessment (one withdrew after answering before), five of whom
    applied what they learned, and a seventh who planned to; all seven said "Yes" to
    disability and "Female" to sex."""
    cohort = make_cohort(councils=[cardiff])
    statements = list(Statement.objects.filter(lab__code="data").order_by("position"))
    for i, (before, end) in enumerate([*SEVEN, (None, None)]):
        user = make_user(f"seven{i}@cardiff.test", council=cardiff, name=f"Sentinel {i}")
        enrolment = enrolment_create(cohort=cohort, user=user, invite=False)
        EqualityResponse.objects.create(user=user, disability="yes", sex="female")
        if before is not None:
            outcomes.assessment_submit(
                enrolment=enrolment,
                kind=AssessmentKind.BASELINE,
                answers={s.pk: before for s in statements},
            )
        if end is None and before is not None:
            Enrolment.objects.filter(pk=enrolment.pk).update(
                status=EnrolmentStatus.WITHDRAWN, withdrawn_on=dt.date(2026, 10, 27)
            )
            continue
        Enrolment.objects.filter(pk=enrolment.pk).update(
            status=EnrolmentStatus.COMPLETED, completed_on=dt.date(2026, 11, 10)
        )
        enrolment.refresh_from_db()
        if end is not None:
            outcomes.assessment_submit(
                enrolment=enrolment,
                kind=AssessmentKind.EXIT,
                answers={s.pk: end for s in statements},
            )
        FollowUp.objects.create(
            enrolment=enrolment,
            claim=f"00000000-0000-4000-8000-00000000003{i}",
            status="sent",
            sent_at=timezone.now(),
        )
        outcomes.follow_up_submit(
            enrolment=enrolment,
            applied="applied" if before is not None else "planned",
            why_not="",
            changed="",
            answers={},
        )
    return cohort


def test_the_change_is_withheld_where_it_would_give_a_withdrawn_persons_answers(
    seven, lead, staff, funder
):
    # Before 19 / 6, at the end 20 / 5, change 5 / 5: 19 − 5 × (4.0 − 1.0) = 4, the withdrawn
    # person's answer. The change goes; the before and end means stay.
    for person in (lead, staff, funder):
        sa = table(report(person), "self_assessment")
        for row in sa.rows:
            if not row.label.startswith("Data Lab"):
                continue
            texts = [c.text for c in row.cells]
            assert texts[:4] == ["3.2", "6", "4.0", "5"], (person.role, row.label)
            assert texts[6:] == ["[c]", "[c]"], (person.role, row.label)
            assert all(c.value is None for c in row.cells[6:])


def test_every_mean_is_rounded_to_one_place_in_its_value_and_in_the_workbook(
    seven, staff, tmp_path
):
    from cohorts.reports.workbook import report_workbook
    from tests.cohorts.test_reports_workbook import libreoffice_sheets

    r = report(staff)
    s1 = next(row for row in table(r, "self_assessment").rows if row.label.startswith("Data Lab"))
    assert s1.cells[0].value == 3.2  # 19 / 6 = 3.1666…
    sheets = libreoffice_sheets(report_workbook(r, notes=[]), tmp_path)
    sheet = next(rows for name, rows in sheets.items() if name.startswith("Self-assessment"))
    line = next(row for row in sheet if row and str(row[0][2]).startswith("Data Lab"))
    assert [cell[1] for cell in line[1:3]] == ["3.2", "6"]


def test_a_characteristic_everyone_answered_alike_is_withheld_for_every_reader(
    seven, lead, staff, funder
):
    for person in (lead, staff, funder):
        r = report(person)
        for key in ("equality_disability", "equality_sex"):
            rows = {row.label: row.cells[0].text for row in table(r, key).rows}
            total = rows.pop("All participants")
            assert total == "7", (person.role, key)
            assert set(rows.values()) == {"[c]"}, (person.role, key, rows)


def test_used_what_they_learned_is_one_table_lab_by_answer(seven, lead, staff, funder):
    # 5 applied and 1 planned of 6 who answered: "planned" is under 5, and with 6 exact, "[c]"
    # (at least 5) for the 5 would say 5 and 1 — so the answers are withheld together ("[m]"),
    # the share with them. Before, "All Labs" showed its answers as exact totals.
    for person in (staff, funder):
        applied = table(report(person), "applied")
        for label in ("Data Lab", "All Labs"):
            assert row_texts(applied, label) == ["6", "[m]", "[m]", "0", "[c]"], label
    # A lead's council total is not exact: nothing in the row pins the one who planned.
    for label in ("Data Lab", "All Labs"):
        texts = row_texts(table(report(lead), "applied"), label)
        assert not any(text.isdigit() and text != "0" for text in texts[1:3]), texts
        assert texts[4] == "[c]"


def test_zeros_beside_a_withheld_answer_everyone_gave_are_withheld_for_a_lead(
    make_cohort, make_user, cardiff, lead
):
    # Three people of the lead's council, all "Yes": "Yes <5", zeros and a total "<5" would
    # still say each of them answered "Yes".
    cohort = make_cohort(councils=[cardiff])
    for n in range(3):
        user = make_user(f"three{n}@cardiff.test", council=cardiff)
        enrolment_create(cohort=cohort, user=user, invite=False)
        EqualityResponse.objects.create(user=user, disability="yes")
    rows = {row.label: row.cells[0].text for row in table(report(lead), "equality_disability").rows}
    assert rows.pop("All participants") == "<5"
    assert set(rows.values()) == {"[c]"}, rows


def test_a_lab_row_where_everyone_gave_one_answer_is_withheld(
    make_cohort, make_user, cardiff, lead, staff, funder
):
    # Five people, all "applied": "5 | 5 | 0 | 0 | 100%" would say each one's answer.
    cohort = make_cohort(councils=[cardiff])
    for n in range(5):
        user = make_user(f"five{n}@cardiff.test", council=cardiff)
        enrolment = enrolment_create(cohort=cohort, user=user, invite=False)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            status=EnrolmentStatus.COMPLETED, completed_on=dt.date(2026, 11, 10)
        )
        FollowUp.objects.create(
            enrolment=enrolment,
            claim=f"00000000-0000-4000-8000-00000000004{n}",
            status="sent",
            sent_at=timezone.now(),
        )
        outcomes.follow_up_submit(
            enrolment=enrolment, applied="applied", why_not="", changed="", answers={}
        )
    for person in (lead, staff, funder):
        applied = table(report(person), "applied")
        for label in ("Data Lab", "All Labs"):
            texts = row_texts(applied, label)
            assert texts[1:] == ["[c]", "[c]", "[c]", "[c]"], (person.role, label, texts)
