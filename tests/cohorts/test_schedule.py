"""Six weekly sessions from a start date, none on a Welsh bank holiday or a weekend."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cohorts.scheduling.schedule import bank_holiday_name, plan_sessions
from cohorts.scheduling.status import cohort_status


def test_boxing_day_substitute_moves_week_two_of_a_monday_cohort():
    sessions = plan_sessions(dt.date(2026, 12, 21), weekday=0)
    week2 = sessions[1]
    assert week2.moved_from == dt.date(2026, 12, 28)
    assert week2.date == dt.date(2026, 12, 29)
    assert "Boxing Day" in week2.moved_reason
    assert sessions[0].date == dt.date(2026, 12, 21) and sessions[0].moved_from is None
    assert [s.date for s in sessions[2:]] == [
        dt.date(2027, 1, 4),
        dt.date(2027, 1, 11),
        dt.date(2027, 1, 18),
        dt.date(2027, 1, 25),
    ]


def test_easter_monday_and_good_friday_both_move():
    mondays = plan_sessions(dt.date(2027, 3, 22), weekday=0)
    assert mondays[1].moved_from == dt.date(2027, 3, 29)  # Easter Monday 2027
    fridays = plan_sessions(dt.date(2027, 3, 19), weekday=4)
    assert fridays[1].moved_from == dt.date(2027, 3, 26)  # Good Friday 2027
    assert fridays[1].date == dt.date(2027, 3, 29 + 1)  # past Easter Monday too


def test_first_session_is_the_first_session_day_on_or_after_the_start():
    sessions = plan_sessions(dt.date(2026, 10, 1), weekday=1)  # a Thursday start, Tuesday sessions
    assert sessions[0].date == dt.date(2026, 10, 6)


@settings(max_examples=300, deadline=None)
@given(
    start=st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2032, 12, 31)),
    weekday=st.integers(min_value=0, max_value=4),
)
def test_any_start_gives_six_ordered_sessions_on_working_days(start, weekday):
    sessions = plan_sessions(start, weekday)
    assert [s.number for s in sessions] == [1, 2, 3, 4, 5, 6]
    dates = [s.date for s in sessions]
    assert dates == sorted(dates) and len(set(dates)) == 6
    for session in sessions:
        assert session.date >= start
        assert session.date.weekday() < 5
        assert bank_holiday_name(session.date) is None
        assert (session.moved_from is not None) == bool(session.moved_reason)


def test_status_is_derived_from_dates():
    dates = [s.date for s in plan_sessions(dt.date(2026, 10, 6), 1)]
    assert cohort_status(dates, dt.date(2026, 10, 5)).code == "upcoming"
    running = cohort_status(dates, dt.date(2026, 10, 21))
    assert (running.code, running.week) == ("running", 3)
    assert cohort_status(dates, dates[-1]).code == "running"
    assert cohort_status(dates, dates[-1] + dt.timedelta(days=1)).code == "finished"
