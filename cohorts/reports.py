"""Progress reports: the figures, how they are counted, and what a funder may see of them.

Every figure is counted by the database in a fixed number of grouped queries — by lab, council,
theme and quarter — whatever the number of participants, cohorts or completions. Python only
adds those groups up into a cube (every lab, council, theme and period, with their totals) and,
for funders, decides which figures to withhold.

**Disclosure control (funders).** Any count from 1 to 4 is shown as "<5". Then, wherever a
suppressed figure could be worked out by subtracting from a total — a row of councils and its
lab total, a lab's column and its council total, the two themes and their total, a financial
year's quarters and the year — a second figure in that line is withheld too ("[c]"), and so on
until no line has exactly one withheld figure. Then an audit solves every line's sum together
(exact elimination) and carries each withheld figure's possible range from line to line (a "<5"
is 1 to 4, a "[c]" at least 5), withholding more until no small count can be worked out exactly
either way. Suppression is decided once on the whole programme's cube, not on each filtered view, so that no two reports can be subtracted from each
other to uncover a cell. A rate is withheld when its numerator or denominator is; the attendance
rate also when fewer than five people are behind it. Withheld values never leave this module.

Leads see their own council, unsuppressed, with their staff by name; staff see everything,
unsuppressed, with a line per cohort.
"""

import datetime as dt
import hashlib
import logging
import math
import re
import threading
from collections import OrderedDict, defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import (
    Case,
    Count,
    DateField,
    Exists,
    F,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import TruncDate, TruncQuarter
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from councils.models import Council, Role, User
from labs.models import Lab, LabCode

from .models import (
    Attendance,
    Certificate,
    Cohort,
    Completion,
    Enrolment,
    EnrolmentStatus,
    Session,
    Theme,
)

ALL = "*"  # the total over a dimension, in a cube key
SMALL = range(1, 5)  # counts shown as "<5" to funders
ACTIVE_DAYS = 14
AUDIENCES = {Role.FUNDER: "funder", Role.LEAD: "lead", Role.STAFF: "staff"}


class InvalidFilter(ValueError):
    """A filter value that is not one of the choices this person has (tampered or stale)."""


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


def _quarter_node(year: int, quarter: int) -> tuple:
    return ("q", year, quarter)


def _year_node(year: int) -> tuple:
    return ("fy", year)


def quarter_axis(first: dt.date, today: dt.date) -> list[tuple]:
    """Every quarter from the one holding `first` to the current one."""
    year, quarter = quarter_of(min(first, today))
    last = quarter_of(today)
    nodes = []
    while (year, quarter) <= last:
        nodes.append(_quarter_node(year, quarter))
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
                _year_node(year),
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


# --- What is counted -------------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    definition: str
    rate_of: tuple[str, str] | None = None  # (numerator, denominator) for a rate

    @property
    def is_rate(self) -> bool:
        return self.rate_of is not None


MEASURES = [
    Measure(
        "enrolled",
        gettext_lazy("Enrolled"),
        gettext_lazy("People enrolled on a Lab, counted by the date they were enrolled."),
    ),
    Measure(
        "started",
        gettext_lazy("Started"),
        gettext_lazy("People who did their first activity in the period."),
    ),
    Measure(
        "active",
        gettext_lazy("Active (last 14 days)"),
        gettext_lazy(
            "People who did at least one activity in the 14 days up to the end of the period "
            "(up to today, while the period is still running)."
        ),
    ),
    Measure(
        "completed",
        gettext_lazy("Completed"),
        gettext_lazy("People who completed a Lab, counted by the date they completed."),
    ),
    Measure(
        "withdrawn",
        gettext_lazy("Withdrawn"),
        gettext_lazy("People withdrawn from a Lab, counted by the date of withdrawal."),
    ),
    Measure(
        "certificates",
        gettext_lazy("Certificates"),
        gettext_lazy("Certificates issued in the period and not revoked."),
    ),
    Measure(
        "finished_enrolled",
        gettext_lazy("Enrolled in cohorts that finished"),
        gettext_lazy(
            "Everyone enrolled (withdrawn included) in cohorts whose last session was in the "
            "period and before today."
        ),
    ),
    Measure(
        "finished_completed",
        gettext_lazy("Completed in cohorts that finished"),
        gettext_lazy("Of those, the people who have completed."),
    ),
    Measure(
        "sessions_held",
        gettext_lazy("Sessions held (person-sessions)"),
        gettext_lazy(
            "For each person, the sessions of their cohort in the period before today, from the "
            "day they were enrolled; for anyone who withdrew, only those up to the day they "
            "withdrew."
        ),
    ),
    Measure(
        "sessions_attended",
        gettext_lazy("Sessions attended (person-sessions)"),
        gettext_lazy("Of those sessions, the ones the register marks as attended."),
    ),
    Measure(
        "completion_rate",
        gettext_lazy("Completion rate"),
        gettext_lazy(
            "Completed ÷ enrolled, over the cohorts that finished within the period (the two "
            "figures above)."
        ),
        rate_of=("finished_completed", "finished_enrolled"),
    ),
    Measure(
        "attendance_rate",
        gettext_lazy("Attendance rate"),
        gettext_lazy("Sessions attended ÷ sessions held so far (the two figures above)."),
        rate_of=("sessions_attended", "sessions_held"),
    ),
]
MEASURE = {m.key: m for m in MEASURES}
# The columns of the tables on the page and in the PDF; the CSV has every measure.
HEADLINE = [
    "enrolled",
    "started",
    "active",
    "completed",
    "withdrawn",
    "certificates",
    "completion_rate",
    "attendance_rate",
]
# Measures that add up over time; "active" is a snapshot at the period's end.
TIMED = [m.key for m in MEASURES if not m.is_rate and m.key != "active"]
BY_QUARTER = [key for key in HEADLINE if key != "active"]
COHORT_MEASURES = [key for key in HEADLINE if key != "completion_rate"]


# --- Cells: what is shown -------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One figure as its reader may see it. A withheld figure carries no value at all."""

    value: int | float | None
    text: str
    withheld: bool = False
    reason: str = ""  # "small" (1–4), "complement" (protects another) or "" when shown

    @property
    def number(self) -> float:
        """For charts: the value, or 0 when withheld or not applicable."""
        return self.value or 0


NOT_APPLICABLE = Cell(None, "n/a")


def count_cell(value: int, reason: str = "") -> Cell:
    if reason == "small":
        return Cell(None, "<5", True, reason)
    if reason:
        return Cell(None, "[c]", True, reason)
    return Cell(value, str(value))


def rate_cell(numerator: Cell, denominator: Cell, *, gate: bool = False) -> Cell:
    if denominator.withheld or numerator.withheld or gate:
        return Cell(None, "[c]", True, "complement")
    if not denominator.value:
        return NOT_APPLICABLE
    rate = numerator.value / denominator.value
    return Cell(rate, f"{round(rate * 100)}%")


Figures = dict[str, Cell]


# --- The cube: every figure at every level, and the lines that add up ---------------------------


@dataclass
class Dimension:
    """One axis of the cube: its leaves, and the groups of (total, parts) that add up."""

    name: str
    leaves: list
    groups: list[tuple[object, list]]  # (parent node, child nodes)

    def __post_init__(self):
        self.parent_of: dict = {}
        self.as_parent: dict = defaultdict(list)
        self.as_child: dict = defaultdict(list)
        for group in self.groups:
            parent, children = group
            self.as_parent[parent].append(group)
            for child in children:
                self.parent_of[child] = parent
                self.as_child[child].append(group)

    def ancestors(self, leaf) -> list:
        """The leaf and every total above it."""
        nodes = [leaf]
        while nodes[-1] in self.parent_of:
            nodes.append(self.parent_of[nodes[-1]])
        return nodes


def flat_dimension(name: str, leaves: list) -> Dimension:
    return Dimension(name, list(leaves), [(ALL, list(leaves))])


def time_dimension(axis: list[tuple]) -> Dimension:
    years = sorted({node[1] for node in axis})
    groups = [(_year_node(year), [node for node in axis if node[1] == year]) for year in years] + [
        (ALL, [_year_node(year) for year in years])
    ]
    return Dimension("time", list(axis), groups)


class Cube:
    """Additive counts at every combination of levels of its dimensions."""

    def __init__(self, dimensions: list[Dimension]):
        self.dimensions = dimensions
        self.values: dict[str, dict[tuple, int]] = defaultdict(lambda: defaultdict(int))
        self._ancestors = [dict() for _ in dimensions]
        self._lines: dict[tuple, list[list[tuple]]] = {}
        # What the cube's lines are: with its values, all that decides what is withheld.
        self.signature = tuple(
            (
                d.name,
                tuple(d.leaves),
                tuple((parent, tuple(children)) for parent, children in d.groups),
            )
            for d in dimensions
        )

    def add(self, measure: str, leaf: tuple, n: int) -> None:
        if not n:
            return
        levels = []
        for i, (dimension, node) in enumerate(zip(self.dimensions, leaf, strict=True)):
            cache = self._ancestors[i]
            if node not in cache:
                if node not in dimension.parent_of and node not in dimension.leaves:
                    return  # outside the cube (another council's, in a lead's cube)
                cache[node] = dimension.ancestors(node)
            levels.append(cache[node])
        values = self.values[measure]
        for key in product(*levels):
            values[key] += n

    def add_at(self, measure: str, key: tuple, n: int, *, fixed: int) -> None:
        """Add a count known at one node of dimension `fixed` (not additive along it): to that
        node only there, and up to the totals of every other dimension."""
        levels = []
        for i, (dimension, node) in enumerate(zip(self.dimensions, key, strict=True)):
            if i == fixed:
                levels.append([node])
            elif node in dimension.leaves:
                levels.append(dimension.ancestors(node))
            else:
                return
        values = self.values[measure]
        for entry in product(*levels):
            values[entry] += n

    def get(self, measure: str, key: tuple) -> int:
        return self.values[measure].get(key, 0)

    def lines_through(self, key: tuple) -> list[list[tuple]]:
        """Each set of entries that adds up (parts, then their total) holding `key`."""
        if (lines := self._lines.get(key)) is not None:
            return lines
        lines = []
        for i, dimension in enumerate(self.dimensions):
            node = key[i]
            for parent, children in dimension.as_child.get(node, []) + dimension.as_parent.get(
                node, []
            ):
                line = [key[:i] + (child,) + key[i + 1 :] for child in children]
                lines.append(line + [key[:i] + (parent,) + key[i + 1 :]])
        self._lines[key] = lines  # the same whatever the values: suppression asks many times
        return lines


def small(key: tuple, value: int) -> str:
    return "small" if value in SMALL else ""


def suppress(
    cube: Cube, measure: str, primary: Callable[[tuple, int], str] = small
) -> dict[tuple, str]:
    """Which entries a funder may not see, and why: whatever `primary` says first ("small" for
    counts of 1 to 4), then "complement" for those withheld so that no small count can be worked
    out exactly from what is shown:

    - by subtraction in one line of parts and their total (no line has exactly one withheld
      entry);
    - by solving every line's sum together (the audit in `_determined`: two lines can each
      hold two withheld entries and still give them away between them);
    - from the knowledge that a complement is at least 5, as it is never a small count
      (`_narrowed`: a line "0, [c], <5" whose total is 6 says 5 and 1; and such ranges, carried
      from line to line, can pin a count that no single line does).

    Complements are the smallest non-zero part still shown, else the total: a heuristic, as
    statistical offices use, that leaves as much as it can. Deterministic for the same data.
    """
    values = cube.values[measure]
    withheld = {key: reason for key, value in values.items() if (reason := primary(key, value))}
    signature = (cube.signature, frozenset(values.items()), frozenset(withheld.items()))
    with _SUPPRESSED_LOCK:
        if (known := _SUPPRESSED.get(signature)) is not None:
            _SUPPRESSED.move_to_end(signature)
            return dict(known)
    shared_key = _shared_key(cube, values, withheld)
    if (known := _shared_get(shared_key, cube, values, withheld)) is not None:
        _remember(signature, known)
        return dict(known)
    _cover_single_entries(cube, values, withheld, sorted(withheld, key=repr, reverse=True))
    given_up: set = set()
    while exposed := _exposed(cube, values, withheld, given_up):
        # One complement for each entry given away, then look again: each look solves the
        # whole cube, so it is done once per round rather than once per complement.
        farther = None  # worked out once a round, if an entry has nothing near it
        for key, lines in exposed:
            pick = _complement_near(cube, key, lines, values, withheld)
            if pick is None:
                # Everything near it is withheld or zero (a corner of small counts): the
                # smallest figure still shown beside any withheld one.
                if farther is None:
                    farther = iter(_shown_beside_withheld(cube, values, withheld))
                pick = next((entry for entry in farther if entry not in withheld), None)
            if pick is None:  # nothing left to withhold
                given_up.add(key)
                continue
            withheld[pick] = "complement"
            _cover_single_entries(cube, values, withheld, [pick])
    _remember(signature, withheld)
    _shared_set(shared_key, withheld)
    return withheld


# The same figures always give the same pattern, and the audit is the costly part of a funder's
# report: the page, its CSV and its PDF, asked for one after the other on unchanged data, reuse
# it — from this process's memory (the most recent 64, a few per report), else from the shared
# cache (Redis with CACHE_URL), where the page's web process leaves it for the worker that
# builds the download. The shared key holds a digest of this module's source, so a change to
# how suppression is decided never reads a pattern decided the old way.
_SUPPRESSED: OrderedDict = OrderedDict()
_SUPPRESSED_LOCK = threading.Lock()
_SOURCE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
SHARED_TIMEOUT = 24 * 3600
logger = logging.getLogger(__name__)


def _remember(signature: tuple, withheld: dict) -> None:
    with _SUPPRESSED_LOCK:
        _SUPPRESSED[signature] = dict(withheld)
        while len(_SUPPRESSED) > 64:
            _SUPPRESSED.popitem(last=False)


def _shared_key(cube: Cube, values: dict, withheld: dict) -> str:
    """A key for these figures and this starting pattern. Keyed with SECRET_KEY (an HMAC, not a
    plain digest): the key is made from every figure, withheld ones too, and someone who could
    list the cache's keys must not be able to test guesses of a withheld count against it."""
    message = repr(
        (
            _SOURCE,
            cube.signature,
            sorted(values.items(), key=repr),
            sorted(withheld.items(), key=repr),
        )
    )
    digest = salted_hmac("cohorts.reports.suppress", message, algorithm="sha256").hexdigest()
    return f"reports:suppressed:{digest}"


def _shared_get(key: str, cube: Cube, values: dict, primary: dict) -> dict | None:
    """The pattern another process decided for the same figures; None when there is none, the
    cache cannot be reached (then it is worked out here: slower, never wrong), or what it holds
    could not be this module's own (never trusted blindly): it must withhold everything the
    first rule does, hold only entries of this cube, and leave no line with exactly one of them
    withheld."""
    try:
        known = cache.get(key)
    except Exception:
        logger.warning("The cache could not be read; deciding suppression here.", exc_info=True)
        return None
    if not isinstance(known, dict) or any(known.get(k) != why for k, why in primary.items()):
        return None
    if any(entry not in values for entry in known):
        return None
    plausible = all(
        sum(1 for entry in line if entry in known) != 1
        for key in known
        for line in cube.lines_through(key)
        if any(values.get(entry, 0) for entry in line if entry not in known)
    )
    return known if plausible else None


def _shared_set(key: str, withheld: dict) -> None:
    try:
        cache.set(key, dict(withheld), SHARED_TIMEOUT)
    except Exception:
        logger.warning("The cache could not be written; the pattern is not shared.", exc_info=True)


def _complement_near(cube: Cube, key: tuple, lines: list, values: dict, withheld: dict):
    """A complement for `key`: from the lines that give it away, else from the other lines
    through the withheld entries of those lines; None when there is none that near."""
    for line in lines:
        if pick := _complement_in(line, values, withheld):
            return pick
    for line in lines:
        for entry in line:
            if entry != key and entry in withheld:
                for further in cube.lines_through(entry):
                    if pick := _complement_in(further, values, withheld):
                        return pick
    return None


def _shown_beside_withheld(cube: Cube, values: dict, withheld: dict) -> list[tuple]:
    """The entries still shown, not zero, on some line with a withheld one: smallest first."""
    candidates = {
        entry
        for hidden in withheld
        for line in cube.lines_through(hidden)
        for entry in line
        if entry not in withheld and values.get(entry, 0) > 0
    }
    return sorted(candidates, key=lambda entry: (values[entry], repr(entry)))


def _complement_in(line: list, values: dict, withheld: dict):
    """The entry of `line` to withhold as a complement: its smallest non-zero part still shown
    (the first of equals), else its total; None when there is neither."""
    pick, least = None, 0
    for entry in line[:-1]:
        if entry not in withheld:
            value = values.get(entry, 0)
            if value > 0 and (pick is None or value < least):
                pick, least = entry, value
    if pick is not None:
        return pick
    total = line[-1]
    if total not in withheld and values.get(total, 0) > 0:
        return total
    return None


def _cover_single_entries(cube: Cube, values: dict, withheld: dict, queue: list) -> None:
    """Withhold complements until no line through the queued entries has exactly one withheld
    entry."""
    while queue:
        key = queue.pop()
        for line in cube.lines_through(key):
            if sum(1 for entry in line if entry in withheld) != 1:
                continue
            pick = _complement_in(line, values, withheld)
            if pick is None:  # every other entry is zero: nothing can be worked out
                continue
            withheld[pick] = "complement"
            queue.append(pick)


def _exposed(cube: Cube, values: dict, withheld: dict, given_up: set) -> list:
    """Every small entry that the shown figures still give away, with the lines to take a
    complement from, in a fixed order; empty when every one is safe."""
    smalls = sorted(
        (key for key, reason in withheld.items() if reason != "complement" and key not in given_up),
        key=repr,
    )
    lines = {}
    for key in withheld:
        for line in cube.lines_through(key):
            lines.setdefault(tuple(line), line)
    equations = _equations(lines.values(), values, withheld)
    ranges = _narrowed(equations, withheld)
    exposed = [(key, cube.lines_through(key)) for key in smalls if ranges[key][0] >= ranges[key][1]]
    if exposed:
        return exposed
    determined = _determined(equations, withheld)
    return [(key, cube.lines_through(key)) for key in smalls if key in determined]


def _equations(lines, values: dict, withheld: dict) -> list[tuple[list, tuple | None, int]]:
    """Each line as what the shown figures say of its withheld entries: (withheld parts, the
    total if withheld, what the parts less that total come to)."""
    equations = []
    for line in lines:
        parts, total = line[:-1], line[-1]
        shown = sum(values.get(entry, 0) for entry in parts if entry not in withheld)
        plus = [entry for entry in parts if entry in withheld]
        if total in withheld:
            equations.append((plus, total, -shown))
        else:
            equations.append((plus, None, values.get(total, 0) - shown))
    return equations


def _narrowed(equations: list, withheld: dict) -> dict[tuple, tuple]:
    """What someone could work out about each withheld entry from the shown figures: the
    range it must lie in, knowing that a small count is 1 to 4 and a complement at least 5 (it
    is never small), narrowed line by line (each line's parts add up to its total) until
    nothing changes."""
    lo = {key: 1 if reason != "complement" else 5 for key, reason in withheld.items()}
    hi = {key: 4 if reason != "complement" else math.inf for key, reason in withheld.items()}
    containing: dict[tuple, list[int]] = defaultdict(list)
    for index, (plus, minus, _rhs) in enumerate(equations):
        for entry in plus:
            containing[entry].append(index)
        if minus is not None:
            containing[minus].append(index)
    # Work through the equations, coming back to one only when a range in it has narrowed.
    # Each step narrows a whole-number range or drops an equation from the queue, so this ends;
    # the budget only guards against ranges that shrink by one round a long cycle.
    pending = deque(range(len(equations)))
    queued = set(pending)
    budget = 200 * len(equations)
    while pending and budget:
        budget -= 1
        index = pending.popleft()
        queued.discard(index)
        plus, minus, rhs = equations[index]
        changed = []
        low = sum(map(lo.__getitem__, plus)) - (hi[minus] if minus is not None else 0)
        high = sum(map(hi.__getitem__, plus)) - (lo[minus] if minus is not None else 0)
        for entry in plus:  # entry = rhs - (the others)
            new_lo = max(lo[entry], rhs - (high - hi[entry]))
            new_hi = min(hi[entry], rhs - (low - lo[entry]))
            if new_lo != lo[entry] or new_hi != hi[entry]:
                low += new_lo - lo[entry]
                high += new_hi - hi[entry]
                lo[entry], hi[entry] = new_lo, new_hi
                changed.append(entry)
        if minus is not None:  # total = (the parts) - rhs
            others_low, others_high = low + hi[minus], high + lo[minus]
            new_lo = max(lo[minus], others_low - rhs)
            new_hi = min(hi[minus], others_high - rhs)
            if new_lo != lo[minus] or new_hi != hi[minus]:
                lo[minus], hi[minus] = new_lo, new_hi
                changed.append(minus)
        for entry in changed:
            for other in containing[entry]:
                if other not in queued:
                    queued.add(other)
                    pending.append(other)
    return {key: (lo[key], hi[key]) for key in withheld}


_PRIME = 2**61 - 1  # exact arithmetic for the audit, in machine-sized integers


def _determined(equations: list, withheld: dict) -> set:
    """The withheld entries whose values follow exactly from the shown figures, solving every
    line's sum at once: reduce the lines' equations in the withheld entries to reduced row
    echelon form (modulo a large prime); an entry is determined when a row holds it alone."""
    keys = sorted(withheld, key=repr)
    order = {key: i for i, key in enumerate(keys)}
    pivots: dict[int, dict[int, int]] = {}
    for plus, minus, _rhs in equations:
        row: dict[int, int] = {order[entry]: 1 for entry in plus}  # a line's parts are distinct
        if minus is not None:
            row[order[minus]] = _PRIME - 1
        if not row:
            continue
        while row and (hit := next((k for k in row if k in pivots), None)) is not None:
            factor = row[hit]
            for k, v in pivots[hit].items():
                value = (row.get(k, 0) - factor * v) % _PRIME
                if value:
                    row[k] = value
                else:
                    row.pop(k, None)
        if not row:
            continue
        pivot = min(row)
        inverse = pow(row[pivot], _PRIME - 2, _PRIME)
        row = {k: v * inverse % _PRIME for k, v in row.items()}
        for other in pivots.values():
            if pivot in other:
                factor = other[pivot]
                for k, v in row.items():
                    value = (other.get(k, 0) - factor * v) % _PRIME
                    if value:
                        other[k] = value
                    else:
                        other.pop(k, None)
        pivots[pivot] = row
    return {keys[p] for p, row in pivots.items() if len(row) == 1}


# --- Who asks, and with which filters ---------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    obj: object = None


@dataclass
class ReportOptions:
    """What this person may choose from: the filters' choices, scoped to them."""

    user: User
    audience: str
    periods: list[Period]
    labs: list[Lab]
    councils: list[Council]
    cohorts: list[Cohort]
    first: dt.date
    today: dt.date

    @property
    def themes(self) -> list[Choice]:
        return [Choice(value, str(label)) for value, label in Theme.choices]

    @property
    def suppressed(self) -> bool:
        return self.audience == "funder"

    @property
    def period_groups(self) -> list[tuple[str, list[Period]]]:
        """Periods for a select: the programme to date, then one group per financial year."""
        groups: list[tuple[str, list[Period]]] = [("", [self.periods[0]])]
        for period in self.periods[1:]:
            if period.key.count("-") == 1:
                groups.append((year_label(int(period.key[3:])), []))
            groups[-1][1].append(period)
        return groups

    @property
    def council_fixed(self) -> Council | None:
        return self.councils[0] if self.audience == "lead" else None


@dataclass
class ReportFilters:
    period: Period
    lab: Lab | None = None
    theme: str = ""
    council: Council | None = None
    cohort: Cohort | None = None
    # The theme a funder asked for with a lab and a council, which they are not shown by.
    dropped_theme: str = ""

    @property
    def theme_dropped(self) -> bool:
        return bool(self.dropped_theme)

    def as_params(self) -> dict[str, str]:
        """The filters as stored with an export and carried in URLs."""
        params = {"period": self.period.key}
        if self.lab:
            params["lab"] = self.lab.code
        if self.theme:
            params["theme"] = self.theme
        if self.council:
            params["council"] = self.council.slug
        if self.cohort:
            params["cohort"] = str(self.cohort.pk)
        if self.dropped_theme:  # asked again (a download, a link), it is dropped again, and said
            params["theme"] = self.dropped_theme
        return params

    def described(self) -> list[tuple[str, str]]:
        """(filter, value) pairs for the report's heading and the PDF's cover."""
        return [
            (_("Period"), f"{self.period.label}"),
            (_("Dates"), self.period.dates),
            (_("Lab"), self.lab.display_name if self.lab else _("All labs")),
            (_("Theme"), Theme(self.theme).label if self.theme else _("Both themes")),
            (_("Council"), self.council.display_name if self.council else _("All councils")),
        ] + ([(_("Cohort"), self.cohort.title)] if self.cohort else [])


def report_options(*, user: User, today: dt.date) -> ReportOptions:
    """The choices this person has: funders and staff every council, a lead only their own;
    cohorts for staff (all) and leads (their council's), none for funders. Four queries."""
    audience = AUDIENCES.get(user.role)
    if audience is None or (audience == "lead" and not user.council_id):
        raise PermissionDenied
    bounds = Cohort.objects.order_by().aggregate(
        first_start=Min("start_date"), first_enrolled=Min("enrolments__enrolled_at")
    )
    starts = [bounds["first_start"]]
    if bounds["first_enrolled"]:
        starts.append(timezone.localtime(bounds["first_enrolled"]).date())
    first = min([d for d in starts if d] or [today])
    councils = Council.objects.order_by("name")
    if audience == "lead":
        councils = councils.filter(pk=user.council_id)
    if audience == "staff":
        cohorts = list(Cohort.objects.select_related("lab").order_by("-start_date", "title"))
    elif audience == "lead":
        cohorts = list(
            Cohort.objects.filter(councils=user.council_id)
            .select_related("lab")
            .order_by("-start_date", "title")
            .distinct()
        )
    else:
        cohorts = []
    return ReportOptions(
        user=user,
        audience=audience,
        periods=period_choices(first=first, today=today),
        labs=list(Lab.objects.order_by("code")),
        councils=list(councils),
        cohorts=cohorts,
        first=first,
        today=today,
    )


def report_filters(*, options: ReportOptions, data: Mapping[str, str]) -> ReportFilters:
    """Read filters from a query string or a stored export. A value that is not among this
    person's choices — another council for a lead, any cohort for a funder — raises
    InvalidFilter; the caller answers 404, as for anything that is not theirs."""

    def pick(name: str, choices: dict):
        value = (data.get(name) or "").strip()
        if not value:
            return None
        if value not in choices:
            raise InvalidFilter(name)
        return choices[value]

    periods = {p.key: p for p in options.periods}
    period = pick("period", periods) or periods["all"]
    lab = pick("lab", {lab.code: lab for lab in options.labs})
    theme = pick("theme", {value: value for value, _label in Theme.choices}) or ""
    # A lead's report is always of their own council, and says so.
    council = pick("council", {c.slug: c for c in options.councils}) or options.council_fixed
    cohort = None
    if options.audience == "funder":
        if data.get("cohort"):
            raise InvalidFilter("cohort")
    else:
        cohort = pick("cohort", {str(c.pk): c for c in options.cohorts})
    # Funders see nothing finer than lab × council: one Lab in one council is not split by
    # theme. Asked for all three, they get the Lab in the council, for both themes, and are told.
    dropped = theme if options.audience == "funder" and lab and council and theme else ""
    return ReportFilters(
        period=period,
        lab=lab,
        theme="" if dropped else theme,
        council=council,
        cohort=cohort,
        dropped_theme=dropped,
    )


# --- The queries ------------------------------------------------------------------------------


def _scope(options: ReportOptions, filters: ReportFilters, prefix: str = "") -> Q:
    """Which enrolments count: a lead's own council only; a cohort when one is chosen (never
    for funders). Lab, theme and council are read from the cube, so that funders' suppression
    is the same whatever they filter."""
    scope = Q()
    if options.audience == "lead":
        scope &= Q(**{f"{prefix}user__council_id": options.user.council_id})
    if filters.cohort is not None and options.audience != "funder":
        scope &= Q(**{f"{prefix}cohort_id": filters.cohort.pk})
    return scope


def _group(prefix: str = "") -> dict:
    return {
        "g_lab": F(f"{prefix}cohort__lab_id"),
        "g_council": F(f"{prefix}user__council_id"),
        "g_theme": F(f"{prefix}cohort__theme"),
    }


def _quarter(expression) -> TruncQuarter:
    return TruncQuarter(expression, output_field=DateField())


def _first_done() -> Subquery:
    return Subquery(
        Completion.objects.filter(enrolment=OuterRef("pk"))
        .order_by("completed_at")
        .values("completed_at")[:1]
    )


def _aware_range(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start 00:00, the day after end 00:00) in Europe/London."""
    return (
        timezone.make_aware(dt.datetime.combine(start, dt.time())),
        timezone.make_aware(dt.datetime.combine(end + dt.timedelta(days=1), dt.time())),
    )


def _timed_queries(scope: Q, related_scope: Q, today: dt.date) -> dict:
    """The timed measures counted one row per event, as rows of (lab, council, theme, quarter
    start, n): six queries. Those that depend on the cohort's sessions come from
    `_cohort_groups`."""
    enrolments = Enrolment.objects.filter(scope).order_by()
    group = _group()
    return {
        "enrolled": enrolments.values(**group, g_q=_quarter("enrolled_at")).annotate(n=Count("pk")),
        "started": enrolments.annotate(first_done=_first_done())
        .filter(first_done__isnull=False)
        .values(**group, g_q=_quarter("first_done"))
        .annotate(n=Count("pk")),
        "completed": enrolments.filter(status=EnrolmentStatus.COMPLETED, completed_on__isnull=False)
        .values(**group, g_q=_quarter("completed_on"))
        .annotate(n=Count("pk")),
        "withdrawn": enrolments.filter(status=EnrolmentStatus.WITHDRAWN, withdrawn_on__isnull=False)
        .values(**group, g_q=_quarter("withdrawn_on"))
        .annotate(n=Count("pk")),
        "certificates": Certificate.objects.filter(related_scope, revoked_at__isnull=True)
        .order_by()
        .values(**_group("enrolment__"), g_q=_quarter("issued_at"))
        .annotate(n=Count("pk")),
        "sessions_attended": Attendance.objects.filter(
            related_scope,
            _attendance_held(),
            attended=True,
            session__date__lt=today,
        )
        .order_by()
        .values(**_group("enrolment__"), g_q=_quarter("session__date"))
        .annotate(n=Count("pk")),
    }


def _attendance_held() -> Q:
    """A register mark counts only for a session held for that person (`CohortGroup.held`):
    not after the day they withdrew, and not before the day they were enrolled if that was
    after the cohort's start (a late joiner ticked for an earlier session by mistake would
    otherwise attend more sessions than were held for them)."""
    enrolled_on = TruncDate("enrolment__enrolled_at")
    return (
        Q(enrolment__withdrawn_on__isnull=True) | Q(session__date__lte=F("enrolment__withdrawn_on"))
    ) & (
        Q(enrolment__enrolled_at__date__lte=F("enrolment__cohort__start_date"))
        | Q(session__date__gte=enrolled_on)
    )


def _session_dates() -> dict[int, list[dt.date]]:
    """Every cohort's session dates, oldest first: one query of a few rows per cohort."""
    dates: dict[int, list[dt.date]] = defaultdict(list)
    for cohort_id, date in Session.objects.order_by("cohort_id", "date").values_list(
        "cohort_id", "date"
    ):
        dates[cohort_id].append(date)
    return dates


@dataclass(frozen=True)
class CohortGroup:
    """Enrolments counted together: the same cohort, council and status, withdrawn (if at all)
    on the same day. Everything that depends on a cohort's sessions is the same for each of
    them, so it is worked out once per group, not per person."""

    cohort_id: int
    lab: int
    council: int
    theme: str
    status: str
    withdrawn_on: dt.date | None
    n: int
    joined: dt.date | None = None  # the day they were enrolled, if after the cohort's start

    def held(self, dates: list[dt.date], today: dt.date) -> list[dt.date]:
        """The cohort's sessions held for these people: before today, not before the day they
        were enrolled (a late joiner missed nothing), and not after the day they withdrew."""
        return [
            d
            for d in dates
            if d < today
            and (self.joined is None or d >= self.joined)
            and (self.withdrawn_on is None or d <= self.withdrawn_on)
        ]


def _cohort_groups(scope: Q) -> list[CohortGroup]:
    """The enrolments in scope, counted by cohort, council, status, withdrawal day and (for
    anyone enrolled after the cohort's start date) enrolment day: one grouped query (rows grow
    with cohorts, councils and those days, not with people)."""
    joined = Case(
        When(enrolled_at__date__lte=F("cohort__start_date"), then=Value(None)),
        default=TruncDate("enrolled_at"),
        output_field=DateField(),
    )
    rows = (
        Enrolment.objects.filter(scope)
        .order_by()
        .values("cohort_id", "status", "withdrawn_on", **_group(), joined=joined)
        .annotate(n=Count("pk"))
    )
    return [
        CohortGroup(
            row["cohort_id"],
            row["g_lab"],
            row["g_council"],
            row["g_theme"],
            row["status"],
            row["withdrawn_on"],
            row["n"],
            row["joined"],
        )
        for row in rows
    ]


def _add_cohort_measures(
    timed: Cube,
    people: Cube,
    groups: list[CohortGroup],
    dates: dict[int, list[dt.date]],
    today: dt.date,
) -> None:
    """Fill in what depends on each cohort's sessions, from the groups:

    - finished_enrolled / finished_completed, in the quarter of the cohort's last session, for
      cohorts whose last session is before today;
    - sessions_held: each person's sessions held (see `CohortGroup.held`), by the session's
      quarter;
    - people: those with at least one session held — the attendance rate's population — at
      each quarter, financial year and over the whole programme. Distinct people do not add up
      over time (a cohort spans quarters), so each time node is counted on its own."""
    for group in groups:
        cohort_dates = dates.get(group.cohort_id, [])
        place = (group.lab, group.council, group.theme)
        if cohort_dates and cohort_dates[-1] < today:
            leaf = place + (_quarter_node(*quarter_of(cohort_dates[-1])),)
            timed.add("finished_enrolled", leaf, group.n)
            if group.status == EnrolmentStatus.COMPLETED:
                timed.add("finished_completed", leaf, group.n)
        held = group.held(cohort_dates, today)
        if not held:
            continue
        quarters = defaultdict(int)
        for date in held:
            quarters[_quarter_node(*quarter_of(date))] += 1
        for node, sessions in quarters.items():
            timed.add("sessions_held", place + (node,), sessions * group.n)
            people.add_at("people", place + (node,), group.n, fixed=3)
        for year in sorted({node[1] for node in quarters}):
            people.add_at("people", place + (_year_node(year),), group.n, fixed=3)
        people.add_at("people", place + (ALL,), group.n, fixed=3)


def _window(period: Period, today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    end = min(period.end, today)
    return _aware_range(end - dt.timedelta(days=ACTIVE_DAYS - 1), end)


def _active_query(scope: Q, window) -> QuerySet:
    recent = Completion.objects.filter(
        enrolment=OuterRef("pk"), completed_at__gte=window[0], completed_at__lt=window[1]
    )
    return (
        Enrolment.objects.filter(scope, Exists(recent))
        .order_by()
        .values(**_group())
        .annotate(n=Count("pk"))
    )


# --- The report ---------------------------------------------------------------------------


@dataclass
class Row:
    label: str
    figures: Figures
    is_total: bool = False

    @property
    def headline(self) -> list[Cell]:
        return [self.figures[key] for key in HEADLINE]

    @property
    def by_quarter(self) -> list[Cell]:
        return [self.figures[key] for key in BY_QUARTER]


@dataclass
class LabGroup:
    lab: Lab
    rows: list[Row]
    total: Row | None  # none when a single council is shown (the row is the total)


@dataclass
class PersonRow:
    name: str
    email: str
    cohort: str
    lab: str
    status: str
    enrolled: dt.date | None
    first_activity: dt.date | None
    progress: int
    sessions_attended: int
    completed: dt.date | None
    withdrawn: dt.date | None
    certificate: str


@dataclass
class CohortRow:
    title: str
    lab: str
    theme: str
    first_session: dt.date | None
    last_session: dt.date | None
    figures: Figures

    @property
    def cells(self) -> list[Cell]:
        return [self.figures[key] for key in COHORT_MEASURES]


@dataclass
class Report:
    audience: str
    filters: ReportFilters
    generated_at: dt.datetime
    total: Figures
    lab_groups: list[LabGroup]
    themes: list[Row]
    quarters: list[Row]
    people: list[PersonRow] | None = None
    cohorts: list[CohortRow] | None = None
    council: Council | None = None
    measures: list[Measure] = field(default_factory=lambda: MEASURES)
    # Why a breakdown is shown coarser than usual, or not at all (funders: nothing finer than
    # lab × council), for the page, the CSV and the PDF.
    notices: dict[str, str] = field(default_factory=dict)

    @property
    def suppressed(self) -> bool:
        return self.audience == "funder"

    @property
    def period(self) -> Period:
        return self.filters.period

    @property
    def headline(self) -> list[Measure]:
        return [MEASURE[key] for key in HEADLINE]

    @property
    def by_quarter(self) -> list[Measure]:
        return [MEASURE[key] for key in BY_QUARTER]

    @property
    def total_row(self) -> Row:
        return Row(_("Total"), self.total, is_total=True)

    @property
    def summary(self) -> list[tuple[Measure, Cell]]:
        return [(MEASURE[key], self.total[key]) for key in HEADLINE]

    @property
    def scope_label(self) -> str:
        if self.audience == "lead" and self.council:
            return self.council.display_name
        filtered = any(
            (self.filters.lab, self.filters.theme, self.filters.council, self.filters.cohort)
        )
        if self.audience == "funder":
            if filtered:
                return _("Part of the programme, small numbers suppressed")
            return _("Whole programme, small numbers suppressed")
        return _("Part of the programme") if filtered else _("Whole programme")


class _Figures:
    """Reads Figures out of the cubes, suppressing for funders."""

    def __init__(self, timed: Cube, active: Cube, people: Cube, suppressed: bool):
        self.timed, self.active, self.people = timed, active, people
        self.withheld: dict[str, dict[tuple, str]] = {}
        if suppressed:
            for measure in TIMED:
                primary = small
                if measure in ("sessions_held", "sessions_attended"):
                    primary = self._attendance_primary
                self.withheld[measure] = suppress(timed, measure, primary)
            self.withheld["active"] = suppress(active, "active")

    def _attendance_primary(self, key: tuple, value: int) -> str:
        """Person-sessions are withheld as small counts, and also ("[c]") when fewer than five
        people are behind them: one person's six sessions must not show as their attendance."""
        if value in SMALL:
            return "small"
        return "complement" if self.people_at(key) in SMALL else ""

    def people_at(self, key: tuple) -> int:
        return self.people.get("people", key)

    def count(self, measure: str, key: tuple) -> Cell:
        cube = self.active if measure == "active" else self.timed
        lookup = key[:3] if measure == "active" else key
        reason = self.withheld.get(measure, {}).get(lookup, "")
        return count_cell(cube.get(measure, lookup), reason)

    def figures(self, key: tuple) -> Figures:
        figures = {m.key: self.count(m.key, key) for m in MEASURES if not m.is_rate}
        for m in MEASURES:
            if m.is_rate:
                numerator, denominator = m.rate_of
                figures[m.key] = rate_cell(figures[numerator], figures[denominator])
        return figures


def _is_empty(figures: Figures) -> bool:
    return all(cell.value in (None, 0) and not cell.withheld for cell in figures.values())


def report_for(
    *,
    user: User,
    filters: ReportFilters,
    options: ReportOptions,
    today: dt.date | None = None,
) -> Report:
    """The progress report this person may see. Funders: the whole programme, suppressed, no
    names. Leads: their council, unsuppressed, their staff by name. Staff: everything, with a
    line per cohort. The number of queries does not grow with the data (see tests)."""
    if options.user.pk != user.pk:
        raise PermissionDenied
    today = today or options.today
    audience = options.audience
    period = filters.period
    scope = _scope(options, filters)
    attendance_scope = _scope(options, filters, "enrolment__")

    axis = quarter_axis(options.first, today)
    lab_dim = flat_dimension("lab", [lab.pk for lab in options.labs])
    council_dim = flat_dimension("council", [c.pk for c in options.councils])
    theme_dim = flat_dimension("theme", [value for value, _label in Theme.choices])
    rows_by_measure = {
        name: list(qs) for name, qs in _timed_queries(scope, attendance_scope, today).items()
    }
    groups = _cohort_groups(scope)
    dates = _session_dates()
    # A date outside the axis (data from before the first cohort) widens it.
    seen = [
        row["g_q"] for rows in rows_by_measure.values() for row in rows if row["g_q"] is not None
    ] + [ds[0] for cohort_id in {g.cohort_id for g in groups} if (ds := dates.get(cohort_id))]
    if seen:
        axis = quarter_axis(min([min(seen), options.first]), today)
    time_dim = time_dimension(axis)
    timed = Cube([lab_dim, council_dim, theme_dim, time_dim])
    people = Cube([lab_dim, council_dim, theme_dim, time_dim])
    for name, rows in rows_by_measure.items():
        for row in rows:
            leaf = (
                row["g_lab"],
                row["g_council"],
                row["g_theme"],
                _quarter_node(*quarter_of(row["g_q"])),
            )
            timed.add(name, leaf, row["n"])
    _add_cohort_measures(timed, people, groups, dates, today)
    active = Cube([lab_dim, council_dim, theme_dim])
    for row in _active_query(scope, _window(period, today)):
        active.add("active", (row["g_lab"], row["g_council"], row["g_theme"]), row["n"])

    read = _Figures(timed, active, people, suppressed=audience == "funder")
    lab_sel = filters.lab.pk if filters.lab else ALL
    council_sel = filters.council.pk if filters.council else ALL
    theme_sel = filters.theme or ALL
    node = period.node

    def at(lab, council, theme, time=node) -> Figures:
        return read.figures((lab, council, theme, time))

    labs = [filters.lab] if filters.lab else options.labs
    councils = [filters.council] if filters.council else options.councils
    # Funders never see a figure for one Lab, one council and one theme at once.
    coarse = audience == "funder"
    notices = {}
    if coarse and filters.theme_dropped:
        notices["filters"] = _(
            "Figures for one Lab in one council are not split by theme for funders, as that "
            "would be finer than lab and council: these are for both themes."
        )
    lab_groups = []
    if coarse and filters.theme and filters.council:
        notices["by_lab"] = _(
            "With a council and a theme chosen, figures are not split by Lab: by Lab, council "
            "and theme would be finer than lab and council."
        )
        labs = []
    elif coarse and filters.theme:
        notices["by_lab"] = _(
            "With a theme chosen, each Lab is shown for all councils together: by council and "
            "theme would be finer than lab and council."
        )
    for lab in labs:
        if coarse and filters.theme:
            subtotal = Row(_("All councils"), at(lab.pk, ALL, theme_sel), is_total=True)
            if not _is_empty(subtotal.figures):
                lab_groups.append(LabGroup(lab, [], subtotal))
            continue
        rows = [Row(c.display_name, at(lab.pk, c.pk, theme_sel)) for c in councils]
        rows = [row for row in rows if not _is_empty(row.figures)]
        if not rows:
            continue
        subtotal = None
        if len(councils) > 1:
            subtotal = Row(_("All councils"), at(lab.pk, council_sel, theme_sel), is_total=True)
        lab_groups.append(LabGroup(lab, rows, subtotal))
    themes = [
        Row(str(label), at(lab_sel, council_sel, value))
        for value, label in Theme.choices
        if not filters.theme or value == filters.theme
    ]
    if coarse and filters.lab and filters.council:
        notices["by_theme"] = _(
            "Figures for one Lab in one council are not split by theme: that would be finer "
            "than lab and council."
        )
        themes = []
    quarters = [
        Row(quarter_label(q[1], q[2]), at(lab_sel, council_sel, theme_sel, q))
        for q in period.quarters
    ]
    report = Report(
        audience=audience,
        filters=filters,
        generated_at=timezone.now(),
        total=at(lab_sel, council_sel, theme_sel),
        lab_groups=lab_groups,
        themes=themes,
        quarters=quarters,
        council=options.council_fixed,
        notices=notices,
    )
    if audience == "lead":
        report.people = _people_rows(scope, filters, today)
    if audience == "staff":
        report.cohorts = _cohort_rows(scope, filters, today, groups, dates)
    return report


# --- Lines for leads (their people) and staff (each cohort) ----------------------------------


def _selection(filters: ReportFilters, prefix: str = "") -> Q:
    q = Q()
    if filters.lab:
        q &= Q(**{f"{prefix}cohort__lab_id": filters.lab.pk})
    if filters.theme:
        q &= Q(**{f"{prefix}cohort__theme": filters.theme})
    if filters.council:
        q &= Q(**{f"{prefix}user__council_id": filters.council.pk})
    return q


def _people_rows(scope: Q, filters: ReportFilters, today: dt.date) -> list[PersonRow]:
    """The lead's own staff on Labs in the period: enrolled by its end, not finished before it
    began. One query."""
    period = filters.period
    enrolled_by = _aware_range(period.start, min(period.end, today))[1]
    enrolments = (
        Enrolment.objects.filter(scope, _selection(filters), enrolled_at__lt=enrolled_by)
        .exclude(completed_on__lt=period.start)
        .exclude(withdrawn_on__lt=period.start)
        .select_related("user", "cohort__lab", "certificate")
        .annotate(first_done=_first_done())
        .order_by("user__full_name", "cohort__start_date", "pk")
    )
    rows = []
    for e in enrolments:
        certificate = getattr(e, "certificate", None) if _has_certificate(e) else None
        rows.append(
            PersonRow(
                name=e.user.full_name,
                email=e.user.email,
                cohort=e.cohort.title,
                lab=e.cohort.lab.display_name,
                status=e.get_status_display(),
                enrolled=timezone.localtime(e.enrolled_at).date(),
                first_activity=timezone.localtime(e.first_done).date() if e.first_done else None,
                progress=e.progress,
                sessions_attended=e.sessions_attended,
                completed=e.completed_on,
                withdrawn=e.withdrawn_on,
                certificate=(
                    ""
                    if certificate is None
                    else _("Revoked")
                    if certificate.is_revoked
                    else f"{timezone.localtime(certificate.issued_at):%-d %b %Y}"
                ),
            )
        )
    return rows


def _has_certificate(enrolment: Enrolment) -> bool:
    try:
        return enrolment.certificate is not None
    except Certificate.DoesNotExist:
        return False


def _cohort_rows(
    scope: Q,
    filters: ReportFilters,
    today: dt.date,
    groups: list[CohortGroup],
    dates: dict[int, list[dt.date]],
) -> list[CohortRow]:
    """Each cohort with people in the selection and anything in the period. Two queries; the
    sessions held come from the groups already counted for the cube."""
    period = filters.period
    start, end = _aware_range(period.start, period.end)
    window = _window(period, today)
    recent = Completion.objects.filter(
        enrolment=OuterRef("pk"), completed_at__gte=window[0], completed_at__lt=window[1]
    )
    base = Enrolment.objects.filter(scope, _selection(filters)).order_by()
    rows = (
        base.annotate(first_done=_first_done())
        .values("cohort_id", "cohort__title", "cohort__lab__code", "cohort__theme")
        .annotate(
            enrolled=Count("pk", filter=Q(enrolled_at__gte=start, enrolled_at__lt=end)),
            started=Count("pk", filter=Q(first_done__gte=start, first_done__lt=end)),
            active=Count("pk", filter=Q(Exists(recent))),
            completed=Count(
                "pk",
                filter=Q(
                    status=EnrolmentStatus.COMPLETED,
                    completed_on__gte=period.start,
                    completed_on__lte=period.end,
                ),
            ),
            withdrawn=Count(
                "pk",
                filter=Q(
                    status=EnrolmentStatus.WITHDRAWN,
                    withdrawn_on__gte=period.start,
                    withdrawn_on__lte=period.end,
                ),
            ),
            certificates=Count(
                "certificate",
                filter=Q(
                    certificate__issued_at__gte=start,
                    certificate__issued_at__lt=end,
                    certificate__revoked_at__isnull=True,
                ),
            ),
        )
    )
    held: dict[int, int] = defaultdict(int)
    for group in groups:
        if (
            (filters.lab and group.lab != filters.lab.pk)
            or (filters.theme and group.theme != filters.theme)
            or (filters.council and group.council != filters.council.pk)
        ):
            continue
        sessions = group.held(dates.get(group.cohort_id, []), today)
        in_period = sum(1 for d in sessions if period.start <= d <= period.end)
        held[group.cohort_id] += in_period * group.n
    attended = dict(
        Attendance.objects.filter(
            Q(enrolment__in=base),
            _attendance_held(),
            attended=True,
            session__date__lt=today,
            session__date__gte=period.start,
            session__date__lte=period.end,
        )
        .order_by()
        .values("enrolment__cohort_id")
        .annotate(n=Count("pk"))
        .values_list("enrolment__cohort_id", "n")
    )
    themes = dict(Theme.choices)
    result = []
    for row in rows:
        cohort_id = row["cohort_id"]
        cohort_dates = dates.get(cohort_id, [])
        first_session = cohort_dates[0] if cohort_dates else None
        last_session = cohort_dates[-1] if cohort_dates else None
        figures = {
            key: count_cell(row[key])
            for key in ("enrolled", "started", "active", "completed", "withdrawn", "certificates")
        }
        figures["sessions_held"] = count_cell(held.get(cohort_id, 0))
        figures["sessions_attended"] = count_cell(attended.get(cohort_id, 0))
        figures["attendance_rate"] = rate_cell(
            figures["sessions_attended"], figures["sessions_held"]
        )
        ran = (
            first_session
            and last_session
            and (first_session <= period.end and last_session >= period.start)
        )
        if not ran and all(cell.value == 0 for cell in figures.values() if cell.value is not None):
            continue
        result.append(
            CohortRow(
                title=row["cohort__title"],
                lab=str(LabCode(row["cohort__lab__code"]).label),
                theme=str(themes.get(row["cohort__theme"], "")),
                first_session=first_session,
                last_session=last_session,
                figures=figures,
            )
        )
    # Newest first (cohorts without sessions last), then by title.
    result.sort(key=lambda r: r.title)
    result.sort(key=lambda r: r.first_session or dt.date.min, reverse=True)
    return result
