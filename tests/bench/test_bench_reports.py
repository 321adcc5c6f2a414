"""Benchmark: progress reports at programme scale — 10 councils, 60 cohorts, 5,000 participants,
about 150,000 completions — built as CSV, PDF and Excel workbook for a funder (suppressed) and for staff.
Targets: the CSV under 1 s, the PDF under 5 s; the workbook's time is recorded. Run with `make bench`; figures go in
docs/benchmarks.md."""

import datetime as dt
import os
import random
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from cohorts.models import (
    Attendance,
    Certificate,
    Cohort,
    Completion,
    Enrolment,
    EnrolmentStatus,
    ReportExport,
    ReportStatus,
    Theme,
)
from cohorts.reports import pattern_cache
from cohorts.reports.exports import report_export_build
from cohorts.scheduling.services import cohort_generate_sessions
from councils.models import Council, Role, User
from labs.models import Lab
from tests.bench.conftest import rss_mb

TODAY = dt.date(2026, 12, 1)
COHORTS = 60
PARTICIPANTS = 5_000
ENROLMENTS_PER_COHORT = 175  # 10,500 enrolments: most people take more than one Lab


class QueryCounter:
    def __init__(self):
        self.count = 0
        self.timings: list[tuple[float, str]] = []

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.timings.append((time.perf_counter() - started, sql))


def build_programme() -> int:
    rng = random.Random(2026)
    councils = list(Council.objects.order_by("slug"))
    labs = list(Lab.objects.prefetch_related("modules__activities"))
    activities = {
        lab.pk: [a for m in lab.modules.all() for a in m.activities.all() if a.required]
        for lab in labs
    }
    cohorts = []
    for i in range(COHORTS):
        start = TODAY - dt.timedelta(weeks=100 - i * 100 // COHORTS)
        cohort = Cohort.objects.create(
            lab=labs[i % 3],
            theme=[Theme.DECARBONISATION, Theme.COMMUNITIES][i % 2],
            title=f"Bench cohort {i}",
            start_date=start,
            session_weekday=start.weekday(),
            capacity=ENROLMENTS_PER_COHORT,
            online_url="https://teams.microsoft.com/l/bench",
        )
        cohort.councils.set(councils)
        cohort_generate_sessions(cohort=cohort)
        cohorts.append(cohort)
    users = User.objects.bulk_create(
        User(
            email=f"bench{i}@council.test",
            full_name=f"Bench Person {i}",
            role=Role.PARTICIPANT,
            council=councils[i % len(councils)],
            calendar_token=f"bench-token-{i}",
        )
        for i in range(PARTICIPANTS)
    )
    enrolments = []
    for n, cohort in enumerate(cohorts):
        start = rng.randrange(PARTICIPANTS)
        for k in range(ENROLMENTS_PER_COHORT):
            user = users[(start + k * 7 + n) % PARTICIPANTS]
            finished = cohort.start_date + dt.timedelta(weeks=6) < TODAY
            roll = rng.random()
            status = (
                EnrolmentStatus.WITHDRAWN
                if roll < 0.08
                else EnrolmentStatus.COMPLETED
                if finished and roll < 0.75
                else EnrolmentStatus.ACTIVE
            )
            enrolled = timezone.make_aware(
                dt.datetime.combine(cohort.start_date - dt.timedelta(days=14), dt.time(9))
            )
            enrolments.append(
                Enrolment(
                    cohort=cohort,
                    user=user,
                    council_id=user.council_id,
                    status=status,
                    enrolled_at=enrolled,
                    activated_at=enrolled + dt.timedelta(days=14),
                    completed_on=cohort.start_date + dt.timedelta(weeks=6)
                    if status == EnrolmentStatus.COMPLETED
                    else None,
                    withdrawn_on=cohort.start_date + dt.timedelta(weeks=2)
                    if status == EnrolmentStatus.WITHDRAWN
                    else None,
                    last_activity_at=enrolled + dt.timedelta(days=20),
                )
            )
    enrolments = Enrolment.objects.bulk_create(enrolments, ignore_conflicts=False)
    completions, attendances, certificates = [], [], []
    sessions = {c.pk: list(c.sessions.order_by("number")) for c in cohorts}
    for enrolment in enrolments:
        cohort = enrolment.cohort
        required = activities[cohort.lab_id]
        done = (
            required
            if enrolment.status == EnrolmentStatus.COMPLETED
            else required[: rng.randrange(len(required) // 2, len(required))]
        )
        when = enrolment.enrolled_at + dt.timedelta(days=16)
        completions += [
            Completion(enrolment=enrolment, activity=a, completed_at=when) for a in done
        ]
        attendances += [
            Attendance(enrolment=enrolment, session=s, attended=rng.random() < 0.85)
            for s in sessions[cohort.pk]
            if s.date <= TODAY
        ]
        enrolment.required_total = len(required)
        enrolment.required_done = len(done)
        enrolment.progress = 100 * len(done) // len(required)
        if enrolment.status == EnrolmentStatus.COMPLETED:
            certificates.append(
                Certificate(enrolment=enrolment, code=f"BENCH-{enrolment.pk}", issued_at=when)
            )
    Completion.objects.bulk_create(completions, batch_size=5_000)
    Attendance.objects.bulk_create(attendances, batch_size=5_000)
    Certificate.objects.bulk_create(certificates, batch_size=5_000)
    Enrolment.objects.bulk_update(
        enrolments, ["required_total", "required_done", "progress"], batch_size=5_000
    )
    if connection.vendor == "postgresql":
        # Statistics, as autovacuum keeps them on a live database: without them the planner
        # guesses at freshly bulk-loaded tables and the figures measure its guesses.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return len(completions)


def build(user, fmt: str, filters: dict, *, remembered: str = "") -> tuple[float, int, int]:
    """One build: "" the first after the figures changed (nothing remembered); "shared" the
    pattern in the shared cache only (a worker after the page was seen); "process" in this
    process's memory too."""
    if remembered != "process":
        pattern_cache._SUPPRESSED.clear()
    if not remembered:
        cache.clear()
    export = ReportExport.objects.create(requested_by=user, format=fmt, filters=filters)
    counter = QueryCounter()
    started = time.perf_counter()
    with connection.execute_wrapper(counter):
        built = report_export_build(export_id=export.pk)
    seconds = time.perf_counter() - started
    assert built.status == ReportStatus.READY, built.error
    if os.environ.get("INFUSE_BENCH_PROFILE"):
        for took, sql in sorted(counter.timings, reverse=True)[:6]:
            print(f"{took * 1000:.0f} ms: {sql[:1500]}")
    return seconds, counter.count, built.file.size


@pytest.mark.django_db
def test_bench_reports_at_programme_scale(settings, tmp_path, monkeypatch):
    from cohorts import selectors

    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr(selectors, "today", lambda: TODAY)
    started = time.perf_counter()
    completions = build_programme()
    print(
        f"\ndata: {Enrolment.objects.count()} enrolments of {PARTICIPANTS} people in "
        f"{COHORTS} cohorts, {completions} completions, built in "
        f"{time.perf_counter() - started:.0f} s"
    )
    funder = User.objects.create(email="funder@bench.test", role=Role.FUNDER)
    staff = User.objects.create(email="staff@bench.test", role=Role.STAFF)
    if os.environ.get("INFUSE_BENCH_PROFILE"):
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.runcall(build, staff, "csv", {"period": "all"})
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    results = {}
    for who, user in [("funder", funder), ("staff", staff)]:
        for fmt in ("csv", "pdf", "xlsx"):
            build(user, fmt, {"period": "all"})  # warm-up: templates, fonts
            runs = [build(user, fmt, {"period": "all"}) for _ in range(3)]
            seconds = sorted(r[0] for r in runs)[1]
            shared, warm = (
                sorted(build(user, fmt, {"period": "all"}, remembered=how)[0] for _ in range(3))[1]
                for how in ("shared", "process")
            )
            results[(who, fmt)] = seconds
            print(
                f"{who:6} {fmt}: median {seconds * 1000:.0f} ms of 3 cold, "
                f"{shared * 1000:.0f} ms with the suppression in the shared cache, "
                f"{warm * 1000:.0f} ms in this process's memory; {runs[0][1]} queries, "
                f"{runs[0][2] / 1024:.0f} KB, RSS {rss_mb():.0f} MB"
            )
    assert all(results[(who, "csv")] < 1.0 for who in ("funder", "staff")), results
    assert all(results[(who, "pdf")] < 5.0 for who in ("funder", "staff")), results
