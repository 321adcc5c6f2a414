"""Bad settings stop start-up with a one-line message, not a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(env_changes: dict[str, str | None]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    env.update({"DEBUG": "1"})
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"DATABASE_URL": "nonsense"}, "DATABASE_URL must be a postgres:// or sqlite:// URL"),
        ({"DEBUG": "0", "SECRET_KEY": None}, "SECRET_KEY must be set when DEBUG is off"),
        ({"DEBUG": "maybe"}, "DEBUG must be one of"),
        ({"EMAIL_PORT": "twenty-five"}, "EMAIL_PORT must be a whole number"),
        ({"CELERY_BROKER_URL": "http://broker"}, "CELERY_BROKER_URL must be a redis:// URL"),
    ],
)
def test_bad_setting_stops_start_up_with_one_line(changes, expected):
    result = run_manage(changes)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert expected in lines[0]


def test_good_settings_start():
    result = run_manage({"DATABASE_URL": "sqlite:////tmp/infuse-settings-check.sqlite3"})
    assert result.returncode == 0, result.stderr
