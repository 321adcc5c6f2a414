#!/usr/bin/env bash
# Back up the portal: PostgreSQL (pg_dump, custom format) and the media folder (certificates,
# uploaded materials, report files), with SHA-256 sums, into one new folder.
#
#   DATABASE_URL=postgres://user:pass@host:5432/infuse MEDIA_ROOT=/data/media scripts/backup.sh [DEST]
#
# DEST defaults to var/backups; prints the folder it made. Refuses (exit 2) when MEDIA_BUCKET is
# set (the media are in S3: back up the bucket as docs/operations.md says) or the media folder
# does not exist. The backup holds personal data:
# it is written readable by its owner only. See docs/operations.md.
set -euo pipefail
umask 077

: "${DATABASE_URL:?DATABASE_URL must be set (postgres://user:pass@host:port/name)}"
case "$DATABASE_URL" in
  postgres://*|postgresql://*) ;;
  *) echo "backup.sh: DATABASE_URL must be a postgres:// URL" >&2; exit 2 ;;
esac
if [ -n "${MEDIA_BUCKET:-}" ]; then
  echo "backup.sh: MEDIA_BUCKET is set, so the media files are in the S3 bucket '$MEDIA_BUCKET'," >&2
  echo "  not in a folder this script can archive. Back up the bucket itself (versioning, plus" >&2
  echo "  'aws s3 sync' or 'mc mirror' to a second bucket), and the database with pg_dump:" >&2
  echo "  see 'Media in an S3 bucket' in docs/operations.md." >&2
  exit 2
fi
media="${MEDIA_ROOT:-var/media}"
if [ ! -d "$media" ]; then
  echo "backup.sh: the media folder $media does not exist; set MEDIA_ROOT to the portal's" >&2
  echo "  media folder (an empty archive would look like a backup and restore nothing)." >&2
  exit 2
fi
dest="${1:-var/backups}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dir="$dest/infuse-$stamp"
if [ -e "$dir" ]; then
  echo "backup.sh: $dir already exists" >&2
  exit 1
fi
mkdir -p "$dir"

pg_dump --format=custom --no-owner --no-privileges --file="$dir/database.dump" "$DATABASE_URL"
tar -C "$media" -czf "$dir/media.tar.gz" .
(cd "$dir" && sha256sum database.dump media.tar.gz > SHA256SUMS)
echo "$dir"
