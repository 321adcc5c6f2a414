"""Issue 23: a participant on two Labs whose sessions are at the same time is told, on the
dashboard and on both weeks, with the two sessions named. One selector finds clashes
(cohorts.selectors.session_clashes_for), taking the user."""

import datetime as dt

import pytest
from django.urls import reverse

from cohorts.models import EnrolmentStatus
from cohorts.selectors import session_clashes_for
from cohorts.services import enrolment_create
from labs.models import Lab
from tests.cohorts.participant_helpers import WEEK_3, set_today


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    set_today(monkeypatch, WEEK_3)


@pytest.fixture
def adaption_cohort(make_cohort, cardiff, newport):
    # Same Tuesdays at 10:00 as the Data Lab cohort, from week 1 of the Data Lab on.
    return make_cohort(
        lab=Lab.objects.get(code="adaption"), councils=[cardiff, newport], title="Adaption"
    )


@pytest.fixture
def on_both(enrolment, adaption_cohort, participant):
    return enrolment, enrolment_create(cohort=adaption_cohort, user=participant)


def test_sessions_at_the_same_time_in_two_labs_clash(on_both, participant):
    clashes = session_clashes_for(user=participant, today=WEEK_3)
    # Weeks 4, 5 and 6 are still to come (week 3's was yesterday).
    assert [(c.first.number, c.second.number) for c in clashes] == [(4, 4), (5, 5), (6, 6)]
    assert {c.first.cohort_id for c in clashes} | {c.second.cohort_id for c in clashes} == {
        e.cohort_id for e in on_both
    }


def test_back_to_back_sessions_do_not_clash_but_overlapping_ones_do(on_both, participant):
    _, other = on_both
    session = other.cohort.sessions.get(number=4)
    session.start_time = dt.time(11, 30)  # the Data Lab's runs 10:00 to 11:30
    session.save()
    assert [c.first.number for c in session_clashes_for(user=participant, today=WEEK_3)] == [5, 6]
    session.start_time = dt.time(11, 29)
    session.save()
    assert len(session_clashes_for(user=participant, today=WEEK_3)) == 3


def test_a_withdrawn_enrolment_or_someone_elses_sessions_do_not_clash(
    on_both, participant, outsider, adaption_cohort
):
    enrolment_create(cohort=adaption_cohort, user=outsider)
    assert session_clashes_for(user=outsider, today=WEEK_3) == []
    _, other = on_both
    other.status = EnrolmentStatus.WITHDRAWN
    other.save(update_fields=["status"])
    assert session_clashes_for(user=participant, today=WEEK_3) == []


def test_only_clashes_with_the_cohort_asked_about(on_both, participant, make_cohort, cardiff):
    third = make_cohort(
        lab=Lab.objects.get(code="procurement"),
        councils=[cardiff],
        title="Procurement",
        weekday=3,
    )
    enrolment_create(cohort=third, user=participant)
    enrolment, _ = on_both
    assert len(session_clashes_for(user=participant, cohort=third, today=WEEK_3)) == 0
    assert len(session_clashes_for(user=participant, cohort=enrolment.cohort, today=WEEK_3)) == 3


def test_the_dashboard_and_both_weeks_name_the_two_sessions(client, on_both, participant):
    data, adaption = on_both
    client.force_login(participant)
    dashboard = client.get(reverse("dashboard")).content.decode()
    line = "Data Lab, week 4 session (10:00) and Adaption Lab, week 4 session (10:00)"
    assert "Two of your sessions are at the same time" not in dashboard  # three clashes
    assert "Some of your sessions are at the same time" in dashboard and line in dashboard
    for enrolment in (data, adaption):
        week4 = client.get(reverse("lab_week", args=[enrolment.pk, 4])).content.decode()
        week5 = client.get(reverse("lab_week", args=[enrolment.pk, 5])).content.decode()
        assert line in week4 and "Two of your sessions are at the same time" in week4
        assert line not in week5 and "week 5 session" in week5
        week2 = client.get(reverse("lab_week", args=[enrolment.pk, 2])).content.decode()
        assert "at the same time" not in week2  # its session has passed


def test_no_warning_without_a_clash(client, enrolment):
    client.force_login(enrolment.user)
    assert "at the same time" not in client.get(reverse("dashboard")).content.decode()
