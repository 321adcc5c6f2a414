"""The lead's "Lab tool" column agrees with completion: a step whose activity is ticked (as the
demo's and the pre-tool participants' were) counts as done, so a completed Lab never shows
"Not started" beside "Completed"."""

import datetime as dt

import pytest
from django.urls import reverse

from cohorts.models import Enrolment, EnrolmentStatus
from cohorts.services import attendance_mark, completion_set
from labs.models import Activity, ActivityKind
from tests.cohorts.participant_helpers import set_today

AFTER_THE_LAB = dt.date(2026, 11, 20)  # all six sessions of the conftest cohort held


@pytest.fixture(autouse=True)
def after_the_lab(monkeypatch):
    set_today(monkeypatch, AFTER_THE_LAB)


@pytest.fixture
def completed(enrolment, cohort):
    """Every required activity ticked (tool steps included, as the demo ticks them, with no
    tool work behind them) and four sessions attended: the enrolment completes."""
    for activity in Activity.objects.counting().filter(module__lab=cohort.lab, required=True):
        completion_set(enrolment=enrolment, activity=activity, done=True, answer="Done.")
    for session in cohort.sessions.order_by("number")[:4]:
        attendance_mark(enrolment=enrolment, session=session, attended=True)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED and enrolment.progress == 100
    return enrolment


def test_a_completed_lab_shows_its_tool_complete_to_the_lead(client, lead, completed):
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    assert "Completed" in html and "100%" in html
    assert "Not started" not in html
    assert "Complete</td>" in html


def test_a_ticked_tool_step_counts_and_an_unticked_one_does_not(client, lead, enrolment, cohort):
    steps = Activity.objects.counting().filter(module__lab=cohort.lab, kind=ActivityKind.TOOL)
    first = steps.exclude(tool_step="").order_by("module__number", "position").first()
    completion_set(enrolment=enrolment, activity=first, done=True)
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    assert "In progress (1 of 5 steps)" in html
    assert Enrolment.objects.get(pk=enrolment.pk).status != EnrolmentStatus.COMPLETED
