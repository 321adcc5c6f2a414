"""The shared cache (Redis, with CACHE_URL) as a help, never a point of failure.

Everything the portal keeps there can be done without it: sign-in rate limits (allauth) and
the reports' suppression patterns. So when Redis cannot be reached or stalls, a read is a miss,
a write is skipped, and the request goes on — one warning in the log, not a 500 page. Short
socket timeouts (settings) keep a stalled Redis from holding a request; after a failure the
cache is left alone for RETRY_AFTER seconds, so one request does not wait on it again and again.
Only a failure to reach Redis is forgiven: any other error (a value that cannot be pickled, a
missing key for `incr`) is raised as Django's own Redis cache raises it.

The version numbers kept there (`version_bump`, `version_read`: the reports' data, the
curriculum) are the exception to the rest: a write must move its version on for every process,
so the move goes to Redis even while this process leaves it alone, and a move that cannot be
made is owed by this process and made as soon as Redis is reached again.
"""

import logging
import time

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
RETRY_AFTER = 30.0
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class TolerantRedisCache(RedisCache):
    _down_until = 0.0  # per process: gunicorn and Celery workers each find out for themselves

    @staticmethod
    def resting() -> bool:
        """Whether this process is leaving Redis alone after a failure."""
        return time.monotonic() < TolerantRedisCache._down_until

    @staticmethod
    def rest(name: str) -> None:
        """Leave Redis alone for RETRY_AFTER s, after `name` could not reach it (logged with the
        failure: called where it is caught)."""
        TolerantRedisCache._down_until = time.monotonic() + RETRY_AFTER
        logger.warning(
            "The shared cache could not be reached (%s); going on without it for %.0f s.",
            name,
            RETRY_AFTER,
            exc_info=True,
        )

    def _attempt(self, name: str, default, *args, **kwargs):
        if self.resting():
            return default
        try:
            result = getattr(super(), name)(*args, **kwargs)
        except UNREACHABLE:
            self.rest(name)
            return default
        if _owed:  # Redis is reached again: the moves this process owes, made now (for
            _pay_owed()  # every other process, which reads the version from Redis)
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # Unreachable, only allauth's rate-limit locks count as taken (so that sign-in goes on,
        # with its limits not enforced meanwhile); any other add, such as a guard against a
        # code used twice, fails safe.
        return self._attempt("add", str(key).endswith(":lock"), key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._attempt("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._attempt("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._attempt("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._attempt("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._attempt("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._attempt("incr", delta, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt("set_many", [], data, timeout, version)

    def delete_many(self, keys, version=None):
        self._attempt("delete_many", None, keys, version)

    def clear(self):
        return self._attempt("clear", False)


# The versions this process could not move on (their keys): moved on at the first use of the
# cache that reaches Redis again (_pay_owed), or by the next version_bump or version_read that
# does; until then this process reads no version of them.
_owed: set[str] = set()


def _unforgiving():
    """The default cache as Django's own backend: it goes to Redis whatever this process's rest
    (TolerantRedisCache's back-off), and raises when it cannot reach it."""
    backend = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(backend, TolerantRedisCache):
        return super(TolerantRedisCache, backend)
    return backend


def _owe(key: str, error: Exception, step: str, failure: str, name: str) -> None:
    """A move that failed at `step` is owed; logged as it was when it went through the cache
    (called where the error is caught)."""
    _owed.add(key)
    if isinstance(error, UNREACHABLE):
        TolerantRedisCache.rest(step)  # nor does the rest of this request wait on Redis again
    else:
        logger.warning(failure, name, exc_info=True)


def version_bump(key: str, name: str) -> None:
    """Move a version number kept in the shared cache under `key` on, so that whatever was kept
    under an older one is read no more in any process (the reports' data, the curriculum).
    `name` says which in the log. It goes to Redis even while this process leaves it alone (a
    write made meanwhile must reach the other processes); when Redis cannot be reached the move
    is owed, and made by the next version_bump or version_read that reaches it."""
    if key in _owed and TolerantRedisCache.resting():
        return  # owed already, since a failure just now: not waited on again for each write
    _owed.discard(key)  # first: a move another thread comes to owe meanwhile stays owed
    redis = _unforgiving()
    try:
        redis.incr(key)
    except ValueError:  # never set, or lost: start from the clock, above any number used
        try:
            redis.add(key, time.time_ns(), None)
        except Exception as error:
            _owe(key, error, "add", "The %s could not be set.", name)
    except Exception as error:
        _owe(key, error, "incr", "The %s could not be moved on.", name)


_last_payment = [0.0]  # when _pay_owed last tried (monotonic)


def _pay_owed() -> None:
    """Each version this process owes a move, moved on (version_bump): called once Redis answers
    again, so that the other processes, which read the version from Redis, read the new one.
    At most once a second, so that a move that fails for another reason than Redis being
    unreachable (logged each time) is not tried, and logged, at every use of the cache."""
    now = time.monotonic()
    if now - _last_payment[0] < 1.0:
        return
    _last_payment[0] = now
    for key in list(_owed):
        version_bump(key, key)


def version_read(key: str, name: str) -> int | None:
    """The version number under `key` now (started from the clock if none is kept); None when
    the shared cache cannot be reached, or while this process owes the version a move (what is
    kept under the number in Redis may be older than this process's writes), so that nothing is
    kept or read meanwhile."""
    if key in _owed:
        version_bump(key, name)
        if key in _owed:
            return None
    try:
        current = cache.get(key)
        if current is None:
            cache.add(key, time.time_ns(), None)
            current = cache.get(key)
        return current
    except Exception:
        logger.warning("The %s could not be read.", name, exc_info=True)
        return None
