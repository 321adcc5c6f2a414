"""Locust's side of the pages benchmark (tests/bench/test_bench_pages.py runs it headless, one run
a page or a mix). BENCH_SPEC names a JSON file:

    {"cookie": "sessionid", "users": [{"session": "...", "paths": ["/dashboard/", ...]}, ...],
     "pacing": 0 | 2.0, "max_requests": 2000, "out": "result.json", "seed": 24}

Each simulated person takes one entry of "users" (-u is their number) and asks for one of its
paths at random (never following a redirect: anything but 200 is a failure). With "pacing" 0
each asks again as soon as answered (throughput); otherwise once every "pacing" seconds (a
fixed rate). The run stops at --run-time or after "max_requests" answers, whichever is first,
and every answer's start, time and size go to "out". Only 127.0.0.1 is ever asked."""

import json
import os
import random
import threading
from urllib.parse import urlparse

import gevent
from locust import FastHttpUser, constant, constant_pacing, events, task

with open(os.environ["BENCH_SPEC"]) as spec_file:
    SPEC = json.load(spec_file)

_assigned = iter(SPEC["users"])
_lock = threading.Lock()
_rng = random.Random(SPEC.get("seed", 24))
_records: list[list] = []
_written = False


@events.init.add_listener
def _only_here(environment, **kwargs):
    host = urlparse(environment.host or "").hostname
    if host != "127.0.0.1":
        raise SystemExit(f"The pages benchmark asks 127.0.0.1 only, not {host!r}")


@events.request.add_listener
def _record(request_type, name, response_time, response_length, exception, start_time=None, **kw):
    _records.append([start_time, response_time / 1000, response_length, exception is None, name])
    runner = kw.get("context", {}).get("runner")
    if len(_records) >= SPEC["max_requests"] and runner is not None:
        gevent.spawn(runner.quit)


def _write(**kwargs):
    global _written
    if _written:
        return
    _written = True
    with open(SPEC["out"], "w") as out:
        json.dump(_records, out)


events.test_stop.add_listener(_write)
events.quitting.add_listener(_write)


class Person(FastHttpUser):
    wait_time = constant_pacing(SPEC["pacing"]) if SPEC["pacing"] else constant(0)
    network_timeout = 60.0
    connection_timeout = 10.0

    def on_start(self):
        with _lock:
            self.me = next(_assigned)
        self.headers = {"Accept-Encoding": "gzip"}
        if self.me["session"]:
            self.headers["Cookie"] = f"{SPEC['cookie']}={self.me['session']}"
        if SPEC["pacing"]:
            # Spread the first requests over one period, not all at the start.
            gevent.sleep(_rng.uniform(0, SPEC["pacing"]))

    def context(self):
        return {"runner": self.environment.runner}

    @task
    def ask(self):
        path = _rng.choice(self.me["paths"])
        with self.client.get(
            path,
            name=self.me.get("name", path),
            headers=self.headers,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code}")
