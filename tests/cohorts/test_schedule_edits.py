"""Schedule edits never silently replace a session edited by hand, are confirmed before they
are saved, and are checked (issue 17)."""

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from cohorts.models import Session
from cohorts.scheduling.services import cohort_save
from cohorts.services import enrolment_create
from tests.cohorts.test_admin_cohort import _inline_management, cohort_form, shown_digest

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
        response = staff_client.post(
            url, {**data, "confirm_schedule": "on", "schedule_digest": shown_digest(response)}
        )
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


# --- Double submits and stale tabs (review of issue 17) -------------------------------------


def _cohort_page(december, staff, cardiff, newport, **overrides):
    """The cohort's page as drawn now, posted back: its fields and its sessions' rows, with the
    values the page was drawn with (hidden initials) as the admin renders them."""
    drawn = {
        "start_date": december.start_date.isoformat(),
        "session_weekday": str(december.session_weekday),
        "session_time": december.session_time.strftime("%H:%M"),
        "session_minutes": str(december.session_minutes),
        "online_url": december.online_url,
        "location": december.location,
    }
    data = cohort_form(
        december.lab,
        [cardiff, newport],
        staff,
        title=december.title,
        theme=december.theme,
        **drawn,
    )
    data.update({f"initial-{name}": value for name, value in drawn.items()})
    data.update(_inline_management(december))
    data.update(overrides)
    return data


@pytest.fixture
def invited(december, participant, outsider, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=december, user=participant)
        enrolment_create(cohort=december, user=outsider)
    mail.outbox.clear()
    december.refresh_from_db()
    return december


def test_a_confirmed_time_change_posted_twice_is_applied_once(
    staff_client, staff, invited, cardiff, newport, django_capture_on_commit_callbacks
):
    url = reverse("admin:cohorts_cohort_change", args=[invited.pk])
    data = _cohort_page(invited, staff, cardiff, newport, session_time="09:30")
    shown = staff_client.post(url, data)
    assert "Confirm the change of schedule" in shown.content.decode()
    data.update(confirm_schedule="on", schedule_digest=shown_digest(shown))
    with django_capture_on_commit_callbacks(execute=True):
        assert staff_client.post(url, data).status_code == 302
    assert len(mail.outbox) == 2  # one email each, the new schedule
    with django_capture_on_commit_callbacks(execute=True):
        again = staff_client.post(url, data)  # the same form, sent again (double click)
    assert again.status_code == 302, again.content.decode()[:2000]
    sessions = invited.sessions.all()
    assert {s.start_time for s in sessions} == {dt.time(9, 30)}
    assert not any(s.edited_by_hand for s in sessions)
    assert len(mail.outbox) == 2  # no second batch


def test_a_stale_page_saved_with_only_the_title_changed_keeps_a_colleagues_edit(
    staff_client, staff, december, cardiff, newport
):
    stale = _cohort_page(december, staff, cardiff, newport, title_en="A new title")
    week3 = december.sessions.get(number=3)
    # A colleague, in another tab, moves week 3 to the afternoon in another room.
    assert (
        edit_session(staff_client, week3, start_time="15:00", location="Room 3").status_code == 302
    )
    url = reverse("admin:cohorts_cohort_change", args=[december.pk])
    response = staff_client.post(url, stale)
    assert response.status_code == 302, response.content.decode()[:2000]
    week3.refresh_from_db()
    assert (week3.start_time, week3.location) == (dt.time(15, 0), "Room 3")
    december.refresh_from_db()
    assert december.title == "A new title"


def test_a_row_edited_on_a_stale_page_is_refused_and_nothing_is_saved(
    staff_client, staff, december, cardiff, newport
):
    stale = _cohort_page(december, staff, cardiff, newport, title_en="A new title")
    stale["sessions-2-location"] = "Room 9"
    week3 = december.sessions.get(number=3)
    assert edit_session(staff_client, week3, start_time="15:00").status_code == 302
    url = reverse("admin:cohorts_cohort_change", args=[december.pk])
    response = staff_client.post(url, stale)
    assert response.status_code == 200
    assert "Week 3 was changed by someone else since you opened this page" in (
        response.content.decode()
    )
    week3.refresh_from_db()
    assert (week3.start_time, week3.location) == (dt.time(15, 0), december.location)
    december.refresh_from_db()
    assert december.title != "A new title"


def test_a_stale_page_does_not_put_back_a_colleagues_cohort_time(
    staff_client, staff, december, cardiff, newport
):
    stale = _cohort_page(december, staff, cardiff, newport, title_en="A new title")
    december.session_time = dt.time(9, 30)
    cohort_save(cohort=december, changed=["session_time"])
    url = reverse("admin:cohorts_cohort_change", args=[december.pk])
    response = staff_client.post(url, stale)
    assert response.status_code == 200
    assert "changed by someone else since you opened this page" in response.content.decode()
    december.refresh_from_db()
    assert december.session_time == dt.time(9, 30)
    assert {s.start_time for s in december.sessions.all()} == {dt.time(9, 30)}


def test_a_confirm_for_a_plan_that_changed_since_it_was_shown_is_refused(
    staff_client, staff, invited, cardiff, newport, django_capture_on_commit_callbacks
):
    url = reverse("admin:cohorts_cohort_change", args=[invited.pk])
    data = _cohort_page(invited, staff, cardiff, newport, session_time="09:30")
    shown = staff_client.post(url, data)
    # Meanwhile a colleague edits week 2 by hand: the plan shown no longer holds.
    Session.objects.filter(cohort=invited, number=2).update(edited_by_hand=True, location="Room 2")
    data.update(confirm_schedule="on", schedule_digest=shown_digest(shown))
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200 and "no longer what you confirmed" in page
    kept = page.split("Sessions kept as they are")[1].split("Who will be emailed")[0]
    assert "Week 2" in kept
    assert {s.start_time for s in invited.sessions.all()} == {dt.time(10, 0)}
    assert mail.outbox == []
    data["schedule_digest"] = shown_digest(response)  # the new plan, confirmed
    with django_capture_on_commit_callbacks(execute=True):
        assert staff_client.post(url, data).status_code == 302
    assert invited.sessions.get(number=2).start_time == dt.time(10, 0)
    assert invited.sessions.get(number=1).start_time == dt.time(9, 30)


def test_the_confirmation_lists_place_and_link_changes(
    staff_client, staff, december, cardiff, newport
):
    data = _cohort_page(
        december,
        staff,
        cardiff,
        newport,
        location="Neuadd y Sir",
        online_url="https://teams.microsoft.com/l/meetup-join/new",
    )
    response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[december.pk]), data)
    changes = response.content.decode().split("Sessions that will change")[1]
    changes = changes.split("Who will be emailed")[0]
    assert "Place: — → Neuadd y Sir" in changes
    assert "Joining link:" in changes and "meetup-join/new" in changes


# --- A start-date change and the sessions kept (review of issue 17) -------------------------


def test_a_start_change_that_leaves_a_kept_session_before_the_start_is_refused(
    staff_client, staff, december, cardiff, newport
):
    week2 = december.sessions.get(number=2)
    assert edit_session(staff_client, week2, date="2026-12-23").status_code == 302
    december.refresh_from_db()
    data = _cohort_page(december, staff, cardiff, newport, start_date="2027-01-05")
    url = reverse("admin:cohorts_cohort_change", args=[december.pk])
    response = staff_client.post(url, {**data, "confirm_schedule": "on"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Week 2, edited by hand, is on 23 December 2026, before the new start" in page
    assert 'name="confirm_schedule"' not in page  # nothing to confirm until week 2 is edited
    data.update(confirm_schedule="on", schedule_digest=shown_digest(response))
    assert staff_client.post(url, data).status_code == 200
    december.refresh_from_db()
    assert december.start_date == dt.date(2026, 12, 15)
    assert december.sessions.get(number=1).date == dt.date(2026, 12, 15)


def test_a_start_change_that_puts_a_kept_session_out_of_week_order_is_refused(
    staff_client, staff, december, cardiff, newport
):
    week2 = december.sessions.get(number=2)
    assert edit_session(staff_client, week2, date="2026-12-23").status_code == 302
    december.refresh_from_db()
    # A week earlier: week 3 would be on 22 December, before week 2 kept on the 23rd.
    data = _cohort_page(december, staff, cardiff, newport, start_date="2026-12-08")
    response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[december.pk]), data)
    assert "Week 2, edited by hand, is on 23 December 2026, which would put it out of week" in (
        response.content.decode()
    )
    with pytest.raises(ValidationError):
        december.start_date = dt.date(2026, 12, 8)
        cohort_save(cohort=december, changed=["start_date"])
    assert december.sessions.get(number=3).date == dt.date(2026, 12, 29)


def test_a_kept_sessions_moved_note_follows_the_new_start(
    staff_client, staff, december, cardiff, newport
):
    week6 = december.sessions.get(number=6)
    assert edit_session(staff_client, week6, start_time="14:00").status_code == 302
    week6.refresh_from_db()
    assert week6.date == dt.date(2027, 1, 19) and week6.moved_from is None
    december.refresh_from_db()
    data = _cohort_page(december, staff, cardiff, newport, start_date="2026-12-08")
    url = reverse("admin:cohorts_cohort_change", args=[december.pk])
    shown = staff_client.post(url, data)
    data.update(confirm_schedule="on", schedule_digest=shown_digest(shown))
    assert staff_client.post(url, data).status_code == 302
    week6.refresh_from_db()
    assert week6.date == dt.date(2027, 1, 19) and week6.start_time == dt.time(14, 0)
    assert week6.moved_from == dt.date(2027, 1, 12)
    assert week6.moved_reason == "moved by the programme team"
