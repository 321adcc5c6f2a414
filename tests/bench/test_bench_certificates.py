"""Benchmark: 500 certificates, milliseconds each and resident memory. Run with `make bench`."""

import datetime as dt
import statistics
import time

import pytest

from cohorts.messaging.certificates import certificate_build_pdf, new_code
from cohorts.models import Certificate, Cohort, Enrolment, EnrolmentStatus, Theme
from cohorts.scheduling.services import cohort_generate_sessions
from councils.models import Council, Role, User
from labs.models import Lab
from tests.bench.conftest import rss_mb

COUNT = 500
WARM_UP = 20


@pytest.mark.django_db
def test_bench_five_hundred_certificates(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    council = Council.objects.get(slug="cardiff")
    cohort = Cohort.objects.create(
        lab=Lab.objects.get(code="procurement"),
        theme=Theme.DECARBONISATION,
        title="Bench",
        start_date=dt.date(2026, 9, 1),
        session_weekday=1,
        online_url="https://teams.microsoft.com/l/b",
    )
    cohort.councils.set([council])
    cohort_generate_sessions(cohort=cohort)
    users = User.objects.bulk_create(
        User(
            email=f"cert{i}@x.test",
            full_name=f"Angharad Llewellyn-{i}",
            role=Role.PARTICIPANT,
            council=council,
            calendar_token=f"cert-token-{i}",
        )
        for i in range(COUNT + WARM_UP)
    )
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            cohort=cohort,
            user=u,
            council_id=u.council_id,
            status=EnrolmentStatus.COMPLETED,
            completed_on=dt.date(2026, 10, 6),
        )
        for u in users
    )
    certificates = Certificate.objects.bulk_create(
        Certificate(enrolment=e, code=new_code()) for e in enrolments
    )
    certificates = list(
        Certificate.objects.filter(pk__in=[c.pk for c in certificates]).select_related(
            "enrolment__cohort__lab", "enrolment__user__council"
        )
    )
    for certificate in certificates[:WARM_UP]:
        certificate_build_pdf(certificate=certificate)
    rss_start = rss_mb()
    times = []
    for certificate in certificates[WARM_UP:]:
        start = time.perf_counter()
        certificate_build_pdf(certificate=certificate)
        times.append((time.perf_counter() - start) * 1000)
    rss_end = rss_mb()
    print(
        f"\ncertificates: {len(times)} after {WARM_UP} warm-up; median {statistics.median(times):.0f} ms, "
        f"p95 {sorted(times)[int(len(times) * 0.95)]:.0f} ms, max {max(times):.0f} ms; "
        f"RSS {rss_start:.0f} MB -> {rss_end:.0f} MB"
    )
    assert statistics.median(times) < 300, "target: a certificate under 0.3 s after warm-up"
    assert sorted(times)[int(len(times) * 0.95)] < 300, "and nineteen in twenty of them too"
    assert rss_end - rss_start < 60, "memory should stay flat"
