"""gunicorn's settings for the web process, one file for the image (Dockerfile),
docker-compose.yml and `make stack` (scripts/stack.sh); each adds only where to listen.

Threaded workers (gthread): each worker process answers `threads` requests at once, so a slow
page (a lead's page of a big council, a report) holds one thread, not the worker and everything
queued behind it. Each thread keeps its own database connection (CONN_MAX_AGE, checked before
reuse), so a machine holds up to workers × threads connections to PostgreSQL (docs/scaling.md).

    WEB_WORKERS   processes (default 3; about one per core, as threads do the waiting)
    WEB_THREADS   threads in each (default 4)
    WEB_KEEPALIVE seconds a connection is held open for another request (default 0: none)

No keep-alive by default: a kept-open connection stays with the worker that accepted it, so a
client's (or a proxy's) connections can pile onto one busy worker while another sits idle. In the
pages benchmark, ten clients' kept connections landed unevenly and halved the throughput of
whichever pages they did, at random (docs/benchmarks.md); closed after each answer, every request
is accepted by a worker free to take it. Behind a proxy that keeps its connections to the web
process open, raise it.

Each worker, once the portal is loaded, imports every view (the URL configuration) and then
freezes what it holds (`gc.freeze()`): the thousands of long-lived objects of Django, the
project and its libraries move out of the garbage collector's sight, so a full collection in
the middle of a request walks only that request's objects (about 7 ms of a bare page's 11 ms of
CPU before, measured in process on the 5,000-person programme; docs/benchmarks.md).
"""

import gc
import os
import sys


def _count(name: str, default: int, *, least: int = 1) -> int:
    value = os.environ.get(name, "").strip() or str(default)
    if not value.isdigit() or int(value) < least:
        sys.exit(
            f"Infuse Portal cannot start: {name} must be a whole number, {least} or more; "
            f"got {value!r}."
        )
    return int(value)


wsgi_app = "infuse.wsgi:application"
worker_class = "gthread"
workers = _count("WEB_WORKERS", 3)
threads = _count("WEB_THREADS", 4)
keepalive = _count("WEB_KEEPALIVE", 0, least=0)
# As gunicorn's default: a request still running after 30 s is stopped (its worker restarted).
timeout = 30
graceful_timeout = 20


def post_worker_init(worker) -> None:
    """After the worker has loaded the application: import the views, then freeze."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports every view module)
    gc.freeze()
