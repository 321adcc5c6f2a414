"""Monitoring returns: staff submit a finished quarter's return, and the portal keeps what was
sent as it was — the figures (the report's tidy rows), the PDF and the workbook — however the
records change afterwards (a late register, a withdrawal entered later). The next return says
which figures moved since the last one.

A return holds the funder's view (small numbers withheld), in English, so that one return's
figures can be compared with the next's."""

import dataclasses
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _

from councils.models import Role, User

from .. import selectors
from ..models import MonitoringReturn
from .build import report_for
from .figures import Cell
from .filters import ReportOptions, report_filters, report_options
from .periods import Period
from .tables import Column, Table, TableRow, tidy_rows

QUARTER = re.compile(r"fy-\d{4}-q[1-4]")


class ReturnRefused(ValueError):
    """A return that cannot be submitted, with the reason to show."""


def _staff(user: User) -> None:
    if user.role != Role.STAFF:
        raise PermissionDenied


def monitoring_returns(*, user: User) -> QuerySet[MonitoringReturn]:
    """Every return, newest first: programme staff only."""
    _staff(user)
    return MonitoringReturn.objects.select_related("submitted_by").order_by("-submitted_at", "-pk")


def monitoring_return_for_user(*, user: User, pk: int) -> MonitoringReturn:
    _staff(user)
    try:
        return MonitoringReturn.objects.get(pk=pk)
    except MonitoringReturn.DoesNotExist:
        raise Http404 from None


def returnable_quarters(*, options: ReportOptions) -> list[Period]:
    """Quarters that have ended, newest first, whether or not a return was submitted."""
    return [p for p in options.periods if QUARTER.fullmatch(p.key) and p.end < options.today]


def figures_changed(before: list, now: list) -> list[list[str]]:
    """Figures of the last return that read differently now: [period, Lab, council, theme,
    measure, then, now] (a figure reads as its value, or its symbol when withheld). `now` is
    the last return's own report built again today, so every figure of it is compared — its
    quarter's Labs, councils and measures, not only the progress carried into the next return.
    A figure that is no longer shown, or is shown now and was not, reads as "" on that side."""
    then = {tuple(row[:5]): row[5] or row[6] for row in before}
    current = {tuple(row[:5]): row[5] or row[6] for row in now}
    changed = []
    for key, old in then.items():
        new = current.get(key, "")
        if old != new:
            changed.append([*key, old, new])
    for key, new in current.items():
        if key not in then and new:
            changed.append([*key, "", new])
    return changed


def previous_return(period_key: str) -> MonitoringReturn | None:
    """The return of the quarter before `period_key`, or of the latest earlier quarter that has
    one (whenever each was submitted): the one the next return is compared with."""
    return MonitoringReturn.objects.filter(period__lt=period_key).order_by("-period").first()


def _figure(text: str) -> Cell:
    for kind in (int, float):
        try:
            return Cell(kind(text), text)
        except ValueError:
            continue
    return Cell(None, text)


def changes_table(previous: MonitoringReturn, changed: list[list[str]]) -> Table:
    return Table(
        "changes",
        _("Changed since the last return (%(quarter)s)") % {"quarter": previous.label},
        _("Figure"),
        [Column("then", _("In the last return")), Column("now", _("Now"))],
        [
            TableRow(" · ".join(x for x in row[:5] if x), [_figure(row[5]), _figure(row[6])])
            for row in changed
        ],
        [
            _(
                "Figures counted again since the last return was submitted (late registers, "
                "withdrawals entered afterwards). The last return itself is kept as it was."
            )
        ]
        if changed
        else [_("No figure of the last return has changed.")],
        tidy=False,
    )


def monitoring_return_submit(*, user: User, period_key: str) -> tuple[MonitoringReturn, bool]:
    """Submit the return of a quarter that has ended: the funder's report of it (with targets
    and progress since the programme began) is built once, as PDF and workbook, and kept with
    its figures. Programme staff only. Idempotent: one return per quarter (a unique
    constraint), so a double click, a second tab or a racing request gets the one already
    submitted, never a second or a replaced one. Returns the return and whether it is new."""
    _staff(user)
    if existing := MonitoringReturn.objects.filter(period=period_key).first():
        return existing, False
    from .exports import report_pdf, report_xlsx

    with translation.override(settings.LANGUAGE_CODE):
        options = report_options(user=user, today=selectors.today())
        periods = {p.key: p for p in returnable_quarters(options=options)}
        if period_key not in periods:
            raise ReturnRefused(_("Choose a quarter that has ended."))
        funder_view = dataclasses.replace(options, audience="funder", cohorts=[])
        filters = report_filters(options=funder_view, data={"period": period_key})
        report = report_for(user=user, filters=filters, options=funder_view)
        figures = tidy_rows(report.tables)
        previous = previous_return(period_key)
        changed = []
        if previous:
            # The last return's own quarter, built again now the same way: what it would say
            # today, figure by figure, against what it said.
            again = report_filters(options=funder_view, data={"period": previous.period})
            rebuilt = report_for(user=user, filters=again, options=funder_view)
            changed = figures_changed(previous.figures, tidy_rows(rebuilt.tables))
            report.tables.append(changes_table(previous, changed))
        pdf, workbook = report_pdf(report), report_xlsx(report)
    storage = MonitoringReturn._meta.get_field("pdf").storage
    pdf_name = storage.save(f"returns/infuse-return-{period_key}.pdf", ContentFile(pdf))
    workbook_name = storage.save(f"returns/infuse-return-{period_key}.xlsx", ContentFile(workbook))
    try:
        with transaction.atomic():
            submitted = MonitoringReturn.objects.create(
                period=period_key,
                label=periods[period_key].label,
                submitted_by=user,
                figures=figures,
                previous=previous,
                changed=changed,
                pdf=pdf_name,
                workbook=workbook_name,
            )
    except IntegrityError:
        # Another request submitted this quarter first: theirs stands, these files go.
        storage.delete(pdf_name)
        storage.delete(workbook_name)
        return MonitoringReturn.objects.get(period=period_key), False
    return submitted, True
