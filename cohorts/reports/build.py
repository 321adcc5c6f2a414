"""A report assembled: the cubes filled from the queries, suppressed for funders, and read into
the rows that the page, the CSV and the PDF show."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import Council, User

from ..models import (
    Target,
    TargetMeasure,
    Theme,
)
from . import pattern_cache
from .disclosure import (
    ALL,
    SMALL,
    Cube,
    flat_dimension,
    quarter_node,
    small,
    time_dimension,
)
from .figures import (
    BY_QUARTER,
    BY_THEME,
    COUNCIL_COUNTS,
    CUMULATIVE,
    HEADLINE,
    MEASURE,
    MEASURES,
    NOT_APPLICABLE,
    THEME_TABLE,
    TIMED,
    Cell,
    CohortRow,
    Figures,
    LabGroup,
    Measure,
    PersonRow,
    Row,
    TargetRow,
    count_cell,
    measure_cell,
    rate_cell,
    running_key,
)
from .filters import ReportFilters, ReportOptions
from .kept import HeldIn, cohorts_in, kept_read
from .outcomes import Table as OutcomeTable
from .outcomes import outcome_tables
from .periods import Period, quarter_axis, quarter_label, quarter_of
from .queries import (
    _active_query,
    _cohort_rows,
    _people_rows,
    _scope,
    _window,
    counting,
    scope_ids,
)
from .tables import report_tables


def add_rows(timed: Cube, people: Cube, rows_by_measure: dict, people_at: dict) -> None:
    """Fill the cubes: each timed measure's rows by Lab, council, theme and quarter, and the
    people with a session held at each node of time (kept.py), which do not add up over time."""
    quarter = _quarter_nodes()
    for name, rows in rows_by_measure.items():
        # Summed by entry first (the self-study minutes come a day at a time): the cube is
        # added to once per Lab, council, theme and quarter.
        sums: dict[tuple, int] = defaultdict(int)
        for row in rows:
            sums[(row["g_lab"], row["g_council"], row["g_theme"], quarter(row["g_q"]))] += row["n"]
        for leaf, n in sums.items():
            timed.add(name, leaf, n)
    for key, n in people_at.items():
        people.add_at("people", key, n, fixed=3)


def _quarter_nodes():
    """quarter_node(*quarter_of(date)), remembered per date (asked for once per row)."""
    nodes: dict = {}

    def node(date) -> tuple:
        if date not in nodes:
            nodes[date] = quarter_node(*quarter_of(date))
        return nodes[date]

    return node


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
    # Each quarter from the programme's start to the end of the period, with running totals.
    cumulative: list[Row] = field(default_factory=list)
    targets: list[TargetRow] = field(default_factory=list)
    # What the workbook and the tidy CSV are written from (tables.py); other tables are added
    # to this list.
    tables: list = field(default_factory=list)
    # The outcome and equality figures (`outcomes.py`), shown alike on the page and in the PDF;
    # `report_tables` adds them to `tables` for the workbook and the tidy CSV.
    outcome_tables: list[OutcomeTable] = field(default_factory=list)
    tables_notice: str = ""  # why those tables do not follow the filters, when some are chosen

    @property
    def suppressed(self) -> bool:
        return self.audience == "funder"

    @property
    def period(self) -> Period:
        return self.filters.period

    @property
    def by_quarter(self) -> list[Measure]:
        return [MEASURE[key] for key in BY_QUARTER]

    @property
    def by_theme(self) -> list[Measure]:
        return [MEASURE[key] for key in BY_THEME]

    @property
    def council_counts(self) -> list[Measure]:
        return [MEASURE[key] for key in COUNCIL_COUNTS]

    @property
    def theme_measures(self) -> list[Measure]:
        return [MEASURE[key] for key in THEME_TABLE]

    @property
    def labs_with_councils(self) -> list[tuple]:
        """(lab, its "All councils" row) for the table of councils by Lab; none when the
        report is of one council (a lead's, or one chosen)."""
        return [(g.lab, g.total) for g in self.lab_groups if g.total is not None]

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


# The cube's dimensions: lab, council, theme, time. Totals over councils and themes — the
# programme, each Lab, each period — are always exact.
COUNCIL, THEME = 1, 2
EXACT_OVER = (COUNCIL, THEME)


def _people_enrolled(timed: Cube) -> dict[tuple, int]:
    """For each entry of the cube, the people enrolled in its Lab, council and theme by the end
    of its period: no figure about how they did can be more, and a reader who sees the exact
    headcounts knows it. The time dimension's leaves are quarters, oldest first."""
    time = timed.dimensions[3]
    quarters = time.leaves
    by_place: dict[tuple, dict] = defaultdict(dict)
    for key, n in timed.values["enrolled"].items():
        if key[3] in quarters:
            by_place[key[:3]][key[3]] = n
    people: dict[tuple, int] = {}
    for place, counts in by_place.items():
        running = 0
        last_of_year: dict = {}
        for quarter in quarters:
            running += counts.get(quarter, 0)
            people[place + (quarter,)] = running
            last_of_year[time.parent_of[quarter]] = running
        for year, n in last_of_year.items():
            people[place + (year,)] = n
        people[place + (ALL,)] = running
    return {key: n for key, n in people.items() if n}


class _Figures:
    """Reads Figures out of the cubes, withholding what this audience may not see of each measure
    (`Measure.withheld_for`; docs/reporting.md): small figures below the always-exact totals
    (over councils and themes: the programme, each Lab, each period), with complements among
    inner entries and councils merged where nothing else protects a count."""

    def __init__(self, timed: Cube, active: Cube, people: Cube, audience: str, councils: list):
        self.timed, self.active, self.people = timed, active, people
        self.councils = councils  # the council leaves, for counts of councils
        self.withheld: dict[str, dict[tuple, str]] = {}
        # Zeros that may join "other councils": councils with people on that Lab and theme.
        mergeable = frozenset(
            key[:3]
            for key, n in timed.values["enrolled"].items()
            if n and key[3] == ALL and key[COUNCIL] != ALL
        )
        rules = {"exact_over": EXACT_OVER, "merge_along": EXACT_OVER, "mergeable": mergeable}
        # Hours last: they are withheld wherever the counts they would reveal are.
        protected = sorted(
            (m for m in TIMED if MEASURE[m].withheld_for(audience)),
            key=lambda m: MEASURE[m].unit == "hours",
        )
        enrolled = _people_enrolled(timed) if protected else {}
        for measure in protected:
            primary, people = small, enrolled
            if measure in ("sessions_held", "sessions_attended"):
                # Counted in person-sessions: the people behind them are the attendance
                # population (see `_attendance_primary`), not a cap on the count.
                primary, people = self._attendance_primary, None
            elif MEASURE[measure].unit == "hours":
                # Minutes are no count of people: withheld ("[c]") where fewer than five people
                # are enrolled behind them, whatever their size; never capped by a headcount.
                # And wherever sessions attended are withheld, for whatever reason: hours are
                # sessions attended × their length, and would give the count back.
                revealed = set(self.withheld.get("sessions_attended", {}))
                primary, people = self._few_people_primary(enrolled, revealed), None
            elif measure == "finished_completed":
                people = dict(timed.values["finished_enrolled"])
            self.withheld[measure] = pattern_cache.suppress(
                timed, measure, primary, people=people, **rules
            )
        if MEASURE["active"].withheld_for(audience):
            people = {key[:3]: n for key, n in enrolled.items() if key[3] == ALL}
            self.withheld["active"] = pattern_cache.suppress(
                active, "active", people=people, **rules
            )

    def _attendance_primary(self, key: tuple, value: int) -> str:
        """Person-sessions are withheld as small counts, and also ("[c]") when fewer than five
        people are behind them: one person's six sessions must not show as their attendance."""
        if value in SMALL:
            return "small"
        return "complement" if self.people_at(key) in SMALL else ""

    @staticmethod
    def _few_people_primary(enrolled: dict[tuple, int], withheld: set = frozenset()):
        def primary(key: tuple, value: int) -> str:
            return "complement" if enrolled.get(key, 0) in SMALL or key in withheld else ""

        return primary

    def people_at(self, key: tuple) -> int:
        return self.people.get("people", key)

    def _lookup(self, measure: str, key: tuple) -> tuple[Cube, tuple]:
        if measure == "active":
            return self.active, key[:3]
        return self.timed, key

    def reason(self, measure: str, key: tuple) -> str:
        return self.withheld.get(measure, {}).get(self._lookup(measure, key)[1], "")

    def value(self, measure: str, key: tuple) -> int:
        cube, lookup = self._lookup(measure, key)
        return cube.get(measure, lookup)

    def count(self, measure: str, key: tuple) -> Cell:
        return measure_cell(MEASURE[measure], self.value(measure, key), self.reason(measure, key))

    def councils_cell(self, measure: Measure, key: tuple) -> Cell:
        """How many councils have the measure's figure above zero: exact, and only where the
        figures are for all councils (for one council it would say nothing more)."""
        if key[COUNCIL] != ALL:
            return NOT_APPLICABLE
        n = 0
        for council in self.councils:
            at = key[:COUNCIL] + (council,) + key[COUNCIL + 1 :]
            if measure.councils_with == "taking_part":
                n += bool(self.timed.get("enrolled", at) or self.people.get("people", at))
            else:
                n += bool(self.timed.get(measure.councils_with, at))
        return count_cell(n)

    def figures(self, key: tuple) -> Figures:
        figures = {}
        for m in MEASURES:
            if m.counts_councils:
                figures[m.key] = self.councils_cell(m, key)
            elif not m.is_rate:
                figures[m.key] = self.count(m.key, key)
        # A rate is withheld with its numerator or denominator. (Below the totals, a figure
        # about fewer than five people is withheld already — person-sessions too, see
        # `_attendance_primary` — unless the exact totals give it away, as they would the rate.)
        for m in MEASURES:
            if m.is_rate:
                numerator, denominator = m.rate_of
                figures[m.key] = rate_cell(figures[numerator], figures[denominator])
        return figures

    def merged(self, keys: list[tuple]) -> tuple[list, Figures] | None:
        """The "other councils" of one line (`keys`: its councils' entries): the councils merged
        for any measure, and for each measure the sum of its merged entries (n/a for a measure
        with none); None when nothing in the line is merged."""
        councils: set = set()
        figures: Figures = {}
        for m in MEASURES:
            if m.is_rate or m.counts_councils:
                continue
            hits = [k for k in keys if self.reason(m.key, k) == "merged"]
            councils.update(k[COUNCIL] for k in hits)
            total = sum(self.value(m.key, k) for k in hits)
            figures[m.key] = measure_cell(m, total) if hits else NOT_APPLICABLE
        if not councils:
            return None
        for m in MEASURES:
            if m.counts_councils:
                figures[m.key] = NOT_APPLICABLE
            elif m.is_rate:
                numerator, denominator = m.rate_of
                figures[m.key] = rate_cell(figures[numerator], figures[denominator])
        return sorted(councils, key=self.councils.index), figures


def _running(read: _Figures, measure: str, keys: list[tuple]) -> Cell:
    """A measure added up over entries (quarters): exact where each entry is shown (it says
    nothing the entries do not), withheld ("[c]") where any of them is."""
    if any(read.reason(measure, key) for key in keys):
        return Cell(None, "[c]", True, "complement")
    return measure_cell(MEASURE[measure], sum(read.value(measure, key) for key in keys))


def _cumulative(read: _Figures, place: tuple, quarters: list) -> list[Row]:
    rows = []
    for i, quarter in enumerate(quarters):
        figures = {}
        for key in CUMULATIVE:
            figures[key] = read.count(key, place + (quarter,))
            figures[running_key(key)] = _running(
                read, key, [place + (q,) for q in quarters[: i + 1]]
            )
        rows.append(Row(quarter_label(quarter[1], quarter[2]), figures))
    return rows


def _share(actual: Cell, target: int) -> Cell:
    if actual.withheld:
        return Cell(None, "[c]", True, "complement")
    if not target:
        return NOT_APPLICABLE
    share = actual.value / target
    return Cell(share, f"{round(share * 100)}%")


def _targets(
    read: _Figures, options: ReportOptions, quarters: list, councils: list
) -> list[TargetRow]:
    """Each target with the figure from the programme's start to the end of the period. A lead
    sees their own council's targets only (their figures are of their council alone)."""
    targets = Target.objects.select_related("lab", "council").order_by(
        "measure", "lab__code", "council__name"
    )
    if options.audience == "lead":
        targets = targets.filter(council_id=options.user.council_id)
    rows = []
    for target in targets:
        lab = target.lab_id or ALL
        council = target.council_id or ALL
        keys = [(lab, council, ALL, q) for q in quarters]
        if target.measure == TargetMeasure.COUNCILS_SUPPORTED:
            # Councils with anyone started by the end of the period (an exact count).
            n = sum(
                1
                for c in councils
                if any(read.timed.get("started", (lab, c, ALL, q)) for q in quarters)
            )
            actual = count_cell(n)
        else:
            actual = _running(read, target.measure, keys)
        rows.append(
            TargetRow(
                MEASURE[target.measure],
                target.lab.display_name if target.lab else _("All labs"),
                target.council.display_name if target.council else _("All councils"),
                count_cell(target.value),
                actual,
                _share(actual, target.value),
            )
        )
    return rows


def _is_empty(figures: Figures) -> bool:
    return all(cell.value in (None, 0) and not cell.withheld for cell in figures.values())


def _funder_notices(filters: ReportFilters) -> dict[str, str]:
    """What a funder's report says about the splits it leaves out."""
    notices = {}
    if filters.theme_dropped:
        notices["filters"] = _(
            "Figures for one Lab in one council are not split by theme for funders, as that "
            "would be finer than lab and council: these are for both themes."
        )
    if filters.theme and filters.council:
        notices["by_lab"] = _(
            "With a council and a theme chosen, figures are not split by Lab: by Lab, council "
            "and theme would be finer than lab and council."
        )
    elif filters.theme:
        notices["by_lab"] = _(
            "With a theme chosen, each Lab is shown for all councils together: by council and "
            "theme would be finer than lab and council."
        )
    return notices


def _lab_group(lab, *, at, read, councils, options, filters, notices, node) -> LabGroup | None:
    """One Lab's rows of the report (a council each, "Other councils", the subtotal), or None
    when it has nothing to show. Adds to `notices` what its rows need explained."""
    coarse = options.audience == "funder"
    council_sel = filters.council.pk if filters.council else ALL
    theme_sel = filters.theme or ALL
    if coarse and filters.theme:
        subtotal = Row(_("All councils"), at(lab.pk, ALL, theme_sel), is_total=True)
        if not _is_empty(subtotal.figures):
            return LabGroup(lab, [], subtotal)
        return None
    rows = [Row(c.display_name, at(lab.pk, c.pk, theme_sel)) for c in councils]
    rows = [row for row in rows if not _is_empty(row.figures)]
    if not rows:
        return None
    whole_line = [(lab.pk, c.pk, theme_sel, node) for c in options.councils]
    if any(cell.reason == "merged" for row in rows for cell in row.figures.values()):
        notices["merged"] = _(
            "[m]: a figure shown only within “Other councils”, with the figures of the other "
            "councils named there, because no other figure could protect the small numbers "
            "in it without hiding a total."
        )
    # "Other councils" sums the whole line, whichever councils are chosen; for one council
    # chosen it is not shown (it would be that council's own figure).
    if (merged := read.merged(whole_line)) and not filters.council:
        names = {c.pk: c.display_name for c in options.councils}
        merged_councils, merged_figures = merged
        rows.append(
            Row(
                _("Other councils (%(names)s)")
                % {"names": ", ".join(names[pk] for pk in merged_councils)},
                merged_figures,
            )
        )
    subtotal = None
    if len(councils) > 1:
        subtotal = Row(_("All councils"), at(lab.pk, council_sel, theme_sel), is_total=True)
    return LabGroup(lab, rows, subtotal)


def report_for(
    *,
    user: User,
    filters: ReportFilters,
    options: ReportOptions,
    today: dt.date | None = None,
    lines: bool = True,
) -> Report:
    """The progress report this person may see. Funders: the whole programme, suppressed, no
    names. Leads: their council, unsuppressed, their staff by name. Staff: everything, with a
    line per cohort. The number of queries does not grow with the data (see tests).
    `lines=False` leaves out the lines about people (a lead's) or cohorts (staff's): the tidy
    CSV has figures only."""
    if options.user.pk != user.pk:
        raise PermissionDenied
    today = today or options.today
    audience = options.audience
    period = filters.period
    scope = _scope(options, filters)

    axis = quarter_axis(options.first, today)
    lab_dim = flat_dimension("lab", [lab.pk for lab in options.labs])
    council_dim = flat_dimension("council", [c.pk for c in options.councils])
    theme_dim = flat_dimension("theme", [value for value, _label in Theme.choices])
    with counting():
        council_id, cohort_id = scope_ids(options, filters)
        cohorts = cohorts_in(cohort_id)
        staff_lines = lines and audience == "staff"
        kept = kept_read(
            cohorts,
            council_id=council_id,
            today=today,
            held_in=HeldIn(
                period.start, period.end, filters.council.pk if filters.council else None
            )
            if staff_lines
            else None,
        )
        dates = kept.dates
        rows_by_measure = kept.rows
        # Learning hours: sessions attended × their length (with the attendance counts), and
        # the self-study of finished weeks; both in minutes, summed in the database.
        rows_by_measure["learning_hours"] = rows_by_measure.pop("self_study") + [
            {**row, "n": row["minutes"] or 0} for row in rows_by_measure["sessions_attended"]
        ]
        active_rows = list(_active_query(scope, _window(period, today)))
        people_rows = _people_rows(scope, filters, today) if lines and audience == "lead" else None
        cohort_rows = (
            _cohort_rows(scope, filters, today, kept, cohorts, dates) if staff_lines else None
        )
    # A date outside the axis (data from before the first cohort) widens it.
    seen = [
        row["g_q"] for rows in rows_by_measure.values() for row in rows if row["g_q"] is not None
    ] + ([kept.first] if kept.first else [])
    if seen:
        axis = quarter_axis(min([min(seen), options.first]), today)
    time_dim = time_dimension(axis)
    timed = Cube([lab_dim, council_dim, theme_dim, time_dim])
    people = Cube([lab_dim, council_dim, theme_dim, time_dim])
    add_rows(timed, people, rows_by_measure, kept.people)
    active = Cube([lab_dim, council_dim, theme_dim])
    for row in active_rows:
        active.add("active", (row["g_lab"], row["g_council"], row["g_theme"]), row["n"])

    read = _Figures(timed, active, people, audience, [c.pk for c in options.councils])
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
    notices = _funder_notices(filters) if coarse else {}
    if coarse and filters.theme and filters.council:
        labs = []
    lab_groups = []
    for lab in labs:
        group = _lab_group(
            lab,
            at=at,
            read=read,
            councils=councils,
            options=options,
            filters=filters,
            notices=notices,
            node=node,
        )
        if group is not None:
            lab_groups.append(group)
    themes = [
        Row(str(label), at(lab_sel, council_sel, value))
        for value, label in Theme.choices
        if not filters.theme or value == filters.theme
    ]
    if any(cell.reason == "merged" for row in themes for cell in row.figures.values()):
        notices["merged_themes"] = _(
            "[m]: a figure shown only together with the other theme's, in the total, because "
            "nothing else could protect the small numbers in it without hiding a total."
        )
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
    tables, tables_notice = outcome_tables(filters=filters, options=options)
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
        outcome_tables=tables,
        tables_notice=tables_notice,
    )
    # Since the programme began, up to the end of the period.
    to_end = [q for q in time_dim.leaves if q <= period.quarters[-1]] if period.quarters else []
    report.cumulative = _cumulative(read, (lab_sel, council_sel, theme_sel), to_end)
    if filters.cohort is None:  # targets are of the programme, not of one cohort
        report.targets = _targets(read, options, to_end, [c.pk for c in options.councils])
    report.people, report.cohorts = people_rows, cohort_rows
    report.tables = report_tables(report)
    return report
