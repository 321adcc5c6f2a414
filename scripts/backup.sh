#!/usr/bin/env bash
# Back up the portal: PostgreSQL (pg_dump, custom format) and the media folder (certificates,
# uploaded materials, report files), with SHA-256 sums, into one new folder.
#
#   DATABASE_URL=postgres://user:pass@host:5432/infuse MEDIA_ROOT=/data/media scripts/backup.sh [DEST]
#
# DEST defaults to var/backups; prints the folder it made. The backup holds personal data:
# it is written readable by its owner only. See docs/operations.md.
set -euo pipefail
umask 077

: "${DATABASE_URL:?DATABASE_URL must be set (postgres://user:pass@host:port/name)}"
case "$DATABASE_URL" in
  postgres://*|postgresql://*) ;;
  *) echo "backup.sh: DATABASE_URL must be a postgres:// URL" >&2; exit 2 ;;
esac
media="${MEDIA_ROOT:-var/media}"
dest="${1:-var/backups}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dir="$dest/infuse-$stamp"
if [ -e "$dir" ]; then
  echo "backup.sh: $dir already exists" >&2
  exit 1
fi
mkdir -p "$dir"

pg_dump --format=custom --no-owner --no-privileges --file="$dir/database.dump" "$DATABASE_URL"
if [ -d "$media" ]; then
  tar -C "$media" -czf "$dir/media.tar.gz" .
else
  tar -czf "$dir/media.tar.gz" --files-from /dev/null
fi
(cd "$dir" && sha256sum database.dump media.tar.gz > SHA256SUMS)
echo "$dir"
