"""A cohort's status is derived from its session dates, never stored."""

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .schedule import week_number_on


@dataclass(frozen=True)
class CohortStatus:
    code: str  # "upcoming" | "running" | "finished"
    week: int  # 0 before the first session; 1-6 while running; 6 when finished

    @property
    def label(self) -> str:
        if self.code == "upcoming":
            return _("Upcoming")
        if self.code == "running":
            return _("Running (week %(week)s of 6)") % {"week": self.week}
        return _("Finished")


def cohort_status(session_dates: list[dt.date], today: dt.date) -> CohortStatus:
    """Upcoming before session 1; running from session 1 to the day of the last; then finished."""
    if not session_dates:
        return CohortStatus("upcoming", 0)
    week = week_number_on(session_dates, today)
    if week == 0:
        return CohortStatus("upcoming", 0)
    if today > max(session_dates):
        return CohortStatus("finished", len(session_dates))
    return CohortStatus("running", week)
