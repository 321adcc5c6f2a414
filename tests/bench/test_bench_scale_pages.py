"""Benchmark: the lead's page, the reports and the admin's cohort pages at programme scale,
each timed with Django's test client beside a bare signed-in page (base.html for a signed-in
participant, the issue 24 yardstick), in the same process. Sizes from INFUSE_BENCH_PEOPLE
(default 5,000; 175 enrolments per cohort, a cohort per 83 people as in the 5,000-person
programme). Run with `make bench`; figures in docs/benchmarks.md."""

import os
import statistics
import time

import pytest
from django.core.cache import cache
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone

from cohorts.models import Cohort
from councils.models import Council, Role, User
from infuse.urls import urlpatterns as site_urls
from tests.bench import test_bench_reports as programme

pytestmark = pytest.mark.skipif(not os.environ.get("INFUSE_BENCH"), reason="make bench only")


def bare(request):
    return render(request, "base.html")


urlpatterns = [path("bench-bare/", bare, name="bench_bare"), *site_urls]


def timed(client, url: str, runs: int) -> tuple[float, float, int]:
    """(first, median of the rest) in ms, and the HTML's size."""
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        size = len(response.content)
    return times[0], statistics.median(times[1:] or times), size


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_bench_scale_pages(client, monkeypatch, settings):
    from cohorts import selectors

    people = int(os.environ.get("INFUSE_BENCH_PEOPLE", "5000"))
    monkeypatch.setattr(programme, "PARTICIPANTS", people)
    monkeypatch.setattr(programme, "COHORTS", max(6, round(people * 65 / 5062)))
    monkeypatch.setattr(selectors, "today", lambda: programme.TODAY)
    settings.MEDIA_ROOT = "/tmp/fastl-media"
    started = time.perf_counter()
    programme.build_programme()
    print(
        f"\n{people} people, {Cohort.objects.count()} cohorts, built in "
        f"{time.perf_counter() - started:.0f} s"
    )
    council = Council.objects.order_by("slug").first()
    lead = User.objects.create(email="lead@bench.test", role=Role.LEAD, council=council)
    funder = User.objects.create(email="funder@bench.test", role=Role.FUNDER)
    staff = User.objects.create(
        email="staff@bench.test", role=Role.STAFF, is_staff=True, is_superuser=True
    )
    participant = User.objects.filter(role=Role.PARTICIPANT).first()
    biggest = Cohort.objects.order_by("-pk").first()
    runs = int(os.environ.get("INFUSE_BENCH_RUNS", "6"))
    pages = [
        ("bare signed-in page", participant, reverse("bench_bare")),
        ("lead's page", lead, reverse("lead_home")),
        ("lead's page, sorted by progress", lead, reverse("lead_home") + "?sort=-progress"),
        ("funder's report", funder, reverse("reports")),
        ("staff report", staff, reverse("reports")),
        ("lead's report", lead, reverse("reports")),
        ("admin cohort list", staff, reverse("admin:cohorts_cohort_changelist")),
        ("admin cohort search", staff, reverse("admin:cohorts_cohort_changelist") + "?q=cohort"),
        ("admin cohort page", staff, reverse("admin:cohorts_cohort_change", args=[biggest.pk])),
    ]
    cache.clear()
    rows = []
    for label, user, url in pages:
        client.force_login(user)
        first, median, size = timed(client, url, runs)
        rows.append((label, first, median, size))
    bare_ms = rows[0][2]
    print(f"| page ({people} people) | first ms | median ms | × bare | HTML KB |")
    for label, first, median, size in rows:
        print(
            f"| {label} | {first:.0f} | {median:.0f} | {median / bare_ms:.1f} | {size / 1024:.0f} |"
        )
    print(f"at {timezone.now():%Y-%m-%d %H:%M} UTC, load {os.getloadavg()[0]:.1f}")
