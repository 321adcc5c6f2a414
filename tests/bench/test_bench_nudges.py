"""Benchmark: 10,000 due enrolments nudged by one worker (in process). Run with `make bench`."""

import datetime as dt
import time

import pytest
from django.core import mail
from django.db import connection

from cohorts.models import Cohort, Enrolment, Nudge, NudgeStatus, Theme
from cohorts.scheduling.services import cohort_generate_sessions
from councils.models import Council, Role, User
from labs.models import Lab

PEOPLE = 10_000
COHORTS = 20


class QueryCounter:
    """Counts every query on the connection. CaptureQueriesContext keeps at most 9,000
    (connection.queries_log is a bounded deque), too few for 10,000 emails."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


@pytest.mark.django_db
def test_bench_ten_thousand_nudges(monkeypatch, record_property):
    councils = list(Council.objects.all())
    lab = Lab.objects.get(code="data")
    cohorts = []
    for n in range(COHORTS):
        cohort = Cohort.objects.create(
            lab=lab,
            theme=Theme.COMMUNITIES,
            title=f"Bench {n}",
            start_date=dt.date(2026, 10, 6),
            session_weekday=1,
            capacity=PEOPLE,
            online_url="https://teams.microsoft.com/l/bench",
        )
        cohort.councils.set(councils)
        cohort_generate_sessions(cohort=cohort)
        cohorts.append(cohort)
    users = User.objects.bulk_create(
        User(
            email=f"bench{i}@x.test",
            full_name=f"Bench Person {i}",
            role=Role.PARTICIPANT,
            council=councils[i % 10],
            calendar_token=f"bench-token-{i}",
        )
        for i in range(PEOPLE)
    )
    Enrolment.objects.bulk_create(
        Enrolment(cohort=cohorts[i % COHORTS], user=user, council_id=user.council_id)
        for i, user in enumerate(users)
    )
    day = cohorts[0].sessions.get(number=3).date
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)

    from cohorts.tasks import send_due_nudges

    queries = QueryCounter()
    start = time.perf_counter()
    with connection.execute_wrapper(queries):
        sent = send_due_nudges.delay().get()
    elapsed = time.perf_counter() - start
    emails = len(mail.outbox)
    print(f"\nnudges: {sent} claimed, {emails} emails, {queries.count} queries, {elapsed:.1f} s")
    assert sent == emails == PEOPLE
    assert Nudge.objects.filter(status=NudgeStatus.SENT).count() == PEOPLE
    assert elapsed < 60, "target: 10,000 nudges under 60 s"
