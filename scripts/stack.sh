#!/usr/bin/env bash
# The production shape as local processes: gunicorn, a Celery worker (default queue), the PDF
# worker ("pdf" queue), beat, and a mail catcher (aiosmtpd) writing each outgoing message to a
# folder, against the local PostgreSQL and Redis.
#
#   scripts/stack.sh run     start everything and stay in the foreground; Ctrl-C stops it all
#   scripts/stack.sh start   start everything, wait until /readyz says ready, and return
#   scripts/stack.sh stop    stop what `start` or `run` started (from its pid files)
#
# Settings come from the environment, with these defaults (the stack test gives its own):
#   STACK_DIR       var/stack: pid files, logs, mail/ (the caught messages), media/
#   STACK_PORT      8000 (gunicorn on 127.0.0.1)        STACK_SMTP_PORT  1025 (the mail catcher)
#   DATABASE_URL    postgres://postgres@127.0.0.1:5432/infuse_stack (made if missing)
#   CELERY_BROKER_URL redis://127.0.0.1:6379/3          CACHE_URL        redis://127.0.0.1:6379/4
#   STACK_DEMO      1: load the demo programme (0 for none)
#   MEDIA_BUCKET (+ MEDIA_ENDPOINT_URL, AWS_*): media in a bucket instead of STACK_DIR/media
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
STACK_DIR=${STACK_DIR:-var/stack}
STACK_PORT=${STACK_PORT:-8000}
STACK_SMTP_PORT=${STACK_SMTP_PORT:-1025}
STACK_DEMO=${STACK_DEMO:-1}
STACK_WAIT=${STACK_WAIT:-90}
PROCESSES=(mail web worker worker-pdf beat)

export DEBUG=${DEBUG:-0}
export SECRET_KEY=${SECRET_KEY:-stack-only-secret-key-not-for-a-live-site}
export SITE_URL=${SITE_URL:-http://127.0.0.1:$STACK_PORT}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/infuse_stack}
export CELERY_BROKER_URL=${CELERY_BROKER_URL:-redis://127.0.0.1:6379/3}
export CACHE_URL=${CACHE_URL:-redis://127.0.0.1:6379/4}
export EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=$STACK_SMTP_PORT
export MEDIA_ROOT=${MEDIA_ROOT:-$STACK_DIR/media}

pidfile() { echo "$STACK_DIR/$1.pid"; }
alive() { [ -f "$(pidfile "$1")" ] && kill -0 "$(cat "$(pidfile "$1")")" 2>/dev/null; }

launch() {  # launch NAME COMMAND...: in its own session, so that only `stop` stops it
  local name=$1
  shift
  if alive "$name"; then
    echo "stack: $name is already running (pid $(cat "$(pidfile "$name")")); run 'make stack-stop' first." >&2
    exit 1
  fi
  setsid "$@" >"$STACK_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$(pidfile "$name")"
}

stop() {
  local name pid
  # Web first, so that nothing new is queued while the workers finish what they hold.
  for name in web beat worker worker-pdf mail; do
    [ -f "$(pidfile "$name")" ] || continue
    pid=$(cat "$(pidfile "$name")")
    kill -TERM "$pid" 2>/dev/null || true
  done
  for name in web beat worker worker-pdf mail; do
    [ -f "$(pidfile "$name")" ] || continue
    pid=$(cat "$(pidfile "$name")")
    # A worker's warm shutdown finishes its running task (at most the task time limit, 300 s);
    # after 60 s it is stopped at once and its task, acknowledged late, goes to another worker.
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    rm -f "$(pidfile "$name")"
  done
  echo "stack: stopped."
}

database() {
  local name
  name=$("$PY" -c 'import sys, urllib.parse as u; print(u.urlparse(sys.argv[1]).path.lstrip("/"))' "$DATABASE_URL")
  case "$DATABASE_URL" in
    postgres://* | postgresql://*)
      # Through psycopg2 (already installed), not psql: the server may be on another machine.
      "$PY" - "${DATABASE_URL%/*}/postgres" "$name" <<'PYTHON'
import sys

import psycopg2
from psycopg2 import sql

connection = psycopg2.connect(sys.argv[1])
connection.autocommit = True
with connection.cursor() as cursor:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [sys.argv[2]])
    if cursor.fetchone() is None:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(sys.argv[2])))
PYTHON
      ;;
  esac
  "$PY" manage.py migrate --noinput -v0
  # Off DEBUG the pages name the hashed, compressed copies that collectstatic writes.
  "$PY" manage.py collectstatic --noinput -v0
  if [ "$STACK_DEMO" = 1 ]; then "$PY" manage.py demo --force; fi
}

readyz() {  # readyz status|body: /readyz's status code (000 when nothing answers) or its body
  "$PY" - "$1" "http://127.0.0.1:$STACK_PORT/readyz" <<'PYTHON'
import sys
import urllib.error
import urllib.request

try:
    with urllib.request.urlopen(sys.argv[2], timeout=5) as response:
        status, body = response.status, response.read()
except urllib.error.HTTPError as error:
    status, body = error.code, error.read()
except OSError:
    status, body = 0, b""
print(f"{status:03d}" if sys.argv[1] == "status" else body.decode(errors="replace"))
PYTHON
}

start() {
  mkdir -p "$STACK_DIR/mail" "$MEDIA_ROOT"
  database
  launch mail "$PY" scripts/mailcatcher.py --port "$STACK_SMTP_PORT" --dir "$STACK_DIR/mail"
  # Threaded workers from gunicorn.conf.py, as in the image and docker-compose.yml.
  launch web "$PY" -m gunicorn --config gunicorn.conf.py --bind "127.0.0.1:$STACK_PORT" \
    --workers "${STACK_WEB_WORKERS:-2}" --access-logfile -
  launch worker "$PY" -m celery -A infuse worker --queues celery --concurrency 2 \
    --hostname "default-$STACK_PORT@%h" --loglevel INFO
  launch worker-pdf "$PY" -m celery -A infuse worker --queues pdf --concurrency 1 \
    --max-tasks-per-child 50 --hostname "pdf-$STACK_PORT@%h" --loglevel INFO
  launch beat "$PY" -m celery -A infuse beat --loglevel INFO \
    --schedule "$STACK_DIR/celerybeat-schedule"
  # Ready when the web process says the database, Redis and a worker of each queue answer.
  local status=""
  for _ in $(seq 1 $((STACK_WAIT * 2))); do
    for name in "${PROCESSES[@]}"; do
      if ! alive "$name"; then
        echo "stack: $name stopped while starting; its log, $STACK_DIR/$name.log, ends:" >&2
        tail -n 20 "$STACK_DIR/$name.log" >&2
        stop >&2
        exit 1
      fi
    done
    status=$(readyz status)
    [ "$status" = 200 ] && break
    sleep 0.5
  done
  if [ "$status" != 200 ]; then
    echo "stack: not ready after ${STACK_WAIT} s:" >&2
    readyz body >&2
    stop >&2
    exit 1
  fi
  echo "stack: ready on $SITE_URL (logs and caught mail in $STACK_DIR; stop with 'make stack-stop')."
}

case "${1:-}" in
  start)
    # Stopped (a test's time cap, Ctrl-C) while starting: stop what has started, leave nothing.
    trap 'stop >&2; exit 1' INT TERM
    start
    ;;
  stop) stop ;;
  run)
    # Ctrl-C (or a TERM) at any point, while starting too, stops whatever has started.
    trap 'echo; stop; exit 0' INT TERM
    start
    # Stay until Ctrl-C, or until a process stops by itself (then stop the rest).
    while true; do
      for name in "${PROCESSES[@]}"; do
        # No pid file: `make stack-stop` stopped everything, which is a clean end.
        [ -f "$(pidfile "$name")" ] || exit 0
        if ! alive "$name"; then
          echo "stack: $name stopped; see $STACK_DIR/$name.log" >&2
          stop
          exit 1
        fi
      done
      sleep 1
    done
    ;;
  *)
    echo "usage: scripts/stack.sh run|start|stop" >&2
    exit 2
    ;;
esac
