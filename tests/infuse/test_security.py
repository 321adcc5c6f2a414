"""Production settings from the environment: HTTPS behind a proxy, CSRF origins, security
headers, per-visitor rate limits behind a proxy, Sentry's scrubbing, the image's user."""

import json
import os
import re
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

from infuse.sentry import before_send

ROOT = Path(__file__).resolve().parents[2]


def readme_production_environment() -> dict[str, str]:
    """The production environment the README shows, with a real secret key in place of its
    placeholder."""
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"<!-- production-environment -->\s*```sh\n(.*?)```", readme, re.S)
    assert block, "README.md has no production-environment block"
    env = dict(line.split("=", 1) for line in block[1].strip().splitlines())
    assert env["SITE_URL"].startswith("https://")
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    return env


def run_in_production(code: str, *, extra: dict | None = None) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO", "DATABASE", "CACHE", "SECRET", "SITE", "ALLOWED", "CSRF"))
        and k not in ("DEBUG", "DISABLE_RATE_LIMITS", "FAST_PASSWORD_HASHER")
    }
    env = {**base, **readme_production_environment(), **(extra or {})}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_check_deploy_with_the_readmes_production_environment_gives_no_warning():
    result = run_in_production(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        extra={"DJANGO_SETTINGS_MODULE": "infuse.settings"},
    )
    assert result.returncode == 0, result.stderr + result.stdout
    # One check is silenced, on purpose: HSTS preloading is the operator's choice (settings).
    assert "System check identified no issues (1 silenced)." in result.stdout


REQUESTS = textwrap.dedent(
    """
    import json, os
    import django
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infuse.settings")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    # As the image does before gunicorn starts: off DEBUG pages name the hashed copies.
    call_command("collectstatic", interactive=False, verbosity=0)
    from urllib.parse import urlparse

    host = urlparse(settings.SITE_URL).netloc
    origin = settings.SITE_URL
    proxy = {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    client = Client(enforce_csrf_checks=True, HTTP_HOST=host)
    page = client.get("/accessibility/", **proxy)
    token = page.cookies["csrftoken"].value
    form = {"language": "cy", "next": "/accessibility/", "csrfmiddlewaretoken": token}
    post = client.post("/language/", form, HTTP_ORIGIN=origin, **proxy)
    foreign = client.post(
        "/language/", form, HTTP_ORIGIN="https://attacker.example", **proxy
    )
    plain = Client(HTTP_HOST=host).get("/accessibility/")
    print(json.dumps({
        "page": page.status_code,
        "headers": dict(page.headers),
        "post": post.status_code,
        "post_location": post.headers.get("Location"),
        "foreign": foreign.status_code,
        "plain": plain.status_code,
        "plain_location": plain.headers.get("Location"),
    }))
    """
)


@pytest.fixture(scope="module")
def production_responses(tmp_path_factory):
    folder = tmp_path_factory.mktemp("production")
    result = run_in_production(
        REQUESTS,
        extra={
            "DATABASE_URL": f"sqlite:///{folder / 'unused.sqlite3'}",
            "STATIC_ROOT": str(folder / "static"),
        },
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_form_post_through_the_tls_proxy_with_an_https_origin_succeeds(production_responses):
    assert production_responses["page"] == 200
    assert production_responses["post"] == 302
    assert production_responses["post_location"] == "/accessibility/"


def test_a_form_post_from_another_origin_is_refused(production_responses):
    assert production_responses["foreign"] == 403


def test_plain_http_without_the_proxys_header_is_sent_to_https(production_responses):
    assert production_responses["plain"] == 301
    assert production_responses["plain_location"].startswith("https://")


def test_responses_carry_csp_hsts_and_permissions_policy(production_responses):
    headers = production_responses["headers"]
    csp = headers["Content-Security-Policy"]
    directives = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in csp.split(";")) if part
    )
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"]
    assert "unsafe-inline" not in directives["default-src"]
    assert "unsafe-inline" not in directives["style-src-elem"]
    assert directives["frame-ancestors"] == "'none'"
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "includeSubDomains" in headers["Strict-Transport-Security"]
    assert "camera=()" in headers["Permissions-Policy"]
    assert "geolocation=()" in headers["Permissions-Policy"]


def test_csrf_trusted_origins_default_to_site_urls_origin():
    result = run_in_production(
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='infuse.settings'; "
        "from django.conf import settings; print(settings.CSRF_TRUSTED_ORIGINS, "
        "settings.SECURE_PROXY_SSL_HEADER, settings.ALLAUTH_TRUSTED_PROXY_COUNT)",
        extra={"SITE_URL": "https://portal.example.gov.uk/infuse/"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "['https://portal.example.gov.uk']",
        "('HTTP_X_FORWARDED_PROTO',",
        "'https')",
        "1",
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"CSRF_TRUSTED_ORIGINS": "portal.example.gov.uk"}, "CSRF_TRUSTED_ORIGINS must be"),
        ({"SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto: https"}, "SECURE_PROXY_SSL_HEADER must"),
        ({"ALLAUTH_TRUSTED_PROXY_COUNT": "one"}, "ALLAUTH_TRUSTED_PROXY_COUNT must be a whole"),
        ({"ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"}, "not both"),
        ({"STAFF_SESSION_IDLE_MINUTES": "0"}, "STAFF_SESSION_IDLE_MINUTES must be 1 or more"),
        ({"SECURE_HSTS_SECONDS": "a year"}, "SECURE_HSTS_SECONDS must be a whole number"),
    ],
)
def test_a_malformed_security_setting_stops_start_up(changes, expected):
    result = run_in_production(
        "from infuse.startup import settings_or_exit; settings_or_exit()", extra=changes
    )
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


# Rate limits behind a proxy -------------------------------------------------------------------


def _sign_in(client, email, password, client_ip):
    return client.post(
        "/accounts/login/",
        {"login": email, "password": password},
        REMOTE_ADDR="10.0.0.2",  # the proxy
        HTTP_X_FORWARDED_FOR=client_ip,
    )


@pytest.fixture
def allauth_rate_limits_on(settings):
    """The suite runs with DISABLE_RATE_LIMITS; these tests need allauth's defaults."""
    del settings.ACCOUNT_RATE_LIMITS
    cache.clear()
    yield
    cache.clear()


def twenty_failures_then_another_persons_sign_in(client_factory, lead, participant):
    attacker = client_factory()
    for _ in range(20):
        _sign_in(attacker, participant.email, "wrong-password", "198.51.100.7")
    return _sign_in(client_factory(), lead.email, "correct-horse-battery", "203.0.113.20")


def test_behind_the_proxy_one_clients_failures_do_not_block_another_clients_sign_in(
    settings, allauth_rate_limits_on, lead, participant
):
    from django.test import Client

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    response = twenty_failures_then_another_persons_sign_in(Client, lead, participant)
    assert response.status_code == 302
    assert response.headers["Location"] == "/home/"


def test_the_attacking_client_itself_is_still_rate_limited(
    settings, allauth_rate_limits_on, lead, participant
):
    from django.test import Client

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    attacker = Client()
    for _ in range(20):
        _sign_in(attacker, participant.email, "wrong-password", "198.51.100.7")
    response = _sign_in(attacker, lead.email, "correct-horse-battery", "198.51.100.7")
    assert response.status_code != 302
    assert "_auth_user_id" not in attacker.session


def test_without_the_trusted_count_everyone_behind_the_proxy_shares_one_bucket(
    settings, allauth_rate_limits_on, lead, participant
):
    """The control: what the setting fixes (every visitor seen as the proxy)."""
    from django.test import Client

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    response = twenty_failures_then_another_persons_sign_in(Client, lead, participant)
    assert response.status_code != 302


# allauth's email management ---------------------------------------------------------------------


def test_email_management_page_answers_404(client, participant):
    client.force_login(participant)
    assert client.get("/accounts/email/").status_code == 404
    response = client.post("/accounts/email/", {"action_add": "", "email": "lead@cardiff.test"})
    assert response.status_code == 404
    assert not EmailAddress.objects.filter(email="lead@cardiff.test", user=participant).exists()


def test_email_management_page_answers_404_to_anonymous_visitors(client, db):
    assert client.get("/accounts/email/").status_code == 404


# Sentry ----------------------------------------------------------------------------------------------


def test_sentry_before_send_strips_emails_and_names():
    event = {
        "user": {
            "id": 42,
            "email": "gwen.owner@cardiff.test",
            "username": "gwen.owner@cardiff.test",
        },
        "exception": {
            "values": [
                {
                    "type": "ValueError",
                    "value": "Gwenllian Owner (gwen.owner@cardiff.test) has no certificate",
                }
            ]
        },
        "request": {
            "url": "https://portal.example/council/cohorts/3/nominate/",
            "data": {"full_name": "Gwenllian Owner", "email": "gwen.owner@cardiff.test"},
            "query_string": "next=/profile/&login=lead@cardiff.test",
        },
        "breadcrumbs": {
            "values": [{"message": "sent nudge to osian.outsider@newport.test", "category": "mail"}]
        },
        "extra": {"certificate_name": "Gwen Owner-Jones", "cohort": 3},
        "contexts": {"runtime": {"name": "CPython", "version": "3.11.7"}},
        "sdk": {"name": "sentry.python.django", "version": "2.75.0"},
    }
    scrubbed = before_send(event, {})
    text = json.dumps(scrubbed)
    for personal in (
        "gwen.owner@cardiff.test",
        "lead@cardiff.test",
        "osian.outsider@newport.test",
        "Gwenllian Owner",
        "Gwen Owner-Jones",
    ):
        assert personal not in text, personal
    assert scrubbed["user"] == {"id": 42}
    assert "has no certificate" in scrubbed["exception"]["values"][0]["value"]
    assert scrubbed["extra"]["cohort"] == 3
    assert scrubbed["sdk"]["name"] == "sentry.python.django"
    assert scrubbed["contexts"]["runtime"]["name"] == "CPython"


def test_sentry_is_set_up_with_the_scrubber_when_sentry_dsn_is_set():
    result = run_in_production(
        "import os; os.environ['DJANGO_SETTINGS_MODULE']='infuse.settings'; "
        "from django.conf import settings; settings.INSTALLED_APPS; import sentry_sdk; "
        "o = sentry_sdk.get_client().options; "
        "print(o['before_send'].__module__, o['send_default_pii'], o['include_local_variables'])",
        extra={"SENTRY_DSN": "https://public@sentry.example/1"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["infuse.sentry", "False", "False"]


# The image -------------------------------------------------------------------------------------


def test_the_dockerfile_ends_as_a_non_root_user():
    lines = [
        line.strip()
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    users = [line.split()[1] for line in lines if line.split()[0].upper() == "USER"]
    assert users, "the Dockerfile never sets USER"
    assert users[-1] not in ("root", "0", "0:0"), users[-1]
    last_user_at = max(i for i, line in enumerate(lines) if line.split()[0].upper() == "USER")
    after = [line.split()[0].upper() for line in lines[last_user_at + 1 :]]
    assert "RUN" not in after  # nothing runs as root after the switch
    assert re.search(r"useradd .*\b" + re.escape(users[-1]) + r"\b", "\n".join(lines))
