"""A small count given away from farther off than its own lines (docs/reporting.md, "merged"):
a worked example. Plain Python, no database.

The Data Lab, one theme, the financial year 2025–26:

    council    enrolled Q1  completed Q1  enrolled Q2  completed Q2
    Bridgend        3            3             2            2
    Newport         .            .             6            5

A funder sees exactly the Lab's totals (Q1: 3; Q2: 7; the year and the programme to date: 10)
and the headcounts (Bridgend 3 in Q1 and 5 in all; Newport 6). Q1's 3 is Bridgend's alone,
so it is shown. Bridgend's 2 in Q2 is small: Q2's councils go into "Other councils (…): 7".
That was not enough. Bridgend's programme-to-date figure stayed "[c]" (at least 5) beside its 5
people enrolled, so it could only be 5; 5 less Q1's 3 shown gives Q2's 2. Nothing on Q2's own
lines was left to merge, so the audit gave up, logged "Small counts left unprotected" and the
report showed the pattern as it was. Now the lines through the other withheld figures are merged
too, and no small count can be worked out. Cardiff, with nobody on the Lab, is not merged: a
headcount of 0 already says its figure is 0."""

import logging

from cohorts.reports import disclosure
from cohorts.reports.disclosure import (
    ALL,
    Cube,
    _equations,
    _narrowed,
    flat_dimension,
    quarter_node,
    time_dimension,
    totals_over,
    year_node,
)
from tests.cohorts.test_reports_suppression import _lines, solvable

EXACT = totals_over(1, 2)
Q1, Q2 = quarter_node(2025, 1), quarter_node(2025, 2)
ENROLLED = {("D", "B", Q1): 3, ("D", "B", Q2): 2, ("D", "N", Q2): 6}
COMPLETED = {("D", "B", Q1): 3, ("D", "B", Q2): 2, ("D", "N", Q2): 5}


def _programme():
    cube = Cube(
        [
            flat_dimension("lab", ["A", "D"]),
            flat_dimension("council", ["B", "C", "N"]),
            flat_dimension("theme", ["dec"]),
            time_dimension([Q1, Q2]),
        ]
    )
    for (lab, council, quarter), n in COMPLETED.items():
        cube.add("completed", (lab, council, "dec", quarter), n)
    # The people enrolled by the end of each period, written out here (not taken from the
    # report's code): what a funder reads from the exact headcounts.
    people = {}
    for lab, council in {(lab, council) for lab, council, _q in ENROLLED}:
        q1 = ENROLLED.get((lab, council, Q1), 0)
        whole = q1 + ENROLLED.get((lab, council, Q2), 0)
        for theme in ("dec", ALL):
            for where in ((lab, council), (lab, ALL), (ALL, council), (ALL, ALL)):
                for time, n in ((Q1, q1), (Q2, whole), (year_node(2025), whole), (ALL, whole)):
                    key = (*where, theme, time)
                    if n and not EXACT(key):
                        people[key] = people.get(key, 0) + n
    return cube, people


def _reader_knows(people):
    """What a funder knows of a withheld figure: "<5" 1 to 4, "[c]" at least 5, "[m]" 0 or
    more; none more than the people enrolled behind it (and "<5" of fewer than 5 people may be
    0)."""

    def bounds(key, reason):
        lo, hi = {"small": (1, 4), "complement": (5, float("inf")), "merged": (0, float("inf"))}[
            reason
        ]
        if (cap := people.get(key)) is not None:
            lo = 0 if reason == "small" and cap < 5 else lo
            hi = min(hi, cap)
        return lo, hi

    return bounds


def test_a_small_count_pinned_from_farther_off_is_protected(caplog):
    cube, people = _programme()
    figures = cube.values["completed"]
    with caplog.at_level(logging.ERROR, logger=disclosure.__name__):
        withheld = disclosure.suppress(
            cube, "completed", exact=EXACT, merge_along=(1, 2), people=people
        )
    assert "Small counts left unprotected" not in caplog.text
    bridgend_q2 = ("D", "B", ALL, Q2)
    assert withheld[bridgend_q2] == "merged"  # in "Other councils" with Newport's 5
    # Cardiff has nobody on the Lab: its 0 (shown by its headcount of 0) protects nothing, so
    # it is not merged, and "Other councils" does not name it.
    assert not [k for k in withheld if k[1] == "C"]
    assert not [k for k in withheld if EXACT(k)]  # the Lab's totals stay exact
    # The worked derivation fails: Bridgend's figure to date no longer says "at least 5".
    assert withheld.get(("D", "B", ALL, ALL)) != "complement"
    ranges = _narrowed(_equations(_lines(cube), figures, withheld), withheld, _reader_knows(people))
    smalls = [k for k in withheld if figures.get(k, 0) in range(1, 5)]
    assert bridgend_q2 in smalls
    assert all(ranges[k][0] < ranges[k][1] for k in smalls), [
        (k, figures.get(k, 0), ranges[k]) for k in smalls if ranges[k][0] >= ranges[k][1]
    ]
    assert not set(smalls) & solvable(cube, withheld)
