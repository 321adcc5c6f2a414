"""Charts for progress reports, drawn on the server as SVG: the same markup on the page and in
the PDF, no JavaScript. Each chart carries a title and a description (its text alternative) and
sits beside a table of the same figures.

Charts follow the report's disclosure rules: they read only `Cell`s, and a withheld cell has no
value, so it is drawn as no bar with its "<5" or "[c]" written where the bar would be.
"""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .build import Report
from .figures import NOT_APPLICABLE, Cell

INK = "#0b0c0c"
MUTED = "#505a5f"
GRID = "#b1b4b6"
BRAND = "#00625e"  # completed: 7.6:1 on white
LIGHT = "#8cc5c0"  # enrolled: outlined in BRAND, so its edge keeps 3:1
WIDTH = 720


@dataclass(frozen=True)
class Bar:
    label: str
    cell: Cell
    strong: bool = False  # a total


def _text(x, y, content, *, size=13, anchor="start", weight="normal", fill=INK) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{fill}">{escape(content)}</text>'
    )


def _svg(id_prefix: str, height: float, title: str, description: str, body: list[str]) -> str:
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="infuse-chart" viewBox="0 0 {WIDTH} '
        f'{height:.0f}" width="{WIDTH}" height="{height:.0f}" role="img" '
        f'aria-labelledby="{id_prefix}-title {id_prefix}-desc" '
        f'preserveAspectRatio="xMinYMin meet" font-family="inherit">'
        f'<title id="{id_prefix}-title">{escape(title)}</title>'
        f'<desc id="{id_prefix}-desc">{escape(description)}</desc>' + "".join(body) + "</svg>"
    )


def _lines(content: str, most: int) -> list[str]:
    """`content` in lines of at most `most` characters, broken between words (a word longer
    than a line is cut): SVG text does not wrap by itself."""
    lines: list[str] = []
    for word in content.split():
        while len(word) > most:
            lines.append(word[:most])
            word = word[most:]
        if lines and len(lines[-1]) + 1 + len(word) <= most:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _wrapped(x, y, lines: list[str], *, size=13, anchor="start", weight="normal") -> str:
    """A text of several lines, the first at `y`, one line height (1.2 × size) apart."""
    spans = "".join(
        f'<tspan x="{x:.1f}" dy="{0 if i == 0 else size * 1.2:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{INK}">{spans}</text>'
    )


# Characters to a line: a label beside its bar (200 px at 14 px, about 7 px a character at the
# widest), a Lab's heading across the chart (15 px, bold).
LABEL_CHARACTERS = 26
HEADING_CHARACTERS = 80


def _spoken(cell: Cell) -> str:
    if cell.withheld:
        return _("fewer than 5, withheld") if cell.text == "<5" else _("withheld")
    return cell.text


def completion_chart(report: Report, *, id_prefix: str = "completion-chart") -> SafeString:
    """Completion rate (completed ÷ enrolled, cohorts that finished in the period) for each
    lab and council shown in the report, with each lab's total."""
    bars: list[Bar | str] = []
    for group in report.lab_groups:
        # Rows with no cohort finished say nothing here; the table shows them as n/a.
        lab_bars = [
            Bar(row.label, row.figures["completion_rate"])
            for row in group.rows
            # Equality, not identity: a report read from the cache holds unpickled copies.
            if row.figures["completion_rate"] != NOT_APPLICABLE
        ]
        if group.total:
            # Every Lab has its line; one with no cohort finished yet says so.
            lab_bars.append(Bar(_("All councils"), group.total.figures["completion_rate"], True))
        if lab_bars:
            bars += [str(group.lab.display_name), *lab_bars]
    title = _("Completion rate by lab and council, %(period)s") % {"period": report.period.label}
    spoken = []
    for item in bars:
        if isinstance(item, str):
            spoken.append(f"{item}:")
        else:
            spoken.append(f"{item.label} {_spoken(item.cell)};")
    description = (
        (
            " ".join(spoken)
            if bars
            else _("No one was enrolled in a cohort that finished in this period.")
        )
        + " "
        + _("The same figures are in the table that follows.")
    )

    label_width, left, right = 200, 212, WIDTH - 70
    span = right - left
    row_height, top = 28, 34
    body = [
        _text(left, 18, "0%", size=12, fill=MUTED, anchor="middle"),
        _text(left + span / 2, 18, "50%", size=12, fill=MUTED, anchor="middle"),
        _text(right, 18, "100%", size=12, fill=MUTED, anchor="middle"),
    ]
    y = top
    for item in bars:
        if isinstance(item, str):
            lines = _lines(item, HEADING_CHARACTERS)
            body.append(_wrapped(0, y + 19, lines, size=15, weight="bold"))
            y += row_height + 18 * (len(lines) - 1)
            continue
        cell = item.cell
        weight = "bold" if item.strong else "normal"
        # A long label (a council's name, "Other councils (…)") wraps onto more lines, and
        # its row grows to hold them; the bar stays beside the first line.
        lines = _lines(item.label, LABEL_CHARACTERS)
        body.append(_wrapped(label_width, y + 19, lines, size=14, anchor="end", weight=weight))
        if cell.value is not None:
            width = max(span * cell.value, 1.5)
            body.append(
                f'<rect x="{left}" y="{y + 5}" width="{width:.1f}" height="18" '
                f'fill="{BRAND if item.strong else LIGHT}" stroke="{BRAND}" stroke-width="1"/>'
            )
            body.append(_text(left + width + 6, y + 19, cell.text, size=14, weight=weight))
        else:
            note = cell.text if cell.withheld else _("no cohort finished")
            body.append(_text(left + 6, y + 19, note, fill=MUTED, size=14))
        y += row_height + 17 * (len(lines) - 1)
    if not bars:
        body.append(
            _text(left + 6, y + 19, _("No cohort finished in this period."), size=14, fill=MUTED)
        )
        y += row_height
    height = y + 8
    for fraction in (0, 0.5, 1) if bars else ():  # no gridlines through "nothing to show"
        x = left + span * fraction
        body.insert(
            0,
            f'<line x1="{x:.1f}" y1="24" x2="{x:.1f}" y2="{height - 4:.0f}" stroke="{GRID}" '
            f'stroke-width="1"/>',
        )
    return _svg(id_prefix, height, title, description, body)


def quarter_chart(report: Report, *, id_prefix: str = "quarter-chart") -> SafeString:
    """People enrolled and people who completed, in each quarter of the period."""
    rows = report.quarters
    title = _("Enrolments and completions by quarter, %(period)s") % {"period": report.period.label}
    spoken = [
        _("%(quarter)s: enrolled %(enrolled)s, completed %(completed)s.")
        % {
            "quarter": row.label,
            "enrolled": _spoken(row.figures["enrolled"]),
            "completed": _spoken(row.figures["completed"]),
        }
        for row in rows
    ]
    description = " ".join(spoken) + " " + _("The same figures are in the table that follows.")

    top, bottom, left, right = 40, 230, 46, WIDTH - 10
    plot = bottom - top
    biggest = max(
        [row.figures[key].number for row in rows for key in ("enrolled", "completed")] + [1]
    )
    # A top the axis's four steps divide into whole people: 4, 8, 12, 20, 40, 80, 120, 200...
    scale_max = min(m * 10**k for k in range(12) for m in (4, 8, 12, 20) if m * 10**k >= biggest)
    body = [
        f'<rect x="{left}" y="8" width="14" height="14" fill="{LIGHT}" stroke="{BRAND}"/>',
        _text(left + 20, 20, _("Enrolled")),
        f'<rect x="{left + 110}" y="8" width="14" height="14" fill="{BRAND}"/>',
        _text(left + 130, 20, _("Completed")),
    ]
    for step in range(5):
        value = scale_max * step / 4
        y = bottom - plot * step / 4
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{GRID}" '
            f'stroke-width="1"/>'
        )
        body.append(_text(left - 6, y + 4, f"{value:g}", size=12, anchor="end", fill=MUTED))
    slot = (right - left) / max(len(rows), 1)
    bar = min(34, slot / 3)
    for index, row in enumerate(rows):
        middle = left + slot * (index + 0.5)
        for offset, key, fill in ((-bar, "enrolled", LIGHT), (0, "completed", BRAND)):
            cell = row.figures[key]
            x = middle + offset
            if cell.value:
                height = plot * cell.value / scale_max
                body.append(
                    f'<rect x="{x:.1f}" y="{bottom - height:.1f}" width="{bar:.1f}" '
                    f'height="{height:.1f}" fill="{fill}" stroke="{BRAND}" stroke-width="1"/>'
                )
                body.append(
                    _text(x + bar / 2, bottom - height - 4, cell.text, size=12, anchor="middle")
                )
            else:
                body.append(_text(x + bar / 2, bottom - 4, cell.text, size=12, anchor="middle"))
        # "Q1 2025–26" on two lines, so that a dozen quarters fit side by side.
        quarter, _space, year = row.label.partition(" ")
        body.append(_text(middle, bottom + 17, quarter, size=12, anchor="middle"))
        body.append(_text(middle, bottom + 32, year, size=11, anchor="middle", fill=MUTED))
    body.append(
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{INK}" '
        f'stroke-width="1"/>'
    )
    return _svg(id_prefix, bottom + 40, title, description, body)


def cumulative_chart(report: Report, *, id_prefix: str = "cumulative-chart") -> SafeString:
    """People started and people completed since the programme began, quarter by quarter (a
    line each; a withheld running total breaks its line)."""
    rows = report.cumulative
    title = _("Starts and completions since the programme began, to %(period)s") % {
        "period": report.period.label
    }
    spoken = [
        _("%(quarter)s: started %(started)s, completed %(completed)s to date.")
        % {
            "quarter": row.label,
            "started": _spoken(row.figures["started_to_date"]),
            "completed": _spoken(row.figures["completed_to_date"]),
        }
        for row in rows
    ]
    description = " ".join(spoken) + " " + _("The same figures are in the table that follows.")
    top, bottom, left, right = 40, 230, 46, WIDTH - 10
    plot = bottom - top
    biggest = max(
        [
            row.figures[key].number
            for row in rows
            for key in ("started_to_date", "completed_to_date")
        ]
        + [1]
    )
    scale_max = min(m * 10**k for k in range(12) for m in (4, 8, 12, 20) if m * 10**k >= biggest)
    body = [
        f'<line x1="{left}" y1="15" x2="{left + 14}" y2="15" stroke="{LIGHT}" stroke-width="4"/>',
        _text(left + 20, 20, _("Started")),
        f'<line x1="{left + 110}" y1="15" x2="{left + 124}" y2="15" stroke="{BRAND}" '
        f'stroke-width="4" stroke-dasharray="6 3"/>',
        _text(left + 130, 20, _("Completed")),
    ]
    for step in range(5):
        value = scale_max * step / 4
        y = bottom - plot * step / 4
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{GRID}" '
            f'stroke-width="1"/>'
        )
        body.append(_text(left - 6, y + 4, f"{value:g}", size=12, anchor="end", fill=MUTED))
    slot = (right - left) / max(len(rows), 1)
    for key, colour, dash in (
        ("started_to_date", LIGHT, ""),
        ("completed_to_date", BRAND, ' stroke-dasharray="6 3"'),
    ):
        points: list[str] = []
        for index, row in enumerate(rows):
            cell = row.figures[key]
            x = left + slot * (index + 0.5)
            if cell.value is None:
                if len(points) > 1:
                    body.append(
                        f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" '
                        f'stroke-width="3"{dash}/>'
                    )
                points = []
                body.append(_text(x, bottom - 4, cell.text, size=12, anchor="middle"))
                continue
            y = bottom - plot * cell.value / scale_max
            points.append(f"{x:.1f},{y:.1f}")
            body.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}" stroke="{BRAND}"/>'
            )
        if len(points) > 1:
            body.append(
                f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" '
                f'stroke-width="3"{dash}/>'
            )
    for index, row in enumerate(rows):
        middle = left + slot * (index + 0.5)
        quarter, _space, year = row.label.partition(" ")
        body.append(_text(middle, bottom + 17, quarter, size=12, anchor="middle"))
        body.append(_text(middle, bottom + 32, year, size=11, anchor="middle", fill=MUTED))
    body.append(
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{INK}" '
        f'stroke-width="1"/>'
    )
    return _svg(id_prefix, bottom + 40, title, description, body)
