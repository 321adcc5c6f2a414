"""The pages benchmark's arithmetic and plumbing, kept free of Django and of the network so that
tests/test_bench_pages_helpers.py can pin it: percentiles, throughput, ratios, growth, the
gunicorn command as scripts/stack.sh gives it, and the table written into docs/benchmarks.md."""

import math
import os
import re
import shlex
import socket
from dataclasses import dataclass, field

DOC_START = "<!-- bench-pages:start (written by tests/bench/test_bench_pages.py) -->"
DOC_END = "<!-- bench-pages:end -->"
DOC_HEADING = "## Pages at programme scale (issue 24)"


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (0 < fraction <= 1): the smallest value with at least that
    fraction of the values at or below it. No interpolation, so it is always a measured time."""
    if not values:
        raise ValueError("no values")
    if not 0 < fraction <= 1:
        raise ValueError(f"fraction must be in (0, 1]; got {fraction}")
    ordered = sorted(values)
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


@dataclass
class Sample:
    """Requests to one page: each one's start (seconds, any clock), time taken and size."""

    starts: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    failures: int = 0

    def add(self, start: float, took: float, size: int) -> None:
        self.starts.append(start)
        self.seconds.append(took)
        self.sizes.append(size)

    @property
    def count(self) -> int:
        return len(self.seconds)

    @property
    def p50(self) -> float:
        return percentile(self.seconds, 0.5)

    @property
    def p95(self) -> float:
        return percentile(self.seconds, 0.95)

    @property
    def throughput(self) -> float:
        """Requests answered a second, from the first one's start to the last one's end."""
        if not self.seconds:
            return 0.0
        span = max(s + t for s, t in zip(self.starts, self.seconds, strict=True)) - min(self.starts)
        return self.count / span if span > 0 else math.inf


def ratio(page: float, bare: float) -> float:
    """A page's throughput as a fraction of the bare page's (0 when the bare page did nothing)."""
    return page / bare if bare > 0 else 0.0


def as_fraction(value: float) -> str:
    """0.25 -> "1/4": how the issue states its targets."""
    if value <= 0:
        return "—"
    if value >= 1:
        return f"{value:.1f}×"
    inverse = 1 / value
    return f"1/{inverse:.0f}" if inverse >= 10 else f"1/{inverse:.1f}".removesuffix(".0")


def growth(
    times: dict[int, float], small: int, large: int, yardstick: dict[int, float] | None = None
) -> float | None:
    """How many times longer at `large` people than at `small` (None when either is missing).
    With `yardstick` (a fixed piece of work timed beside each, at each size), as a ratio to it:
    the sizes are measured minutes apart, and a machine that slowed by half in between made a
    download 1.5 times as long at 20,000 people with nothing of it changed."""
    if small not in times or large not in times or times[small] <= 0:
        return None
    grew = times[large] / times[small]
    if yardstick is not None:
        if yardstick.get(small, 0) <= 0 or yardstick.get(large, 0) <= 0:
            return None
        grew /= yardstick[large] / yardstick[small]
    return grew


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def kb(size: float | None) -> str:
    return "—" if size is None else f"{size / 1024:,.0f} KB"


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def replace_section(document: str, body: str) -> str:
    """The document with the text between DOC_START and DOC_END replaced by `body`; when the
    markers are missing, DOC_HEADING and the markers are appended at the end. Whatever else the
    section holds (the dated baseline, notes) is left as it is."""
    block = f"{DOC_START}\n{body.strip()}\n{DOC_END}"
    if DOC_START in document and DOC_END in document:
        before, rest = document.split(DOC_START, 1)
        _, after = rest.split(DOC_END, 1)
        return before + block + after
    if DOC_START in document or DOC_END in document:
        raise ValueError("docs/benchmarks.md has one bench-pages marker without the other")
    return document.rstrip("\n") + f"\n\n{DOC_HEADING}\n\n{block}\n"


def gunicorn_command(stack_script: str, *, python: str, port: int) -> list[str]:
    """The web process's command from scripts/stack.sh (its `launch web ...` line, with its
    continuation lines), bound to 127.0.0.1:`port`: the same worker count, worker class and
    options as `make stack`, whatever they become. `${NAME:-default}` takes the environment's
    NAME or the default, as the shell would."""
    joined = re.sub(r"\\\n\s*", " ", stack_script)
    line = next(
        (x.strip() for x in joined.splitlines() if x.strip().startswith("launch web ")), None
    )
    if line is None:
        raise ValueError("scripts/stack.sh has no `launch web` line")

    def expand(match: re.Match) -> str:
        name, default = match.group(1) or match.group(3), match.group(2)
        if name == "PY":
            return python
        if name == "STACK_PORT":
            return str(port)
        value = os.environ.get(name)
        if value not in (None, ""):
            return value
        if default is None:
            raise ValueError(f"scripts/stack.sh's web line uses ${name}, which is not set")
        return default

    line = re.sub(r"\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)", expand, line)
    words = shlex.split(line)[2:]  # without `launch web`
    if "--bind" in words:
        words[words.index("--bind") + 1] = f"127.0.0.1:{port}"
    else:
        words += ["--bind", f"127.0.0.1:{port}"]
    return words


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
