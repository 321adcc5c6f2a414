"""Every calendar the portal hands out (the feed, the .ics download and each email's
attachment) carries Europe/London as yearly rules, and three calendar programs nobody on the
project wrote (icalendar, vobject and Mozilla's ical.js) put a weekly 10:00 session at 10:00
local time on both sides of the October and the March clock changes."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from django.core import mail
from django.urls import reverse

from cohorts.scheduling.calendar import session_uid
from cohorts.scheduling.services import schedule_change_notify, session_change_notify
from cohorts.services import enrolment_create, enrolment_invite
from cohorts.tasks import send_due_nudges
from tests.support.calendars import READERS

LONDON = ZoneInfo("Europe/London")
UTC = dt.UTC

# Tuesdays at 10:00. Clocks go back on 25 October 2026 and forward on 29 March 2026.
OCTOBER = dt.date(2026, 10, 6)  # sessions 6, 13, 20 | 27 October, 3, 10 November
MARCH = dt.date(2026, 3, 10)  # sessions 10, 17, 24 March | 31 March, 7, 14 April
CHANGES = {OCTOBER: dt.date(2026, 10, 25), MARCH: dt.date(2026, 3, 29)}


@pytest.fixture(params=[OCTOBER, MARCH], ids=["october", "march"])
def around_a_change(request, make_cohort, cardiff, participant):
    cohort = make_cohort(start=request.param, councils=[cardiff])
    enrolment = enrolment_create(cohort=cohort, user=participant)
    return enrolment, CHANGES[request.param]


def _attachments(outbox) -> list[bytes]:
    bodies = [
        content
        for message in outbox
        for _name, content, mimetype in message.attachments
        if mimetype == "text/calendar"
    ]
    assert bodies, "no calendar was attached"
    return bodies


def feed(client, enrolment) -> list[bytes]:
    response = client.get(reverse("calendar_feed", args=[enrolment.user.calendar_token]))
    assert response.status_code == 200
    return [response.content]


def downloads(client, enrolment) -> list[bytes]:
    client.force_login(enrolment.user)
    bodies = []
    for session in enrolment.cohort.sessions.all():
        response = client.get(reverse("session_ics", args=[session.pk]))
        assert response.status_code == 200
        bodies.append(response.content)
    return bodies


def invitation(client, enrolment) -> list[bytes]:
    mail.outbox.clear()
    assert enrolment_invite(enrolment_id=enrolment.pk, resend=True)
    return _attachments(mail.outbox)


def schedule_changed(client, enrolment) -> list[bytes]:
    mail.outbox.clear()
    assert schedule_change_notify(cohort_id=enrolment.cohort_id) == 1
    return _attachments(mail.outbox)


def session_changed(client, enrolment) -> list[bytes]:
    mail.outbox.clear()
    for session in enrolment.cohort.sessions.all():
        assert session_change_notify(session_id=session.pk, sequence=session.sequence) == 1
    return _attachments(mail.outbox)


def nudges(client, enrolment, monkeypatch) -> list[bytes]:
    mail.outbox.clear()
    for session in enrolment.cohort.sessions.all():
        monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, d=session.date, **k: d)
        send_due_nudges.delay().get()
    return _attachments(mail.outbox)


CHANNELS = {
    "feed": feed,
    "download": downloads,
    "invitation email": invitation,
    "schedule email": schedule_changed,
    "session email": session_changed,
    "nudge email": nudges,
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_a_weekly_ten_oclock_session_stays_at_ten_across_the_clock_change(
    client, around_a_change, channel, reader, monkeypatch
):
    enrolment, change = around_a_change
    get = CHANNELS[channel]
    bodies = get(client, enrolment, monkeypatch) if get is nudges else get(client, enrolment)
    sessions = {session_uid(s): s for s in enrolment.cohort.sessions.all()}
    seen = set()
    for body in bodies:
        for uid, start in READERS[reader](body).items():
            session = sessions[uid]
            expected = dt.datetime.combine(session.date, dt.time(10, 0), tzinfo=LONDON)
            assert start == expected.astimezone(UTC), (channel, reader, session.date)
            assert start.astimezone(LONDON).time() == dt.time(10, 0)
            seen.add(session.date)
    # Sessions on both sides of the change were read, so the test shows the change.
    assert any(day < change for day in seen) and any(day > change for day in seen)


def _zone(body: bytes) -> icalendar.Timezone:
    (zone,) = icalendar.Calendar.from_ical(body).walk("VTIMEZONE")
    return zone


def test_the_zone_is_two_yearly_rules_as_outlook_reads_them(client, enrolment):
    body = feed(client, enrolment)[0]
    zone = _zone(body)
    assert str(zone["TZID"]) == "Europe/London"
    assert b"RDATE" not in body
    rules = {rule.name: rule for rule in zone.subcomponents}
    assert set(rules) == {"STANDARD", "DAYLIGHT"}
    for name, month, before, after in (("STANDARD", 10, 1, 0), ("DAYLIGHT", 3, 0, 1)):
        rule = rules[name]
        rrule = rule["RRULE"]
        assert rrule["FREQ"] == ["YEARLY"] and rrule["BYMONTH"] == [month]
        assert rrule["BYDAY"] == ["-1SU"]
        assert rule["TZOFFSETFROM"].td == dt.timedelta(hours=before)
        assert rule["TZOFFSETTO"].td == dt.timedelta(hours=after)
        assert rule.decoded("DTSTART").month == month
    text = body.decode()
    assert "BEGIN:VTIMEZONE" in text and text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")


def test_the_zones_rules_agree_with_the_tz_database_every_day_to_2037(client, enrolment):
    """Read back by vobject (not by the code that wrote it), the zone gives the same offset as
    the tz database at every noon and on each side of every change from 1997 to 2037."""
    written = vobject.readOne(feed(client, enrolment)[0].decode()).vtimezone.gettzinfo()
    day = dt.datetime(1997, 1, 1, 12)
    while day.year < 2038:
        for hour in (0, 3, 12):
            moment = day.replace(hour=hour)
            assert written.utcoffset(moment) == moment.replace(tzinfo=LONDON).utcoffset(), moment
        day += dt.timedelta(days=1)
