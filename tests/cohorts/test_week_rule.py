"""The one week-opening rule (cohorts/weeks.py): the Python predicate and the query
expression agree for any sessions and any day (issue 17). Property-tested with Hypothesis."""

import datetime as dt
import uuid

import pytest
from django.db.models import OuterRef
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cohorts.models import Enrolment, Nudge, Session
from cohorts.weeks import week_is_open, week_open

pytestmark = pytest.mark.django_db

BASE = dt.date(2026, 9, 1)
offsets = st.integers(min_value=0, max_value=120)
schedules = st.lists(st.one_of(st.none(), offsets), min_size=6, max_size=6)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    schedule=schedules, day_offset=st.integers(min_value=-5, max_value=130), cancel=st.booleans()
)
def test_the_predicate_and_the_query_expression_agree(enrolment, schedule, day_offset, cancel):
    cohort = enrolment.cohort
    day = BASE + dt.timedelta(days=day_offset)
    Session.objects.filter(cohort=cohort).delete()
    dates = {}
    for number, offset in enumerate(schedule, start=1):
        if offset is None:
            continue  # a week with no session is shut
        dates[number] = BASE + dt.timedelta(days=offset)
        Session.objects.create(
            cohort=cohort,
            number=number,
            date=dates[number],
            start_time=dt.time(10),
            # A cancelled session's week still opens on its date.
            cancelled_at=dt.datetime(2026, 9, 1, tzinfo=dt.UTC) if cancel else None,
        )
    if not Nudge.objects.filter(enrolment=enrolment).exists():
        Nudge.objects.bulk_create(
            Nudge(enrolment=enrolment, week=n, claim=uuid.uuid4()) for n in range(1, 7)
        )
    python = {n: week_is_open(dates.get(n), day) for n in range(1, 7)}

    # With a fixed week, from the enrolment's row.
    for number in range(1, 7):
        sql = (
            Enrolment.objects.filter(pk=enrolment.pk)
            .filter(week_open(week=number, day=day))
            .exists()
        )
        assert sql == python[number], (number, dates, day)

    # With the week taken from the row (as the nudges ask it), across a relation.
    annotated = dict(
        Nudge.objects.filter(enrolment=enrolment)
        .annotate(
            open=week_open(week=OuterRef("week"), day=day, cohort=OuterRef("enrolment__cohort_id"))
        )
        .values_list("week", "open")
    )
    assert annotated == python, (dates, day)


@pytest.mark.parametrize(
    ("opens_on", "day", "is_open"),
    [
        (None, dt.date(2026, 1, 1), False),
        (dt.date(2026, 1, 2), dt.date(2026, 1, 1), False),
        (dt.date(2026, 1, 2), dt.date(2026, 1, 2), True),
        (dt.date(2026, 1, 2), dt.date(2027, 1, 2), True),
    ],
)
def test_a_week_opens_on_its_session_date_and_stays_open(opens_on, day, is_open):
    assert week_is_open(opens_on, day) is is_open
