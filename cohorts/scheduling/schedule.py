"""Working out session dates: weekly from a start date, Welsh bank holidays moved.

Framework-free, so that the rules can be tested (and property-tested) on their own.
"""

import datetime as dt
from dataclasses import dataclass
from functools import cache

import holidays

WEEKS = 6


@cache
def _welsh_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv="WLS", years=year)


def bank_holiday_name(day: dt.date) -> str | None:
    """The name of the Welsh bank holiday on `day`, or None."""
    return _welsh_holidays(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and bank_holiday_name(day) is None


def next_working_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def first_session_date(start_date: dt.date, weekday: int) -> dt.date:
    return start_date + dt.timedelta(days=(weekday - start_date.weekday()) % 7)


def nominal_session_date(start_date: dt.date, weekday: int, number: int) -> dt.date:
    """The date week `number` would have on the weekly pattern, before any move."""
    return first_session_date(start_date, weekday) + dt.timedelta(weeks=number - 1)


@dataclass(frozen=True)
class PlannedSession:
    number: int
    date: dt.date
    moved_from: dt.date | None = None
    moved_reason: str = ""


def plan_sessions(start_date: dt.date, weekday: int, weeks: int = WEEKS) -> list[PlannedSession]:
    """One session a week on `weekday` from the first such day on or after `start_date`.

    A session that falls on a bank holiday in Wales moves to the next working day and says why.
    """
    first = first_session_date(start_date, weekday)
    planned = []
    for number in range(1, weeks + 1):
        nominal = nominal_session_date(first, weekday, number)
        holiday = bank_holiday_name(nominal)
        if holiday:
            planned.append(PlannedSession(number, next_working_day(nominal), nominal, holiday))
        else:
            planned.append(PlannedSession(number, nominal))
    return planned


def week_number_on(session_dates: list[dt.date], today: dt.date) -> int:
    """How many of the sessions have started by `today` (0 before the first)."""
    return sum(1 for day in session_dates if day <= today)
