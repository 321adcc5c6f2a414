"""Schedule edits never silently replace a session edited by hand, are confirmed before they
are saved, and are checked (issue 17)."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse

from cohorts.models import Session
from cohorts.services import cohort_save, enrolment_create
from tests.cohorts.test_admin_cohort import _inline_management, cohort_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def december(make_cohort, cardiff, newport):
    """Tuesdays from 15 December 2026: week 2 is 22 December, week 3 the 29th."""
    return make_cohort(start=dt.date(2026, 12, 15), weekday=1, councils=[cardiff, newport])


def session_form(session, **overrides):
    data = {
        "date": session.date.isoformat(),
        "start_time": session.start_time.strftime("%H:%M"),
        "minutes": str(session.minutes),
        "location": session.location,
        "online_url": session.online_url,
        "attendances-TOTAL_FORMS": "0",
        "attendances-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def edit_session(client, session, **overrides):
    return client.post(
        reverse("admin:cohorts_session_change", args=[session.pk]),
        session_form(session, **overrides),
    )


def test_a_cohort_time_change_keeps_the_hand_edited_session_and_lists_who_is_emailed(
    staff_client,
    staff,
    december,
    participant,
    outsider,
    cardiff,
    newport,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=december, user=participant)
        enrolment_create(cohort=december, user=outsider)
    week4 = december.sessions.get(number=4)
    with django_capture_on_commit_callbacks(execute=True):
        response = edit_session(staff_client, week4, start_time="14:00", location="Room 4")
    assert response.status_code == 302
    week4.refresh_from_db()
    assert week4.edited_by_hand
    mail.outbox.clear()
    december.refresh_from_db()
    data = cohort_form(
        december.lab,
        [cardiff, newport],
        staff,
        title=december.title,
        theme=december.theme,
        start_date=december.start_date.isoformat(),
        session_weekday="1",
        session_time="09:30",
        online_url=december.online_url,
    )
    data.update(_inline_management(december))
    url = reverse("admin:cohorts_cohort_change", args=[december.pk])
    response = staff_client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200 and "Confirm the change of schedule" in page
    kept = page.split("Sessions kept as they are")[1].split("Who will be emailed")[0]
    assert "Week 4" in kept and "14:00" in kept and "edited by hand" in kept
    emailed = page.split("Who will be emailed")[1]
    assert participant.email in emailed and outsider.email in emailed
    assert mail.outbox == []
    assert set(december.sessions.values_list("start_time", flat=True)) == {
        dt.time(10, 0),
        dt.time(14, 0),
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, {**data, "confirm_schedule": "on"})
    assert response.status_code == 302, response.content.decode()[:2000]
    week4.refresh_from_db()
    assert (week4.start_time, week4.location) == (dt.time(14, 0), "Room 4")
    others = december.sessions.exclude(number=4)
    assert set(others.values_list("start_time", flat=True)) == {dt.time(9, 30)}
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [
            f"{participant.full_name} <{participant.email}>",
            f"{outsider.full_name} <{outsider.email}>",
        ]
    )


def test_cohort_save_spares_a_session_edited_by_hand_after_the_plan_was_shown(december):
    week2 = december.sessions.get(number=2)
    december.session_time = dt.time(9, 0)
    # Another member of staff edits week 2 between the confirmation and the save.
    Session.objects.filter(pk=week2.pk).update(edited_by_hand=True, start_time=dt.time(15, 0))
    cohort_save(cohort=december, changed=["session_time"])
    week2.refresh_from_db()
    assert week2.start_time == dt.time(15, 0)
    assert december.sessions.get(number=1).start_time == dt.time(9, 0)


def test_a_bank_holiday_session_edit_is_refused_without_i_know(staff_client, staff, december):
    week2 = december.sessions.get(number=2)
    response = edit_session(staff_client, week2, date="2026-12-28")  # Boxing Day (substitute)
    assert response.status_code == 200
    assert "is Boxing Day" in response.content.decode()
    week2.refresh_from_db()
    assert week2.date == dt.date(2026, 12, 22) and not week2.edited_by_hand

    response = edit_session(staff_client, week2, date="2026-12-28", unusual_day_ok="on")
    assert response.status_code == 302
    week2.refresh_from_db()
    assert week2.date == dt.date(2026, 12, 28)
    assert week2.unusual_day_confirmed_by == staff and week2.unusual_day_confirmed_at
    # The note is worked out from the date saved: moved from its own Tuesday, by staff.
    assert week2.moved_from == dt.date(2026, 12, 22)
    assert week2.moved_reason == "moved by the programme team"


def test_a_weekend_session_edit_is_refused_without_i_know(staff_client, december):
    week3 = december.sessions.get(number=3)
    response = edit_session(staff_client, week3, date="2027-01-02")
    assert "is a Saturday" in response.content.decode()
    week3.refresh_from_db()
    assert week3.date == dt.date(2026, 12, 29)


def test_a_session_edit_out_of_week_order_is_refused_even_with_i_know(staff_client, december):
    week3 = december.sessions.get(number=3)
    response = edit_session(staff_client, week3, date="2026-12-19", unusual_day_ok="on")
    assert "must come after the weeks before it" in response.content.decode()
    week3.refresh_from_db()
    assert week3.date == dt.date(2026, 12, 29)


def test_a_session_before_the_cohort_starts_is_refused(staff_client, december):
    week1 = december.sessions.get(number=1)
    response = edit_session(staff_client, week1, date="2026-12-14")
    assert "cannot be before the cohort starts" in response.content.decode()


def test_the_cohort_page_refuses_weeks_out_of_order_across_rows(
    staff_client, staff, december, cardiff, newport
):
    data = cohort_form(
        december.lab,
        [cardiff, newport],
        staff,
        title=december.title,
        theme=december.theme,
        start_date=december.start_date.isoformat(),
        session_weekday="1",
        online_url=december.online_url,
    )
    data.update(_inline_management(december))
    data["sessions-2-date"] = "2026-12-16"  # week 3 on a Wednesday before week 2
    response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[december.pk]), data)
    assert response.status_code == 200
    assert "Keep the weeks in order" in response.content.decode()
    assert december.sessions.get(number=3).date == dt.date(2026, 12, 29)


def test_moving_a_holiday_session_back_clears_the_stale_moved_note(
    staff_client, staff, make_cohort, cardiff
):
    cohort = make_cohort(start=dt.date(2026, 12, 21), weekday=0, councils=[cardiff])
    week2 = cohort.sessions.get(number=2)
    assert week2.moved_from == dt.date(2026, 12, 28) and "Boxing Day" in week2.moved_reason
    response = edit_session(staff_client, week2, date="2026-12-28", unusual_day_ok="on")
    assert response.status_code == 302
    week2.refresh_from_db()
    assert week2.moved_from is None and week2.moved_reason == ""
    page = staff_client.get(
        reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    ).content.decode()
    assert "Boxing Day" not in page


def test_sessions_edited_before_the_mark_existed_are_marked_by_the_migration(december):
    """The data migration marks sessions that differ from what their cohort's schedule makes."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("cohorts.migrations.0009_issue17_archive")
    Session.objects.filter(cohort=december, number=4).update(
        start_time=dt.time(14, 0), location="Room 4"
    )
    Session.objects.filter(cohort=december, number=5).update(date=dt.date(2027, 1, 13))
    migration.mark_sessions_edited_by_hand(apps, None)
    marked = set(december.sessions.filter(edited_by_hand=True).values_list("number", flat=True))
    assert marked == {4, 5}
