"""An Adaption Lab cohort of Cardiff and Newport meeting on Tuesdays from 6 October 2026
(sessions 6, 13, 20, 27 October, 3 and 10 November), the Cardiff participant and the Newport
outsider enrolled, and "today" pinned to a week of it."""

import datetime as dt

import pytest

from cohorts.services import enrolment_create
from labs.adaption.models import Canvas
from labs.models import Lab
from tests.cohorts.participant_helpers import set_today
from tests.support.work import FreshFormClient

WEEK_3 = dt.date(2026, 10, 21)  # weeks 1-3 open; core (week 4) opens on 27 October
WEEK_5 = dt.date(2026, 11, 4)  # weeks 1-5 open


@pytest.fixture
def adaption_cohort(make_cohort, cardiff, newport):
    return make_cohort(
        lab=Lab.objects.get(code="adaption"),
        councils=[cardiff, newport],
        title="Adaption Lab test cohort",
    )


@pytest.fixture
def mine(adaption_cohort, participant):
    return enrolment_create(cohort=adaption_cohort, user=participant)


@pytest.fixture
def theirs(adaption_cohort, outsider):
    return enrolment_create(cohort=adaption_cohort, user=outsider)


@pytest.fixture
def week5(monkeypatch):
    set_today(monkeypatch, WEEK_5)
    return WEEK_5


@pytest.fixture
def week3(monkeypatch):
    set_today(monkeypatch, WEEK_3)
    return WEEK_3


@pytest.fixture
def owner(participant):
    client = FreshFormClient()
    client.force_login(participant)
    return client


@pytest.fixture
def client():
    """Posts as from a form just loaded (tests/support/work.py)."""
    return FreshFormClient()


@pytest.fixture
def make_canvas():
    def make(enrolment, **fields):
        return Canvas.objects.create(enrolment=enrolment, **{"name": "School streets", **fields})

    return make


FULL = {
    "name": "Community energy co-operative",
    "what_it_is": "Residents buy shares in a co-op that puts solar panels on public roofs.",
    "where_it_worked": "Awel Aman Tawe, Swansea Valley, from 2014: two wind turbines and rooftop solar.",
    "problem_there": "Rising energy costs and no local stake in renewable generation.",
    "evidence_level": "monitored",
    "evidence_source": "Co-op annual reports; Community Energy Wales state of the sector.",
    "problem_here": "School energy bills in Caerphilly rose 40% in two years.",
    "who_affected": "Say, 12 primary schools and their 3,000 pupils (illustrative).",
    "policy_fit": "A prosperous Wales; Net Zero Wales public sector ambition for 2030.",
    **{
        a: 3
        for a in (
            "relative_advantage",
            "compatibility",
            "complexity",
            "trialability",
            "observability",
            "evidence",
            "readiness",
        )
    },
}
