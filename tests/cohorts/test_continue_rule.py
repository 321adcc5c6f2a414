"""Issue 23: "Continue where you left off" — the rule, case by case, and the dashboard's button.

The rule (cohorts.learning.selectors.continue_at): the first unfinished required activity of the
earliest open week that has one; when everything open is done, this week's first step (the
last open week's once the Lab has ended); before week 1 opens, the Lab's overview.
"""

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from django.urls import reverse

from cohorts.learning.selectors import ContinueAt, LabOverview, WeekRow, continue_at, week_materials
from cohorts.services import completion_set
from labs.models import Module
from tests.cohorts.participant_helpers import WEEK_3, activities_of_week, set_today

# --- The rule, on plain rows -------------------------------------------------------------------


def _activity(pk, required=True):
    return SimpleNamespace(pk=pk, required=required)


def _week(number, activities, *, done=(), is_open=True, is_current=False):
    return WeekRow(
        number=number,
        module=None,
        session=None,
        is_open=is_open,
        is_current=is_current,
        activities=activities,
        done_ids=set(done),
    )


def _overview(*weeks):
    return LabOverview(
        enrolment=None, status=None, weeks=list(weeks), next_session=None, today=WEEK_3
    )


def test_before_week_one_opens_it_goes_to_the_labs_overview():
    overview = _overview(
        _week(1, [_activity(1)], is_open=False), _week(2, [_activity(2)], is_open=False)
    )
    assert continue_at(overview) == ContinueAt(week=None, activity=None)


def test_it_goes_to_the_first_unfinished_required_activity_of_the_earliest_open_week():
    a1, a2, a3, b1 = _activity(1), _activity(2), _activity(3), _activity(4)
    overview = _overview(
        _week(1, [a1, a2, a3], done={1}),
        _week(2, [b1], is_current=True),
        _week(3, [_activity(5)], is_open=False),
    )
    assert continue_at(overview) == ContinueAt(week=1, activity=a2, anchor="activity-2")


def test_an_unfinished_optional_activity_does_not_hold_it_back():
    optional, required = _activity(1, required=False), _activity(2)
    overview = _overview(
        _week(1, [optional, _activity(3)], done={3}),
        _week(2, [required], is_current=True),
    )
    assert continue_at(overview) == ContinueAt(week=2, activity=required, anchor="activity-2")


def test_a_later_week_done_does_not_hide_an_earlier_weeks_gap():
    gap = _activity(2)
    overview = _overview(
        _week(1, [_activity(1), gap], done={1}),
        _week(2, [_activity(3)], done={3}),
        _week(3, [_activity(4)], done={4}, is_current=True),
    )
    assert continue_at(overview).activity is gap


def test_when_everything_open_is_done_it_goes_to_this_weeks_first_step():
    overview = _overview(
        _week(1, [_activity(1)], done={1}),
        _week(2, [_activity(2), _activity(3, required=False)], done={2}, is_current=True),
        _week(3, [_activity(4)], is_open=False),
    )
    # No materials on these plain rows: the week's first step is its first activity.
    assert continue_at(overview) == ContinueAt(week=2, activity=None, anchor="activity-2")


def test_after_the_lab_has_ended_with_everything_done_it_goes_to_the_last_week():
    overview = _overview(_week(1, [_activity(1)], done={1}), _week(2, [], done=set()))
    # A week with no steps at all: its (empty) materials heading.
    assert continue_at(overview) == ContinueAt(week=2, activity=None, anchor="materials")


# --- The dashboard ------------------------------------------------------------------------------


def _continue_href(response) -> str:
    html = response.content.decode()
    match = re.search(r'<a class="govuk-button[^"]*"[^>]*href="([^"]+)"[^>]*>Continue where', html)
    assert match, "no Continue button"
    return match.group(1)


@pytest.fixture
def signed_in(client, enrolment):
    client.force_login(enrolment.user)
    return client


def test_the_button_opens_the_first_unfinished_required_activity(signed_in, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
    week1 = [a for a in activities_of_week(enrolment, 1) if a.required]
    for activity in week1[:1]:
        completion_set(enrolment=enrolment, activity=activity, done=True)
    href = _continue_href(signed_in.get(reverse("dashboard")))
    week_url = reverse("lab_week", args=[enrolment.pk, 1])
    assert href == f"{week_url}#activity-{week1[1].pk}"


def test_the_button_opens_this_weeks_first_step_when_all_open_work_is_done(
    signed_in, enrolment, monkeypatch
):
    set_today(monkeypatch, WEEK_3)
    for number in (1, 2, 3):
        for activity in activities_of_week(enrolment, number):
            if activity.required:
                completion_set(enrolment=enrolment, activity=activity, done=True)
    href = _continue_href(signed_in.get(reverse("dashboard")))
    # The week's first step: its first material, as the week's page orders them.
    week3 = Module.objects.get(lab=enrolment.cohort.lab, number=3, archived_at__isnull=True)
    first = week_materials(module=week3)[0]
    assert href == reverse("lab_week", args=[enrolment.pk, 3]) + f"#material-{first.pk}"
    page = signed_in.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    assert f'id="material-{first.pk}"' in page


def test_the_button_opens_the_overview_before_week_one(signed_in, enrolment, monkeypatch):
    set_today(monkeypatch, dt.date(2026, 10, 1))
    href = _continue_href(signed_in.get(reverse("dashboard")))
    assert href == reverse("lab_detail", args=[enrolment.pk])


def test_still_to_do_items_link_to_their_activity(signed_in, enrolment, monkeypatch):
    set_today(monkeypatch, WEEK_3)
    html = signed_in.get(reverse("dashboard")).content.decode()
    week_url = reverse("lab_week", args=[enrolment.pk, 3])
    for activity in activities_of_week(enrolment, 3):
        assert f'href="{week_url}#activity-{activity.pk}"' in html
