"""Disclosure control: the report cube (every figure at every level, and the lines of parts that
add up to a total) and which of its entries a funder may not see.

This module is plain Python — it imports nothing from Django — so that the rules that protect
people can be read, tested and reasoned about on their own (tests/cohorts/test_disclosure.py).

**The policy** (docs/reporting.md). Some entries are *always exact*: the programme's, each Lab's
and each period's totals (the caller says which, with `exact`). Those are never withheld. Every
other entry — a council's figure, a theme's — is withheld when fewer than five people stand
behind it ("<5", a "small" count), unless it equals an always-exact total it is a part of (it
then says nothing the total does not). Then, wherever a withheld figure could be worked out from
what is shown, a second figure is withheld too ("[c]", a complement), always an inner entry,
never an always-exact total:

- by subtraction in one line of parts and their total (no line is left with exactly one withheld
  entry);
- by solving every line's sum together (`_determined`: two lines can each hold two withheld
  entries and still give them away between them);
- from the knowledge that a complement is at least 5, as it is never a small count (`_narrowed`:
  a line "0, [c], <5" whose total is 6 says 5 and 1; such ranges, carried from line to line, can
  pin a count that no single line does).

Where no inner entry is left that could protect a small count (its line's only other figures are
always-exact totals), the count is reported as needing a merge: the report then shows the
councils of that line together ("other councils") instead of touching the total.
"""

import logging
import math
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import product

logger = logging.getLogger(__name__)

ALL = "*"  # the total over a dimension, in a cube key
SMALL = range(1, 5)  # counts shown as "<5" to funders


def quarter_node(year: int, quarter: int) -> tuple:
    """A financial year's quarter on the time dimension."""
    return ("q", year, quarter)


def year_node(year: int) -> tuple:
    """A financial year on the time dimension."""
    return ("fy", year)


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
    groups = [(year_node(year), [node for node in axis if node[1] == year]) for year in years] + [
        (ALL, [year_node(year) for year in years])
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


# What a reader knows of a withheld entry from how it is shown: "<5" is 1 to 4, "[c]" at least
# 5 (a complement is never small), a merged entry (shown only within "other councils") 0 or more.
LOWEST = {"small": 1, "complement": 5, "merged": 0}
HIGHEST = {"small": 4, "complement": math.inf, "merged": math.inf}


def small(key: tuple, value: int) -> str:
    return "small" if value in SMALL else ""


def totals_over(*dimensions: int) -> Callable[[tuple], bool]:
    """The always-exact entries of a cube: those that are totals over every one of `dimensions`
    (for reports, over councils and themes: the programme, each Lab and each period)."""

    def exact(key: tuple) -> bool:
        return all(key[i] == ALL for i in dimensions)

    return exact


def nothing_exact(key: tuple) -> bool:
    return False


def first_rule(
    cube: Cube,
    values: dict,
    primary: Callable[[tuple, int], str] = small,
    exact: Callable[[tuple], bool] = nothing_exact,
    people: Mapping[tuple, int] | None = None,
) -> dict[tuple, str]:
    """The entries the first rule withholds: what `primary` says of each entry, and ("small")
    any entry with 1 to 4 people behind it (`people`), a zero included — unless the always-exact
    totals already give it away (see `given_by_totals`)."""
    known = given_by_totals(cube, values, exact, people)
    withheld = {}
    keys = set(values) | {k for k, n in (people or {}).items() if n in SMALL}
    for key in sorted(keys, key=repr):
        if key in known or exact(key):
            continue
        if reason := primary(key, values.get(key, 0)) if values.get(key, 0) else "":
            withheld[key] = reason
        elif people is not None and people.get(key, 0) in SMALL:
            withheld[key] = "small"
    return withheld


def given_by_totals(
    cube: Cube,
    values: dict,
    exact: Callable[[tuple], bool],
    people: Mapping[tuple, int] | None = None,
) -> set:
    """The entries a reader knows from the always-exact totals and the zeros alone: the totals
    themselves, then, line by line until nothing changes, any entry that is the only one of its
    line not yet known (one council alone makes up a Lab's quarter, say). Withholding such an
    entry would protect nothing: it says nothing the totals do not."""
    few = {k for k, n in (people or {}).items() if n in SMALL}
    known = {key for key in values if exact(key)}

    def unknown_in(line: list) -> list:
        # An exact total is known even when zero; any other zero is known (it is shown) unless
        # it has 1 to 4 people behind it (then it is withheld).
        return [
            entry
            for entry in line
            if entry not in known and not exact(entry) and (values.get(entry, 0) or entry in few)
        ]

    pending = deque(sorted(known | few, key=repr))
    seen_lines: set = set()
    while pending:
        key = pending.popleft()
        for line in cube.lines_through(key):
            if (marker := tuple(line)) in seen_lines:
                continue
            missing = unknown_in(line)
            if len(missing) > 1:
                continue
            seen_lines.add(marker)
            for entry in missing:
                known.add(entry)
                pending.append(entry)
    return known


def suppress(
    cube: Cube,
    measure: str,
    primary: Callable[[tuple, int], str] = small,
    exact: Callable[[tuple], bool] = nothing_exact,
    merge_along: tuple[int, ...] = (),
    people: Mapping[tuple, int] | None = None,
) -> dict[tuple, str]:
    """Which entries of `measure` a reader may not see, and why: the first rule's ("small" for
    counts of 1 to 4; see `first_rule`), then "complement" for those withheld so that no small
    count can be worked out exactly from what is shown, and "merged" where only a merge can
    protect one (see `complete`). Always-exact entries are never withheld.

    Deterministic for the same data."""
    values = cube.values[measure]
    withheld = first_rule(cube, values, primary, exact, people)
    return complete(cube, values, withheld, exact=exact, merge_along=merge_along, people=people)


def _merge_along(
    cube, values, withheld, given_up, locked, *, exact, merge_along, may_merge, round_
) -> bool:
    """One round of `complete`'s merging: along `merge_along`, the lines through what is still
    given away. Returns whether anything more was merged."""
    merged_any = False
    for key in sorted(given_up, key=repr):
        for dimension in merge_along:
            for line in _lines_along(cube, key, dimension):
                for entry in line[:-1]:
                    if withheld.get(entry) == "merged" or entry in locked or exact(entry):
                        continue
                    if entry in withheld or (
                        # Zeros join only when merging the others was not enough; in the
                        # end, any zero.
                        round_ > 0 and not values.get(entry, 0) and (may_merge(entry) or round_ > 1)
                    ):
                        withheld[entry] = "merged"
                        merged_any = True
    return merged_any


def _merge_every_line(cube, withheld, given_up, locked, *, exact) -> bool:
    """Nothing on those lines is left to merge: merge every inner entry of every line through
    what is still given away. Only the exact totals stay. Returns whether anything was."""
    merged_any = False
    for key in sorted(given_up, key=repr):
        for line in cube.lines_through(key):
            for entry in line:
                if entry in locked or exact(entry):
                    continue
                if withheld.get(entry) != "merged":
                    withheld[entry] = "merged"
                    merged_any = True
    return merged_any


def _merge_farther(
    cube, values, withheld, given_up, locked, *, exact, smalls, bounds, rings: int = 3
) -> bool:
    """The lines through what is still given away hold nothing more to merge, yet what pins it
    may lie farther off, on a line through another withheld figure: a "[c]" with 5 people
    behind it says 5, and that figure less a quarter shown says the other quarter. Merge the
    lines through every withheld figure, a ring at a time (up to `rings`), and keep the first
    ring after which fewer small counts are given away; where none helps, nothing is merged
    (what gives them away is then the exact totals and headcounts themselves, which merging
    more would not change, only hide more). Returns whether anything was merged."""
    trial = dict(withheld)
    for _ring in range(rings):
        if not _merge_every_line(cube, trial, set(trial), locked, exact=exact):
            return False
        if len(_protect(cube, values, dict(trial), locked, smalls, bounds)) < len(given_up):
            withheld.clear()
            withheld.update(trial)
            return True
    return False


def complete(
    cube: Cube,
    values: dict,
    withheld: dict,
    *,
    exact: Callable[[tuple], bool] = nothing_exact,
    merge_along: tuple[int, ...] = (),
    may_merge: Callable[[tuple], bool] = lambda key: True,
    people: Mapping[tuple, int] | None = None,
) -> dict[tuple, str]:
    """`withheld` (the first rule's entries) with what protects them added.

    Complements are the smallest non-zero inner part still shown (never an always-exact
    entry): a heuristic, as statistical offices use, that leaves as much as it can. Where a small
    count is still given away and no inner entry is left to withhold, its lines along the
    dimensions `merge_along` (for reports, the councils of a Lab, then the themes) are merged: every part of that line not
    shown as a figure of its own — withheld or zero — is marked "merged" and shown only within
    their sum ("other councils"), so a reader knows of each merged part no more than that it is
    0 or more. The audit then runs again with that weaker knowledge; if a count is still given
    away (its merged councils each had exactly one, say), the line's zeros for which
    `may_merge` holds (councils with people on the Lab) join the merge."""
    withheld = dict(withheld)
    smalls = {key for key, reason in withheld.items() if reason != "complement"}
    # Never withheld: the exact totals, and what they give away (withholding it protects no one,
    # and a complement must be a figure the reader cannot tell is small).
    locked = _Locked(given_by_totals(cube, values, exact, people), values, people)
    bounds = _Bounds(people)
    round_ = 0
    while True:
        given_up = _protect(cube, values, withheld, locked, smalls, bounds)
        if not given_up or not merge_along:
            break
        merge_round = partial(
            _merge_along,
            cube,
            values,
            withheld,
            given_up,
            locked,
            exact=exact,
            merge_along=merge_along,
            may_merge=may_merge,
        )
        merged_any = merge_round(round_=round_)
        while not merged_any and round_ < 2:
            # Nothing to merge this round: go on to the next (zeros of councils with people on
            # the Lab, then any zero) rather than give up.
            round_ += 1
            merged_any = merge_round(round_=round_)
        if not merged_any:
            merged_any = _merge_every_line(cube, withheld, given_up, locked, exact=exact)
        if not merged_any:
            merged_any = _merge_farther(
                cube,
                values,
                withheld,
                given_up,
                locked,
                exact=exact,
                smalls=smalls,
                bounds=bounds,
            )
        if not merged_any:
            logger.error("Small counts left unprotected: %s", sorted(given_up, key=repr))
            break
        round_ += 1
    for dimension in merge_along:
        _fold_merged_lines(cube, withheld, dimension)
    return withheld


class _Locked:
    """The entries never withheld: the exact totals and what they give away, and (where the
    headcounts are given) a zero with no one enrolled behind it, which the headcount of 0 shows
    to be 0: merging it into "other councils" would protect nothing."""

    def __init__(self, known: set, values: dict, people: Mapping[tuple, int] | None):
        self.known = frozenset(known)
        self.values, self.people = values, people

    def __contains__(self, key) -> bool:
        if key in self.known:
            return True
        return self.people is not None and not self.values.get(key) and not self.people.get(key)


class _Bounds:
    """What a reader knows of a withheld entry from how it is shown and from the exact
    headcounts: "<5" is 1 to 4 (0 to the headcount when fewer than 5 people are behind it), a
    "[c]" at least 5, a merged entry 0 or more — none more than the people behind it."""

    def __init__(self, people: Mapping[tuple, int] | None):
        self.people = people

    def __call__(self, key: tuple, reason: str) -> tuple[float, float]:
        cap = self.people.get(key) if self.people is not None else None
        lo, hi = LOWEST[reason], HIGHEST[reason]
        if cap is not None:
            if reason == "small" and cap in SMALL:
                lo = 0
            hi = min(hi, cap)
        return lo, hi


def _lines_along(cube: Cube, key: tuple, dimension: int) -> list[list[tuple]]:
    """The lines in which `key` is a part and the total is over `dimension` alone."""
    lines = []
    for line in cube.lines_through(key):
        total = line[-1]
        if total[dimension] != ALL or key not in line[:-1]:
            continue
        if any(total[i] != key[i] for i in range(len(key)) if i != dimension):
            continue
        lines.append(line)
    return lines


def _fold_merged_lines(cube: Cube, withheld: dict, merge_along: int) -> None:
    """In a line along `merge_along` that holds a merged entry, every withheld part is merged
    too: "other councils" then shows exactly what the total less the shown parts comes to, and a
    reader learns of each merged part only that it is 0 or more (which tells less than "<5" or
    "[c]" did)."""
    for key in [k for k, why in withheld.items() if why == "merged"]:
        for line in _lines_along(cube, key, merge_along):
            for entry in line[:-1]:
                if entry in withheld:
                    withheld[entry] = "merged"


def _protect(
    cube: Cube,
    values: dict,
    withheld: dict,
    locked: frozenset,
    smalls: set,
    bounds: Callable | None = None,
) -> set:
    """Withhold complements until no small count is given away; the small counts for which
    nothing was left to withhold."""
    _cover_single_entries(cube, values, withheld, sorted(withheld, key=repr, reverse=True), locked)
    given_up: set = set()
    while exposed := _exposed(cube, values, withheld, given_up, smalls, bounds):
        # One complement for each entry given away, then look again: each look solves the
        # whole cube, so it is done once per round rather than once per complement.
        farther = None  # worked out once a round, if an entry has nothing near it
        for key, lines in exposed:
            pick = _complement_near(cube, key, lines, values, withheld, locked)
            if pick is None:
                # Everything near it is withheld or zero (a corner of small counts): the
                # smallest figure still shown beside any withheld one.
                if farther is None:
                    farther = iter(_shown_beside_withheld(cube, values, withheld, locked))
                pick = next((entry for entry in farther if entry not in withheld), None)
            if pick is None:  # nothing left to withhold
                given_up.add(key)
                continue
            withheld[pick] = "complement"
            _cover_single_entries(cube, values, withheld, [pick], locked)
    return given_up


def _complement_near(
    cube: Cube, key: tuple, lines: list, values: dict, withheld: dict, locked: frozenset
):
    """A complement for `key`: from the lines that give it away, else from the other lines
    through the withheld entries of those lines; None when there is none that near."""
    for line in lines:
        if pick := _complement_in(line, values, withheld, locked):
            return pick
    for line in lines:
        for entry in line:
            if entry != key and entry in withheld:
                for further in cube.lines_through(entry):
                    if pick := _complement_in(further, values, withheld, locked):
                        return pick
    return None


def _shown_beside_withheld(
    cube: Cube, values: dict, withheld: dict, locked: frozenset
) -> list[tuple]:
    """The entries still shown, not zero, on some line with a withheld one: smallest first."""
    candidates = {
        entry
        for hidden in withheld
        for line in cube.lines_through(hidden)
        for entry in line
        if entry not in withheld and entry not in locked and values.get(entry, 0) > 0
    }
    return sorted(candidates, key=lambda entry: (values[entry], repr(entry)))


def _complement_in(line: list, values: dict, withheld: dict, locked: frozenset = frozenset()):
    """The entry of `line` to withhold as a complement: its smallest non-zero part still shown
    (the first of equals), else its total; None when there is neither."""
    pick, least = None, 0
    for entry in line[:-1]:
        if entry not in withheld and entry not in locked:
            value = values.get(entry, 0)
            if value > 0 and (pick is None or value < least):
                pick, least = entry, value
    if pick is not None:
        return pick
    total = line[-1]
    if total not in withheld and total not in locked and values.get(total, 0) > 0:
        return total
    return None


def _cover_single_entries(
    cube: Cube, values: dict, withheld: dict, queue: list, locked: frozenset = frozenset()
) -> None:
    """Withhold complements until no line through the queued entries has exactly one withheld
    entry."""
    while queue:
        key = queue.pop()
        for line in cube.lines_through(key):
            if sum(1 for entry in line if entry in withheld) != 1:
                continue
            pick = _complement_in(line, values, withheld, locked)
            if pick is None:  # every other entry is zero or always exact
                continue
            withheld[pick] = "complement"
            queue.append(pick)


def _exposed(
    cube: Cube,
    values: dict,
    withheld: dict,
    given_up: set,
    smalls: set | None = None,
    bounds: Callable | None = None,
) -> list:
    """Every small entry that the shown figures still give away, with the lines to take a
    complement from, in a fixed order; empty when every one is safe."""
    smalls = sorted(
        (
            key
            for key, reason in withheld.items()
            if (key in smalls if smalls is not None else reason != "complement")
            and key not in given_up
        ),
        key=repr,
    )
    lines = {}
    for key in withheld:
        for line in cube.lines_through(key):
            lines.setdefault(tuple(line), line)
    equations = _equations(lines.values(), values, withheld)
    ranges = _narrowed(equations, withheld, bounds)
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


def _narrowed(
    equations: list, withheld: dict, bounds: Callable | None = None
) -> dict[tuple, tuple]:
    """What someone could work out about each withheld entry from the shown figures: the
    range it must lie in, knowing that a small count is 1 to 4 and a complement at least 5 (it
    is never small), narrowed line by line (each line's parts add up to its total) until
    nothing changes."""
    bounds = bounds or (lambda key, reason: (LOWEST[reason], HIGHEST[reason]))
    lo, hi = {}, {}
    for key, reason in withheld.items():
        lo[key], hi[key] = bounds(key, reason)
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
