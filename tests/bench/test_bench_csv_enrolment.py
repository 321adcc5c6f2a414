"""Benchmark: a 2,000-row CSV previewed and applied in the admin, one request each (the
gunicorn timeout is 30 s). Run with `make bench`. Invitations are queued on commit and sent by
the worker, so they are not part of the request (the test's transaction never commits)."""

import base64
import datetime as dt
import io
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts.enrolment.csv_upload import MAX_ROWS
from cohorts.models import Cohort, Enrolment, Theme
from cohorts.scheduling.services import cohort_generate_sessions
from councils.models import Council, Role
from councils.services import user_create
from labs.models import Lab


@pytest.mark.django_db
def test_bench_csv_enrolment_of_2000_rows(client):
    councils = list(Council.objects.all())
    cohort = Cohort.objects.create(
        lab=Lab.objects.get(code="data"),
        theme=Theme.COMMUNITIES,
        title="Bench CSV",
        start_date=dt.date.today() + dt.timedelta(days=30),
        session_weekday=1,
        capacity=MAX_ROWS,
        online_url="https://teams.microsoft.com/l/bench",
    )
    cohort.councils.set(councils)
    cohort_generate_sessions(cohort=cohort)
    staff = user_create(email="bench.staff@x.test", full_name="Bench Staff", role=Role.STAFF)
    client.force_login(staff)
    rows = "".join(
        f"person{i}@{councils[i % 10].slug}.gov.test,Person {i},{councils[i % 10].name}\n"
        for i in range(MAX_ROWS)
    )
    text = "email,full name,council\n" + rows
    url = reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk])

    file = io.BytesIO(text.encode())
    file.name = "people.csv"
    start = time.perf_counter()
    preview = client.post(url, {"file": file})
    preview_s = time.perf_counter() - start
    assert preview.context["preview"].can_apply

    content = base64.b64encode(text.encode()).decode()
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, {"confirm": "1", "content": content})
    apply_s = time.perf_counter() - start
    assert response.status_code == 302
    assert Enrolment.objects.filter(cohort=cohort).count() == MAX_ROWS
    print(
        f"\ncsv enrolment of {MAX_ROWS} rows: preview {preview_s:.2f} s, "
        f"apply {apply_s:.2f} s in {len(queries)} queries"
    )
    assert preview_s < 10 and apply_s < 10, "target: each request well under gunicorn's 30 s"
