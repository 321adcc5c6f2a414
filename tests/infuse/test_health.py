"""/healthz and /readyz for load balancers: up, and ready (database, Redis, a worker of each
queue seen lately), with 503 naming what is missing."""

import json
import os
import socket
import time
import uuid

import pytest
import redis
from celery.contrib.testing.worker import start_worker

from infuse import health
from infuse.celery import app
from tests.support.celery import celery_conf

REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0").rsplit("/", 1)[0] + "/14"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def broker(settings, monkeypatch):
    """Readiness as with real workers, on this test's own heartbeat keys in Redis."""
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = REDIS
    settings.READY_WORKER_SECONDS = 60
    prefix = f"infuse-test:{uuid.uuid4().hex}:"
    monkeypatch.setattr(health, "HEARTBEAT_PREFIX", prefix)
    client = redis.Redis.from_url(REDIS)
    yield client
    for key in client.scan_iter(match=prefix + "*"):
        client.delete(key)


def test_healthz_answers_while_the_process_is_up_without_touching_the_database(
    client, db, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert not response.cookies


def test_readyz_without_a_broker_asks_only_the_database(client, db, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "missing": [], "database": "ok"}


def test_readyz_is_503_naming_redis_when_redis_does_not_answer(client, db, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{_free_port()}/0"
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["missing"] == ["redis"]
    assert body["redis"].startswith("unreachable")
    assert body["database"] == "ok"


def test_readyz_is_503_naming_the_queue_no_worker_was_seen_for(client, db, broker):
    health.record_heartbeat(hostname="default@web1", consumed=["celery"])
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["missing"] == ["workers"]
    assert body["workers"] == "no worker seen in the last 60 s for queue pdf"
    assert body["redis"] == "ok"

    health.record_heartbeat(hostname="pdf@web1", consumed=["pdf"])
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["missing"] == []


def test_two_workers_with_one_name_on_one_machine_are_both_counted(client, db, broker, monkeypatch):
    # Started without -n, two workers on one machine are both "celery@host".
    monkeypatch.setattr(health.os, "getpid", lambda: 101)
    health.record_heartbeat(hostname="celery@host", consumed=["celery"])
    monkeypatch.setattr(health.os, "getpid", lambda: 202)
    health.record_heartbeat(hostname="celery@host", consumed=["pdf"])
    assert health.workers_seen(broker) == {"celery": ["celery@host"], "pdf": ["celery@host"]}
    assert client.get("/readyz").status_code == 200

    health.forget_heartbeat(hostname="celery@host")  # the second one stops
    assert health.workers_seen(broker) == {"celery": ["celery@host"]}


def test_readyz_is_503_when_no_worker_at_all_was_seen(client, db, broker):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["workers"].endswith("for queue celery, pdf")


def test_a_worker_on_the_in_memory_broker_writes_no_heartbeat(settings):
    settings.CELERY_BROKER_URL = "memory://localhost/"
    health.record_heartbeat(hostname="eager@test", consumed=["celery"])  # does not raise
    health.forget_heartbeat(hostname="eager@test")


def test_a_heartbeat_older_than_the_window_does_not_count(client, db, broker):
    stale = json.dumps({"queues": ["celery", "pdf"], "at": time.time() - 61})
    broker.set(health.HEARTBEAT_PREFIX + "old@web1", stale)
    assert client.get("/readyz").status_code == 503


@pytest.mark.slow
def test_a_running_workers_heartbeat_makes_the_portal_ready_and_its_stop_unready(
    client, transactional_db, broker, settings
):
    # transactional: the worker closes the connections it finds, as a real one does at start.
    try:
        with celery_conf(task_always_eager=False, broker_url=REDIS):
            with start_worker(
                app,
                pool="threads",
                concurrency=1,
                queues=["celery", "pdf"],
                perform_ping_check=False,
                loglevel="WARNING",
                shutdown_timeout=10,
            ):
                response = client.get("/readyz")
                assert response.status_code == 200, response.json()
            # A worker that stops takes its heartbeat with it.
            response = client.get("/readyz")
            assert response.status_code == 503
            assert response.json()["missing"] == ["workers"]
    finally:
        app._after_fork()
