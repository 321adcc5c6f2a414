"""A real Celery worker, in process, against the real Redis and PostgreSQL: a cohort's nudges go
end to end into Django's test mailbox."""

import os
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from cohorts.models import Nudge, NudgeStatus
from cohorts.services import enrolment_create
from infuse.celery import app
from tests.support.celery import celery_conf

REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0").rsplit("/", 1)[0] + "/15"


def _forget_backend():
    """The app caches its result backend (per thread, or once): drop it so the next use
    builds the one the configuration now names."""
    app._backend_cache = None
    app._local.__dict__.pop("backend", None)
    # ...and the broker connections made for whatever broker was configured before.
    app._after_fork()


@pytest.fixture
def real_worker():
    try:
        with celery_conf(task_always_eager=False, broker_url=REDIS, result_backend=REDIS):
            _forget_backend()
            app.connection_for_write().default_channel.client.flushdb()
            with start_worker(
                app,
                pool="threads",
                concurrency=2,
                perform_ping_check=False,
                loglevel="WARNING",
                shutdown_timeout=30,
            ) as worker:
                yield worker
    finally:
        _forget_backend()


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_cohorts_nudges_go_end_to_end_through_a_real_worker(
    real_worker, make_cohort, make_user, cardiff, newport, monkeypatch
):
    cohort = make_cohort(councils=[cardiff, newport])
    people = [make_user(f"worker{n}@cardiff.test", council=cardiff) for n in range(5)]
    for person in people:
        enrolment_create(cohort=cohort, user=person, invite=False)
    day = cohort.sessions.get(number=4).date
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)

    from cohorts.tasks import send_due_nudges

    result = send_due_nudges.delay()
    assert result.get(timeout=60) == 5
    deadline = time.monotonic() + 60
    while Nudge.objects.filter(status=NudgeStatus.SENT).count() < 5 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert sorted(m.to[0].split("<")[1].rstrip(">") for m in mail.outbox) == sorted(
        p.email for p in people
    )
    assert all("Week 4 of the Data Lab" in m.subject for m in mail.outbox)
    # a second beat the same morning, through the same worker, sends nothing more
    assert send_due_nudges.delay().get(timeout=60) == 0
    time.sleep(0.5)
    assert len(mail.outbox) == 5
