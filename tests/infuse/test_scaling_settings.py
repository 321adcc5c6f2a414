"""Settings for more than one machine: media in a bucket (MEDIA_BUCKET), email through a
provider's API (EMAIL_PROVIDER, django-anymail), persistent database connections
(CONN_MAX_AGE). The bucket itself is proven with real processes in tests/stack."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core import mail

from cohorts.services import enrolment_create
from tests.infuse.test_security import run_in_production

SHOW = (
    "import json, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'infuse.settings'; "
    "from django.conf import settings; "
    "print(json.dumps({'storage': settings.STORAGES['default'], "
    "'email': settings.EMAIL_BACKEND, 'anymail': getattr(settings, 'ANYMAIL', None), "
    "'conn_max_age': settings.DATABASES['default'].get('CONN_MAX_AGE'), "
    "'health_checks': settings.DATABASES['default'].get('CONN_HEALTH_CHECKS'), "
    "'server_side_cursors_off': settings.DATABASES['default'].get("
    "'DISABLE_SERVER_SIDE_CURSORS', False)}, default=str))"
)


def production_settings(**extra) -> dict:
    result = run_in_production(SHOW, extra=extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_media_stays_on_local_disk_without_a_bucket():
    shown = production_settings()
    assert shown["storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_media_bucket_puts_every_file_in_the_bucket_privately():
    shown = production_settings(MEDIA_BUCKET="infuse-media", MEDIA_ENDPOINT_URL="http://minio:9000")
    assert shown["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = shown["storage"]["OPTIONS"]
    assert options["bucket_name"] == "infuse-media"
    assert options["endpoint_url"] == "http://minio:9000"
    assert options["default_acl"] is None and options["querystring_auth"] is True
    assert options["file_overwrite"] is False


def test_email_provider_sends_through_anymail_with_its_keys_from_the_environment():
    shown = production_settings(EMAIL_PROVIDER="postmark", ANYMAIL_POSTMARK_SERVER_TOKEN="tok")
    assert shown["email"] == "anymail.backends.postmark.EmailBackend"
    assert shown["anymail"] == {"POSTMARK_SERVER_TOKEN": "tok"}


def test_connections_persist_and_are_checked_unless_conn_max_age_is_zero():
    shown = production_settings(DATABASE_URL="postgres://infuse@db.internal:5432/infuse")
    assert shown["conn_max_age"] == 60 and shown["health_checks"] is True
    behind_pgbouncer = production_settings(
        DATABASE_URL="postgres://infuse@pgbouncer:6432/infuse",
        CONN_MAX_AGE="0",
        DISABLE_SERVER_SIDE_CURSORS="1",
    )
    assert behind_pgbouncer["conn_max_age"] == 0
    assert behind_pgbouncer["server_side_cursors_off"] is True


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"MEDIA_BUCKET": "Infuse Media"}, "MEDIA_BUCKET must be an S3 bucket name"),
        (
            {"MEDIA_BUCKET": "infuse-media", "MEDIA_ENDPOINT_URL": "minio:9000"},
            "MEDIA_ENDPOINT_URL must be an http:// or https:// URL",
        ),
        ({"EMAIL_PROVIDER": "carrier-pigeon"}, "EMAIL_PROVIDER must be one of"),
        (
            {
                "EMAIL_PROVIDER": "postmark",
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            },
            "not both",
        ),
        ({"CONN_MAX_AGE": "-1"}, "CONN_MAX_AGE must be 0 or more"),
        ({"READY_WORKER_SECONDS": "0"}, "READY_WORKER_SECONDS must be 1 or more"),
        ({"BEAT_EVERY_SECONDS": "soon"}, "BEAT_EVERY_SECONDS must be a whole number"),
    ],
)
def test_a_malformed_scaling_setting_stops_start_up(changes, expected):
    result = run_in_production(
        "from infuse.startup import settings_or_exit; settings_or_exit()", extra=changes
    )
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


class _Postmark(BaseHTTPRequestHandler):
    """Postmark's send API, as far as anymail uses it: records what was posted."""

    received: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).received.append((self.path, dict(self.headers), body))
        answer = json.dumps(
            {"To": body["To"], "MessageID": "stack-1", "ErrorCode": 0, "Message": "OK"}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def postmark(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Postmark)
    _Postmark.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
    settings.ANYMAIL = {
        "POSTMARK_SERVER_TOKEN": "test-token",
        "POSTMARK_API_URL": f"http://127.0.0.1:{server.server_port}/",
    }
    yield _Postmark
    server.shutdown()


def test_an_invitation_goes_through_the_providers_api_with_its_calendar(
    postmark, make_cohort, participant, cardiff, django_capture_on_commit_callbacks
):
    cohort = make_cohort(councils=[cardiff])
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=cohort, user=participant)
    assert len(postmark.received) == 1
    path, headers, body = postmark.received[0]
    assert path == "/email"
    assert headers["X-Postmark-Server-Token"] == "test-token"
    assert participant.email in body["To"]
    assert body["Subject"].startswith("Your place on the Infuse")
    assert body["TextBody"] and body["HtmlBody"]
    assert [a["ContentType"].split(";")[0] for a in body["Attachments"]] == ["text/calendar"]
    assert not mail.outbox  # nothing went through Django's test mailbox instead
