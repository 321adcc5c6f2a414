"""The Data Lab tool's tests: the shared people (tests/conftest.py), a cohort in week 3, and a
question to work on."""

import pytest
from django.urls import reverse

from labs.data.models import DataItem, DataQuestion
from tests.cohorts.participant_helpers import WEEK_3, set_today


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    """Weeks 1-3 are open (question, kind, data, ethics); week 4 (quality) opens 27 October."""
    set_today(monkeypatch, WEEK_3)


@pytest.fixture
def make_question():
    def make(enrolment, **fields):
        defaults = {
            "question": "How many people aged 75 and over used each warm space each week "
            "last winter?",
        }
        return DataQuestion.objects.create(enrolment=enrolment, **{**defaults, **fields})

    return make


@pytest.fixture
def question(make_question, enrolment):
    return make_question(enrolment)


@pytest.fixture
def make_item():
    def make(question, **fields):
        defaults = {
            "description": "Visits per warm space per week",
            "value_type": "numbers",
            "source": "own_service",
            "personal": "none",
        }
        return DataItem.objects.create(question=question, **{**defaults, **fields})

    return make


def url(name, enrolment, *args):
    return reverse(name, args=[enrolment.pk, *args])


READY_STEPS = {
    "question": {
        "question-question": "How many people aged 75 and over used each of our warm spaces "
        "each week last winter?",
        "question-decision": "Whether to fund three more warm spaces in the valley wards",
        "question-who_acts": "Head of Communities, at the budget board",
        "question-by_when": "Budget board, 10 December 2026",
    },
    "kind": {"kind-kind": "descriptive", "kind-kind_reason": "We need counts before causes."},
    "ethics": {
        "ethics-lawful_basis": "no_personal_data",
        **{
            f"ethics-screen_{code}": "no"
            for code in (
                "large_scale",
                "vulnerable",
                "matching",
                "monitoring",
                "scoring",
                "automated",
                "denial",
                "innovative",
                "invisible",
                "criminal",
            )
        },
        "ethics-fairness": "People who do not sign in are missed; volunteers will count them.",
        "ethics-residents_told": "A note on each sign-in sheet and the warm spaces web page.",
        "ethics-minimisation": "Counts by age band and ward only; no names or addresses.",
    },
}


@pytest.fixture
def signed_in_participant(client, participant):
    client.force_login(participant)
    return client
