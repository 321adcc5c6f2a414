#!/usr/bin/env bash
# Make sure PostgreSQL and Redis answer on 127.0.0.1; start them if installed but down.
set -u
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || (echo > /dev/tcp/127.0.0.1/5432) 2>/dev/null; }
redis_up() { (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && read -r -t 2 reply <&3 && [[ $reply == +PONG* ]]) 2>/dev/null; }

if ! pg_up && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start >/dev/null 2>&1
  for _ in $(seq 1 20); do pg_up && break; sleep 0.5; done
fi
if ! pg_up; then
  echo "make test: PostgreSQL is not reachable on 127.0.0.1:5432 (install it: apt-get install postgresql)." >&2
  exit 1
fi
# The suite's own database; pytest-django makes test_infuse beside it.
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='infuse'" 2>/dev/null | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres infuse 2>/dev/null || true

if ! redis_up && command -v redis-server >/dev/null; then
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null 2>&1
  for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
fi
if ! redis_up; then
  echo "make test: Redis is not reachable on 127.0.0.1:6379 (install it: apt-get install redis-server)." >&2
  exit 1
fi
