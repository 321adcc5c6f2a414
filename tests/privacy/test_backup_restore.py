"""scripts/backup.sh then scripts/restore.sh into a fresh database round-trips: the same row
count in every table, and a certificate file with the same hash."""

import hashlib
import os
import subprocess
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings as django_settings
from django.db import connection

from cohorts.models import Certificate
from tests.cohorts.reports_data import build_programme

from .people import make_rich_person

ROOT = Path(__file__).resolve().parents[2]


def url_for(name: str) -> str:
    p = connection.settings_dict
    password = f":{p['PASSWORD']}" if p.get("PASSWORD") else ""
    return f"postgres://{p.get('USER') or 'postgres'}{password}@{p.get('HOST') or '127.0.0.1'}:{p.get('PORT') or 5432}/{name}"


def row_counts(dsn: str) -> dict[str, int]:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        tables = [row[0] for row in cursor.fetchall()]
        counts = {}
        for table in tables:
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def admin_sql(sql: str) -> None:
    conn = psycopg2.connect(url_for("postgres"))
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(sql)
    conn.close()


def run(script: str, *args, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / script), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_into_a_fresh_database_round_trips(tmp_path, make_user, cardiff):
    from councils.models import Role

    programme = build_programme()
    staff = make_user("backup.staff@infuse.test", Role.STAFF)
    rich = make_rich_person(cohort=programme["cohorts"]["D2"], council=cardiff, staff=staff)
    certificate = Certificate.objects.get(pk=rich.certificate.pk)
    source = url_for(connection.settings_dict["NAME"])
    media = Path(django_settings.MEDIA_ROOT)
    original_hash = hashlib.sha256((media / certificate.pdf.name).read_bytes()).hexdigest()

    made = run(
        "backup.sh",
        str(tmp_path / "backups"),
        env={"DATABASE_URL": source, "MEDIA_ROOT": str(media)},
    )
    assert made.returncode == 0, made.stderr
    folder = Path(made.stdout.strip().splitlines()[-1])
    assert (folder / "database.dump").stat().st_mode & 0o077 == 0  # personal data: owner only

    fresh = f"{connection.settings_dict['NAME']}_restore"
    admin_sql(f'DROP DATABASE IF EXISTS "{fresh}"')
    admin_sql(f'CREATE DATABASE "{fresh}"')
    try:
        restored_media = tmp_path / "restored-media"
        env = {"DATABASE_URL": url_for(fresh), "MEDIA_ROOT": str(restored_media)}
        restored = run("restore.sh", str(folder), env=env)
        assert restored.returncode == 0, restored.stderr

        before, after = row_counts(source), row_counts(url_for(fresh))
        assert before == after
        assert before["councils_user"] > 50 and before["cohorts_attendance"] > 100
        copy = restored_media / certificate.pdf.name
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == original_hash

        # A second restore over it is refused: it never writes over a live portal.
        again = run("restore.sh", str(folder), env=env)
        assert again.returncode != 0 and "fresh one" in again.stderr
        assert row_counts(url_for(fresh)) == after
    finally:
        admin_sql(f'DROP DATABASE IF EXISTS "{fresh}"')


def test_a_backup_that_fails_its_checksums_is_not_restored(tmp_path):
    folder = tmp_path / "infuse-broken"
    folder.mkdir()
    (folder / "database.dump").write_bytes(b"not a dump")
    (folder / "media.tar.gz").write_bytes(b"")
    (folder / "SHA256SUMS").write_text(
        "0" * 64 + "  database.dump\n" + "0" * 64 + "  media.tar.gz\n"
    )
    result = run(
        "restore.sh",
        str(folder),
        env={
            "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
            "MEDIA_ROOT": str(tmp_path / "m"),
        },
    )
    assert result.returncode == 1 and "checksums" in result.stderr


def test_backup_refuses_when_the_media_are_in_a_bucket(tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    result = run(
        "backup.sh",
        str(tmp_path / "backups"),
        env={
            "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
            "MEDIA_ROOT": str(media),
            "MEDIA_BUCKET": "infuse-media",
        },
    )
    assert result.returncode == 2
    assert "MEDIA_BUCKET" in result.stderr and "docs/operations.md" in result.stderr
    assert not (tmp_path / "backups").exists()
    operations = (ROOT / "docs" / "operations.md").read_text()
    assert "## Media in an S3 bucket" in operations
    assert "aws s3 sync" in operations and "mc mirror" in operations


def test_backup_fails_when_the_media_folder_does_not_exist(tmp_path):
    result = run(
        "backup.sh",
        str(tmp_path / "backups"),
        env={
            "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
            "MEDIA_ROOT": str(tmp_path / "no-such-folder"),
        },
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "no-such-folder" in result.stderr
    assert not (tmp_path / "backups").exists()
