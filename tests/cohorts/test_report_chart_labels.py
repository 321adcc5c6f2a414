"""The completion chart: long labels wrap inside the chart, and a report read back from the
cache (pickled copies of its cells) charts the same rows as the report it was built as."""

import pickle
import re
from types import SimpleNamespace

from cohorts.reports.charts import LABEL_CHARACTERS, completion_chart
from cohorts.reports.figures import NOT_APPLICABLE, Cell
from tests.cohorts.reports_data import report

LONG = "Rhondda Cynon Taf County Borough Council"


def _report(*labels):
    rows = [
        SimpleNamespace(label=label, figures={"completion_rate": Cell(0.5, "50%")})
        for label in labels
    ]
    rows.append(SimpleNamespace(label="Not finished", figures={"completion_rate": NOT_APPLICABLE}))
    total = SimpleNamespace(figures={"completion_rate": Cell(0.5, "50%")})
    group = SimpleNamespace(lab=SimpleNamespace(display_name="Data Lab"), rows=rows, total=total)
    return SimpleNamespace(lab_groups=[group], period=SimpleNamespace(label="2025–26"))


def _label_lines(svg: str) -> list[list[str]]:
    """Each label beside a bar (text anchored at its end) as its lines."""
    labels = re.findall(r'<text[^>]*text-anchor="end"[^>]*font-size="14"[^>]*>(.*?)</text>', svg)
    labels += re.findall(r'<text[^>]*font-size="14" text-anchor="end"[^>]*>(.*?)</text>', svg)
    return [re.findall(r"<tspan[^>]*>([^<]*)</tspan>", label) or [label] for label in labels]


def test_a_long_label_wraps_onto_lines_that_fit_beside_the_bars():
    svg = str(completion_chart(_report(LONG, "Cardiff")))
    labels = _label_lines(svg)
    long = next(lines for lines in labels if "Rhondda" in " ".join(lines))
    assert len(long) > 1 and " ".join(long) == LONG
    assert all(len(line) <= LABEL_CHARACTERS for lines in labels for line in lines), labels
    # The row grows with its lines: the chart is taller than with a short name instead.
    height = float(re.search(r'height="(\d+)"', svg).group(1))
    short = float(
        re.search(r'height="(\d+)"', str(completion_chart(_report("Bridgend", "Cardiff")))).group(1)
    )
    assert height > short
    # and the next row starts below the wrapped label's last line
    ys = [float(y) for y in re.findall(r'<rect x="212" y="([\d.]+)"', svg)]
    assert ys[1] - ys[0] >= 28 + 17 * (len(long) - 1)


def test_a_word_longer_than_a_line_is_cut_rather_than_overflowing():
    svg = str(
        completion_chart(_report("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"))
    )
    assert all(len(line) <= LABEL_CHARACTERS for lines in _label_lines(svg) for line in lines)


def test_a_report_read_back_from_the_cache_charts_the_same_rows(programme, funder):  # noqa: F811
    # The funder's year has an "Other councils" row whose completion rate is n/a: no bar.
    built = report(funder, period="fy-2025")
    assert any(row.label.startswith("Other councils") for g in built.lab_groups for row in g.rows)
    cached = pickle.loads(pickle.dumps(built))
    svg = str(completion_chart(cached))
    assert "Other councils" not in svg
    assert svg == str(completion_chart(built))
