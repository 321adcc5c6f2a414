"""Retention: the dry run lists exactly the people past the period (none held as grant audit
evidence); the job anonymises them, and run twice changes nothing the second time."""

import datetime as dt
import io

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command

from cohorts.services import enrolment_create
from councils.models import Role, User
from infuse.celery import app
from privacy import tasks
from privacy.retention import retention_review


@pytest.fixture
def people(settings, make_cohort, make_user, cardiff, staff):
    settings.PRIVACY_RETENTION_DAYS = 730
    settings.PROGRAMME_END_DATE = dt.date(2024, 3, 31)
    settings.GRANT_AUDIT_RETENTION_UNTIL = None
    today = dt.date.today()
    old = make_cohort(start=today - dt.timedelta(days=900), councils=[cardiff], title="Old")
    recent = make_cohort(start=today - dt.timedelta(days=100), councils=[cardiff], title="Recent")
    made = {
        "old only": make_user("old.only@cardiff.test", council=cardiff),
        "old and recent": make_user("old.recent@cardiff.test", council=cardiff),
        "recent only": make_user("recent.only@cardiff.test", council=cardiff),
        "lead": make_user("lead.ret@cardiff.test", Role.LEAD, cardiff),
        "funder": make_user("funder.ret@infuse.test", Role.FUNDER),
        "never enrolled": make_user("never@cardiff.test", council=cardiff),
        "staff": staff,
    }
    enrolment_create(cohort=old, user=made["old only"], invite=False)
    enrolment_create(cohort=old, user=made["old and recent"], invite=False)
    enrolment_create(cohort=recent, user=made["old and recent"], invite=False)
    enrolment_create(cohort=recent, user=made["recent only"], invite=False)
    return made


def dry_run() -> tuple[set[str], list[str]]:
    out = io.StringIO()
    call_command("retention", "--dry-run", stdout=out)
    lines = out.getvalue().splitlines()
    return {line.split("\t")[2] for line in lines if "\t" in line}, lines


def test_the_dry_run_lists_exactly_the_people_past_the_period(people):
    emails, _lines = dry_run()
    assert emails == {
        "old.only@cardiff.test",  # last cohort ended more than two years ago
        "lead.ret@cardiff.test",  # no cohort: two years after the programme ended
        "funder.ret@infuse.test",
        "never@cardiff.test",
    }
    assert not User.objects.filter(erased_at__isnull=False).exists()  # a dry run changes nothing


def test_the_dry_run_lists_nobody_within_the_grant_audit_exception(people, settings):
    settings.GRANT_AUDIT_RETENTION_UNTIL = dt.date.today() + dt.timedelta(days=365)
    emails, lines = dry_run()
    assert "old.only@cardiff.test" not in emails
    assert emails == {"lead.ret@cardiff.test", "funder.ret@infuse.test", "never@cardiff.test"}
    assert any("1 past the period are kept as grant audit evidence" in line for line in lines)


def test_once_the_grant_audit_period_has_passed_they_are_due(people, settings):
    settings.GRANT_AUDIT_RETENTION_UNTIL = dt.date.today() - dt.timedelta(days=1)
    emails, _lines = dry_run()
    assert "old.only@cardiff.test" in emails


def snapshot():
    return (
        list(User.objects.order_by("pk").values_list("pk", "full_name", "email", "erased_at")),
        LogEntry.objects.count(),
    )


def test_the_job_anonymises_them_and_run_twice_changes_nothing_the_second_time(people):
    assert tasks.apply_retention.delay().get() == 4
    erased = set(User.objects.filter(erased_at__isnull=False).values_list("pk", flat=True))
    assert erased == {people[key].pk for key in ("old only", "lead", "funder", "never enrolled")}
    after_first = snapshot()
    assert tasks.apply_retention.delay().get() == 0
    assert snapshot() == after_first
    emails, _lines = dry_run()
    assert emails == set()


def test_retention_runs_every_night_on_beat():
    entry = app.conf.beat_schedule["apply-retention"]
    assert entry["task"] == "privacy.tasks.apply_retention"


def test_someone_enrolled_on_an_upcoming_cohort_without_sessions_is_not_due(
    settings, make_cohort, make_user, cardiff
):
    settings.PRIVACY_RETENTION_DAYS = 730
    settings.GRANT_AUDIT_RETENTION_UNTIL = None
    today = dt.date.today()
    old = make_cohort(start=today - dt.timedelta(days=900), councils=[cardiff], title="Old")
    upcoming = make_cohort(start=today + dt.timedelta(days=30), councils=[cardiff], title="New")
    upcoming.sessions.all().delete()
    returning = make_user("returning@cardiff.test", council=cardiff)
    enrolment_create(cohort=old, user=returning, invite=False)
    enrolment_create(cohort=upcoming, user=returning, invite=False)
    gone = make_user("gone@cardiff.test", council=cardiff)
    enrolment_create(cohort=old, user=gone, invite=False)

    due, held = retention_review()

    assert [line.user.email for line in due] == ["gone@cardiff.test"]
    assert held == []
