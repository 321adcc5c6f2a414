"""The production shape described in docker-compose.yml is a valid compose file."""

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_compose_file_is_valid():
    result = subprocess.run(
        ["/usr/bin/docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config", "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "compose-validation-only"},
    )
    assert result.returncode == 0, result.stderr


def test_compose_runs_every_part_of_the_production_shape():
    text = (ROOT / "docker-compose.yml").read_text()
    for service in ["web:", "worker:", "beat:", "postgres:", "redis:", "mail:", "minio:"]:
        assert f"\n  {service}" in text, service
    assert "gunicorn" in text


def test_every_process_of_the_portal_is_given_its_site_url():
    """Start-up stops without SITE_URL when DEBUG is off: web, workers and beat all need it."""
    result = subprocess.run(
        ["/usr/bin/docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "compose-validation-only"},
    )
    assert result.returncode == 0, result.stderr
    services = ("\n" + result.stdout).split("\nservices:\n", 1)[1].split("\nvolumes:\n", 1)[0]
    blocks = dict(re.findall(r"^  ([\w-]+):\n((?:    .*\n?)*)", services, re.MULTILINE))
    for name in ["web", "worker", "worker-pdf", "beat"]:
        assert re.search(r"^      SITE_URL: https?://\S+$", blocks[name], re.MULTILINE), name


def compose_services() -> dict[str, str]:
    result = subprocess.run(
        ["/usr/bin/docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "compose-validation-only"},
    )
    assert result.returncode == 0, result.stderr
    services = ("\n" + result.stdout).split("\nservices:\n", 1)[1].split("\nvolumes:\n", 1)[0]
    return dict(re.findall(r"^  ([\w-]+):\n((?:    .*\n?)*)", services, re.MULTILINE))


def test_redis_keeps_queued_tasks_across_a_restart():
    redis = compose_services()["redis"]
    assert "--appendonly yes" in redis and "--appendonly no" not in redis
    # ...in the folder Redis writes to, on a volume that outlives the container.
    assert re.search(r"^    - redisdata:/data(:rw)?$", redis, re.MULTILINE), redis


def test_every_process_of_the_portal_keeps_media_in_the_minio_bucket():
    blocks = compose_services()
    for name in ["web", "worker", "worker-pdf", "beat"]:
        assert re.search(r"^      MEDIA_BUCKET: \S+$", blocks[name], re.MULTILINE), name
        assert "MEDIA_ENDPOINT_URL: http://minio:9000" in blocks[name], name
        assert "MEDIA_ROOT" not in blocks[name], name
    assert "minio-bucket" in blocks


def test_the_web_service_is_checked_through_healthz():
    assert "/healthz" in compose_services()["web"]
