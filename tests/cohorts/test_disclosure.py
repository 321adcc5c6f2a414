"""The disclosure policy (docs/reporting.md) on its own: plain Python, no database."""

import subprocess
import sys
from pathlib import Path

from hypothesis import example, given, settings

from cohorts.reports import disclosure
from cohorts.reports.disclosure import (
    ALL,
    Cube,
    _equations,
    _narrowed,
    flat_dimension,
    time_dimension,
    totals_over,
)
from tests.cohorts.test_reports_suppression import _lines, cells, solvable

ROOT = Path(__file__).resolve().parents[2]
EXACT = totals_over(1, 2)  # totals over councils and themes: the programme, a Lab, a period


def test_the_disclosure_module_imports_nothing_from_django():
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('disclosure', {str(ROOT / 'cohorts/reports/disclosure.py')!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "assert module.Cube and module.suppress\n"
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/"
    )
    assert result.stdout.strip() == "[]"


def lab_by_council(rows: dict) -> Cube:
    """Lab × council × theme (one theme) × one quarter, as reports build it."""
    axis = [("q", 2025, 1)]
    cube = Cube(
        [
            flat_dimension("lab", sorted({lab for lab, _c in rows})),
            flat_dimension("council", ["B", "C", "N", "T"]),
            flat_dimension("theme", ["dec"]),
            time_dimension(axis),
        ]
    )
    for (lab, council), n in rows.items():
        cube.add("n", (lab, council, "dec", axis[0]), n)
    return cube


def key(lab, council, time=ALL):
    return (lab, council, ALL, time)


def test_always_exact_totals_are_never_withheld_and_inner_cells_protect_small_ones():
    cube = lab_by_council({("D", "B"): 20, ("D", "C"): 12, ("D", "N"): 3})
    withheld = disclosure.suppress(cube, "n", exact=EXACT, merge_along=(1, 2))
    assert not any(EXACT(k) for k in withheld)
    assert withheld[key("D", "N")] == "small"
    # The complement is the smallest inner cell left (Cardiff's 12), never the Lab's total 35.
    assert withheld[key("D", "C")] == "complement"
    assert key("D", "B") not in withheld


def test_a_cell_that_alone_makes_up_an_exact_total_is_shown():
    cube = lab_by_council({("D", "N"): 3, ("A", "B"): 20})
    withheld = disclosure.suppress(cube, "n", exact=EXACT, merge_along=(1, 2))
    # Newport is the Data Lab's only council: its 3 is the Lab's total, which is exact.
    assert key("D", "N") not in withheld
    assert withheld == {}


def test_a_small_count_only_a_total_could_protect_is_merged_into_other_councils():
    # 1 + 5 = 6: withholding both as "<5" and "[c]" still says 1 (a complement is at least 5);
    # the total may not go, so the two councils are shown together.
    cube = lab_by_council({("D", "B"): 1, ("D", "C"): 5})
    withheld = disclosure.suppress(cube, "n", exact=EXACT, merge_along=(1, 2))
    assert withheld[key("D", "B")] == "merged" and withheld[key("D", "C")] == "merged"
    assert not any(EXACT(k) for k in withheld)
    assert not {key("D", "B"), key("D", "C")} & solvable(cube, withheld)


def test_without_exact_totals_the_old_rule_still_holds():
    cube = lab_by_council({("D", "B"): 1, ("D", "C"): 5})
    withheld = disclosure.suppress(cube, "n")
    assert withheld[key("D", ALL)] in ("complement", "small")  # a total could go, and did


def reader_knows(key: tuple, reason: str) -> tuple[float, float]:
    """What a reader knows of a withheld figure from how it is shown (docs/reporting.md),
    written here rather than taken from the module under test."""
    return {"small": (1, 4), "complement": (5, float("inf")), "merged": (0, float("inf"))}[reason]


AXIS = [("q", 2024, 3), ("q", 2024, 4), ("q", 2025, 1), ("q", 2025, 2)]


@settings(max_examples=60, deadline=None, derandomize=True)  # the same examples in CI
@given(cells)
@example(
    {
        ("A", "B", "dec", ("q", 2024, 3)): 2,
        ("A", "B", "dec", ("q", 2024, 4)): 1,
        ("A", "T", "dec", ("q", 2024, 4)): 1,
        ("A", "T", "com", ("q", 2024, 3)): 3,
    }
)
@example({("A", "B", "dec", ("q", 2024, 3)): 1, ("A", "C", "dec", ("q", 2024, 3)): 5})
@example({("A", "B", "dec", ("q", 2024, 3)): 1, ("A", "C", "dec", ("q", 2024, 3)): 1})
@example({("A", "B", "dec", ("q", 2024, 3)): 1, ("A", "B", "com", ("q", 2024, 3)): 1})
@example(
    # A reviewer's case: the first rounds of merging left small counts pinned.
    {
        ("A", "B", "dec", ("q", 2024, 4)): 5,
        ("A", "C", "com", ("q", 2024, 4)): 1,
        ("A", "C", "dec", ("q", 2025, 1)): 4,
        ("A", "B", "dec", ("q", 2025, 2)): 3,
        ("D", "B", "com", ("q", 2024, 4)): 7,
    }
)
def test_no_exact_total_is_withheld_and_no_withheld_figure_can_be_worked_out(values):
    cube = Cube(
        [
            flat_dimension("lab", ["A", "D", "P"]),
            flat_dimension("council", ["B", "C", "N", "T"]),
            flat_dimension("theme", ["dec", "com"]),
            time_dimension(AXIS),
        ]
    )
    for k, n in values.items():
        cube.add("n", k, n)
    figures = cube.values["n"]
    withheld = disclosure.suppress(cube, "n", exact=EXACT, merge_along=(1, 2))
    # No always-exact total is ever withheld.
    assert not [k for k in withheld if EXACT(k)]
    # Every count from 1 to 4 that the exact totals do not already give away is withheld.
    known = disclosure.given_by_totals(cube, figures, EXACT)
    smalls = {k for k, n in figures.items() if 1 <= n <= 4 and k not in known}
    assert smalls <= set(withheld)
    # No small count can be pinned by carrying ranges from line to line ...
    ranges = _narrowed(_equations(_lines(cube), figures, withheld), withheld, reader_knows)
    assert all(ranges[k][0] < ranges[k][1] for k in smalls), [
        (k, figures[k], ranges[k]) for k in smalls if ranges[k][0] >= ranges[k][1]
    ]
    # ... nor by solving every line together.
    assert not smalls & solvable(cube, withheld)
