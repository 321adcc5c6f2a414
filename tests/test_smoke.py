"""The embedded default never rots: start the portal the way `make run` does (SQLite, tasks
in process, email to the console, demo data) and sign in over HTTP."""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def embedded_portal(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "CELERY_BROKER_URL", "SECRET_KEY", "EMAIL_BACKEND")
        and not key.startswith("PYTEST")
        and key != "DJANGO_SETTINGS_MODULE"
    }
    env.update({"DEBUG": "1", "INFUSE_VAR_DIR": str(tmp_path), "ALLOWED_HOSTS": ""})
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput", "-v0"], ["demo", "--quiet-logins"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, timeout=300)
    assert (tmp_path / "infuse.sqlite3").exists()
    port = free_port()
    server = subprocess.Popen(
        manage + ["runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_embedded_portal_serves_demo_and_signs_in(embedded_portal):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    landing = opener.open(embedded_portal + "/").read().decode()
    assert "Infuse" in landing and "Data Lab" in landing
    login_page = opener.open(embedded_portal + "/accounts/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "login": "participant.cardiff@demo.infuse.test",
            "password": "infuse-demo",
        }
    ).encode()
    request = urllib.request.Request(
        embedded_portal + "/accounts/login/", data=data, headers={"Referer": embedded_portal}
    )
    response = opener.open(request)
    assert response.url.endswith("/dashboard/")
    page = response.read().decode()
    assert "Your Labs" in page and "Data Lab" in page
