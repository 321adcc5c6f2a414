"""A new cohort's session day defaults to its start date's weekday, unless staff choose one."""

import datetime as dt

import pytest
from django.urls import reverse

from cohorts.models import Cohort
from labs.models import Lab
from tests.cohorts.test_admin_cohort import cohort_form


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def _add(staff_client, staff, cardiff, *, leave_out=(), **overrides):
    lab = Lab.objects.get(code="data")
    data = cohort_form(lab, [cardiff], staff, title_en="Weekday cohort", **overrides)
    for name in leave_out:
        del data[name]
    response = staff_client.post(reverse("admin:cohorts_cohort_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Cohort.objects.get(title="Weekday cohort")


def test_the_add_form_offers_the_start_dates_day_first(staff_client):
    html = staff_client.get(reverse("admin:cohorts_cohort_add")).content.decode()
    assert '<option value="" selected>The start date’s day</option>' in html


@pytest.mark.parametrize("leave_out", [(), ("session_weekday",)], ids=["blank", "left out"])
def test_a_new_cohort_left_without_a_day_meets_on_its_start_dates_day(
    staff_client, staff, cardiff, leave_out
):
    """Thursday 7 January 2027: six Thursdays, not the model's Tuesday default."""
    cohort = _add(
        staff_client,
        staff,
        cardiff,
        leave_out=leave_out,
        start_date="2027-01-07",
        session_weekday="",
    )
    assert cohort.session_weekday == 3
    dates = list(cohort.sessions.order_by("number").values_list("date", flat=True))
    assert dates[0] == dt.date(2027, 1, 7)
    assert {d.weekday() for d in dates} == {3}


def test_a_day_chosen_by_hand_is_kept(staff_client, staff, cardiff):
    cohort = _add(staff_client, staff, cardiff, start_date="2027-01-07", session_weekday="0")
    assert cohort.session_weekday == 0
    assert cohort.sessions.order_by("number").first().date == dt.date(2027, 1, 11)


def test_a_weekend_start_meets_on_the_monday_after():
    from cohorts.forms import start_weekday

    assert start_weekday(dt.date(2027, 1, 9)) == 0  # a Saturday
    assert start_weekday(dt.date(2027, 1, 10)) == 0  # a Sunday
    assert start_weekday(dt.date(2027, 1, 8)) == 4  # a Friday
