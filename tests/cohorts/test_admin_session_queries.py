"""The session's admin page, with its register inline, costs the same queries for any cohort size
(issue 22: a per-option lookup in the attendance widgets grew with the square of the cohort)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts.models import Attendance, Enrolment
from councils.models import Role, User


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def _fill(cohort, council, first: int, last: int) -> None:
    """People `first`..`last - 1` enrolled on the cohort, each marked on week 1's register."""
    users = User.objects.bulk_create(
        User(
            email=f"person{n}@cardiff.test",
            full_name=f"Person {n:03}",
            role=Role.PARTICIPANT,
            council=council,
        )
        for n in range(first, last)
    )
    enrolments = Enrolment.objects.bulk_create(Enrolment(cohort=cohort, user=u) for u in users)
    session = cohort.sessions.get(number=1)
    Attendance.objects.bulk_create(
        Attendance(enrolment=e, session=session, attended=bool(i % 2))
        for i, e in enumerate(enrolments)
    )


def _queries(client, url) -> tuple[int, str]:
    # A first request fills the per-process caches (content types, the session).
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def test_session_page_queries_are_the_same_for_6_and_60_people(staff_client, cohort, cardiff):
    session = cohort.sessions.get(number=1)
    url = reverse("admin:cohorts_session_change", args=[session.pk])

    _fill(cohort, cardiff, 0, 6)
    at_six, page = _queries(staff_client, url)
    assert page.count('name="attendances-') >= 6
    assert "Person 005" in page

    _fill(cohort, cardiff, 6, 60)
    at_sixty, page = _queries(staff_client, url)
    # Every row offers every person, and shows who it is for.
    assert page.count("<option value=") >= 60 * 60
    assert "Person 059" in page
    assert at_sixty == at_six, (at_six, at_sixty)
    assert at_six <= 10, at_six


def test_session_page_still_saves_a_mark(staff_client, cohort, cardiff, staff):
    """The shared choices must not break the form: a changed mark is saved, for that person."""
    import datetime as dt

    from django.utils import timezone

    session = cohort.sessions.get(number=1)
    # The register opens when the session starts: put it in the past.
    type(session).objects.filter(pk=session.pk).update(
        date=timezone.localdate() - dt.timedelta(days=1)
    )
    _fill(cohort, cardiff, 0, 3)
    marks = list(session.attendances.order_by("pk"))
    url = reverse("admin:cohorts_session_change", args=[session.pk])
    page = staff_client.get(url)
    form = page.context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if name in form.fields and value is not None and not isinstance(value, (list, dict))
    }
    data.update(
        {
            "date": (timezone.localdate() - dt.timedelta(days=1)).isoformat(),
            "start_time": session.start_time.strftime("%H:%M"),
            "minutes": str(session.minutes),
            "location": session.location,
            "online_url": session.online_url,
            "attendances-TOTAL_FORMS": "3",
            "attendances-INITIAL_FORMS": "3",
            "attendances-MIN_NUM_FORMS": "0",
            "attendances-MAX_NUM_FORMS": "1000",
        }
    )
    for i, mark in enumerate(marks):
        data[f"attendances-{i}-id"] = str(mark.pk)
        data[f"attendances-{i}-session"] = str(session.pk)
        data[f"attendances-{i}-enrolment"] = str(mark.enrolment_id)
        if mark.attended:
            data[f"attendances-{i}-attended"] = "on"
    # Tick the first (not attended) person's mark.
    assert not marks[0].attended
    data["attendances-0-attended"] = "on"
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    marks[0].refresh_from_db()
    assert marks[0].attended
