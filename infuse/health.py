"""For load balancers and operators: is this process up, and can it do its work?

- `/healthz` answers 200 while the process serves requests; it touches nothing else, so a
  database or Redis outage never makes a load balancer kill healthy web processes.
- `/readyz` answers 200 only when the database and Redis answer and a worker of every queue
  has been seen lately; otherwise 503 naming what is missing. Without a broker (the embedded
  default: tasks run in process) there is no Redis or worker to ask about.

Workers say they are alive by writing a heartbeat key in the broker's Redis every few seconds
(`record_heartbeat`, called by the worker step in infuse/celery.py); the key expires after
READY_WORKER_SECONDS, so a worker that died simply stops being seen.
"""

import json
import logging
import os
import time

import redis
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

HEARTBEAT_PREFIX = "infuse:worker-heartbeat:"
TIMEOUT = 1.0  # seconds for each check: a load balancer's probe must not hang


def uses_broker() -> bool:
    return not settings.CELERY_TASK_ALWAYS_EAGER


def queues() -> list[str]:
    """The queues workers must consume: the default one and each one a task is routed to."""
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    return sorted({"celery", "pdf"} | routed)


def _redis(url: str | None = None) -> redis.Redis:
    return redis.Redis.from_url(
        url or settings.CELERY_BROKER_URL, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT
    )


def _is_redis(url: str) -> bool:
    return url.split(":", 1)[0] in ("redis", "rediss")


def heartbeat_every() -> float:
    """How often a worker writes its heartbeat: four times within the window /readyz uses."""
    return max(1.0, settings.READY_WORKER_SECONDS / 4)


def _heartbeat_key(hostname: str) -> str:
    # With the process id: two workers started with the same name on one machine (no -n) would
    # otherwise overwrite each other's queues, and one stopping would forget the other.
    return f"{HEARTBEAT_PREFIX}{hostname}#{os.getpid()}"


def record_heartbeat(*, hostname: str, consumed: list[str], broker_url: str | None = None) -> None:
    """A worker's "still here": which queues it consumes, and when, in its broker's Redis.
    Never raises (a Redis outage is reported by /readyz, not by a crashing worker); a broker
    that is not Redis (the in-memory one of tests) is left alone."""
    url = broker_url or settings.CELERY_BROKER_URL
    if not _is_redis(url):
        return
    value = json.dumps({"queues": sorted(consumed), "at": time.time()})
    try:
        with _redis(url) as client:
            client.set(_heartbeat_key(hostname), value, ex=settings.READY_WORKER_SECONDS)
    except redis.RedisError as exc:
        logger.warning("Worker heartbeat not recorded: %s", exc)


def forget_heartbeat(*, hostname: str, broker_url: str | None = None) -> None:
    """A worker shutting down stops being counted at once."""
    url = broker_url or settings.CELERY_BROKER_URL
    if not _is_redis(url):
        return
    try:
        with _redis(url) as client:
            client.delete(_heartbeat_key(hostname))
    except redis.RedisError:
        pass


def workers_seen(client: redis.Redis) -> dict[str, list[str]]:
    """Queue name -> hostnames of the workers consuming it seen within READY_WORKER_SECONDS."""
    since = time.time() - settings.READY_WORKER_SECONDS
    seen: dict[str, list[str]] = {}
    keys = list(client.scan_iter(match=HEARTBEAT_PREFIX + "*", count=100))
    values = client.mget(keys) if keys else []
    for key, raw in zip(keys, values, strict=True):
        if raw is None:
            continue
        try:
            beat = json.loads(raw)
            fresh = float(beat["at"]) >= since
            consumed = [str(q) for q in beat["queues"]]
        except (ValueError, KeyError, TypeError):
            continue
        if fresh:
            name = (key.decode() if isinstance(key, bytes) else str(key)).removeprefix(
                HEARTBEAT_PREFIX
            )
            for queue in consumed:
                seen.setdefault(queue, []).append(name.rpartition("#")[0] or name)
    return seen


def readiness() -> dict[str, str]:
    """Each part's state, "ok" or what is wrong with it, in words an operator can act on."""
    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # any driver error means "not ready"
        checks["database"] = f"unreachable: {type(exc).__name__}"
    if not uses_broker():
        return checks
    try:
        with _redis() as client:
            client.ping()
            seen = workers_seen(client)
        checks["redis"] = "ok"
    except (redis.RedisError, OSError) as exc:
        # Workers cannot be asked about while Redis is down: Redis is what is missing.
        checks["redis"] = f"unreachable: {type(exc).__name__}"
        return checks
    missing = [queue for queue in queues() if not seen.get(queue)]
    if missing:
        checks["workers"] = (
            f"no worker seen in the last {settings.READY_WORKER_SECONDS} s for queue "
            + ", ".join(missing)
        )
    else:
        checks["workers"] = "ok"
    return checks


@require_safe
@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


@require_safe
@never_cache
def readyz(request):
    checks = readiness()
    missing = [name for name, state in checks.items() if state != "ok"]
    body = {"status": "ok" if not missing else "unavailable", "missing": missing, **checks}
    return JsonResponse(body, status=503 if missing else 200)
