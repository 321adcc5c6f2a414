"""A cohort's dates, wherever people read them, come from its sessions: the start date is only
where the schedule is counted from ("from 23 December" while the first session is on the 29th)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.cohorts.participant_helpers import set_today


@pytest.fixture
def christmas_cohort(make_cohort, cardiff):
    """Starts on Wednesday 23 December 2026 and meets on Tuesdays: its first session is on
    Tuesday 29 December (no bank holiday that day)."""
    cohort = make_cohort(start=dt.date(2026, 12, 23), weekday=1, councils=[cardiff])
    assert cohort.sessions.order_by("date").first().date == dt.date(2026, 12, 29)
    return cohort


def test_the_leads_upcoming_cohort_says_the_date_of_its_first_session(
    client, lead, christmas_cohort, monkeypatch
):
    set_today(monkeypatch, dt.date(2026, 12, 1))
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    assert "from 29 December 2026" in html
    assert "23 December" not in html


def test_a_cohort_is_upcoming_until_its_first_session_not_its_start_date(
    client, lead, christmas_cohort, monkeypatch
):
    """Between the start date and the first session nobody has met yet: leads may still
    nominate."""
    set_today(monkeypatch, dt.date(2026, 12, 24))
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    assert "from 29 December 2026" in html
    assert client.get(reverse("nominate", args=[christmas_cohort.pk])).status_code == 200
    set_today(monkeypatch, dt.date(2026, 12, 29))
    html = client.get(reverse("lead_home")).content.decode()
    assert "from 29 December 2026" not in html
    assert client.get(reverse("nominate", args=[christmas_cohort.pk])).status_code == 404


def test_a_cancelled_first_session_is_not_the_date_the_lead_is_given(
    client, lead, christmas_cohort, monkeypatch
):
    """Week 1 called off: people first meet at week 2, as the staff home says too."""
    set_today(monkeypatch, dt.date(2026, 12, 1))
    christmas_cohort.sessions.filter(date=dt.date(2026, 12, 29)).update(
        cancelled_at=timezone.now(), cancelled_reason="Snow"
    )
    second = christmas_cohort.sessions.exclude(date=dt.date(2026, 12, 29)).order_by("date")[0]
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    assert f"from {second.date:%-d %B %Y}" in html
    assert "29 December" not in html
