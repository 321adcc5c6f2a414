"""The dashboard and the Lab's page load only what they show (issue 24): the weeks' long
texts stay in the database, titles still fall back to English, an edit shows at once, and the
dashboard's clash notice comes from the sessions it already has."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts.models import Session
from cohorts.services import enrolment_create
from labs.models import Activity, Module
from tests.cohorts.participant_helpers import WEEK_3, set_today

pytestmark = pytest.mark.django_db

LONG_TEXTS = (
    '"labs_module"."summary_en"',
    '"labs_module"."summary_cy"',
    '"labs_module"."outcomes_en"',
    '"labs_activity"."instructions_en"',
    '"labs_activity"."instructions_cy"',
)


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    set_today(monkeypatch, WEEK_3)


def _sql(client, url) -> str:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return "\n".join(q["sql"] for q in queries.captured_queries)


def test_the_dashboard_and_lab_page_leave_the_weeks_long_texts_unloaded(client, enrolment):
    client.force_login(enrolment.user)
    for url in (reverse("dashboard"), reverse("lab_detail", args=[enrolment.pk])):
        sql = _sql(client, url)
        assert "title_cy" in sql, url  # titles, in every language, for the fallback
        for column in LONG_TEXTS:
            assert column not in sql, (url, column)
    # The week's own page shows them, and loads them with the weeks (no query per activity).
    sql = _sql(client, reverse("lab_week", args=[enrolment.pk, 3]))
    assert all(column in sql for column in LONG_TEXTS)


def test_titles_fall_back_to_english_when_the_welsh_is_blank(client, enrolment):
    user = enrolment.user
    user.language = "cy"
    user.save(update_fields=["language"])
    lab = enrolment.cohort.lab
    Module.objects.filter(lab=lab, number=1).update(title_en="Wythnos un yn Saesneg", title_cy="")
    Module.objects.filter(lab=lab, number=2).update(title_en="Week two", title_cy="Wythnos dau")
    client.force_login(user)
    page = client.get(reverse("lab_detail", args=[enrolment.pk])).content.decode()
    assert "Wythnos un yn Saesneg" in page  # blank Welsh: the English title
    assert "Wythnos dau" in page and "Week two" not in page


def test_an_edit_made_without_signals_shows_at_once(client, enrolment):
    """Nothing of the Lab's structure is kept between requests: an .update() (as a data
    migration or a bulk edit makes) is on the next page drawn."""
    client.force_login(enrolment.user)
    url = reverse("lab_detail", args=[enrolment.pk])
    client.get(url)
    client.get(reverse("dashboard"))
    Module.objects.filter(lab=enrolment.cohort.lab, number=2).update(title_en="Renamed week")
    Activity.objects.filter(module__lab=enrolment.cohort.lab, module__number=3).update(
        title_en="Renamed task"
    )
    page = client.get(url).content.decode()
    assert "Renamed week" in page
    assert "Renamed task" in client.get(reverse("dashboard")).content.decode()


def test_the_dashboard_names_a_clash_from_its_own_sessions_only_while_current(
    client, enrolment, make_cohort, cardiff, data_lab
):
    """Two current Labs whose sessions meet at the same time clash; a cancelled session, a
    past one or a Lab the person has left does not."""
    other = make_cohort(
        councils=[cardiff], title="Another cohort", start=enrolment.cohort.start_date, weekday=3
    )
    second = enrolment_create(cohort=other, user=enrolment.user)
    mine = enrolment.cohort.sessions.get(number=5)
    theirs = other.sessions.get(number=5)
    Session.objects.filter(pk=theirs.pk).update(date=mine.date, start_time=mine.start_time)
    client.force_login(enrolment.user)
    assert "at the same time" in client.get(reverse("dashboard")).content.decode()
    Session.objects.filter(pk=theirs.pk).update(
        cancelled_at=dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    )
    assert "at the same time" not in client.get(reverse("dashboard")).content.decode()
    Session.objects.filter(pk=theirs.pk).update(cancelled_at=None)
    second.status = "withdrawn"
    second.save(update_fields=["status"])
    assert "at the same time" not in client.get(reverse("dashboard")).content.decode()
