"""The web process runs threaded workers (issue 24): one gunicorn.conf.py, used by the image,
docker-compose.yml and `make stack` alike, so that a slow page holds one thread, not a worker
and every request queued behind it."""

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.test_compose import compose_services

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).parent / "gunicorn"


def resolved_config(**env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(GUNICORN), "--config", "gunicorn.conf.py", "--print-config"],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )


def setting(output: str, name: str) -> str:
    return re.search(rf"^{name}\s+= (.*)$", output, re.MULTILINE)[1]


def test_the_config_gives_threaded_workers_of_the_portal():
    result = resolved_config()
    assert result.returncode == 0, result.stderr
    assert setting(result.stdout, "worker_class") == "gthread"
    assert int(setting(result.stdout, "threads")) > 1
    assert setting(result.stdout, "wsgi_app") == "infuse.wsgi:application"


def test_workers_and_threads_come_from_the_environment():
    result = resolved_config(WEB_WORKERS="5", WEB_THREADS="8")
    assert (setting(result.stdout, "workers"), setting(result.stdout, "threads")) == ("5", "8")


def test_a_bad_count_stops_with_one_clear_line():
    result = resolved_config(WEB_THREADS="many")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "WEB_THREADS must be a whole number, 1 or more; got 'many'." in result.stderr


def test_compose_the_image_and_make_stack_all_use_the_config():
    assert "gunicorn --config gunicorn.conf.py" in compose_services()["web"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'CMD ["gunicorn", "--config", "gunicorn.conf.py"' in dockerfile
    stack = (ROOT / "scripts/stack.sh").read_text()
    assert re.search(r"-m gunicorn --config gunicorn\.conf\.py\b", stack)
    for text in [compose_services()["web"], dockerfile, stack]:
        assert "--worker-class" not in text and "sync" not in text


def test_the_image_and_make_stack_collect_static_files_with_the_production_storage():
    """Off DEBUG pages name hashed files: without collectstatic they would not start."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"RUN DEBUG=0 .*manage\.py collectstatic", dockerfile)
    stack = (ROOT / "scripts/stack.sh").read_text()
    assert stack.index("manage.py collectstatic") < stack.index("launch web")


def test_each_worker_freezes_the_loaded_portal_out_of_the_collectors_sight():
    """The hook runs in a worker after the application is loaded (issue 24: a full collection
    walked every module's objects, several ms of a bare page)."""
    import gc
    import runpy

    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        config["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


def test_connections_are_not_kept_open_unless_asked():
    """A kept-open connection stays with one worker: ten clients' connections piled onto one
    worker halved the throughput of pages at random in the pages benchmark (issue 24)."""
    assert setting(resolved_config().stdout, "keepalive") == "0"
    assert setting(resolved_config(WEB_KEEPALIVE="5").stdout, "keepalive") == "5"
    bad = resolved_config(WEB_KEEPALIVE="-1")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "WEB_KEEPALIVE must be a whole number, 0 or more; got '-1'." in bad.stderr
