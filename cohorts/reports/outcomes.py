"""The outcome and equality tables of a report: the self-assessment before, at the end and six
months on (mean per statement and per Lab, with n), the share who applied what they learned,
and participants by each equality characteristic ("not provided" counted).

Every figure here follows the disclosure policy for **every** audience (docs/reporting.md):
a figure with fewer than 5 people behind it is withheld ("<5"), with complements among inner
cells ("[c]") so that it cannot be worked out from the rest; totals are exact. Counts go through
`disclosure.suppress` (the same audit as the progress figures); a mean is withheld with its n,
and where one statement's mean is withheld in a Lab whose pooled figure is shown, a second
statement's is too, as the pooled mean and the n's would give it away.

The tables are worked out once for everything the reader may see (the programme to date; a
lead, their council) whatever the filters, so no two views can be subtracted; a Lab chosen shows
that Lab's rows. The programme's totals are exact; a lead's council totals are withheld under 5
like any other figure. No figure is ever about one named person: the queries read codes and
values only, never a name.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from statistics import fmean

from django.db.models import Q
from django.utils.translation import gettext as _

from equality.models import QUESTIONS, EqualityResponse
from labs.models import Statement

from ..models import (
    Applied,
    AssessmentAnswer,
    AssessmentKind,
    Enrolment,
    FollowUp,
)
from .disclosure import ALL, SMALL, Cube, complete, flat_dimension, nothing_exact, suppress
from .figures import Cell, count_cell, rate_cell

NOT_PROVIDED = "not_provided"
KINDS = [AssessmentKind.BASELINE, AssessmentKind.EXIT, AssessmentKind.FOLLOW_UP]


@dataclass
class TableRow:
    label: str
    cells: list[Cell]
    is_total: bool = False


@dataclass
class Table:
    """An ordinary report table: a title, column headings (the first over the row labels) and
    rows of cells, shown alike on the page, in the PDF, the CSV and the workbook."""

    key: str
    title: str
    headers: list[str]
    rows: list[TableRow]
    notes: list[str] = field(default_factory=list)


def _withheld(reason: str = "small") -> Cell:
    return count_cell(0, reason)


def _mean_cell(values: list[float], people: int, withheld: str) -> tuple[Cell, Cell]:
    """(mean, n) for a list of answers or changes and the people behind them, as the reader
    may see them."""
    if withheld:
        return _withheld(withheld), _withheld(withheld)
    if not values:
        return Cell(None, "–"), count_cell(0)
    # Rounded to one decimal place in the value too: the workbook writes the value, and more
    # places would let a reader work a withheld figure out from the n's.
    mean = round(fmean(values), 1)
    return Cell(mean, f"{mean:.1f}"), count_cell(people)


def _change_cell(values: list[float], people: int, withheld: str) -> tuple[Cell, Cell]:
    mean, n = _mean_cell(values, people, withheld)
    if mean.value is not None:
        mean = Cell(mean.value, f"{mean.value:+.1f}")
    return mean, n


def _scoped_enrolments(scope: Q):
    """Everyone the reader's tables cover: the whole programme to date (a lead: their council),
    whatever the filters (see `outcome_tables`)."""
    return Enrolment.objects.filter(scope)


def exact_totals(audience: str) -> bool:
    """Whether the tables' totals are the programme's (always exact). A lead's are their
    council's, which are withheld under 5 like any other figure."""
    return audience != "lead"


# --- The self-assessment ------------------------------------------------------------------


def _answers(enrolments) -> dict:
    """{(enrolment, statement): {kind: value}} for answered self-assessments; "not sure" left
    out (it counts in no mean and no n)."""
    answers: dict = defaultdict(dict)
    rows = AssessmentAnswer.objects.filter(
        assessment__enrolment__in=enrolments,
        assessment__answered_at__isnull=False,
        value__isnull=False,
    ).values_list("assessment__enrolment_id", "statement_id", "assessment__kind", "value")
    for enrolment_id, statement_id, kind, value in rows:
        answers[(enrolment_id, statement_id)][kind] = value
    return answers


def _series(answers: dict, statement_ids: set) -> dict:
    """For each statement (and None for the Lab pooled): each kind's values and the changes
    before → end, plus the people behind each."""
    out: dict = defaultdict(lambda: {"values": defaultdict(list), "people": defaultdict(set)})
    for (enrolment_id, statement_id), by_kind in answers.items():
        if statement_id not in statement_ids:
            continue
        for target in (statement_id, None):
            slot = out[target]
            for kind, value in by_kind.items():
                slot["values"][kind].append(value)
                slot["people"][kind].add(enrolment_id)
            if AssessmentKind.BASELINE in by_kind and AssessmentKind.EXIT in by_kind:
                slot["values"]["change"].append(
                    by_kind[AssessmentKind.EXIT] - by_kind[AssessmentKind.BASELINE]
                )
                slot["people"]["change"].add(enrolment_id)
    return out


def _uneven_pairs(slot: dict | None) -> bool:
    """Whether a row's change would give away the mean of 1 to 4 people: before·n_before −
    n_change·(end − change) is the mean of those who answered only before (a withdrawn person,
    say), and the same for those who answered only at the end."""
    if slot is None:
        return False
    people = slot["people"]
    paired = len(people["change"])
    return any(
        len(people[kind]) - paired in SMALL
        for kind in (AssessmentKind.BASELINE, AssessmentKind.EXIT)
    )


def _mean_pattern(series: dict, statements: list[Statement], column: str) -> dict:
    """Which statements' figures in one column are withheld, and why: fewer than 5 people
    ("small"); for the change, also any row where 1 to 4 people answered only before or only at
    the end ("complement": see `_uneven_pairs`); then, if exactly one is withheld while the
    Lab's pooled figure is shown, the statement with the fewest people of those shown
    ("complement")."""
    people = {
        s.pk: len(series[s.pk]["people"][column]) if s.pk in series else 0 for s in statements
    }
    pooled = len(series[None]["people"][column]) if None in series else 0
    withheld = {pk: "small" for pk, n in people.items() if n in SMALL}
    if pooled in SMALL:
        withheld[None] = "small"
    if column == "change":
        for pk in [s.pk for s in statements] + [None]:
            if pk not in withheld and _uneven_pairs(series.get(pk)):
                withheld[pk] = "complement"
    if len([pk for pk in withheld if pk is not None]) == 1 and None not in withheld:
        shown = sorted((n, pk) for pk, n in people.items() if n and pk not in withheld)
        if shown:
            withheld[shown[0][1]] = "complement"
        else:  # nothing to protect it with: the pooled figure goes too
            withheld[None] = "complement"
    return withheld


def self_assessment_table(*, enrolments, labs) -> Table:
    statements = list(
        Statement.objects.filter(lab__in=labs, archived=False).order_by("lab__code", "position")
    )
    by_lab: dict = defaultdict(list)
    for statement in statements:
        by_lab[statement.lab_id].append(statement)
    answers = _answers(enrolments)
    columns = [*KINDS, "change"]
    rows: list[TableRow] = []
    for lab in labs:
        lab_statements = by_lab.get(lab.pk, [])
        if not lab_statements:
            continue
        series = _series(answers, {s.pk for s in lab_statements})
        patterns = {c: _mean_pattern(series, lab_statements, c) for c in columns}

        def cells(target, series=series, patterns=patterns) -> list[Cell]:
            slot = series.get(target, {"values": defaultdict(list), "people": defaultdict(set)})
            out: list[Cell] = []
            for column in columns:
                reason = patterns[column].get(target, "")
                pair = (_change_cell if column == "change" else _mean_cell)(
                    slot["values"][column], len(slot["people"][column]), reason
                )
                out += list(pair)
            return out

        for statement in lab_statements:
            rows.append(TableRow(f"{lab.display_name}: {statement.text}", cells(statement.pk)))
        rows.append(
            TableRow(_("%(lab)s: all statements") % {"lab": lab.display_name}, cells(None), True)
        )
    return Table(
        key="self_assessment",
        title=_("Self-assessment: before, at the end and six months on"),
        headers=[
            _("Statement"),
            _("Before (mean)"),
            _("Before (n)"),
            _("At the end (mean)"),
            _("At the end (n)"),
            _("Six months on (mean)"),
            _("Six months on (n)"),
            _("Change, before to end (mean)"),
            _("Change (n)"),
        ],
        rows=rows,
        notes=[
            _(
                "Answers from 1 (not at all) to 5 (fully); “not sure” is counted in no mean. "
                "n is the people whose answers make the mean; the change is over the people who "
                "answered both before and at the end. Means are rounded to one decimal place. A "
                "figure with fewer than 5 people behind it is withheld for every reader (“<5”), "
                "with a second one where it could otherwise be worked out (“[c]”); the change is "
                "withheld (“[c]”) where 1 to 4 people answered only before or only at the end, "
                "as it would give their mean away."
            )
        ],
    )


# --- Used what they learned ----------------------------------------------------------------


def applied_table(*, enrolments, labs, exact: bool) -> Table:
    """People who answered the follow-up, by Lab and by answer: one two-dimensional cube
    (Lab × answer, "Answered" the total over answers) suppressed as a whole, so that a withheld
    answer can be worked out neither from its Lab's row nor from its column. Only the
    programme's overall Answered total is exact (a lead's council total is not)."""
    lab_dim = flat_dimension("lab", [lab.pk for lab in labs])
    answer_dim = flat_dimension("applied", list(Applied.values))
    cube = Cube([lab_dim, answer_dim])
    rows = FollowUp.objects.filter(
        enrolment__in=enrolments, responded_at__isnull=False
    ).values_list("enrolment__cohort__lab_id", "applied")
    for lab_id, applied in rows:
        cube.add("people", (lab_id, applied), 1)
    rule = (lambda key: key == (ALL, ALL)) if exact else nothing_exact
    # Where only the exact total could protect a count (6 answered: 5 applied, 1 planned), the
    # answers of that line are merged ("[m]": 0 or more each, their sum the Answered figure).
    pattern = suppress(cube, "people", exact=rule, merge_along=(1,))
    # A row whose answers are all one (6 answered, 6 applied) says each named person's answer,
    # as in the equality tables: its answers are withheld, and what protects them worked out
    # again (withheld as if small, so that no row or column gives them back; shown "[c]").
    whole = {
        (node, answer): "small"
        for node in [*lab_dim.leaves, ALL]
        if _one_answer([(node, a) for a in Applied.values], cube, pattern)
        for answer in Applied.values
        if (node, answer) not in pattern
    }
    if whole:
        pattern = complete(
            cube, cube.values["people"], {**pattern, **whole}, exact=rule, merge_along=(1,)
        )
        for key in whole:
            if pattern.get(key) == "small":
                pattern[key] = "complement"
    keys = [ALL, *Applied.values]

    def line(node) -> list[Cell]:
        cells = {
            k: count_cell(cube.get("people", (node, k)), pattern.get((node, k), "")) for k in keys
        }
        responded = cells[ALL]
        gate = not responded.withheld and (responded.value or 0) in SMALL
        share = rate_cell(cells[Applied.APPLIED], responded, gate=gate)
        return [*(cells[k] for k in keys), share]

    table_rows = [
        TableRow(lab.display_name, line(lab.pk))
        for lab in labs
        if cube.get("people", (lab.pk, ALL))
    ]
    table_rows.append(TableRow(_("All Labs"), line(ALL), True))
    return Table(
        key="applied",
        title=_("Six months on: have people used what they learned?"),
        headers=[
            _("Lab"),
            _("Answered the follow-up"),
            *[str(label) for label in Applied.labels],
            _("Share who applied it to a real service"),
        ],
        rows=table_rows,
        notes=[
            _(
                "From the six-month follow-up of people who completed a Lab. Counts of 1 to 4 are "
                "withheld for every reader (“<5”), with complements (“[c]”) so that no withheld "
                "count can be worked out from its Lab’s row or its answer’s column; only the "
                "programme’s total of people who answered is always shown. Where only that "
                "total could protect a count, the answers are withheld together (“[m]”: their "
                "sum is the number who answered). The share is withheld with the number who "
                "applied it, and when fewer than 5 people answered."
            )
        ],
    )


# --- Who took part ---------------------------------------------------------------------------


def _one_answer(keys: list, cube: Cube, pattern: dict) -> bool:
    """Whether a line of answers tells everyone's: one answer shown above zero holds all the
    people not in withheld figures, or only one answer (shown or withheld) could hold anyone."""
    shown = [k for k in keys if k not in pattern and cube.get("people", k)]
    possible = [k for k in keys if k in pattern or cube.get("people", k)]
    return len(shown) == 1 or len(possible) == 1


def _whole_line_if_one_category(cube: Cube, pattern: dict, leaves: list) -> dict:
    """The suppression pattern of one characteristic, with every category withheld ("[c]") when
    one category shown holds all the people not in withheld cells, or only one category could
    hold anyone: the line would otherwise say every named person's answer (all 7 "Yes", the
    zeros beside it saying no one answered otherwise), or all but the few withheld. The total
    stays as it was."""
    # The answers anyone could have given, as the reader sees it, are those shown above zero
    # and those withheld: one alone ("Yes <5", zeros, a total "<5") is everyone's answer too.
    if not _one_answer([(leaf,) for leaf in leaves], cube, pattern):
        return pattern
    pattern = dict(pattern)
    for leaf in leaves:
        pattern[(leaf,)] = "complement"
    return pattern


def equality_tables(*, enrolments, exact: bool) -> list[Table]:
    """Participants (distinct people enrolled) by each characteristic. Reads the answers'
    codes for the people in scope, never who gave them."""
    # Without their ordering: the enrolments' default ordering (cohort, name) would make each
    # DISTINCT join cohorts and people and sort every enrolment by them (issue 24).
    user_ids = enrolments.order_by().values("user_id")
    # One response per person (a one-to-one): a semi-join needs no DISTINCT.
    people = EqualityResponse.objects.filter(user_id__in=user_ids).values_list(
        "user_id", *[name for name, _choices in QUESTIONS]
    )
    answered = {row[0]: row[1:] for row in people}
    everyone = set(user_ids.distinct().values_list("user_id", flat=True))
    rule = (lambda key: key[0] == ALL) if exact else nothing_exact
    unanswered = ("",) * len(QUESTIONS)
    answers = [answered.get(user_id, unanswered) for user_id in everyone]
    tables = []
    for index, (name, choices) in enumerate(QUESTIONS):
        leaves = [*choices.values, NOT_PROVIDED]
        cube = Cube([flat_dimension(name, leaves)])
        # Counted by answer first: the cube is added to once per answer, not once per person.
        for value, n in Counter(row[index] or NOT_PROVIDED for row in answers).items():
            cube.add("people", (value,), n)
        pattern = _whole_line_if_one_category(
            cube, suppress(cube, "people", exact=rule, merge_along=(0,)), leaves
        )
        labels = {**dict(choices.choices), NOT_PROVIDED: _("Not provided")}
        rows = [
            TableRow(
                str(labels[leaf]),
                [count_cell(cube.get("people", (leaf,)), pattern.get((leaf,), ""))],
            )
            for leaf in leaves
        ]
        rows.append(
            TableRow(
                _("All participants"),
                [count_cell(cube.get("people", (ALL,)), pattern.get((ALL,), ""))],
                True,
            )
        )
        field_name = str(EqualityResponse._meta.get_field(name).verbose_name)
        tables.append(
            Table(
                key=f"equality_{name}",
                title=_("Participants by: %(question)s") % {"question": field_name},
                headers=[field_name, _("Participants")],
                rows=rows,
            )
        )
    if tables:
        tables[0].notes.append(
            _(
                "Voluntary answers of the people enrolled; “Not provided”: no answer given "
                "(skipped or left out). Counts of 1 to 4 are withheld for every reader (“<5”), "
                "with complements (“[c]”); where only the total could protect a count, the "
                "answers are withheld together (“[m]”). Where one answer holds everyone not in a "
                "withheld figure, every answer of that characteristic is withheld (“[c]”), as the "
                "table would otherwise tell each person’s answer."
            )
        )
    return tables


def outcome_tables(*, filters, options) -> tuple[list[Table], str]:
    """The outcome and equality tables for this report, and a notice about them when filters
    are chosen.

    They are worked out once for everything the reader may see — the whole programme to date,
    or a lead's council — whatever the filters: figures worked out separately for part of it
    could be subtracted from these to show how a few people did. A Lab chosen shows that Lab's
    rows of the same tables."""
    audience = options.audience
    reader = Q(council_id=options.user.council_id) if audience == "lead" else Q()
    enrolments = _scoped_enrolments(reader)
    labs = list(options.labs)
    exact = exact_totals(audience)
    notice = ""
    if any((filters.lab, filters.theme, filters.council, filters.cohort)) or (
        filters.period.key != "all"
    ):
        notice = _(
            "The outcome and equality tables are for the whole programme to date (for a lead, "
            "their council), whatever the filters, with a Lab chosen showing only its rows: "
            "figures worked out for part of the programme could be subtracted from these to "
            "show how a few people did."
        )
    tables = [
        self_assessment_table(enrolments=enrolments, labs=labs),
        applied_table(enrolments=enrolments, labs=labs, exact=exact),
        *equality_tables(enrolments=enrolments, exact=exact),
    ]
    if filters.lab:
        for table in tables[:2]:
            table.rows = [
                row
                for row in table.rows
                if row.label.startswith(str(filters.lab.display_name))
                and not (table.key == "applied" and row.is_total)
            ]
    return tables, notice
