"""A rate in "Other councils" (build._Figures.merged): each part is the sum of the merged
figures of its measure, or n/a where none of that measure is merged. A rate over an n/a part
is n/a, never an error (sessions held merged, sessions attended all shown, say)."""

from cohorts.reports.figures import NOT_APPLICABLE, Cell, count_cell, rate_cell


def test_a_rate_with_an_na_part_is_na():
    assert rate_cell(NOT_APPLICABLE, count_cell(12)) == NOT_APPLICABLE
    assert rate_cell(count_cell(6), NOT_APPLICABLE) == NOT_APPLICABLE
    assert rate_cell(count_cell(6), count_cell(12)) == Cell(0.5, "50%")
    assert rate_cell(count_cell(3, "small"), count_cell(12)).text == "[c]"
