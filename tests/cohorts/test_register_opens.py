"""A register takes marks once its session has started (issue 17): a mark counts towards
completion, so nobody is marked for a meeting that has not happened."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Attendance
from cohorts.services import RegisterClosed, attendance_mark, enrolment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def future(make_cohort, cardiff, participant):
    cohort = make_cohort(start=timezone.localdate() + dt.timedelta(days=19), councils=[cardiff])
    enrolment = enrolment_create(cohort=cohort, user=participant)
    return cohort.sessions.get(number=1), enrolment


def test_a_future_register_refuses_a_mark(future):
    session, enrolment = future
    with pytest.raises(RegisterClosed):
        attendance_mark(enrolment=enrolment, session=session, attended=True)
    assert not Attendance.objects.exists()
    enrolment.refresh_from_db()
    assert enrolment.sessions_attended == 0


def test_the_future_register_page_says_when_it_opens_and_refuses_a_post(client, staff, future):
    session, enrolment = future
    client.force_login(staff)
    url = reverse("register", args=[session.pk])
    page = client.get(url).content.decode()
    assert "The register opens when the session starts, at 10:00" in page
    assert 'name="attended"' not in page
    response = client.post(url, {"attended": [str(enrolment.pk)]}, follow=True)
    assert "The register opens when the session starts" in response.content.decode()
    assert not Attendance.objects.exists()


def test_the_session_admin_refuses_a_mark_before_the_session(client, staff, future):
    session, enrolment = future
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_session_change", args=[session.pk]),
        {
            "date": session.date.isoformat(),
            "start_time": "10:00",
            "minutes": "90",
            "location": "",
            "online_url": session.online_url,
            "attendances-TOTAL_FORMS": "1",
            "attendances-INITIAL_FORMS": "0",
            "attendances-0-enrolment": str(enrolment.pk),
            "attendances-0-attended": "on",
        },
    )
    assert response.status_code == 200
    assert "The register opens when the session starts" in response.content.decode()
    assert not Attendance.objects.exists()


def test_the_register_opens_at_the_start_time_on_the_day(make_cohort, cardiff, participant):
    cohort = make_cohort(start=dt.date(2026, 10, 6), councils=[cardiff])
    enrolment = enrolment_create(cohort=cohort, user=participant)
    session = cohort.sessions.get(number=1)
    from cohorts.services import register_refusal

    just_before = session.starts_at - dt.timedelta(minutes=1)
    assert register_refusal(session=session, now=just_before)
    assert register_refusal(session=session, now=session.starts_at) is None
    attendance_mark(enrolment=enrolment, session=session, attended=True)  # long past: open
    assert Attendance.objects.filter(session=session).count() == 1


def test_a_session_with_marks_cannot_move_to_a_start_still_to_come(
    client, staff, make_cohort, cardiff, participant
):
    from django.core.exceptions import ValidationError

    from cohorts.scheduling.services import session_update
    from tests.cohorts.test_schedule_edits import edit_session

    cohort = make_cohort(start=dt.date(2026, 10, 6), councils=[cardiff])
    enrolment = enrolment_create(cohort=cohort, user=participant)
    week6 = cohort.sessions.get(number=6)
    attendance_mark(enrolment=enrolment, session=week6, attended=True)
    client.force_login(staff)
    later = timezone.localdate() + dt.timedelta(days=7)
    while later.weekday() != 1:
        later += dt.timedelta(days=1)
    response = edit_session(client, week6, date=later.isoformat(), unusual_day_ok="on")
    assert response.status_code == 200
    assert "Clear the register first, or cancel the session instead" in response.content.decode()
    week6.refresh_from_db()
    assert week6.date == dt.date(2026, 11, 10) and not week6.edited_by_hand
    week6.date = later
    with pytest.raises(ValidationError):
        session_update(session=week6, changed=["date"], by=staff, unusual_day_ok=True)
    # Moved within the past it may be: the meeting happened.
    week6.refresh_from_db()
    assert edit_session(client, week6, date="2026-11-11").status_code == 302
