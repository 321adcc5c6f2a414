"""A report as a list of tables: what the workbook (one sheet per table) and the tidy CSV (one
row per figure) are written from. A table added to `Report.tables` appears in both without
either knowing of it.

Each row carries where its figures belong — period, Lab, council, theme — so that the tidy CSV
can say it in columns; a table of lines about people or cohorts (`tidy=False`) goes to the
workbook and the PDF only."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .figures import (
    COHORT_MEASURES,
    COUNCIL_COUNTS,
    CUMULATIVE,
    MEASURE,
    MEASURES,
    Cell,
    running_key,
)
from .periods import quarter_label

# The workbook and the CSV have every measure (the page's tables show the headline ones); by
# quarter, all but "active" (a snapshot at the period's end).
DETAIL = [m.key for m in MEASURES if not m.counts_councils]
QUARTER_DETAIL = [key for key in DETAIL if key != "active"]


def _cells(figures, keys: list[str]) -> list[Cell]:
    return [figures[key] for key in keys]


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    percent: bool = False  # its numbers are shares (0 to 1), shown as percentages


@dataclass
class TableRow:
    label: str
    cells: list[Cell]
    period: str = ""
    lab: str = ""
    council: str = ""
    theme: str = ""
    measure: str = ""  # for a row that is about one measure (a target): the tidy CSV's measure
    is_total: bool = False


@dataclass
class Table:
    key: str  # stable: the page's and the workbook's name for it
    title: str
    header: str  # the first column's heading
    columns: list[Column]
    rows: list[TableRow]
    notes: list[str] = field(default_factory=list)
    tidy: bool = True
    sheet: str = ""  # the workbook's name for it, when the title is longer than Excel allows
    outcome: bool = False  # an outcome or equality table: drawn by the page's own section


def text_cell(value) -> Cell:
    """A cell of a line about a person or a cohort: a name, a date (ISO 8601) or a number."""
    if value is None:
        return Cell(None, "")
    if isinstance(value, int | float):
        return Cell(value, str(value))
    if hasattr(value, "isoformat"):
        return Cell(None, value.isoformat())
    return Cell(None, str(value))


def _columns(keys: list[str]) -> list[Column]:
    return [Column(k, str(MEASURE[k].label), MEASURE[k].is_rate) for k in keys]


def report_tables(report) -> list["Table"]:
    """The report's tables, in the order of the page."""
    filters = report.filters
    period = tidy_period(report.period)
    all_labs, all_councils = _("All labs"), _("All councils")
    lab = filters.lab.display_name if filters.lab else all_labs
    council = filters.council.display_name if filters.council else all_councils
    theme = str(_theme_label(filters.theme)) if filters.theme else _("Both themes")
    tables = []

    rows = []
    for group in report.lab_groups:
        name = group.lab.display_name
        for row in group.rows:
            rows.append(
                TableRow(
                    f"{name}: {row.label}",
                    _cells(row.figures, DETAIL),
                    period,
                    name,
                    row.label,
                    theme,
                )
            )
        if group.total:
            rows.append(
                TableRow(
                    f"{name}: {group.total.label}",
                    _cells(group.total.figures, DETAIL),
                    period,
                    name,
                    council,
                    theme,
                    "",
                    True,
                )
            )
    if report.lab_groups:
        rows.append(
            TableRow(
                _("Total"), _cells(report.total, DETAIL), period, lab, council, theme, "", True
            )
        )
    tables.append(
        Table(
            "by_lab",
            _("Figures by lab and council"),
            _("Lab and council"),
            _columns(DETAIL),
            rows,
            [report.notices[k] for k in ("filters", "by_lab", "merged") if k in report.notices],
        )
    )
    if report.labs_with_councils:
        rows = [
            TableRow(
                lab_.display_name, row.council_counts, period, lab_.display_name, council, theme
            )
            for lab_, row in report.labs_with_councils
        ]
        rows.append(
            TableRow(
                all_labs, report.total_row.council_counts, period, lab, council, theme, "", True
            )
        )
        tables.append(
            Table("councils_by_lab", _("Councils by lab"), _("Lab"), _columns(COUNCIL_COUNTS), rows)
        )
    rows = [
        TableRow(row.label, _cells(row.figures, DETAIL), period, lab, council, row.label)
        for row in report.themes
    ]
    if len(report.themes) > 1:
        rows.append(
            TableRow(
                _("Total"), _cells(report.total, DETAIL), period, lab, council, theme, "", True
            )
        )
    tables.append(
        Table(
            "by_theme",
            _("Figures by theme"),
            _("Theme"),
            _columns(DETAIL),
            rows,
            [report.notices[k] for k in ("by_theme", "merged_themes") if k in report.notices],
        )
    )
    rows = [
        TableRow(row.label, _cells(row.figures, QUARTER_DETAIL), row.label, lab, council, theme)
        for row in report.quarters
    ]
    if len(report.quarters) > 1:
        rows.append(
            TableRow(
                _("Total"),
                _cells(report.total, QUARTER_DETAIL),
                period,
                lab,
                council,
                theme,
                "",
                True,
            )
        )
    tables.append(
        Table("by_quarter", _("Figures by quarter"), _("Quarter"), _columns(QUARTER_DETAIL), rows)
    )
    if report.cumulative:
        columns = []
        for key in CUMULATIVE:
            columns.append(Column(key, str(MEASURE[key].label)))
            columns.append(
                Column(
                    running_key(key),
                    _("%(measure)s since the programme began") % {"measure": MEASURE[key].label},
                )
            )
        tables.append(
            Table(
                "cumulative",
                _("Progress since the programme began"),
                _("Quarter"),
                columns,
                [
                    TableRow(
                        row.label,
                        [row.figures[c.key] for c in columns],
                        row.label,
                        lab,
                        council,
                        theme,
                    )
                    for row in report.cumulative
                ],
                sheet=_("Progress to date"),
            )
        )
    if report.targets:
        # A target's figure runs from the programme's start, whatever the period chosen.
        # The CSV's period column: its date in ISO 8601, as every date the portal writes there.
        to_end = _("Programme start to %(end)s") % {"end": report.period.end.isoformat()}
        tables.append(
            Table(
                "targets",
                _("Targets"),
                _("Measure and place"),
                [
                    Column("target", _("Target")),
                    Column("actual", _("Reached")),
                    Column("share", _("Share of target reached"), percent=True),
                ],
                [
                    TableRow(
                        f"{t.measure.label} · {t.lab} · {t.council}",
                        [t.target, t.actual, t.share],
                        to_end,
                        t.lab,
                        t.council,
                        _("Both themes"),
                        str(t.measure.label),
                    )
                    for t in report.targets
                ],
                [
                    _(
                        "Figures are counted from the programme's start to the end of the period; "
                        "targets are for the whole programme."
                    )
                ],
            )
        )
    if report.people is not None:
        tables.append(
            Table(
                "people",
                _("Your council’s people"),
                _("Name"),
                [
                    Column(k, label)
                    for k, label in [
                        ("email", _("Email")),
                        ("cohort", _("Cohort")),
                        ("lab", _("Lab")),
                        ("status", _("Status")),
                        ("enrolled", _("Enrolled")),
                        ("first_activity", _("First activity")),
                        ("progress", _("Progress (%)")),
                        ("sessions_attended", _("Sessions attended")),
                        ("completed", _("Completed")),
                        ("withdrawn", _("Withdrawn")),
                        ("certificate", _("Certificate")),
                    ]
                ],
                [
                    TableRow(
                        p.name,
                        [
                            text_cell(v)
                            for v in (
                                p.email,
                                p.cohort,
                                p.lab,
                                p.status,
                                p.enrolled,
                                p.first_activity,
                                p.progress,
                                p.sessions_attended,
                                p.completed,
                                p.withdrawn,
                                p.certificate,
                            )
                        ],
                    )
                    for p in report.people
                ],
                tidy=False,
            )
        )
    if report.cohorts is not None:
        columns = [
            Column("lab", _("Lab")),
            Column("theme", _("Theme")),
            Column("first_session", _("First session")),
            Column("last_session", _("Last session")),
            *_columns(COHORT_MEASURES),
        ]
        tables.append(
            Table(
                "cohorts",
                _("Cohorts"),
                _("Cohort"),
                columns,
                [
                    TableRow(
                        c.title,
                        [
                            text_cell(c.lab),
                            text_cell(c.theme),
                            text_cell(c.first_session),
                            text_cell(c.last_session),
                            *c.cells,
                        ],
                    )
                    for c in report.cohorts
                ],
                tidy=False,
            )
        )
    # The outcome and equality tables: of the programme (or a lead's council) to date, whatever
    # the period, council and theme chosen (outcomes.py says why).
    to_date = _("Programme to date")
    where = report.council.display_name if report.council else all_councils
    tables += [
        Table(
            t.key,
            t.title,
            t.headers[0],
            [Column(f"{t.key}-{i}", str(h)) for i, h in enumerate(t.headers[1:])],
            [
                TableRow(
                    r.label,
                    list(r.cells),
                    to_date,
                    lab,
                    where,
                    _("Both themes"),
                    f"{t.title}: {r.label}",
                    r.is_total,
                )
                for r in t.rows
            ],
            [*([report.tables_notice] if report.tables_notice else []), *t.notes],
            outcome=True,
        )
        for t in report.outcome_tables
    ]
    return tables


def tidy_period(period) -> str:
    """The tidy rows' name for a period: a quarter is spelled as in the by-quarter and progress
    rows ("Q3 2025–26"), so that one quarter's figures are never under two names."""
    if period.key.startswith("fy-") and "-q" in period.key:
        return quarter_label(period.node[1], period.node[2])
    return period.label


def _theme_label(value: str) -> str:
    from ..models import Theme

    return Theme(value).label


# --- The tidy (long) form: one row per figure ---------------------------------------------------


def tidy_header() -> list[str]:
    return [_("Period"), _("Lab"), _("Council"), _("Theme"), _("Measure"), _("Value"), _("Note")]


def tidy_rows(tables: list[Table]) -> list[list[str]]:
    """Every figure of the tidy tables once: (period, Lab, council, theme, measure, value,
    note). A figure shown in two tables (a total) is written once. A withheld or not applicable
    figure has no value and its symbol ("<5", "[c]", "[m]", "n/a") as the note."""
    seen, out = set(), []
    for table in tables:
        if not table.tidy:
            continue
        for row in table.rows:
            for column, cell in zip(table.columns, row.cells, strict=True):
                measure = f"{row.measure}: {column.label}" if row.measure else column.label
                key = (row.period, row.lab, row.council, row.theme, measure)
                if key in seen:
                    continue
                seen.add(key)
                shown = cell.value is not None and not cell.withheld
                out.append([*key, cell.text if shown else "", "" if shown else cell.text])
    return out
