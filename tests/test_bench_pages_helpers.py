"""The pages benchmark's pieces that `make test` can check (the benchmark itself runs only under
`make bench`): its arithmetic, its table writer, the gunicorn command it takes from
scripts/stack.sh, and that its yardstick page exists only in its own URL configuration."""

import math
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import Resolver404, resolve

from tests.bench.pages import (
    DOC_END,
    DOC_HEADING,
    DOC_START,
    Sample,
    as_fraction,
    growth,
    gunicorn_command,
    markdown_table,
    percentile,
    ratio,
    replace_section,
)

ROOT = Path(__file__).resolve().parents[1]
BARE = "/bench/bare/"


def test_percentile_is_the_nearest_rank():
    values = [5.0, 1.0, 4.0, 2.0, 3.0]
    assert percentile(values, 0.5) == 3.0
    assert percentile(values, 0.95) == 5.0
    assert percentile(values, 0.2) == 1.0
    assert percentile(values, 0.21) == 2.0
    assert percentile(list(range(1, 101)), 0.95) == 95
    assert percentile([7.0], 0.5) == 7.0


@pytest.mark.parametrize("bad", [0, -0.1, 1.5])
def test_percentile_refuses_a_fraction_outside_zero_to_one(bad):
    with pytest.raises(ValueError):
        percentile([1.0], bad)


def test_percentile_of_nothing_is_an_error():
    with pytest.raises(ValueError):
        percentile([], 0.5)


def test_a_samples_throughput_runs_from_the_first_start_to_the_last_end():
    sample = Sample()
    sample.add(10.0, 0.5, 100)
    sample.add(10.5, 0.5, 100)
    sample.add(11.0, 1.0, 120)  # ends at 12.0: 3 answers in 2 s
    assert sample.count == 3
    assert sample.throughput == pytest.approx(1.5)
    assert sample.p50 == 0.5
    assert sample.p95 == 1.0
    assert Sample().throughput == 0.0


def test_ratio_fraction_and_growth():
    assert ratio(10, 40) == 0.25
    assert ratio(10, 0) == 0.0
    assert as_fraction(0.25) == "1/4"
    assert as_fraction(1 / 3) == "1/3"
    assert as_fraction(0.4) == "1/2.5"
    assert as_fraction(0.01) == "1/100"
    assert as_fraction(0) == "—"
    assert as_fraction(1.5) == "1.5×"
    assert growth({5000: 0.2, 20000: 0.5}, 5000, 20000) == pytest.approx(2.5)
    assert growth({5000: 0.2}, 5000, 20000) is None
    assert growth({5000: 0.0, 20000: 1.0}, 5000, 20000) is None
    assert not math.isnan(growth({5000: 1.0, 20000: 1.0}, 5000, 20000))
    # Against a yardstick timed beside each: the machine half as fast at 20,000 people.
    slower = {5000: 0.004, 20000: 0.006}
    assert growth({5000: 0.2, 20000: 0.6}, 5000, 20000, slower) == pytest.approx(2.0)
    assert growth({5000: 0.2, 20000: 0.6}, 5000, 20000, {5000: 0.004}) is None
    assert growth({5000: 0.2, 20000: 0.6}, 5000, 20000, {5000: 0.0, 20000: 1.0}) is None


def test_markdown_table():
    assert markdown_table(["a", "b"], [[1, "x"]]) == "| a | b |\n|---|---|\n| 1 | x |"


def test_the_section_is_appended_once_then_replaced_between_its_markers():
    document = "# Benchmarks\n\n## Another (issue 9)\n\nFigures.\n"
    first = replace_section(document, "first table")
    assert first.startswith(document.rstrip("\n"))
    assert first.count(DOC_HEADING) == 1
    assert f"{DOC_START}\nfirst table\n{DOC_END}" in first
    # The baseline written by hand above the markers, and what follows, stay as they are.
    edited = first.replace(DOC_START, "### Before (baseline)\n\nold figures\n\n" + DOC_START)
    edited += "\n## Later section\n"
    second = replace_section(edited, "second table")
    assert "first table" not in second
    assert "second table" in second
    assert "old figures" in second
    assert second.endswith("\n## Later section\n")
    assert second.count(DOC_START) == second.count(DOC_END) == 1


def test_a_lone_marker_is_refused_rather_than_guessed_at():
    with pytest.raises(ValueError):
        replace_section(f"# B\n{DOC_START}\nhalf", "table")


def test_the_web_command_is_make_stacks_own():
    command = gunicorn_command(
        (ROOT / "scripts/stack.sh").read_text(), python="/venv/bin/python", port=8123
    )
    assert command[:3] == ["/venv/bin/python", "-m", "gunicorn"]
    # The application and worker class come from gunicorn.conf.py, as in the image and compose.
    assert command[command.index("--config") + 1] == "gunicorn.conf.py"
    config = (ROOT / "gunicorn.conf.py").read_text()
    assert 'wsgi_app = "infuse.wsgi:application"' in config
    assert 'worker_class = "gthread"' in config
    assert command[command.index("--bind") + 1] == "127.0.0.1:8123"
    assert not any("$" in word for word in command)
    assert "--workers" in command or "-w" in command


def test_the_web_command_follows_the_script_and_its_defaults(monkeypatch):
    script = (
        "launch mail x\n"
        'launch web "$PY" -m gunicorn infuse.wsgi:application --bind "127.0.0.1:$STACK_PORT" \\\n'
        '    --workers "${STACK_WEB_WORKERS:-2}" --threads "${STACK_WEB_THREADS:-4}" \\\n'
        "    --worker-class gthread\n"
        "launch worker celery\n"
    )
    monkeypatch.delenv("STACK_WEB_WORKERS", raising=False)
    monkeypatch.setenv("STACK_WEB_THREADS", "8")
    assert gunicorn_command(script, python="py", port=9) == [
        *("py", "-m", "gunicorn", "infuse.wsgi:application", "--bind", "127.0.0.1:9"),
        *("--workers", "2", "--threads", "8", "--worker-class", "gthread"),
    ]
    with pytest.raises(ValueError):
        gunicorn_command("launch worker celery\n", python="py", port=9)


def test_the_real_portal_has_no_bare_page():
    assert settings.ROOT_URLCONF == "infuse.urls"
    with pytest.raises(Resolver404):
        resolve(BARE)
    with pytest.raises(Resolver404):
        resolve(BARE, urlconf="infuse.urls")
    assert resolve(BARE, urlconf="tests.bench.bench_urls").url_name == "bench_bare"


@pytest.mark.urls("tests.bench.bench_urls")
def test_the_bare_page_is_the_layout_for_a_signed_in_person(client, participant):
    assert client.get(BARE).status_code == 302  # signed out: to the sign-in page
    client.force_login(participant)
    response = client.get(BARE)
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "base.html"
    # Nothing but the layout (and what it includes): no page of the portal's own.
    assert not [t.name for t in response.templates if t.name.startswith(("cohorts/", "labs/"))]


def test_a_pages_share_is_the_median_of_its_rounds_each_beside_its_own_bare_runs():
    """Two pages in three rounds: the bare page before each round's first page and after each
    page. Each round's share is the page's req/s over the mean of the bare runs beside it, and
    the page's share is the median round's, whatever order the rounds came in."""
    from tests.bench.test_bench_pages import share_of, throughput_summary

    def run(rps, failures=0):
        return {"rps": rps, "p50": 0.01, "p95": 0.02, "count": 100, "failures": failures}

    bare = [100, 300, 100, 200, 200, 200, 400, 400, 400]  # three rounds of three bare runs
    runs = {
        "bare": [run(r) for r in bare],
        "a": [run(40), run(50), run(100, failures=1)],  # beside 200, 200, 400: 1/5, 1/4, 1/4
        "b": [run(20), run(10), run(200)],  # beside 200, 200, 400: 1/10, 1/20, 1/2
    }
    out = throughput_summary(runs, ["a", "b"])
    assert out["bare"]["rps"] == sum(bare) / len(bare)
    assert out["a"]["shares"] == [0.2, 0.25, 0.25]
    assert share_of(out["a"], 0) == 0.25 and out["a"]["failures"] == 1
    assert out["b"]["shares"] == [0.1, 0.05, 0.5]
    assert share_of(out["b"], 0) == 0.1  # the median round, not the mean (0.22)
    assert out["b"]["rps"] == 20 and out["b"]["yardstick"] == 200
