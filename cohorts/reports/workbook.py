"""The report as an Excel workbook (XlsxWriter): an "About this report" sheet with the filters
and what the symbols mean, one sheet per table of `Report.tables` (whatever tables the report
has), and a "Definitions" sheet. Numbers are written as numbers (shares as percentages),
withheld figures as their symbol in text ("<5", "[c]", "[m]"), and every other text as text:
a name that starts with "=" stays a name, never a formula."""

import io
import re

import xlsxwriter
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .tables import Table

FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique whatever the case."""
    base = FORBIDDEN.sub(" ", title).strip().strip("'")[:31] or _("Sheet")
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def report_workbook(report, *, notes: list[tuple[str, str]]) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out,
        {
            "in_memory": True,
            # Text is text: never turned into a formula, a link or a number.
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    book.set_properties({"title": _("Infuse programme progress report"), "author": "Infuse Portal"})
    bold = book.add_format({"bold": True})
    title_format = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bottom": 1})
    total = book.add_format({"bold": True})
    percent = book.add_format({"num_format": "0%"})
    decimal = book.add_format({"num_format": "0.0"})
    symbol = book.add_format({"align": "right"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    taken: set[str] = set()

    about = book.add_worksheet(_sheet_name(_("About this report"), taken))
    about.set_column(0, 0, 28)
    about.set_column(1, 1, 100)
    about.write_string(0, 0, _("Infuse programme progress report"), title_format)
    lines = [
        (_("Showing"), report.scope_label),
        *report.filters.described(),
        (
            _("Generated"),
            formats.date_format(timezone.localtime(report.generated_at), "j F Y H:i"),
        ),
    ]
    lines += [(_("Notice"), text) for text in report.notices.values()]
    lines += [(name, note) for name, note in notes]
    for i, (name, value) in enumerate(lines, start=2):
        about.write_string(i, 0, str(name), bold)
        about.write_string(i, 1, str(value), wrap)

    for table in report.tables:
        _write_table(
            book,
            _sheet_name(table.sheet or table.title, taken),
            table,
            header,
            total,
            percent,
            decimal,
            symbol,
            title_format,
        )

    definitions = book.add_worksheet(_sheet_name(_("Definitions"), taken))
    definitions.set_column(0, 0, 34)
    definitions.set_column(1, 1, 100)
    definitions.write_string(0, 0, _("Figure"), header)
    definitions.write_string(0, 1, _("Definition"), header)
    definitions.freeze_panes(1, 0)
    for i, measure in enumerate(report.measures, start=1):
        definitions.write_string(i, 0, str(measure.label), bold)
        definitions.write_string(i, 1, str(measure.definition), wrap)
    book.close()
    return out.getvalue()


def _write_table(
    book, name: str, table: Table, header, total, percent, decimal, symbol, title_format
):
    sheet = book.add_worksheet(name)
    sheet.write_string(0, 0, table.title, title_format)
    row = 1
    for note in table.notes:
        sheet.write_string(row, 0, note)
        row += 1
    if any(cell.withheld for r in table.rows for cell in r.cells):
        sheet.write_string(row, 0, _("<5, [c] and [m]: withheld figures; see “About this report”."))
        row += 1
    head = row + 1
    sheet.write_string(head, 0, table.header, header)
    for j, column in enumerate(table.columns, start=1):
        sheet.write_string(head, j, column.label, header)
    sheet.set_row(head, 45)
    sheet.set_column(0, 0, 36)
    sheet.set_column(1, len(table.columns), 14)
    sheet.freeze_panes(head + 1, 1)
    for i, line in enumerate(table.rows, start=head + 1):
        sheet.write_string(i, 0, line.label, total if line.is_total else None)
        for j, (column, cell) in enumerate(zip(table.columns, line.cells, strict=True), start=1):
            if cell.value is not None and not cell.withheld:
                if column.percent or (isinstance(cell.value, float) and cell.text.endswith("%")):
                    sheet.write_number(i, j, cell.value, percent)
                elif isinstance(cell.value, float):
                    sheet.write_number(i, j, cell.value, decimal)
                else:
                    sheet.write_number(i, j, cell.value)
            else:
                sheet.write_string(i, j, cell.text, symbol if cell.withheld else None)
    if not table.rows:
        sheet.write_string(head + 1, 0, _("Nothing to show for this period with these filters."))
