"""The shared cache (Redis, with CACHE_URL) as a help, never a point of failure.

Everything the portal keeps there can be done without it: sign-in rate limits (allauth) and
the reports' suppression patterns. So when Redis is down or stalls, a read is a miss, a write is
skipped, and the request goes on — one warning in the log, not a 500 page. Short socket timeouts
(settings) keep a stalled Redis from holding a request; after a failure the cache is left alone
for RETRY_AFTER seconds, so one request does not wait on it again and again.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)
RETRY_AFTER = 30.0


class TolerantRedisCache(RedisCache):
    _down_until = 0.0

    def _attempt(self, name: str, default, *args, **kwargs):
        if time.monotonic() < TolerantRedisCache._down_until:
            return default
        try:
            return getattr(super(), name)(*args, **kwargs)
        except Exception:
            TolerantRedisCache._down_until = time.monotonic() + RETRY_AFTER
            logger.warning(
                "The shared cache could not be reached (%s); going on without it for %.0f s.",
                name,
                RETRY_AFTER,
                exc_info=True,
            )
            return default

    def add(self, key, value, timeout=None, version=None):
        # As if added: allauth takes it as its rate-limit lock, which is then not enforced.
        return self._attempt("add", True, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._attempt("get", default, key, default, version)

    def set(self, key, value, timeout=None, version=None):
        self._attempt("set", None, key, value, timeout, version)

    def touch(self, key, timeout=None, version=None):
        return self._attempt("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._attempt("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._attempt("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._attempt("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._attempt("incr", delta, key, delta, version)

    def set_many(self, data, timeout=None, version=None):
        return self._attempt("set_many", [], data, timeout, version)

    def delete_many(self, keys, version=None):
        self._attempt("delete_many", None, keys, version)

    def clear(self):
        return self._attempt("clear", False)
