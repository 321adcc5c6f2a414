"""What is counted (the measures and their definitions), and how a figure is shown (a `Cell`:
a number, or withheld with no value at all); the rows a report is made of."""

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from labs.models import Lab

# --- What is counted -------------------------------------------------------------------------


# Who a measure's small figures are withheld from (docs/reporting.md). Headcounts of people
# taking part are not sensitive; how people did is, for funders; outcome and equality figures
# (measures still to come) are withheld from every audience. Totals for the programme, each Lab
# and each period are exact whatever the rule.
HEADCOUNT = "headcount"
FUNDERS = "funders"
EVERYONE = "everyone"


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    definition: str
    rate_of: tuple[str, str] | None = None  # (numerator, denominator) for a rate
    protected_from: str = FUNDERS  # HEADCOUNT (never withheld), FUNDERS or EVERYONE
    councils_with: str = ""  # for a count of councils: the measure a council needs above zero
    # "hours": counted in minutes (they add up exactly), shown in hours; withheld by the people
    # behind the figure, not by its size (see build._Figures).
    unit: str = ""

    @property
    def is_rate(self) -> bool:
        return self.rate_of is not None

    @property
    def counts_councils(self) -> bool:
        return bool(self.councils_with)

    def withheld_for(self, audience: str) -> bool:
        """Whether small figures of this measure are withheld from `audience`."""
        if self.protected_from == EVERYONE:
            return True
        return self.protected_from == FUNDERS and audience == "funder"


MEASURES = [
    Measure(
        "enrolled",
        gettext_lazy("Enrolled"),
        gettext_lazy("People enrolled on a Lab, counted by the date they were enrolled."),
        protected_from=HEADCOUNT,
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
        protected_from=HEADCOUNT,
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
MEASURES += [
    Measure(
        "learning_hours",
        gettext_lazy("Learning hours"),
        gettext_lazy(
            "Hours of learning: for each session attended (as the register marks it, in the "
            "period), the session's length; and for each week whose required activities a "
            "person finished (counted when the last of them was done), the minutes given for "
            "that week's materials and for the activities they did in it. Withheld for a "
            "council where fewer than 5 people are behind it, or where its sessions attended "
            "are withheld."
        ),
        unit="hours",
    ),
]
MEASURES += [
    Measure(
        "councils_taking_part",
        gettext_lazy("Councils taking part"),
        gettext_lazy(
            "Councils with at least one member of staff enrolled on a cohort in the period, or "
            "on a cohort with a session held in the period."
        ),
        protected_from=HEADCOUNT,
        councils_with="taking_part",
    ),
    Measure(
        "councils_supported",
        gettext_lazy("Councils supported"),
        gettext_lazy(
            "Councils with at least one member of staff who started (did their first activity) "
            "in the period."
        ),
        protected_from=HEADCOUNT,
        councils_with="started",
    ),
]
MEASURE = {m.key: m for m in MEASURES}
# The columns of the tables on the page and in the PDF; the CSV has every measure.
HEADLINE = [
    "councils_taking_part",
    "councils_supported",
    "enrolled",
    "started",
    "active",
    "completed",
    "withdrawn",
    "certificates",
    "completion_rate",
    "attendance_rate",
    "learning_hours",
]
# Measures that add up over time; "active" is a snapshot at the period's end, and a count of
# councils does not add up over anything.
TIMED = [m.key for m in MEASURES if not m.is_rate and not m.counts_councils and m.key != "active"]
BY_QUARTER = [key for key in HEADLINE if key != "active"]
# Councils are counted for the programme, each Lab and each quarter (the summary, "Councils by
# Lab" and the quarter table), not in the tables by council or by theme.
BY_THEME = [key for key in HEADLINE if not MEASURE[key].counts_councils]
COUNCIL_COUNTS = [key for key in HEADLINE if MEASURE[key].counts_councils]
# The page's and the PDF's table by theme leaves learning hours to the workbook and the CSV, so
# that it fits a desktop screen's column.
THEME_TABLE = [key for key in BY_THEME if key != "learning_hours"]
COHORT_MEASURES = [
    key
    for key in HEADLINE
    if key not in ("completion_rate", "learning_hours") and not MEASURE[key].counts_councils
]


# --- Cells: what is shown -------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One figure as its reader may see it. A withheld figure carries no value at all."""

    value: int | float | None
    text: str
    withheld: bool = False
    reason: str = ""  # "small" (1–4), "complement" (protects another), "merged" or "" when shown

    @property
    def number(self) -> float:
        """For charts: the value, or 0 when withheld or not applicable."""
        return self.value or 0


NOT_APPLICABLE = Cell(None, "n/a")


def count_cell(value: int, reason: str = "") -> Cell:
    if reason == "small":
        return Cell(None, "<5", True, reason)
    if reason == "merged":  # shown only within "other councils"
        return Cell(None, "[m]", True, reason)
    if reason:
        return Cell(None, "[c]", True, reason)
    return Cell(value, str(value))


def hours_cell(minutes: int, reason: str = "") -> Cell:
    """Learning hours from minutes, to one decimal place; withheld as "[c]" (the figure is not
    a count of people, so "<5" would mislead)."""
    if reason == "merged":
        return Cell(None, "[m]", True, reason)
    if reason:
        return Cell(None, "[c]", True, reason)
    hours = round(minutes / 60, 1)
    if hours == int(hours):
        return Cell(int(hours), str(int(hours)))
    return Cell(hours, f"{hours:.1f}")


def measure_cell(measure: "Measure", value: int, reason: str = "") -> Cell:
    """A figure of a counted measure (not a rate, not a count of councils)."""
    if measure.unit == "hours":
        return hours_cell(value, reason)
    return count_cell(value, reason)


def rate_cell(numerator: Cell, denominator: Cell, *, gate: bool = False) -> Cell:
    if denominator.withheld or numerator.withheld or gate:
        return Cell(None, "[c]", True, "complement")
    # n/a over a figure: "Other councils" with sessions held merged but none of their
    # sessions attended has no rate to show (and must not fail).
    if not denominator.value or numerator.value is None:
        return NOT_APPLICABLE
    rate = numerator.value / denominator.value
    return Cell(rate, f"{round(rate * 100)}%")


Figures = dict[str, Cell]


# --- The report ---------------------------------------------------------------------------


@dataclass
class Row:
    label: str
    figures: Figures
    is_total: bool = False

    @property
    def by_quarter(self) -> list[Cell]:
        return [self.figures[key] for key in BY_QUARTER]

    @property
    def by_theme(self) -> list[Cell]:
        return [self.figures[key] for key in BY_THEME]

    @property
    def council_counts(self) -> list[Cell]:
        return [self.figures[key] for key in COUNCIL_COUNTS]

    @property
    def theme_cells(self) -> list[Cell]:
        return [self.figures[key] for key in THEME_TABLE]


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
    certificate: dt.date | str  # the day it was issued, "Revoked" or ""


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
class TargetRow:
    """A target beside the figure it is for, counted from the programme's start to the end of
    the period, and the share of it reached. Targets are not about people: always shown."""

    measure: Measure
    lab: str
    council: str
    target: Cell
    actual: Cell
    share: Cell


# Starts, completions and learning hours, quarter by quarter and running since the programme
# began (the "cumulative progress" table and chart).
CUMULATIVE = ["started", "completed", "learning_hours"]


def running_key(key: str) -> str:
    return f"{key}_to_date"
