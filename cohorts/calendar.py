"""iCalendar files for sessions: a personal feed and single-session downloads.

Times are written in Europe/London with a VTIMEZONE, so calendars show the right local time
on both sides of the clock change.
"""

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils.translation import gettext as _

from .models import Session

LONDON = ZoneInfo("Europe/London")


def session_uid(session: Session) -> str:
    """Stable across regenerated schedules, so calendars update the event rather than add one."""
    return f"cohort-{session.cohort_id}-week-{session.number}@infuse-portal"


def _event(session: Session) -> icalendar.Event:
    cohort = session.cohort
    event = icalendar.Event()
    event.add("uid", session_uid(session))
    event.add("sequence", session.sequence)
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    start = dt.datetime.combine(session.date, session.start_time, tzinfo=LONDON)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=session.minutes))
    event.add(
        "summary",
        _("%(lab)s, week %(week)s: %(title)s")
        % {"lab": cohort.lab.name, "week": session.number, "title": cohort.title},
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
            % {"date": session.moved_from.strftime("%d %B %Y"), "reason": session.moved_reason}
        )
    event.add("description", "\n".join(description))
    if session.online_url:
        event.add("url", session.online_url)
    return event


def calendar_for(sessions: Iterable[Session], name: str) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Infuse Portal//infuse-portal//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for session in sessions:
        cal.add_component(_event(session))
    cal.add_missing_timezones()
    return cal.to_ical()
