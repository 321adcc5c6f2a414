"""iCalendar files for sessions: a personal feed and single-session downloads.

Times are written in Europe/London with a VTIMEZONE, so calendars show the right local time
on both sides of the clock change. The zone is written as yearly rules (`london_timezone`), the
form every calendar program reads: Outlook builds zones only from RRULE, TZOFFSETFROM/TO and
DTSTART, and Thunderbird (ical.js) and vobject read only the first date of a long RDATE list,
which is what `icalendar`'s `add_missing_timezones()` writes.
"""

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from councils.models import User
from labs.models import Module

from ..models import Session

LONDON = ZoneInfo("Europe/London")


def london_timezone() -> icalendar.Timezone:
    """Europe/London as a VTIMEZONE of two yearly rules: clocks go forward an hour at 01:00 GMT
    on the last Sunday of March and back at 02:00 BST on the last Sunday of October, the EU
    rule the UK has kept since 1996. `tests/cohorts/test_calendar_zone.py` holds it against
    the tz database for every year to 2037."""
    zone = icalendar.Timezone()
    zone.add("tzid", "Europe/London")
    for part, name, start, month, before, after in (
        (icalendar.TimezoneStandard, "GMT", dt.datetime(1996, 10, 27, 2, 0), 10, 1, 0),
        (icalendar.TimezoneDaylight, "BST", dt.datetime(1981, 3, 29, 1, 0), 3, 0, 1),
    ):
        rule = part()
        rule.add("tzname", name)
        rule.add("dtstart", start)
        rule.add("tzoffsetfrom", dt.timedelta(hours=before))
        rule.add("tzoffsetto", dt.timedelta(hours=after))
        rule.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
        zone.add_component(rule)
    return zone


def session_uid(session: Session) -> str:
    """Stable across regenerated schedules, so calendars update the event rather than add one."""
    return f"cohort-{session.cohort_id}-week-{session.number}@infuse-portal"


def _organizer() -> icalendar.vCalAddress:
    organizer = icalendar.vCalAddress(f"mailto:{settings.PROGRAMME_CONTACT_EMAIL}")
    organizer.params["cn"] = icalendar.vText(_("Infuse programme"))
    return organizer


def _attendee(person: User) -> icalendar.vCalAddress:
    attendee = icalendar.vCalAddress(f"mailto:{person.email}")
    attendee.params["cn"] = icalendar.vText(" ".join(person.full_name.split()))
    attendee.params["role"] = icalendar.vText("REQ-PARTICIPANT")
    return attendee


def _event(session: Session, module_titles: dict[tuple[int, int], str]) -> icalendar.Event:
    cohort = session.cohort
    event = icalendar.Event()
    event.add("uid", session_uid(session))
    event.add("sequence", session.sequence)
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("organizer", _organizer())
    start = dt.datetime.combine(session.date, session.start_time, tzinfo=LONDON)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=session.minutes))
    # "Data Lab, week 3: Asking a good data question": the week's module, not the cohort's
    # title, which usually names the lab again.
    title = module_titles.get((cohort.lab_id, session.number)) or cohort.get_theme_display()
    event.add(
        "summary",
        _("%(lab)s, week %(week)s: %(title)s")
        % {"lab": cohort.lab.display_name, "week": session.number, "title": title},
    )
    # A room is where people go; the joining link is in the description and URL as well.
    where = session.location or session.online_url
    if where:
        event.add("location", where)
    description = [cohort.get_theme_display()]
    if session.online_url:
        description.append(_("Join online: %(url)s") % {"url": session.online_url})
    if session.is_moved:
        description.append(
            _("Moved from %(date)s (%(reason)s).")
            % {"date": date_format(session.moved_from, "j F Y"), "reason": session.moved_reason}
        )
    event.add("description", "\n".join(description))
    if session.online_url:
        event.add("url", session.online_url)
    return event


def _module_titles(sessions: list[Session]) -> dict[tuple[int, int], str]:
    """Each week's module title in the active language (the Welsh where there is one)."""
    modules = Module.objects.filter(lab_id__in={s.cohort.lab_id for s in sessions})
    return {(m.lab_id, m.number): m.title for m in modules.only("lab_id", "number", "title")}


def _calendar(name: str, method: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Infuse Portal//infuse-portal//EN")
    cal.add("version", "2.0")
    cal.add("method", method)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/London")
    cal.add_component(london_timezone())
    return cal


def calendar_for(sessions: Iterable[Session], name: str) -> bytes:
    """A calendar of these sessions (their cohorts and labs loaded), in the active language.
    Cancelled sessions are left out: a calendar that reads this no longer holds them."""
    sessions = [s for s in sessions if not s.is_cancelled]
    module_titles = _module_titles(sessions)
    cal = _calendar(name, "PUBLISH")
    for session in sessions:
        cal.add_component(_event(session, module_titles))
    return cal.to_ical()


def cancellation_for(
    sessions: Iterable[Session], name: str, *, attendee: User, raise_sequence: bool = False
) -> bytes:
    """A cancellation of these sessions for one person, as RFC 5546 has it and Outlook needs:
    METHOD:CANCEL, each event with its UID, a SEQUENCE higher than the calendar holds (the
    caller raised the session's, or `raise_sequence` puts this person's one above it: a
    withdrawal, which leaves the session's revision to the others), STATUS:CANCELLED, the
    ORGANIZER and the person as ATTENDEE."""
    sessions = list(sessions)
    module_titles = _module_titles(sessions)
    cal = _calendar(name, "CANCEL")
    for session in sessions:
        event = _event(session, module_titles)
        if raise_sequence:
            event["sequence"] = icalendar.vInt(session.sequence + 1)
        event.add("status", "CANCELLED")
        event.add("attendee", _attendee(attendee))
        cal.add_component(event)
    return cal.to_ical()
