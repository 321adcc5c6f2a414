"""When a week opens: the one rule, as a Python predicate and as a query expression.

Week n of an enrolment opens on the date of its cohort's session n and stays open; a week
without a session is shut. A cancelled session's week still opens on its date (the work of
the week goes on without the meeting). Everything that asks "is week n open on day d?" (the
participant's pages, ticking an activity, the lab tools, the lead's status column, the nudges)
asks one of these two; `tests/cohorts/test_week_rule.py` holds them to agreeing.
"""

import datetime as dt

from django.db.models import Exists, OuterRef
from django.db.models.expressions import Combinable

from .models import Session


def week_is_open(opens_on: dt.date | None, day: dt.date) -> bool:
    """Whether a week whose session is on `opens_on` (None: no session) is open on `day`."""
    return opens_on is not None and opens_on <= day


def week_open(
    *,
    week: int | Combinable,
    day: dt.date,
    cohort: Combinable | int | None = None,
) -> Exists:
    """The same rule in the database: true where week `week` of the cohort `cohort` (an
    OuterRef to the row's cohort, by default the enrolment's) is open on `day`."""
    if cohort is None:
        cohort = OuterRef("cohort_id")
    return Exists(Session.objects.filter(cohort_id=cohort, number=week, date__lte=day))
