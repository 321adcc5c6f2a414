"""The admin's cohort and enrolment lists stay narrow enough for a 1,280-pixel screen (issue 22;
the browser test tests/e2e/test_staff_home.py measures them)."""

import re

import pytest
from django.urls import reverse

from cohorts.admin import CohortAdmin
from cohorts.enrolment.admin import EnrolmentAdmin
from councils.models import Council


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def test_more_than_three_councils_are_counted_not_listed(staff_client, make_cohort):
    councils = list(Council.objects.order_by("name"))
    make_cohort(councils=councils[:2], title="Two of them")
    make_cohort(councils=councils[:4], title="Four of them")
    make_cohort(councils=councils, title="Everyone")
    page = staff_client.get(reverse("admin:cohorts_cohort_changelist")).content.decode()
    cells = dict(
        re.findall(
            r'<a href="[^"]+">([^<]+)</a></th>.*?<td class="field-council_list">([^<]*)', page
        )
    )
    assert cells["Two of them"] == f"{councils[0].name}, {councils[1].name}"
    assert cells["Four of them"] == "4 councils"
    assert cells["Everyone"] == "All ten"


def test_status_and_progress_come_before_the_long_columns():
    enrolment_columns = EnrolmentAdmin.list_display
    assert enrolment_columns.index("status") < enrolment_columns.index("council")
    assert enrolment_columns.index("progress") < enrolment_columns.index("cohort")
    assert "theme_label" not in CohortAdmin.list_display
    assert CohortAdmin.Media.css == EnrolmentAdmin.Media.css == {"all": ["css/admin-lists.css"]}


def test_the_cohort_list_gives_the_first_session_not_the_start_date(client, staff, make_cohort):
    import datetime as dt

    cohort = make_cohort(start=dt.date(2026, 12, 21), weekday=0)  # Boxing Day moves week 2
    first = cohort.sessions.get(number=1)
    first.date = dt.date(2026, 12, 22)  # moved by hand to the Tuesday
    first.save(update_fields=["date"])
    client.force_login(staff)
    html = client.get(reverse("admin:cohorts_cohort_changelist")).content.decode()
    assert "22 Dec 2026" in html
    assert "21 Dec 2026" not in html
