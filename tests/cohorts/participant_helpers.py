"""Helpers for the participant's pages: a fixed "today" and a cohort in a given week.

The conftest cohort meets on Tuesdays at 10:00 from 6 October 2026: sessions on 6, 13, 20
and 27 October and 3 and 10 November (no Welsh bank holiday moves any of them).
"""

import datetime as dt

from cohorts import selectors
from cohorts.models import Enrolment
from labs.models import Activity, Module

WEEK_3 = dt.date(2026, 10, 21)  # a Wednesday: weeks 1-3 open, week 4 opens on 27 October


def set_today(monkeypatch, day: dt.date) -> None:
    """The views ask selectors.today() for the date; pin it."""
    monkeypatch.setattr(selectors, "today", lambda: day)


def activities_of_week(enrolment: Enrolment, number: int) -> list[Activity]:
    module = Module.objects.get(lab=enrolment.cohort.lab, number=number)
    return list(module.activities.order_by("position", "pk"))


def tickable(enrolment: Enrolment, number: int) -> Activity:
    """A check-off the participant ticks on the week page in week `number` (tool steps are
    completed in the lab's tool, reflections by writing)."""
    return next(a for a in activities_of_week(enrolment, number) if a.kind == "checkoff")


def first_task(enrolment: Enrolment, number: int) -> Activity:
    """The first activity of week `number` that is not a reflection (a check-off or a tool
    step): for setting up progress through the services directly."""
    return next(a for a in activities_of_week(enrolment, number) if a.kind != "reflection")


def reflection(enrolment: Enrolment, number: int) -> Activity:
    return next(a for a in activities_of_week(enrolment, number) if a.kind == "reflection")
