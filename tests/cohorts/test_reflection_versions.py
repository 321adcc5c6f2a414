"""A reflection written in two tabs: the second save over the first is refused with both texts
kept (infuse.concurrency), in place with htmx and as a whole page without."""

import pytest
from django.test import Client
from django.urls import reverse

from cohorts.models import Completion
from tests.cohorts.participant_helpers import WEEK_3, reflection, set_today

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    set_today(monkeypatch, WEEK_3)


@pytest.fixture
def two_tabs(participant):
    tabs = []
    for _ in range(2):
        tab = Client()
        tab.force_login(participant)
        tabs.append(tab)
    return tabs


def submit_url(enrolment, activity):
    return reverse("activity_submit", args=[enrolment.pk, activity.pk])


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_a_stale_tab_cannot_overwrite_a_reflection(two_tabs, enrolment, headers):
    activity = reflection(enrolment, 2)
    week = reverse("lab_week", args=[enrolment.pk, 2])
    for tab in two_tabs:  # both open the week before anything is written
        assert 'name="version" value="0"' in tab.get(week).content.decode()
    tab_a, tab_b = two_tabs
    tab_a.post(
        submit_url(enrolment, activity), {"answer": "We start with the rota.", "version": "0"}
    )
    response = tab_b.post(
        submit_url(enrolment, activity),
        {"answer": "Data first, then people.", "version": "0"},
        **headers,
    )
    html = response.content.decode()
    assert response.status_code == (200 if headers else 409)
    assert "Not saved: this was changed somewhere else" in html
    assert "We start with the rota." in html and html.count("Data first, then people.") >= 2
    assert 'name="version" value="1"' in html
    completion = Completion.objects.get(enrolment=enrolment, activity=activity)
    assert completion.answer == "We start with the rota." and completion.version == 1

    # Merged by hand, over the version now shown.
    merged = {"answer": "We start with the rota; data first, then people.", "version": "1"}
    tab_b.post(submit_url(enrolment, activity), merged, **headers)
    completion.refresh_from_db()
    assert completion.answer == merged["answer"] and completion.version == 2


def test_the_same_first_answer_sent_twice_is_saved_once_without_a_conflict(client, enrolment):
    client.force_login(enrolment.user)
    activity = reflection(enrolment, 2)
    data = {"answer": "We start with the rota.", "version": "0"}
    for _ in range(2):
        response = client.post(submit_url(enrolment, activity), data, **HTMX)
        assert "Not saved" not in response.content.decode()
    assert Completion.objects.get(enrolment=enrolment, activity=activity).version == 1
