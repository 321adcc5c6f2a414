"""The one CSV writer for every download: cells that start like a formula are neutralised so a
spreadsheet will not run them, dates are written as ISO 8601 (2026-10-06, never a locale's
06/10/2026), and the file starts with a byte-order mark, without which Excel on a UK Windows
machine reads UTF-8 as Windows-1252 ("Ŵ" becomes "Å´")."""

import csv
import datetime as dt
import io
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def safe_cell(value) -> str:
    text = _text(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(rows: Iterable[Iterable]) -> str:
    """The rows (the first is usually the header) as CSV text, every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


def csv_encode(text: str) -> bytes:
    """CSV text as the bytes of a download: UTF-8 after a byte-order mark."""
    return (BOM + text).encode("utf-8")


def csv_response(rows: Iterable[Iterable], *, filename: str) -> HttpResponse:
    response = HttpResponse(csv_encode(csv_text(rows)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
