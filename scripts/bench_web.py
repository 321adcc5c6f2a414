"""Requests a second from a running `make stack` (gunicorn on 127.0.0.1 only), for
docs/scaling.md: a bounded number of requests from a few threads, signed in as a demo
participant and a demo funder (the demo is loaded by `make stack`).

    PORT=8000 make stack            # in one terminal
    .venv/bin/python scripts/bench_web.py --port 8000 --requests 400 --threads 4

Each page is asked for `--requests` times in all, then the next page; the figures are requests
a second over the whole run and the median and 95th percentile of one request's time.
"""

import argparse
import http.cookiejar
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

DEMO_PASSWORD = "infuse-demo"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def signed_in_opener(base: str, email: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    opener.open(base + "/accounts/login/", timeout=30).read()
    token = next(c.value for c in jar if c.name == "csrftoken")
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "login": email, "password": DEMO_PASSWORD}
    ).encode()
    try:
        opener.open(urllib.request.Request(base + "/accounts/login/", data=data), timeout=30)
    except urllib.error.HTTPError as answer:
        if answer.code != 302:
            raise SystemExit(f"Signing in as {email} failed: {answer.code}") from None
    return opener


def run(opener, url: str, count: int, threads: int) -> tuple[float, list[float], int]:
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    left = iter(range(count))

    def work():
        nonlocal errors
        while True:
            with lock:
                if next(left, None) is None:
                    return
            start = time.perf_counter()
            try:
                with opener.open(url, timeout=30) as response:
                    response.read()
                    ok = response.status == 200
            except urllib.error.URLError:
                ok = False
            with lock:
                times.append(time.perf_counter() - start)
                errors += not ok

    began = time.perf_counter()
    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - began, times, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--participant", default="participant.cardiff@demo.infuse.test")
    parser.add_argument("--funder", default="funder@demo.infuse.test")
    args = parser.parse_args()
    if not 1 <= args.requests <= 5000 or not 1 <= args.threads <= 16:
        raise SystemExit("Keep it bounded: 1-5000 requests, 1-16 threads.")
    base = f"http://127.0.0.1:{args.port}"
    anonymous = urllib.request.build_opener(NoRedirect)
    pages = [
        ("/healthz", anonymous),
        ("/readyz", anonymous),
        ("/ (front page, signed out)", anonymous),
        ("/dashboard/ (participant)", signed_in_opener(base, args.participant)),
        ("/reports/ (funder, whole programme)", signed_in_opener(base, args.funder)),
    ]
    print(f"{args.requests} requests a page from {args.threads} threads, {base}")
    for label, opener in pages:
        path = label.split(" ")[0]
        elapsed, times, errors = run(opener, base + path, args.requests, args.threads)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"{label:<40} {len(times) / elapsed:7.1f} req/s  median "
            f"{statistics.median(times) * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms  "
            f"errors {errors}"
        )
        if errors:
            sys.exit(1)


if __name__ == "__main__":
    main()
