"""The shared cache is a help, never a point of failure: with Redis down, signing in and
reports go on; and a version moved on while this process leaves Redis alone, or cannot reach it,
still reaches it (infuse/cache.py)."""

import os

import pytest
from django.core.cache import cache, caches
from django.urls import reverse

from councils.models import Role
from councils.services import user_create
from infuse import cache as tolerant
from tests.conftest import PASSWORD

NOBODY_LISTENS = {
    "default": {
        "BACKEND": "infuse.cache.TolerantRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@pytest.fixture
def redis_down(settings, monkeypatch):
    monkeypatch.setattr(tolerant.TolerantRedisCache, "_down_until", 0.0)
    monkeypatch.setattr(tolerant, "_owed", set())
    settings.CACHES = NOBODY_LISTENS
    yield
    tolerant.TolerantRedisCache._down_until = 0.0


def test_with_redis_down_a_read_is_a_miss_and_a_write_is_skipped(redis_down, caplog):
    assert cache.get("k", "default") == "default"
    cache.set("k", 1)
    assert cache.get_many(["a", "b"]) == {}
    # allauth's rate-limit lock counts as taken, so that sign-in goes on; any other add fails.
    assert cache.add("ratelimit:login:x:lock", 1) is True
    assert cache.add("code-used-once", 1) is False
    assert "could not be reached" in caplog.text


def test_after_a_failure_the_cache_is_left_alone_for_a_while(redis_down, monkeypatch):
    calls = []
    real = tolerant.RedisCache.get

    def counted(self, *args, **kwargs):
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(tolerant.RedisCache, "get", counted)
    for _ in range(10):
        cache.get("k")
    assert len(calls) == 1  # one attempt, then a miss without waiting on Redis


@pytest.mark.django_db
def test_signing_in_works_with_redis_down(client, redis_down, settings, caplog):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
    user_create(email="sian@cardiff.test", full_name="Sian", role=Role.STAFF, password=PASSWORD)
    response = client.post(
        reverse("account_login"), {"login": "sian@cardiff.test", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "could not be reached" in caplog.text  # the rate limit did ask the cache


def test_with_redis_up_it_is_an_ordinary_cache(settings):
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0").rsplit("/", 1)[0] + "/14"
    settings.CACHES = {
        "default": {"BACKEND": "infuse.cache.TolerantRedisCache", "LOCATION": url, "TIMEOUT": 300}
    }
    cache.set("infuse-test-key", {"a": 1}, 30)
    assert cache.get("infuse-test-key") == {"a": 1}
    assert cache.add("infuse-test-key", 2) is False  # already there
    cache.delete("infuse-test-key")
    assert cache.get("infuse-test-key") is None
    # The configured expiry applies when a caller gives none, as with Django's own backend.
    cache.set("infuse-test-ttl", 1)
    client = cache._cache.get_client("infuse-test-ttl", write=True)
    assert 0 < client.ttl(cache.make_and_validate_key("infuse-test-ttl")) <= 300
    cache.delete("infuse-test-ttl")
    # Errors that are not about reaching Redis are raised, and leave the cache in use.
    with pytest.raises(ValueError):
        cache.incr("infuse-test-missing")
    cache.set("infuse-test-key", 3, 30)
    assert cache.get("infuse-test-key") == 3
    cache.delete("infuse-test-key")


VERSION = "infuse-test-version"


@pytest.fixture
def redis_up(settings, monkeypatch):
    settings.CACHES = {
        "default": {
            "BACKEND": "infuse.cache.TolerantRedisCache",
            "LOCATION": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    monkeypatch.setattr(tolerant.TolerantRedisCache, "_down_until", 0.0)
    monkeypatch.setattr(tolerant, "_owed", set())
    cache.delete(VERSION)
    yield settings.CACHES
    tolerant.TolerantRedisCache._down_until = 0.0
    cache.delete(VERSION)


def in_redis():
    """The version as any other process reads it (one not leaving Redis alone)."""
    return tolerant.RedisCache.get(caches["default"], VERSION)


def test_a_version_moved_on_while_this_process_leaves_redis_alone_reaches_redis(redis_up):
    first = tolerant.version_read(VERSION, "test version")
    # As after a failure a moment ago: this process leaves Redis alone, though it is back.
    tolerant.TolerantRedisCache._down_until = float("inf")
    tolerant.version_bump(VERSION, "test version")
    assert in_redis() > first  # every other process reads the new version at once
    assert tolerant.version_read(VERSION, "test version") is None  # here nothing is kept yet


def test_a_version_that_could_not_be_moved_on_is_moved_on_once_redis_is_reached(
    redis_up, settings, monkeypatch, caplog
):
    first = tolerant.version_read(VERSION, "test version")
    settings.CACHES = NOBODY_LISTENS
    tolerant.version_bump(VERSION, "test version")
    assert "could not be reached (incr)" in caplog.text
    settings.CACHES = redis_up  # Redis is back; this process leaves it alone for a while
    asked = []
    real = tolerant.RedisCache.incr
    monkeypatch.setattr(tolerant.RedisCache, "incr", lambda *args: asked.append(1) or real(*args))
    tolerant.version_bump(VERSION, "test version")
    assert not asked  # owed already: a write meanwhile does not wait on Redis again
    # Whatever is kept under the version in Redis is older than this process's write.
    assert tolerant.version_read(VERSION, "test version") is None
    assert in_redis() == first
    monkeypatch.setattr(tolerant.TolerantRedisCache, "_down_until", 0.0)  # the rest is over
    now = tolerant.version_read(VERSION, "test version")
    assert now > first and now == in_redis()
    assert tolerant.version_read(VERSION, "test version") == now  # moved on once, not again


def test_an_owed_move_is_made_at_the_first_cache_call_that_reaches_redis(
    redis_up, settings, monkeypatch
):
    """Every other process reads the version from Redis: a move this process owes must reach it
    as soon as this process reaches Redis again, not at its next read or write of that version
    (a worker that never reads reports would otherwise leave everyone reading the old one)."""
    first = tolerant.version_read(VERSION, "test version")
    settings.CACHES = NOBODY_LISTENS
    tolerant.version_bump(VERSION, "test version")
    settings.CACHES = redis_up
    monkeypatch.setattr(tolerant.TolerantRedisCache, "_down_until", 0.0)  # the rest is over
    monkeypatch.setattr(tolerant, "_last_payment", [0.0])
    cache.get("infuse-test-something-else")  # any other use of the cache
    assert in_redis() > first
    assert not tolerant._owed
