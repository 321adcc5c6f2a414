"""Disclosure control on its own: small counts withheld, and never a line of parts and their
total with exactly one withheld entry — on hand-made tables and on random ones."""

from fractions import Fraction
from itertools import product

import pytest
from django.core.cache import cache
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cohorts.reports import disclosure, pattern_cache
from cohorts.reports.disclosure import (
    ALL,
    Cube,
    _equations,
    _narrowed,
    flat_dimension,
    time_dimension,
)
from cohorts.reports.figures import Cell, count_cell, rate_cell
from cohorts.reports.pattern_cache import _SUPPRESSED, suppress


def two_by_three(values: dict) -> Cube:
    cube = Cube([flat_dimension("lab", ["A", "D"]), flat_dimension("council", ["B", "C", "N"])])
    for key, n in values.items():
        cube.add("n", key, n)
    return cube


def test_a_single_small_cell_takes_a_rectangle_of_complements_with_it():
    cube = two_by_three(
        {
            ("D", "B"): 20,
            ("D", "C"): 12,
            ("D", "N"): 3,
            ("A", "B"): 15,
            ("A", "C"): 10,
            ("A", "N"): 9,
        }
    )
    withheld = suppress(cube, "n")
    assert withheld == {
        ("D", "N"): "small",
        ("D", "C"): "complement",  # the smallest other part of the Data Lab's row
        ("A", "N"): "complement",  # Newport's total would give the 3 away
        ("A", "C"): "complement",  # Cardiff's total would give the 12 away
    }
    # Every total stays shown: none of them lets a withheld cell be worked out.
    assert all(ALL not in key for key in withheld)


def test_a_total_goes_when_the_other_parts_are_zero():
    cube = two_by_three({("D", "N"): 7, ("A", "N"): 2, ("D", "B"): 30})
    withheld = suppress(cube, "n")
    # Adaption's only part is Newport's 2, so the Adaption total (2) is small as well; Newport's
    # Data Lab 7 complements it in Newport's column, and then the Data Lab needs a second one.
    assert withheld[("A", "N")] == "small" and withheld[("A", ALL)] == "small"
    assert withheld[("D", "N")] == "complement"
    assert ("D", "B") in withheld or ("D", ALL) in withheld


def solvable(cube: Cube, withheld: dict) -> set:
    """The withheld entries that every line's sum, solved together, fixes exactly: an
    independent check (dense elimination over the rationals) of what suppress promises."""
    keys = sorted(withheld, key=repr)
    column = {key: i for i, key in enumerate(keys)}
    rows = []
    for line in _lines(cube):
        row = [Fraction(0)] * len(keys)
        for entry in line[:-1]:
            if entry in withheld:
                row[column[entry]] += 1
        if line[-1] in withheld:
            row[column[line[-1]]] -= 1
        if any(row):
            rows.append(row)
    basis: list[list[Fraction]] = []  # rows in reduced echelon form
    pivots: list[int] = []
    for row in rows:
        for b, p in zip(basis, pivots, strict=True):
            if row[p]:
                row = [x - row[p] * y for x, y in zip(row, b, strict=True)]
        lead = next((i for i, x in enumerate(row) if x), None)
        if lead is None:
            continue
        row = [x / row[lead] for x in row]
        basis = [
            [x - b[lead] * y for x, y in zip(b, row, strict=True)] if b[lead] else b for b in basis
        ]
        basis.append(row)
        pivots.append(lead)
    return {keys[p] for b, p in zip(basis, pivots, strict=True) if sum(1 for x in b if x) == 1}


def three_by_six(rows: dict) -> Cube:
    councils = ["B", "C", "N", "T", "M", "R"]
    cube = Cube([flat_dimension("lab", list(rows)), flat_dimension("council", councils)])
    for lab, values in rows.items():
        for council, n in zip(councils, values, strict=True):
            cube.add("n", (lab, council), n)
    return cube


def test_two_lines_that_each_hold_two_withheld_entries_cannot_give_one_away_together():
    # Torfaen's and Merthyr's columns hold only the Procurement Lab: each part equals its
    # total, so withholding both says nothing, and with the Procurement row the shown figures
    # used to solve Newport's Procurement count, then Adaption's (a reviewer's example).
    cube = three_by_six(
        {"A": [0, 7, 3, 0, 0, 3], "D": [0, 12, 20, 0, 0, 6], "P": [0, 0, 2, 2, 12, 6]}
    )
    withheld = suppress(cube, "n")
    assert withheld[("P", "T")] == withheld[("A", "N")] == "small"
    small = {key for key, reason in withheld.items() if reason == "small"}
    assert not small & solvable(cube, withheld)


def test_a_complement_known_to_be_at_least_five_does_not_pin_a_small_count():
    # Data: 0, 5, 1 with its total 6 shown would read "0, [c], <5 = 6": as a complement is never
    # below 5, the <5 could only be 1.
    cube = two_by_three({("D", "C"): 5, ("D", "N"): 1, ("A", "B"): 40, ("A", "C"): 30})
    cube.add("n", ("A", "N"), 20)
    withheld = suppress(cube, "n")
    shown = {key: cube.get("n", key) for key in cube.values["n"] if key not in withheld}

    def consistent(data_newport: int) -> bool:
        # Some value for every other withheld entry (complements 5 or more) fits the figures.
        for data_cardiff in range(5, 60):
            cells = {("D", "N"): data_newport, ("D", "C"): data_cardiff, ("D", "B"): 0}
            cells |= {("A", "B"): 40}
            cells[("A", "C")] = cube.get("n", (ALL, "C")) - data_cardiff
            cells[("A", "N")] = cube.get("n", (ALL, "N")) - data_newport
            for lab in ("A", "D"):
                cells[(lab, ALL)] = sum(cells[(lab, c)] for c in "BCN")
            for council in ("B", "C", "N", ALL):
                cells[(ALL, council)] = cube.get("n", (ALL, council))
            if all(cells[key] == value for key, value in shown.items() if key in cells) and all(
                cells[key] >= 5 for key, reason in withheld.items() if reason == "complement"
            ):
                return True
        return False

    assert sum(consistent(n) for n in range(1, 5)) > 1


def test_ranges_carried_from_line_to_line_do_not_pin_a_small_count():
    # A second reviewer's table: council 2's column left 10 for two complements (so 5 each),
    # then lab 2's row left 8 for a complement and a small count (so 5 and 3).
    rows = {
        "L1": [0, 11, 38, 28, 6, 24],
        "L2": [30, 15, 5, 39, 40, 3],
        "L3": [27, 22, 5, 37, 38, 18],
    }
    cube = three_by_six(rows)
    withheld = suppress(cube, "n")
    assert withheld[("L2", "R")] == "small"
    ranges = _narrowed(_equations(_lines(cube), cube.values["n"], withheld), withheld)
    assert all(ranges[key][0] < ranges[key][1] for key, why in withheld.items() if why == "small")


def test_zero_is_shown_and_nothing_small_means_nothing_withheld():
    cube = two_by_three({("D", "B"): 20, ("A", "C"): 0, ("A", "N"): 9})
    assert suppress(cube, "n") == {}


def test_rates_are_withheld_with_their_numerator_or_denominator():
    shown, small, complement = count_cell(12), count_cell(3, "small"), count_cell(9, "complement")
    assert rate_cell(count_cell(9), shown).text == "75%"
    assert rate_cell(small, shown).text == "[c]"
    assert rate_cell(count_cell(9), complement).text == "[c]"
    assert rate_cell(count_cell(0), count_cell(0)).text == "n/a"
    assert rate_cell(small, shown).value is None
    assert isinstance(rate_cell(shown, shown), Cell)


def _lines(cube: Cube):
    """Every line of parts and their total, over every entry of the cube."""
    dims = cube.dimensions
    nodes = [list(dict.fromkeys(d.leaves + [p for p, _children in d.groups])) for d in dims]
    for i, dim in enumerate(dims):
        others = [nodes[j] if j != i else [None] for j in range(len(dims))]
        for fixed in product(*others):
            for parent, children in dim.groups:
                line = [fixed[:i] + (child,) + fixed[i + 1 :] for child in children]
                yield line + [fixed[:i] + (parent,) + fixed[i + 1 :]]


cells = st.dictionaries(
    st.tuples(
        st.sampled_from(["A", "D", "P"]),
        st.sampled_from(["B", "C", "N", "T"]),
        st.sampled_from(["dec", "com"]),
        st.sampled_from([("q", 2024, 3), ("q", 2024, 4), ("q", 2025, 1), ("q", 2025, 2)]),
    ),
    st.integers(min_value=0, max_value=14),
    max_size=40,
)


@settings(max_examples=150, deadline=None, derandomize=True)  # the same examples in CI
@given(cells)
@example(
    # Small counts only, their lab's total of 7 the one figure shown that can complement them.
    {
        ("A", "B", "dec", ("q", 2024, 3)): 2,
        ("A", "B", "dec", ("q", 2024, 4)): 1,
        ("A", "T", "dec", ("q", 2024, 4)): 1,
        ("A", "T", "com", ("q", 2024, 3)): 3,
    }
)
def test_no_line_ever_has_exactly_one_withheld_entry(values):
    axis = [("q", 2024, 3), ("q", 2024, 4), ("q", 2025, 1), ("q", 2025, 2)]
    cube = Cube(
        [
            flat_dimension("lab", ["A", "D", "P"]),
            flat_dimension("council", ["B", "C", "N", "T"]),
            flat_dimension("theme", ["dec", "com"]),
            time_dimension(axis),
        ]
    )
    for key, n in values.items():
        cube.add("n", key, n)
    withheld = suppress(cube, "n")
    # Every count from 1 to 4, at any level, is withheld as small.
    for key, value in cube.values["n"].items():
        assert (withheld.get(key) == "small") == (1 <= value <= 4)
    # No line lets subtraction uncover a withheld entry.
    for line in _lines(cube):
        hidden = [key for key in line if key in withheld]
        assert len(hidden) != 1, (hidden, [cube.get("n", key) for key in line])
    # Nor can carrying each entry's possible range from line to line — unless every figure
    # that is not zero is withheld already, when there is nothing left to withhold (a tiny
    # programme: only its zeros show).
    ranges = _narrowed(_equations(_lines(cube), cube.values["n"], withheld), withheld)
    if any(n and key not in withheld for key, n in cube.values["n"].items()):
        assert all(
            ranges[key][0] < ranges[key][1] for key, why in withheld.items() if why == "small"
        )
    # Nor can solving every line together.
    small = {key for key, reason in withheld.items() if reason == "small"}
    assert not small & solvable(cube, withheld)
    # The same data, the same pattern (worked out again, not remembered).
    _SUPPRESSED.clear()
    cache.clear()
    assert suppress(cube, "n") == withheld


def test_the_same_figures_reuse_their_pattern_and_changed_ones_do_not():
    cube = two_by_three({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 3, ("A", "B"): 15})
    first = suppress(cube, "n")
    again = suppress(cube, "n")
    assert again == first and again is not first and first
    first.clear()  # a caller's copy: what is remembered is not touched
    assert suppress(cube, "n") == again
    changed = two_by_three({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 30, ("A", "B"): 15})
    assert suppress(changed, "n") == {}


def test_another_process_reads_the_pattern_from_the_shared_cache(monkeypatch):
    cube = two_by_three({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 3, ("A", "B"): 15})
    decided = suppress(cube, "n")
    _SUPPRESSED.clear()  # as a worker's process, which has not seen this report

    def audit(*args):
        raise AssertionError("worked out again")

    monkeypatch.setattr(disclosure, "_exposed", audit)
    assert suppress(cube, "n") == decided
    # Other figures are not read from it.
    with pytest.raises(AssertionError, match="worked out again"):
        suppress(two_by_three({("D", "B"): 21, ("D", "C"): 12, ("D", "N"): 3}), "n")


def test_a_pattern_from_before_a_change_to_this_module_is_not_read(monkeypatch):
    cube = two_by_three({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 3, ("A", "B"): 15})
    suppress(cube, "n")
    _SUPPRESSED.clear()
    monkeypatch.setattr(pattern_cache, "_SOURCE", "a later version")
    calls = []
    real = disclosure._exposed
    monkeypatch.setattr(disclosure, "_exposed", lambda *args: calls.append(1) or real(*args))
    suppress(cube, "n")
    assert calls


def test_without_the_cache_suppression_is_worked_out_here(settings, caplog):
    # Nothing listens on port 1: every read and write fails, and the report does not.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    cube = two_by_three({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 3, ("A", "B"): 15})
    _SUPPRESSED.clear()
    withheld = suppress(cube, "n")
    assert withheld[("D", "N")] == "small" and len(withheld) > 1
    assert "could not be read" in caplog.text and "could not be written" in caplog.text


def test_the_shared_key_is_keyed_and_follows_the_starting_pattern(settings):
    from cohorts.reports.pattern_cache import _shared_key

    cube = two_by_three({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 3, ("A", "B"): 15})
    values = cube.values["n"]
    plain = _shared_key(cube, values, {("D", "N"): "small"})
    assert _shared_key(cube, values, {("D", "N"): "small"}) == plain
    assert _shared_key(cube, values, {("D", "N"): "small", ("A", "B"): "complement"}) != plain
    # An HMAC under the site's secret: without it, guesses cannot be checked against a key.
    settings.SECRET_KEY = "another-secret-key-for-this-test-only"
    assert _shared_key(cube, values, {("D", "N"): "small"}) != plain


def test_a_shared_pattern_that_shows_a_small_count_is_not_trusted(monkeypatch):
    from cohorts.reports.pattern_cache import _shared_key

    cube = two_by_three({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 3, ("A", "B"): 15})
    _SUPPRESSED.clear()
    cache.clear()
    primary = {k: "small" for k, v in cube.values["n"].items() if 1 <= v <= 4}
    key = _shared_key(cube, cube.values["n"], primary)
    cache.set(key, {("A", "B"): "complement"})  # tampered or stale: leaves the 3 shown
    withheld = suppress(cube, "n")
    assert withheld[("D", "N")] == "small" and withheld != {("A", "B"): "complement"}


def test_a_shared_pattern_without_its_complements_is_not_trusted():
    from cohorts.reports.pattern_cache import _shared_key

    cube = two_by_three({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 3, ("A", "B"): 15})
    decided = suppress(cube, "n")
    assert len(decided) > 2  # the 3 and the complements that protect it
    _SUPPRESSED.clear()
    primary = {k: "small" for k, v in cube.values["n"].items() if 1 <= v <= 4}
    # Stale or tampered: the small counts alone, which their totals would give away.
    cache.set(_shared_key(cube, cube.values["n"], primary), dict(primary))
    assert suppress(cube, "n") == decided
