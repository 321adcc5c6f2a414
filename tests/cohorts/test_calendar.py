"""Calendars: a personal feed at a secret, revocable URL, and a single-session .ics download,
both in Europe/London with a VTIMEZONE so that the clock change lands right."""

import datetime as dt

import icalendar
import pytest
from django.urls import reverse

from cohorts.scheduling.calendar import session_uid
from cohorts.services import enrolment_withdraw
from councils.services import user_renew_calendar_token

UTC = dt.UTC


def feed(client, user):
    return client.get(reverse("calendar_feed", args=[user.calendar_token]))


def events(body: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(body).walk("VEVENT"))


def test_feed_has_london_time_zone_and_the_clock_change_lands_right(client, enrolment):
    """The cohort meets Tuesdays at 10:00 from 6 October 2026; the clocks go back on 25
    October, so 20 October is 09:00 UTC and 27 October is 10:00 UTC."""
    response = feed(client, enrolment.user)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    zones = list(calendar.walk("VTIMEZONE"))
    assert [str(z["TZID"]) for z in zones] == ["Europe/London"]
    starts = sorted(e.decoded("DTSTART") for e in calendar.walk("VEVENT"))
    assert len(starts) == 6
    by_day = {start.date(): start.astimezone(UTC) for start in starts}
    assert by_day[dt.date(2026, 10, 20)] == dt.datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    assert by_day[dt.date(2026, 10, 27)] == dt.datetime(2026, 10, 27, 10, 0, tzinfo=UTC)
    assert b"DTSTART;TZID=Europe/London:20261020T100000" in response.content


def test_feed_names_no_one(client, enrolment):
    body = feed(client, enrolment.user).content.decode()
    assert enrolment.user.full_name not in body and enrolment.user.email not in body


def test_a_moved_session_updates_in_the_feed_with_a_higher_sequence(client, enrolment):
    session = enrolment.cohort.sessions.get(number=3)
    uid = session_uid(session)
    session.date, session.start_time = dt.date(2026, 10, 22), dt.time(14, 0)
    session.sequence += 1
    session.save()
    event = next(e for e in events(feed(client, enrolment.user).content) if e["UID"] == uid)
    assert event.decoded("DTSTART").astimezone(UTC) == dt.datetime(2026, 10, 22, 13, 0, tzinfo=UTC)
    assert int(event["SEQUENCE"]) == 1


def test_feed_leaves_out_cohorts_the_person_withdrew_from(client, enrolment, staff):
    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Left")
    assert events(feed(client, enrolment.user).content) == []


def test_renewing_the_link_revokes_the_old_one(client, enrolment):
    user = enrolment.user
    old = user.calendar_token
    client.force_login(user)
    response = client.post(reverse("calendar_link_renew"))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.calendar_token != old
    assert client.get(reverse("calendar_feed", args=[old])).status_code == 404
    assert feed(client, user).status_code == 200


def test_an_unknown_or_inactive_token_is_not_found(client, enrolment):
    assert client.get(reverse("calendar_feed", args=["not-a-token"])).status_code == 404
    user = enrolment.user
    user.is_active = False
    user.save()
    assert feed(client, user).status_code == 404


def test_the_feed_is_in_the_persons_language(client, enrolment):
    user = enrolment.user
    user.language = "cy"
    user.save()
    assert feed(client, user).status_code == 200  # the Welsh catalogue may be partial


def test_one_session_downloads_as_an_ics_file(client, enrolment):
    session = enrolment.cohort.sessions.get(number=4)
    client.force_login(enrolment.user)
    response = client.get(reverse("session_ics", args=[session.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    (event,) = events(response.content)
    assert event.decoded("DTSTART").astimezone(UTC) == dt.datetime(2026, 10, 27, 10, 0, tzinfo=UTC)
    assert "https://teams.microsoft.com/l/meetup-join/test" in str(event["LOCATION"])
    assert b"BEGIN:VTIMEZONE" in response.content


def test_a_session_of_someone_elses_cohort_is_not_found(
    client, participant, make_cohort, newport, outsider
):
    from cohorts.services import enrolment_create

    theirs = make_cohort(councils=[newport], title="Newport cohort")
    enrolment_create(cohort=theirs, user=outsider)
    client.force_login(participant)
    response = client.get(reverse("session_ics", args=[theirs.sessions.first().pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("who", ["funder"])
def test_a_funder_may_not_download_sessions(client, request, enrolment, who):
    client.force_login(request.getfixturevalue(who))
    session = enrolment.cohort.sessions.first()
    assert client.get(reverse("session_ics", args=[session.pk])).status_code == 403


def test_renewing_the_token_service_gives_a_fresh_secret(participant):
    old = participant.calendar_token
    user_renew_calendar_token(user=participant)
    assert participant.calendar_token != old and len(participant.calendar_token) >= 24


def test_a_moved_sessions_note_gives_the_date_in_the_persons_language(client, enrolment):
    user = enrolment.user
    user.language = "cy"
    user.save(update_fields=["language"])
    session = enrolment.cohort.sessions.get(number=2)
    session.moved_from, session.moved_reason = dt.date(2026, 12, 28), "Gŵyl San Steffan"
    session.save()
    uid = session_uid(session)
    event = next(e for e in events(feed(client, user).content) if e["UID"] == uid)
    assert "28 Rhagfyr 2026" in str(event["DESCRIPTION"])
