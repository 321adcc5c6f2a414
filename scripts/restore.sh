#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into a fresh, empty database and media folder.
#
#   DATABASE_URL=postgres://user:pass@host:5432/infuse_restored MEDIA_ROOT=/data/media \
#     scripts/restore.sh var/backups/infuse-20270101T021500Z
#
# The database must exist and hold no tables, and the media folder must be empty or absent:
# a restore never writes over a live portal. Checks the backup's SHA-256 sums first.
set -euo pipefail

backup="${1:?usage: scripts/restore.sh BACKUP_FOLDER}"
: "${DATABASE_URL:?DATABASE_URL must be set (postgres://user:pass@host:port/name)}"
case "$DATABASE_URL" in
  postgres://*|postgresql://*) ;;
  *) echo "restore.sh: DATABASE_URL must be a postgres:// URL" >&2; exit 2 ;;
esac
media="${MEDIA_ROOT:-var/media}"

(cd "$backup" && sha256sum --check --quiet SHA256SUMS) || {
  echo "restore.sh: $backup fails its checksums; not restoring" >&2
  exit 1
}
tables="$(psql "$DATABASE_URL" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
if [ "$tables" != "0" ]; then
  echo "restore.sh: the database already has $tables tables; restore into a fresh one" >&2
  exit 1
fi
if [ -d "$media" ] && [ -n "$(ls -A "$media")" ]; then
  echo "restore.sh: $media is not empty; restore into an empty folder" >&2
  exit 1
fi

pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$backup/database.dump"
mkdir -p "$media"
tar -C "$media" -xzf "$backup/media.tar.gz"
echo "restored $backup"
