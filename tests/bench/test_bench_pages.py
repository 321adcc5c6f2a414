"""Benchmark: pages at programme scale (issue 24). Builds the programme at 1,000, 5,000 and 20,000
people in a database of its own, starts gunicorn as `make stack` does (production settings,
DEBUG off, PostgreSQL and Redis, 127.0.0.1 on a free port), with the test-only URL configuration
that adds the yardstick, a bare signed-in page (tests/bench/bench_urls.py), and measures:

- each page alone, one request at a time: median and 95th percentile, HTML size, at each size;
- at 5,000 people, each page's throughput with 10 clients at once (locust, headless), as a
  fraction of the bare page's beside it, in three rounds over the run, the median kept;
- at 5,000 people, a mixed load at a fixed rate (50 participants, 5 leads, 2 funders, 2 staff,
  each one request every 2 seconds), its p95 against the bare page's at the same rate;
- the downloads (staff report CSV and PDF, the lead's report CSV and PDF) built three times
  each at each size, nothing remembered, the median kept.

The table goes into docs/benchmarks.md, then the targets below are asserted. Everything is
bounded (requests and seconds), asks 127.0.0.1 only, and stops its gunicorn and drops its
databases however it ends. Run it alone with
`make bench BENCH=tests/bench/test_bench_pages.py`."""

import datetime as dt
import gzip
import json
import os
import platform
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import pytest
from psycopg2 import sql

from tests.bench.pages import (
    Sample,
    as_fraction,
    free_port,
    growth,
    gunicorn_command,
    kb,
    markdown_table,
    ms,
    ratio,
    replace_section,
)

pytestmark = pytest.mark.skipif(not os.environ.get("INFUSE_BENCH"), reason="make bench only")

# --- The targets (issue 24) --------------------------------------------------------------------
PARTICIPANT_RATIO = 1 / 3  # participant pages: at least this fraction of the bare page's req/s
HEAVY_RATIO = 1 / 10  # lead, funder, staff-report and admin pages
MIXED_P95_FACTOR = 5.0  # mixed load's p95 under this many times the bare page's at that rate
GROWTH_LIMIT = 2.0  # 5,000 -> 20,000 people: no page or download more than this many times slower
HTML_LIMIT = 300 * 1024  # no page's HTML (uncompressed) larger, at any size
# --- How it measures ---------------------------------------------------------------------------
# INFUSE_BENCH_PAGES_SIZES=1000 for a quick try of the harness (its figures are not the issue's).
SIZES = tuple(
    int(n) for n in os.environ.get("INFUSE_BENCH_PAGES_SIZES", "1000,5000,20000").split(",")
)
RATIO_SIZE = 5_000 if 5_000 in SIZES else SIZES[-1]  # throughput and mixed load at this size
CONCURRENCY = 10
THROUGHPUT_SECONDS = 4  # each page's locust run (and at most THROUGHPUT_MAX_REQUESTS answers)
# Every page measured in this many rounds over the run, beside the bare page each time: its
# ratio is the median of the rounds' (one 10 s run alone was moved by a neighbour's burst: the
# admin search 1/8.1 in one run and 1/13 in the next, the same code).
THROUGHPUT_ROUNDS = 3
THROUGHPUT_MAX_REQUESTS = 3_000
ALONE_SECONDS = 5.0  # one at a time: until this long and ALONE_MIN_REQUESTS, at most ALONE_MAX
ALONE_MIN_REQUESTS = 3
ALONE_MAX_REQUESTS = 30
MIXED_SECONDS = 40
MIXED_PACING = 2.0
MIXED_MAX_REQUESTS = 4_000
REQUEST_TIMEOUT = 60

ROOT = Path(__file__).resolve().parents[2]
LABELS = {
    "bare": "bare signed-in page (yardstick)",
    "landing": "landing `/` (signed out)",
    "dashboard": "participant dashboard",
    "lab": "Lab overview",
    "week": "week page",
    "tool:adaption": "Adaption tool",
    "tool:data": "Data tool",
    "tool:procurement": "Procurement tool",
    "lead": "lead's page `/council/`",
    "funder report": "funder's report",
    "staff report": "staff report",
    "admin cohort list": "admin cohort list",
    "admin cohort page": "admin cohort page (175 enrolled)",
    "admin cohort search": "admin cohort search `?q=`",
}


ROLE_LABELS = {
    "participant": "participants",
    "lead": "leads",
    "funder": "funders",
    "staff": "staff",
}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(base: str, page: dict, cookie: str, *, compressed: bool = False) -> tuple[bytes, int]:
    """One request: the body as received and its size; anything but 200 stops the benchmark."""
    headers = {"Accept-Encoding": "gzip"} if compressed else {}
    if page["session"]:
        headers["Cookie"] = f"{cookie}={page['session']}"
    request = urllib.request.Request(base + page["path"], headers=headers)
    try:
        with OPENER.open(request, timeout=REQUEST_TIMEOUT) as response:
            body = response.read()
            encoding = response.headers.get("Content-Encoding", "")
    except urllib.error.HTTPError as answer:
        raise AssertionError(
            f"{page['key']} {page['path']} answered {answer.code} "
            f"(Location: {answer.headers.get('Location')})"
        ) from None
    wire = len(body)
    if encoding == "gzip":
        body = gzip.decompress(body)
    return body, wire


def drain(base: str) -> None:
    """Wait for what the last run left queued: a client that stops does not stop gunicorn's
    sync workers, which answer every request already sent. A request sent now is answered
    after them."""
    for _ in range(2):
        with OPENER.open(f"{base}/healthz", timeout=300) as response:
            response.read()


def measure_alone(base: str, page: dict, cookie: str) -> dict:
    """One request at a time, asking for gzip as a browser does: the time, the HTML's size
    and what was sent."""
    fetch(base, page, cookie, compressed=True)  # warm: templates compiled, caches filled
    sample, wire = Sample(), 0
    began = time.perf_counter()
    while sample.count < ALONE_MAX_REQUESTS and (
        sample.count < ALONE_MIN_REQUESTS or time.perf_counter() - began < ALONE_SECONDS
    ):
        start = time.perf_counter()
        body, wire = fetch(base, page, cookie, compressed=True)
        sample.add(start, time.perf_counter() - start, len(body))
    return {
        "p50": sample.p50,
        "p95": sample.p95,
        "count": sample.count,
        "html": max(sample.sizes),
        "wire": wire,
    }


def run_locust(
    base: str, users: list[dict], *, pacing: float, seconds: int, limit: int, work: Path
):
    """One headless locust run; every answer's record."""
    spec_path, out_path = work / "locust-spec.json", work / "locust-out.json"
    out_path.unlink(missing_ok=True)
    spec_path.write_text(
        json.dumps(
            {
                "cookie": users[0]["cookie"],
                "users": users,
                "pacing": pacing,
                "max_requests": limit,
                "out": str(out_path),
                "seed": 24,
            }
        )
    )
    command = [
        *(sys.executable, "-m", "locust", "-f", str(ROOT / "tests/bench/pages_locustfile.py")),
        *("--headless", "--only-summary", "--loglevel", "ERROR"),
        *("-u", str(len(users)), "-r", str(len(users)), "--run-time", f"{seconds}s"),
        *("--host", base, "--stop-timeout", "0"),
    ]
    env = {**os.environ, "BENCH_SPEC": str(spec_path)}
    finished = subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=seconds + 90
    )
    drain(base)
    if not out_path.exists():
        raise AssertionError(f"locust wrote nothing: {finished.stderr[-2000:]}")
    return json.loads(out_path.read_text())


def sample_of(records: list, name_prefix: str = "") -> Sample:
    sample = Sample()
    for start, took, size, ok, name in records:
        if not name.startswith(name_prefix):
            continue
        if ok:
            sample.add(start, took, size or 0)
        else:
            sample.failures += 1
    return sample


@contextmanager
def databases(admin_url: str, names: list[str]):
    def drop_all():
        connection = psycopg2.connect(admin_url)
        connection.autocommit = True
        with connection.cursor() as cursor:
            for name in names:
                cursor.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
        connection.close()

    drop_all()
    try:
        yield
    finally:
        drop_all()


def create_database(admin_url: str, name: str, template: str | None = None) -> None:
    connection = psycopg2.connect(admin_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        cursor.execute(statement)
    connection.close()


@contextmanager
def web_server(env: dict, port: int, log: Path):
    command = gunicorn_command(
        (ROOT / "scripts/stack.sh").read_text(), python=sys.executable, port=port
    )
    with open(log, "ab") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise AssertionError(f"gunicorn stopped while starting; see {log}")
            try:
                with OPENER.open(f"http://127.0.0.1:{port}/healthz", timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError(f"gunicorn not answering after 90 s; see {log}") from None
                time.sleep(0.5)
        yield command
    finally:
        # Its own process group (start_new_session): the arbiter and its workers, nothing else.
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def run_step(env: dict, *args: str, timeout: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "tests.bench.pages_programme", *args],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=timeout,
    )


@pytest.fixture
def stopped_cleanly():
    """A TERM (a time cap such as `timeout`) stops the benchmark as Ctrl-C does: through its
    `finally` blocks, so that its gunicorn is stopped and its databases dropped."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    yield
    signal.signal(signal.SIGTERM, previous)


def test_bench_pages_at_programme_scale(tmp_path, stopped_cleanly):
    began = time.perf_counter()
    load_before = os.getloadavg()
    started_at = dt.datetime.now(dt.UTC)
    test_url = urllib.parse.urlparse(os.environ["DATABASE_URL"])
    if test_url.scheme not in ("postgres", "postgresql"):
        pytest.skip("the pages benchmark needs PostgreSQL")
    base_name = test_url.path.lstrip("/") or "infuse"
    bench_db, template_db = f"{base_name}_pages", f"{base_name}_pages_tpl"
    admin_url = test_url._replace(path="/postgres").geturl()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        key: value
        for key, value in os.environ.items()
        # Production settings: none of the test suite's shortcuts.
        if key not in ("FAST_PASSWORD_HASHER", "DISABLE_RATE_LIMITS", "CELERY_BROKER_URL")
        and not key.startswith(("PYTEST", "INFUSE_BENCH"))
    }
    env.update(
        DEBUG="0",
        DATABASE_URL=test_url._replace(path=f"/{bench_db}").geturl(),
        CACHE_URL=os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0"),
        ROOT_URLCONF="tests.bench.bench_urls",
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=base,
        MEDIA_ROOT=str(tmp_path / "media"),
        INFUSE_VAR_DIR=str(tmp_path / "var"),
        LOG_LEVEL="ERROR",
    )
    log = tmp_path / "gunicorn.log"
    results: dict[int, dict] = {}
    throughput: dict[str, dict] = {}
    mixed: dict[str, dict] = {}
    command = []
    with databases(admin_url, [bench_db, template_db]):
        create_database(admin_url, template_db)
        template_env = {**env, "DATABASE_URL": test_url._replace(path=f"/{template_db}").geturl()}
        run_step(template_env, "template", timeout=600)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=300,
        )
        print(f"\ntemplate (migrations, demo) ready at {time.perf_counter() - began:.0f} s")
        for size in SIZES:
            create_database(admin_url, bench_db, template=template_db)
            plan_path = tmp_path / f"plan-{size}.json"
            run_step(env, "build", "--size", str(size), "--plan", str(plan_path), timeout=1200)
            plan = json.loads(plan_path.read_text())
            print(
                f"{size:,} people: {plan['people']:,} participants, {plan['enrolments']:,} "
                f"enrolments, {plan['cohorts']} cohorts, built in {plan['build_seconds']:.0f} s "
                f"(at {time.perf_counter() - began:.0f} s)"
            )
            cookie = plan["cookie"]
            with web_server(env, port, log) as command:
                alone = {}
                for page in plan["pages"]:
                    alone[page["key"]] = measure_alone(base, page, cookie)
                    a = alone[page["key"]]
                    print(
                        f"  alone {page['key']:<22} p50 {ms(a['p50']):>9}  p95 {ms(a['p95']):>9}"
                        f"  {kb(a['html']):>8} ({kb(a['wire'])} sent gzip-asked)"
                    )
                results[size] = {"plan": plan, "alone": alone}
                if size == RATIO_SIZE:
                    throughput = measure_throughput(base, plan, tmp_path)
                    mixed = measure_mixed(base, plan, tmp_path)
        print(f"measured in {time.perf_counter() - began:.0f} s")
    load_after = os.getloadavg()
    elapsed = time.perf_counter() - began
    failures = check_targets(results, throughput, mixed)
    body = report(
        results,
        throughput,
        mixed,
        failures,
        started_at=started_at,
        load=(load_before, load_after),
        elapsed=elapsed,
        command=command,
    )
    doc = ROOT / "docs/benchmarks.md"
    doc.write_text(replace_section(doc.read_text(), body))
    print(body)
    assert not failures, "Targets not met:\n" + "\n".join(failures)


def measure_throughput(base: str, plan: dict, work: Path) -> dict[str, dict]:
    """Each page with CONCURRENCY clients at once, the bare page before the first and after each
    one, the whole sequence THROUGHPUT_ROUNDS times. The machine is shared and its speed drifts
    during a run (a bare page measured first and last once differed by a third), so each of a
    page's runs has as yardstick the mean of the two bare runs beside it, and the page's share
    of the bare page is the median of its rounds' shares (`share`, each round's in `shares`);
    its req/s and yardstick shown are those of that median round. The bare row shows the mean
    of all the bare runs."""
    pages = plan["pages"]
    bare_page, others = pages[0], pages[1:]
    assert bare_page["key"] == "bare", "the plan's first page is the yardstick"
    order = [bare_page]
    for page in others:
        order += [page, bare_page]
    runs: dict[str, list[dict]] = {}
    for round_number in range(1, THROUGHPUT_ROUNDS + 1):
        print(f"  round {round_number} of {THROUGHPUT_ROUNDS}")
        for page in order:
            users = [
                {"cookie": plan["cookie"], "session": page["session"], "paths": [page["path"]]}
                for _ in range(CONCURRENCY)
            ]
            for user, name in zip(users, [page["key"]] * CONCURRENCY, strict=True):
                user["name"] = name
            records = run_locust(
                base,
                users,
                pacing=0,
                seconds=THROUGHPUT_SECONDS,
                limit=THROUGHPUT_MAX_REQUESTS,
                work=work,
            )
            sample = sample_of(records)
            run = {
                "rps": sample.throughput,
                "p50": sample.p50 if sample.count else None,
                "p95": sample.p95 if sample.count else None,
                "count": sample.count,
                "failures": sample.failures,
            }
            runs.setdefault(page["key"], []).append(run)
            print(
                f"  {CONCURRENCY} at once {page['key']:<22} {run['rps']:7.1f} req/s  "
                f"p50 {ms(run['p50']):>9}  p95 {ms(run['p95']):>9}  {run['count']} answers, "
                f"{run['failures']} failed"
            )
    return throughput_summary(runs, [page["key"] for page in others])


def throughput_summary(runs: dict[str, list[dict]], keys: list[str]) -> dict[str, dict]:
    """The rounds' runs (`runs[key]`, in order; the bare page's before the first page of each
    round and after every page) as each page's median round (see measure_throughput)."""
    bare_runs = runs["bare"]
    out = {
        "bare": {
            **bare_runs[0],
            "rps": sum(r["rps"] for r in bare_runs) / len(bare_runs),
            "rps_runs": [r["rps"] for r in bare_runs],
            "failures": sum(r["failures"] for r in bare_runs),
        }
    }
    per_round = len(keys) + 1  # bare runs in a round
    for index, key in enumerate(keys):
        rounds = []
        for number, run in enumerate(runs[key]):
            before = bare_runs[number * per_round + index]
            after = bare_runs[number * per_round + index + 1]
            yardstick = (before["rps"] + after["rps"]) / 2
            rounds.append({**run, "yardstick": yardstick, "share": ratio(run["rps"], yardstick)})
        ordered = sorted(rounds, key=lambda r: r["share"])
        median = ordered[len(ordered) // 2]
        out[key] = {
            **median,
            "shares": [r["share"] for r in rounds],
            "failures": sum(r["failures"] for r in rounds),
        }
    return out


def measure_mixed(base: str, plan: dict, work: Path) -> dict[str, dict]:
    """The mixed load at its fixed rate, then the same people at the same rate asking only for
    the bare page."""
    bare_path = plan["pages"][0]["path"]
    people = [
        {"cookie": plan["cookie"], "session": p["session"], "paths": p["paths"], "name": role}
        for role, group in plan["mixed"].items()
        for p in group
    ]
    out = {}
    for run, users in [
        ("bare", [{**p, "paths": [bare_path], "name": "bare"} for p in people]),
        ("mixed", people),
    ]:
        records = run_locust(
            base,
            users,
            pacing=MIXED_PACING,
            seconds=MIXED_SECONDS,
            limit=MIXED_MAX_REQUESTS,
            work=work,
        )
        sample = sample_of(records)
        out[run] = {
            "people": len(users),
            "rps": sample.throughput,
            "p50": sample.p50 if sample.count else None,
            "p95": sample.p95 if sample.count else None,
            "count": sample.count,
            "failures": sample.failures,
        }
        if run == "mixed":
            for role in plan["mixed"]:
                part = sample_of(records, role)
                out[f"mixed:{role}"] = {
                    "p50": part.p50 if part.count else None,
                    "p95": part.p95 if part.count else None,
                    "count": part.count,
                    "failures": part.failures,
                }
        print(
            f"  mixed load, {run}: {out[run]['rps']:.1f} req/s, p50 {ms(out[run]['p50'])}, "
            f"p95 {ms(out[run]['p95'])}, {out[run]['count']} answers, "
            f"{out[run]['failures']} failed"
        )
    return out


def target_for(key: str) -> float | None:
    if key == "bare":
        return None
    kind = "heavy" if key in HEAVY_PAGES else "participant"
    return HEAVY_RATIO if kind == "heavy" else PARTICIPANT_RATIO


HEAVY_PAGES = (
    "lead",
    "funder report",
    "staff report",
    "admin cohort list",
    "admin cohort page",
    "admin cohort search",
)


def yardstick_of(run: dict, bare_rps: float) -> float:
    """A page's yardstick: the bare runs beside it, or (the bare row itself) the mean of them
    all."""
    return run.get("yardstick", bare_rps)


def share_of(run: dict, bare_rps: float) -> float:
    """A page's throughput as a share of its yardstick: its median round's."""
    if "share" in run:
        return run["share"]
    return ratio(run["rps"], yardstick_of(run, bare_rps))


def download_times(results: dict, label: str, sizes) -> tuple[dict, dict]:
    """A download's median build at each size, and the bare page's time beside its builds
    (pages_programme.time_yardstick): its growth is read as a ratio to the yardstick's."""
    built = {size: results[size]["plan"]["downloads"][label] for size in sizes}
    return (
        {size: b["seconds"] for size, b in built.items()},
        {size: b["yardstick"] for size, b in built.items()},
    )


def check_targets(results: dict, throughput: dict, mixed: dict) -> list[str]:
    failures = []
    bare_rps = throughput.get("bare", {}).get("rps", 0)
    for key, run in throughput.items():
        target = target_for(key)
        if run["failures"]:
            failures.append(f"{key}: {run['failures']} requests failed at {CONCURRENCY} at once")
        share = share_of(run, bare_rps)
        if target is not None and share < target:
            failures.append(
                f"{key}: {as_fraction(share)} of the bare page's throughput, under "
                f"{as_fraction(target)}"
            )
    if mixed:
        bare_p95, mixed_p95 = mixed["bare"]["p95"], mixed["mixed"]["p95"]
        if mixed["mixed"]["failures"] or mixed["bare"]["failures"]:
            failures.append(
                f"mixed load: {mixed['mixed']['failures']} requests failed "
                f"({mixed['bare']['failures']} of the bare run)"
            )
        if bare_p95 is None or mixed_p95 is None or mixed_p95 >= MIXED_P95_FACTOR * bare_p95:
            failures.append(
                f"mixed load: p95 {ms(mixed_p95)}, not under {MIXED_P95_FACTOR:g}× the bare "
                f"page's {ms(bare_p95)}"
            )
    small, large = 5_000, 20_000
    if small in results and large in results:
        for key in results[large]["alone"]:
            times = {size: results[size]["alone"][key]["p50"] for size in (small, large)}
            grew = growth(times, small, large)
            if grew is not None and grew > GROWTH_LIMIT:
                failures.append(f"{key}: {grew:.1f}× slower from 5,000 to 20,000 people")
        for label in results[large]["plan"]["downloads"]:
            times, yardstick = download_times(results, label, (small, large))
            grew = growth(times, small, large, yardstick)
            if grew is not None and grew > GROWTH_LIMIT:
                failures.append(f"{label}: {grew:.1f}× slower from 5,000 to 20,000 people")
    for size, result in results.items():
        for key, alone in result["alone"].items():
            if alone["html"] > HTML_LIMIT:
                failures.append(f"{key}: {kb(alone['html'])} of HTML at {size:,} people")
    return failures


def report(results, throughput, mixed, failures, *, started_at, load, elapsed, command) -> str:
    sizes = sorted(results)
    lines = [
        f"### Latest run: {started_at:%Y-%m-%d %H:%M} UTC",
        "",
        "Command: `make bench BENCH=tests/bench/test_bench_pages.py` (it runs `INFUSE_BENCH=1 "
        "pytest tests/bench/test_bench_pages.py -p no:xdist -s` with the suite's environment). "
        f"Web server: `{' '.join(Path(c).name if i == 0 else c for i, c in enumerate(command))}` "
        "(scripts/stack.sh's, DEBUG off, PostgreSQL and Redis), the load generator (locust, "
        "headless) and PostgreSQL on the same machine: "
        f"{os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}; load average {load[0][0]:.1f} before, "
        f"{load[1][0]:.1f} after. The whole benchmark took {elapsed / 60:.1f} minutes.",
        "",
        "Programmes: "
        + "; ".join(
            f"{size:,}: {results[size]['plan']['people']:,} participants, "
            f"{results[size]['plan']['enrolments']:,} enrolments, "
            f"{results[size]['plan']['cohorts']} cohorts"
            for size in sizes
        )
        + ".",
        "",
    ]
    if throughput:
        bare = throughput["bare"]
        lines += [
            f"At {RATIO_SIZE:,} people, {CONCURRENCY} clients at once ({THROUGHPUT_SECONDS} s a "
            f"page, in {THROUGHPUT_ROUNDS} rounds over the run); the bare page measured before "
            "the first page of each round and after each page ("
            + ", ".join(f"{r:.0f}" for r in bare.get("rps_runs", []))
            + " req/s): in each round a page's yardstick is the mean of the two bare runs beside "
            "it, as the machine's speed drifts during a run, and its ratio (*vs bare*) is the "
            "median of its rounds' (*rounds*; req/s and *bare beside* are the median round's). "
            "*Alone*: one request at a time after one to "
            f"warm up, at least {ALONE_MIN_REQUESTS} and {ALONE_SECONDS:g} s, at most "
            f"{ALONE_MAX_REQUESTS}; HTML is the page's size, *sent* what came over the wire "
            "asking for gzip.",
            "",
        ]
        alone = results[RATIO_SIZE]["alone"]
        rows = []
        for key, run in throughput.items():
            target = target_for(key)
            yardstick = yardstick_of(run, bare["rps"])
            share = share_of(run, bare["rps"])
            rows.append(
                [
                    LABELS.get(key, key),
                    f"{run['rps']:.1f}",
                    f"{yardstick:.1f}",
                    "—" if key == "bare" else as_fraction(share),
                    ", ".join(as_fraction(r) for r in run.get("shares", [])) or "—",
                    "—" if target is None else as_fraction(target),
                    "—" if target is None else ("yes" if share >= target else "**no**"),
                    ms(alone[key]["p50"]),
                    ms(alone[key]["p95"]),
                    kb(alone[key]["html"]),
                    kb(alone[key]["wire"]),
                ]
            )
        lines += [
            markdown_table(
                [
                    "page",
                    f"req/s, {CONCURRENCY} at once",
                    "bare beside",
                    "vs bare",
                    "rounds",
                    "target",
                    "met",
                    "p50 alone",
                    "p95 alone",
                    "HTML",
                    "sent (gzip asked)",
                ],
                rows,
            ),
            "",
        ]
    if mixed:
        bare_p95, mixed_p95 = mixed["bare"]["p95"], mixed["mixed"]["p95"]
        factor = mixed_p95 / bare_p95 if bare_p95 and mixed_p95 else None
        lines += [
            f"Mixed load at {RATIO_SIZE:,} people: {mixed['mixed']['people']} people "
            f"(50 participants, 5 leads, 2 funders, 2 staff), each one request every "
            f"{MIXED_PACING:g} s for {MIXED_SECONDS} s; then the same people at the same rate "
            "asking only for the bare page.",
            "",
            markdown_table(
                ["run", "req/s", "p50", "p95", "answers", "failed"],
                [
                    [
                        label,
                        f"{mixed[run]['rps']:.1f}" if "rps" in mixed[run] else "—",
                        ms(mixed[run]["p50"]),
                        ms(mixed[run]["p95"]),
                        mixed[run]["count"],
                        mixed[run]["failures"],
                    ]
                    for run, label in [
                        ("bare", "bare page only"),
                        ("mixed", "mixed"),
                        *((k, f"mixed: {ROLE_LABELS[k.split(':')[1]]}") for k in mixed if ":" in k),
                    ]
                ],
            ),
            "",
            f"Mixed p95 / bare p95: {factor:.1f}× (target under {MIXED_P95_FACTOR:g}×)."
            if factor
            else "Mixed p95 / bare p95: not measured.",
            "",
        ]
    rows = []
    keys = list(results[sizes[-1]]["alone"])
    for key in keys:
        times = {size: results[size]["alone"][key]["p50"] for size in sizes}
        grew = growth(times, 5_000, 20_000)
        rows.append(
            [
                LABELS.get(key, key),
                *(ms(times[size]) for size in sizes),
                "—" if grew is None else f"{grew:.1f}×",
                *(kb(results[size]["alone"][key]["html"]) for size in sizes),
            ]
        )
    for label in results[sizes[-1]]["plan"]["downloads"]:
        times, yardstick = download_times(results, label, sizes)
        grew = growth(times, 5_000, 20_000, yardstick)
        raw = growth(times, 5_000, 20_000)
        rows.append(
            [
                f"download: {label}",
                *(ms(times[size]) for size in sizes),
                "—" if grew is None else f"{grew:.1f}× ({raw:.1f}× by the clock)",
                *(kb(results[size]["plan"]["downloads"][label]["bytes"]) for size in sizes),
            ]
        )
    builds = results[sizes[-1]]["plan"]["download_builds"]
    lines += [
        f"Growth with the programme: median alone (downloads: the median of {builds} builds as "
        "its worker does them, nothing remembered, every running cohort written to just before "
        "(its kept figures counted again), after a warm-up; their growth is a ratio to the "
        "bare page's time in the same process just before and after each build, the clock's "
        "beside it), target at most "
        f"{GROWTH_LIMIT:g}× from 5,000 to 20,000 people and no page over "
        f"{HTML_LIMIT // 1024} KB of HTML.",
        "",
        markdown_table(
            [
                "page",
                *(f"{size:,}" for size in sizes),
                "5k→20k",
                *(f"size at {size:,}" for size in sizes),
            ],
            rows,
        ),
        "",
        "With nothing kept (the first report after a deploy that changed how reports count, "
        "when every cohort is counted): staff report CSV "
        + ", ".join(
            f"{results[size]['plan'].get('download_nothing_kept', 0) * 1000:,.0f} ms at {size:,}"
            for size in sizes
        )
        + ".",
        "",
        "Targets not met: " + ("none." if not failures else ""),
    ]
    lines += [f"- {failure}" for failure in failures]
    return "\n".join(lines)
