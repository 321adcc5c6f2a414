"""Bad settings stop start-up with a one-line message, not a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(
    env_changes: dict[str, str | None], command: list[str] | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    env.update({"DEBUG": "1"})
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        command or [sys.executable, "manage.py", "check"],
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
        ({"CACHE_URL": "memcached://cache:11211"}, "CACHE_URL must be a redis:// URL"),
        (
            {"DEBUG": "0", "SECRET_KEY": "x", "SITE_URL": None},
            "SITE_URL must be set when DEBUG is off",
        ),
        ({"DEBUG": "0", "SECRET_KEY": "x", "SITE_URL": ""}, "SITE_URL must be set when DEBUG"),
        ({"SITE_URL": "portal.example.gov.uk"}, "SITE_URL must be an http:// or https:// URL"),
        ({"SITE_URL": "ftp://portal.example"}, "SITE_URL must be an http:// or https:// URL"),
        ({"SITE_URL": "https://"}, "SITE_URL must be an http:// or https:// URL"),
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


def test_production_settings_with_a_site_url_start():
    result = run_manage(
        {
            "DEBUG": "0",
            "SECRET_KEY": "x",
            "SITE_URL": "https://infuse.example.gov.uk/",
            "ALLOWED_HOSTS": "infuse.example.gov.uk",
            "DATABASE_URL": "sqlite:////tmp/infuse-settings-check.sqlite3",
            "DJANGO_SETTINGS_MODULE": "infuse.settings",
        },
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.SITE_URL)",
        ],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://infuse.example.gov.uk"


def test_https_sends_hsts_for_a_year_without_asking_for_preloading():
    result = run_manage(
        {
            "DEBUG": "0",
            "SECRET_KEY": "x",
            "SITE_URL": "https://infuse.example.gov.uk/",
            "ALLOWED_HOSTS": "infuse.example.gov.uk",
            "DATABASE_URL": "sqlite:////tmp/infuse-settings-check.sqlite3",
            "DJANGO_SETTINGS_MODULE": "infuse.settings",
        },
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_PRELOAD, s.SECURE_SSL_REDIRECT)",
        ],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["31536000", "False", "True"]


BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    ("command", "status"),
    [
        ([sys.executable, "-c", "import infuse.wsgi"], 4),
        ([sys.executable, "-c", "import infuse.asgi"], 4),
        ([str(BIN / "celery"), "-A", "infuse", "worker", "--pool", "solo"], 2),
        ([str(BIN / "celery"), "-A", "infuse", "beat"], 2),
    ],
    ids=["wsgi", "asgi", "celery-worker", "celery-beat"],
)
def test_a_bad_setting_stops_the_servers_and_workers_with_the_same_one_line(command, status):
    result = run_manage({"DATABASE_URL": "nonsense"}, command)
    assert result.returncode == status
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "Infuse Portal cannot start: DATABASE_URL must be a postgres:// or sqlite:// URL; "
        "got 'nonsense'."
    ]


def test_gunicorn_with_a_bad_setting_stops_instead_of_restarting_its_workers(tmp_path):
    result = run_manage(
        {"DATABASE_URL": "nonsense"},
        [
            str(BIN / "gunicorn"),
            "infuse.wsgi:application",
            "--bind",
            f"unix:{tmp_path / 'gunicorn.sock'}",
            "--workers",
            "1",
            "--no-control-socket",
        ],
    )
    assert result.returncode == 4  # gunicorn: "App failed to load."
    assert "Traceback" not in result.stderr
    assert result.stderr.count("Infuse Portal cannot start: DATABASE_URL must be") == 1


def test_without_a_broker_tasks_run_eagerly_and_nothing_guesses_a_broker_host():
    script = (
        "import django; django.setup()\n"
        "from django.conf import settings\n"
        "from infuse.celery import app\n"
        "with app.producer_or_acquire():\n"
        "    pass\n"
        "print(settings.CELERY_TASK_ALWAYS_EAGER, app.conf.broker_url)\n"
    )
    result = run_manage(
        {
            "CELERY_BROKER_URL": None,
            "DATABASE_URL": "sqlite:////tmp/infuse-settings-check.sqlite3",
            "DJANGO_SETTINGS_MODULE": "infuse.settings",
        },
        [sys.executable, "-c", script],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "memory://localhost/"]
    assert "No hostname was supplied" not in result.stdout + result.stderr


def test_a_cache_url_shares_the_cache_in_redis():
    script = (
        "import django; django.setup()\n"
        "from django.conf import settings\n"
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION'])\n"
    )
    env = {
        "CACHE_URL": "redis://127.0.0.1:6379/1",
        "DATABASE_URL": "sqlite:////tmp/infuse-settings-check.sqlite3",
        "DJANGO_SETTINGS_MODULE": "infuse.settings",
    }
    result = run_manage(env, [sys.executable, "-c", script])
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "infuse.cache.TolerantRedisCache",
        "redis://127.0.0.1:6379/1",
    ]


def test_the_embedded_database_folder_is_made_on_a_fresh_checkout(tmp_path):
    var = tmp_path / "fresh" / "var"
    result = run_manage(
        {"DATABASE_URL": None, "INFUSE_VAR_DIR": str(var)},
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
    )
    assert result.returncode == 0, result.stderr
    assert (var / "infuse.sqlite3").exists()


def test_a_folder_that_cannot_be_made_stops_start_up_with_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_manage({"DATABASE_URL": None, "INFUSE_VAR_DIR": str(blocker / "var")})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "cannot be created" in result.stderr.strip().splitlines()[-1]
