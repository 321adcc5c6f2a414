"""Periods: the UK public-sector financial year (April to March), its quarters, and the
programme to date; each a node on the report cube's time dimension."""

import datetime as dt
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .disclosure import ALL, quarter_node, year_node

# --- Periods: the UK public-sector financial year, April to March ------------------------------


def financial_year(day: dt.date) -> int:
    """The year in which the financial year holding `day` began (2025 for 2025–26)."""
    return day.year if day.month >= 4 else day.year - 1


def quarter_of(day: dt.date) -> tuple[int, int]:
    """(financial year, quarter 1–4); April to June is Q1."""
    return financial_year(day), (day.month - 4) % 12 // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    month = 4 + 3 * (quarter - 1)
    start = dt.date(year + (month > 12), (month - 1) % 12 + 1, 1)
    after = dt.date(start.year + (start.month > 9), (start.month + 2) % 12 + 1, 1)
    return start, after - dt.timedelta(days=1)


def year_label(year: int) -> str:
    return f"{year}–{str(year + 1)[-2:]}"


def quarter_label(year: int, quarter: int) -> str:
    return _("Q%(quarter)s %(year)s") % {"quarter": quarter, "year": year_label(year)}


def period_label(key: str) -> str:
    """A stored period key in words, without knowing when the programme began."""
    match = re.fullmatch(r"fy-(\d{4})(?:-q([1-4]))?", key or "")
    if not match:
        return _("Programme to date")
    year = int(match[1])
    if match[2]:
        return quarter_label(year, int(match[2]))
    return _("Financial year %(year)s") % {"year": year_label(year)}


@dataclass(frozen=True)
class Period:
    key: str  # "all", "fy-2025" or "fy-2025-q1": the value in URLs and stored filters
    label: str
    start: dt.date
    end: dt.date  # inclusive
    node: object  # its place on the cube's time dimension
    quarters: tuple  # the quarter nodes it spans, oldest first

    @property
    def dates(self) -> str:
        return _("%(start)s to %(end)s") % {
            "start": f"{self.start:%-d %B %Y}",
            "end": f"{self.end:%-d %B %Y}",
        }


def quarter_axis(first: dt.date, today: dt.date) -> list[tuple]:
    """Every quarter from the one holding `first` to the current one."""
    year, quarter = quarter_of(min(first, today))
    last = quarter_of(today)
    nodes = []
    while (year, quarter) <= last:
        nodes.append(quarter_node(year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return nodes


def period_choices(*, first: dt.date, today: dt.date) -> list[Period]:
    """The programme to date, then each financial year (newest first) followed by its quarters."""
    axis = quarter_axis(first, today)
    periods = [
        Period(
            "all",
            _("Programme to date"),
            quarter_bounds(*axis[0][1:])[0],
            today,
            ALL,
            tuple(axis),
        )
    ]
    for year in sorted({node[1] for node in axis}, reverse=True):
        quarters = tuple(node for node in axis if node[1] == year)
        periods.append(
            Period(
                f"fy-{year}",
                _("Financial year %(year)s") % {"year": year_label(year)},
                dt.date(year, 4, 1),
                dt.date(year + 1, 3, 31),
                year_node(year),
                quarters,
            )
        )
        for node in quarters:
            start, end = quarter_bounds(year, node[2])
            periods.append(
                Period(
                    f"fy-{year}-q{node[2]}",
                    _("%(quarter)s (%(start)s to %(end)s)")
                    % {
                        "quarter": quarter_label(year, node[2]),
                        "start": f"{start:%B}",
                        "end": f"{end:%B %Y}",
                    },
                    start,
                    end,
                    node,
                    (node,),
                )
            )
    return periods
