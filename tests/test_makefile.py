"""`make run` on another port links to that port: SITE_URL (used in every email, calendar file
and certificate QR code) follows PORT unless it is given. `make -n` prints what would run."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not shutil.which("make"), reason="needs make")


def dry_run(**variables) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "PORT", "MAKEFLAGS")}
    env.update(variables)
    result = subprocess.run(
        ["make", "-n", "run"], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return [line for line in result.stdout.splitlines() if "manage.py" in line]


def test_site_url_follows_port_when_not_given():
    lines = dry_run(PORT="8080")
    assert lines and all("SITE_URL=http://127.0.0.1:8080 " in line for line in lines)
    assert any(line.endswith("runserver 127.0.0.1:8080") for line in lines)


def test_the_default_port_gives_the_default_address():
    assert all("SITE_URL=http://127.0.0.1:8000 " in line for line in dry_run())


def test_a_given_site_url_is_kept():
    lines = dry_run(PORT="8080", SITE_URL="https://infuse.example.org")
    assert all("SITE_URL=https://infuse.example.org " in line for line in lines)


def dry_run_target(target: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "MAKEFLAGS"}
    result = subprocess.run(
        ["make", "-n", target], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.splitlines()


def test_make_test_runs_the_stack_test_after_the_parallel_suite_capped_in_time():
    lines = dry_run_target("test")
    suite = next(i for i, line in enumerate(lines) if "pytest -n 2 --dist loadfile" in line)
    stack = next(i for i, line in enumerate(lines) if "pytest tests/stack" in line)
    assert stack > suite
    # Its own run: without xdist and pytest-django, after `timeout` (under seven minutes).
    assert "INFUSE_STACK=1 timeout --foreground --kill-after=90 420 " in lines[stack]
    assert "-p no:xdist" in lines[stack] and "-p no:django" in lines[stack]
    # The parallel suite leaves the stack folder alone.
    assert "tests/stack" not in lines[suite]


def test_make_stack_runs_the_processes_and_make_stack_stop_stops_them():
    assert any(line.endswith("scripts/stack.sh run") for line in dry_run_target("stack"))
    assert any(line.endswith("scripts/stack.sh stop") for line in dry_run_target("stack-stop"))
