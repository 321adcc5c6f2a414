"""Progress reports: the figures, how they are counted, and what each reader may see of them.

Every figure is counted by the database in a fixed number of grouped queries — by lab, council,
theme and quarter — whatever the number of participants, cohorts or completions (`queries`).
Python adds those groups up into a cube (every lab, council, theme and period, with their
totals; `disclosure.Cube`) and, for funders, decides which figures to withhold
(`disclosure`, remembered by `pattern_cache`). `build` reads the cube into the rows of a report;
`exports` turns a report into a CSV or PDF in the background, `charts` draws it, `views` serves
it. The disclosure policy is written down in docs/reporting.md.

Leads see their own council, unsuppressed, with their staff by name; staff see everything,
unsuppressed, with a line per cohort.
"""

from .build import Report, report_for
from .figures import (
    BY_QUARTER,
    COHORT_MEASURES,
    HEADLINE,
    MEASURE,
    MEASURES,
    NOT_APPLICABLE,
    Cell,
)
from .filters import (
    AUDIENCES,
    InvalidFilter,
    ReportFilters,
    ReportOptions,
    report_filters,
    report_options,
)
from .periods import Period, period_label, quarter_bounds, quarter_of

__all__ = [
    "AUDIENCES",
    "BY_QUARTER",
    "COHORT_MEASURES",
    "HEADLINE",
    "MEASURE",
    "MEASURES",
    "NOT_APPLICABLE",
    "Cell",
    "InvalidFilter",
    "Period",
    "Report",
    "ReportFilters",
    "ReportOptions",
    "period_label",
    "quarter_bounds",
    "quarter_of",
    "report_filters",
    "report_for",
    "report_options",
]
