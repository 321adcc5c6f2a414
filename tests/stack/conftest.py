"""The stack test's world: its own database, its own Redis (append-only, on a free port), a
local S3 endpoint (moto's server), mail catchers writing to folders, and the portal's real
processes started by scripts/stack.sh.

This folder runs on its own, after the parallel suite (`make test`):

    INFUSE_STACK=1 pytest tests/stack -p no:django -p no:xdist --confcutdir=tests/stack

without pytest-django: this process configures Django itself, for the database, Redis and
bucket it starts, and talks to the portal over HTTP like a browser.
"""

import email
import email.policy
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
BUCKET = "infuse-stack-test"

if not os.environ.get("INFUSE_STACK"):
    collect_ignore = ["test_stack.py"]
else:

    def _sigterm(signum, frame):
        # `timeout` in make test sends SIGTERM: unwind, so the fixtures stop what they started.
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _sigterm)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, *, timeout: float, what: str, every: float = 0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"Timed out after {timeout} s waiting for {what}")


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def stop_process(process: subprocess.Popen, *, timeout: float = 30) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Redis:
    """A redis-server of the test's own, keeping its data in an append-only file."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.folder = folder
        self.process: subprocess.Popen | None = None
        folder.mkdir(parents=True, exist_ok=True)

    def url(self, db: int) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind", "127.0.0.1",
                "--port", str(self.port),
                "--dir", str(self.folder),
                "--appendonly", "yes",
                "--appendfsync", "everysec",
                "--save", "",
            ],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(lambda: self.cli("PING") == "PONG", timeout=10, what="Redis")

    def cli(self, *args: str) -> str:
        result = subprocess.run(
            ["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True
        )
        return result.stdout.strip()

    def stop(self) -> None:
        """A clean shutdown: Redis writes what it holds to the append-only file first."""
        if self.process and self.process.poll() is None:
            self.cli("SHUTDOWN")
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def lose_data(self) -> None:
        """As if the machine were replaced: Redis comes back empty."""
        self.stop()
        for path in self.folder.iterdir():
            shutil.rmtree(path) if path.is_dir() else path.unlink()


class Mailbox:
    """The messages a mail catcher wrote, one .eml file each."""

    def __init__(self, folder: Path):
        self.folder = folder

    def messages(self) -> list[EmailMessage]:
        return [
            email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for path in sorted(self.folder.glob("*.eml"))
        ]

    def to(self, address: str, subject: str = "") -> list[EmailMessage]:
        return [
            m
            for m in self.messages()
            if address in str(m["To"]) and subject.lower() in str(m["Subject"]).lower()
        ]

    def wait_for(self, address: str, subject: str = "", *, timeout: float = 60) -> EmailMessage:
        found = wait_for(
            lambda: self.to(address, subject),
            timeout=timeout,
            what=f"an email to {address} about {subject!r}",
        )
        return found[0]


def start_mail_catcher(folder: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [PY, str(ROOT / "scripts/mailcatcher.py"), "--port", str(port), "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
    )
    wait_for(lambda: port_open(port), timeout=15, what="the mail catcher")
    return process, port


class Browser:
    """Cookies, CSRF and form posts over HTTP, against the real web process."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect
        )

    def request(self, path: str, data: dict | None = None):
        body = None
        headers = {}
        if data is not None:
            data = {"csrfmiddlewaretoken": self.csrf(), **data}
            body = urllib.parse.urlencode(data).encode()
            headers["Referer"] = self.base + path
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        return response.status, dict(response.headers), response.read()

    def get(self, path: str):
        return self.request(path)

    def post(self, path: str, data: dict):
        return self.request(path, data)

    def csrf(self) -> str:
        for cookie in self.jar:
            if cookie.name == "csrftoken":
                return cookie.value
        self.get("/accounts/login/")
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def sign_in(self, email_address: str, password: str) -> None:
        status, headers, body = self.post(
            "/accounts/login/", {"login": email_address, "password": password}
        )
        assert status == 302, (status, body[:2000])


@dataclass
class Services:
    """What the test process started besides the portal: database, Redis, bucket."""

    env: dict[str, str]
    redis: Redis
    s3: object  # a boto3 client on the local S3 endpoint
    folder: Path
    processes: list = field(default_factory=list)

    def bucket_keys(self) -> list[str]:
        listing = self.s3.list_objects_v2(Bucket=BUCKET)
        return [item["Key"] for item in listing.get("Contents", [])]

    def bucket_object(self, key: str) -> bytes:
        return self.s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()

    def worker(self, mail_port: int, name: str) -> subprocess.Popen:
        """A Celery worker of both queues, as a separate process, mailing to `mail_port`."""
        log = open(self.folder / f"{name}.log", "wb")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            [PY, "-m", "celery", "-A", "infuse", "worker", "--queues", "celery,pdf",
             "--concurrency", "2", "--hostname", f"{name}@%h", "--loglevel", "INFO"],
            cwd=ROOT,
            env={**self.env, "EMAIL_PORT": str(mail_port)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.processes.append(process)
        return process


def _database_url(name: str) -> str:
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/infuse")
    parsed = urllib.parse.urlparse(base)
    return urllib.parse.urlunparse(parsed._replace(path=f"/{name}"))


def _admin_sql(sql: str) -> None:
    import psycopg2

    connection = psycopg2.connect(_database_url("postgres"))
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(sql)
    connection.close()


@pytest.fixture(scope="session")
def services(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stack")
    database = f"infuse_stack_{uuid.uuid4().hex[:12]}"
    redis = Redis(folder / "redis")
    redis.start()
    s3_port = free_port()
    moto = subprocess.Popen(
        [PY, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(s3_port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    web_port = free_port()
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DJANGO", "CELERY", "EMAIL", "MEDIA", "AWS", "ANYMAIL"))
        },
        "DEBUG": "0",
        "SECRET_KEY": "stack-test-secret-key-" + uuid.uuid4().hex,
        "FAST_PASSWORD_HASHER": "1",
        "DISABLE_RATE_LIMITS": "1",
        "DATABASE_URL": _database_url(database),
        "CELERY_BROKER_URL": redis.url(0),
        "CACHE_URL": redis.url(1),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"http://127.0.0.1:{web_port}",
        "MEDIA_BUCKET": BUCKET,
        "MEDIA_ENDPOINT_URL": f"http://127.0.0.1:{s3_port}",
        "MEDIA_REGION": "eu-west-2",
        "MEDIA_ROOT": str(folder / "local-media"),
        "AWS_ACCESS_KEY_ID": "stack-test",
        "AWS_SECRET_ACCESS_KEY": "stack-test-secret",
        "EMAIL_HOST": "127.0.0.1",
        "READY_WORKER_SECONDS": "20",
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "infuse.settings",
        "STACK_WEB_PORT": str(web_port),
    }
    os.environ.clear()
    os.environ.update(env)
    _admin_sql(f'CREATE DATABASE "{database}"')
    try:
        import boto3
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        wait_for(lambda: port_open(s3_port), timeout=30, what="the local S3 endpoint")
        s3 = boto3.client(
            "s3",
            endpoint_url=env["MEDIA_ENDPOINT_URL"],
            region_name="eu-west-2",
            aws_access_key_id="stack-test",
            aws_secret_access_key="stack-test-secret",
        )
        s3.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
        )
        world = Services(env=env, redis=redis, s3=s3, folder=folder)
        yield world
    finally:
        for process in getattr(locals().get("world"), "processes", []):
            stop_process(process)
        stop_process(moto)
        redis.stop()
        from django.db import connections

        connections.close_all()
        _admin_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@dataclass
class Stack:
    base: str
    mail: Mailbox
    folder: Path


@pytest.fixture(scope="session")
def stack(services):
    """gunicorn, the Celery worker, the PDF worker, beat and the mail catcher, as `make stack`
    starts them, with beat running every entry every few seconds."""
    folder = services.folder / "stack"
    env = {
        **services.env,
        "STACK_DIR": str(folder),
        "STACK_PORT": services.env["STACK_WEB_PORT"],
        "STACK_SMTP_PORT": str(free_port()),
        "STACK_DEMO": "0",
        "STACK_WEB_WORKERS": "2",
        "BEAT_EVERY_SECONDS": "5",
        "PY": PY,
    }
    try:
        # Inside the try: a time cap reached while starting still stops what had started.
        started = subprocess.run(
            ["scripts/stack.sh", "start"], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert started.returncode == 0, started.stdout + started.stderr
        yield Stack(base=services.env["SITE_URL"], mail=Mailbox(folder / "mail"), folder=folder)
    finally:
        stopped = subprocess.run(
            ["scripts/stack.sh", "stop"], cwd=ROOT, env=env, capture_output=True, text=True
        )
        print(stopped.stdout, stopped.stderr)


def attachments(message: EmailMessage) -> list[tuple[str, str, bytes]]:
    return [
        (part.get_filename() or "", part.get_content_type(), part.get_payload(decode=True))
        for part in message.iter_attachments()
    ]


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""


def links_in(text: str) -> list[str]:
    return re.findall(r"https?://\S+", text)
