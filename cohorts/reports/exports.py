"""Report downloads: asked for on the page, built by Celery, kept for 30 days.

A `ReportExport` records who asked, with which filters and in which format. `build_report`
(cohorts.tasks) builds the file with the requester's own view of the figures — the same
function the page uses, so a funder's file is suppressed exactly as their page is — and only
the requester (or programme staff) can download it.
"""

import datetime as dt
import functools
import logging
import re
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from councils.audit import REPORT_EXPORT, audit_event
from councils.csv import csv_encode, csv_text
from councils.models import Council, Role, User
from councils.pdf import render_pdf
from labs.models import LabCode

from .. import selectors
from ..models import ReportExport, ReportFormat, ReportStatus, Theme
from . import (
    AUDIENCES,
    BY_QUARTER,
    COHORT_MEASURES,
    MEASURE,
    InvalidFilter,
    Report,
    ReportFilters,
    period_label,
    report_filters,
    report_options,
)
from .charts import completion_chart, cumulative_chart, quarter_chart
from .summary_cache import cached_report_for
from .tables import tidy_header, tidy_rows
from .workbook import report_workbook

logger = logging.getLogger(__name__)

KEEP_DAYS = 30
# A download still waiting this long after it was asked for lost its task (a Redis that lost
# its data, a message dropped): the sweeper queues it again.
SWEEP_AFTER = dt.timedelta(minutes=15)
DONE = (ReportStatus.READY, ReportStatus.FAILED)
# The PDF's line per cohort for the newest this many cohorts of the period, about two pages:
# the PDF is the report to read, the workbook's Cohorts sheet (and the report's page) has every
# cohort. Every line of a programme's history made the PDF grow with it (27 pages at 20,000
# people, 14 of them cohort lines, and its build twice as long: issue 24). The figures above
# the lines — the programme's, each Lab's, council's and quarter's — count every cohort.
PDF_COHORT_LINES = 40
# The same for a lead's line per person: the newest this many enrolments (about three pages),
# newest first by the day enrolled (in name order within a day), when there are more; all in
# name order when they fit. A council's whole history
# (1,056 people at 5,000, some 4,000 at 20,000) took 15 s and 30 pages at 5,000 people: about
# 14 ms a line in WeasyPrint. The workbook's People sheet and the report's page have everyone.
PDF_PEOPLE_LINES = 100


# --- Reads -------------------------------------------------------------------------------------


def report_export_for_user(*, user: User, pk: int) -> ReportExport:
    """An export its requester (or programme staff) may see; anyone else's is 404."""
    qs = ReportExport.objects.all()
    if user.role != Role.STAFF:
        qs = qs.filter(requested_by_id=user.pk)
    try:
        return qs.get(pk=pk)
    except ReportExport.DoesNotExist:
        raise Http404 from None


def report_exports_recent(*, user: User, limit: int = 5) -> QuerySet[ReportExport]:
    """This person's own latest downloads (staff too: their own, not everyone's)."""
    since = timezone.now() - dt.timedelta(days=KEEP_DAYS)
    return ReportExport.objects.filter(requested_by_id=user.pk, created_at__gte=since).order_by(
        "-created_at", "-pk"
    )[:limit]


@dataclass(frozen=True)
class ExportLine:
    """A download as its line on the page shows it."""

    export: ReportExport
    period: str

    @property
    def pending(self) -> bool:
        return self.export.status not in DONE

    @property
    def ready(self) -> bool:
        return self.export.status == ReportStatus.READY and bool(self.export.file)

    @property
    def choices(self) -> str:
        """The filters the download was asked with, besides its period, in words: so that two
        downloads of the same period can be told apart."""
        filters = self.export.filters
        words = []
        if filters.get("lab") in LabCode.values:
            words.append(str(LabCode(filters["lab"]).label))
        if filters.get("theme") in Theme.values:
            words.append(str(Theme(filters["theme"]).label))
        if filters.get("council"):
            words.append(_council_names().get(filters["council"], filters["council"]))
        if filters.get("cohort"):
            words.append(_("one cohort"))
        return ", ".join(words)

    @property
    def size(self) -> int:
        try:
            return self.export.file.size if self.ready else 0
        except OSError:
            return 0


@functools.cache
def _council_names() -> dict[str, str]:
    # The ten councils are data loaded by a migration and do not change while running.
    return {c.slug: c.name for c in Council.objects.only("slug", "name")}


def export_line(export: ReportExport) -> ExportLine:
    return ExportLine(export, period_label(export.filters.get("period", "")))


# --- Writes ------------------------------------------------------------------------------------


def report_export_request(
    *, user: User, filters: ReportFilters, format: str, token: uuid.UUID
) -> tuple[ReportExport, bool]:
    """Record a download and build it in the background once this commits: PDFs on the "pdf"
    queue (memory-capped workers), CSVs on the default one. For funders, leads and staff; the
    filters must have been read against this person's own choices (report_filters).
    Idempotent per `token` and format (the page's one-time token): a double click asks once.
    Returns the download and whether it is new."""
    if user.role not in AUDIENCES:
        raise PermissionDenied
    if format not in ReportFormat.values:
        raise ValueError(format)
    from ..tasks import build_report

    with transaction.atomic():
        export, created = ReportExport.objects.get_or_create(
            requested_by=user,
            create_token=token,
            format=format,
            defaults={"filters": filters.as_params()},
        )
        if created:
            audit_event(
                REPORT_EXPORT, obj=export, actor=user, format=format, filters=export.filters
            )
            build_report.apply_async_on_commit((export.pk,), **build_options(format))
    return export, created


def build_options(format: str) -> dict:
    """PDFs are built on the "pdf" queue (memory-capped workers), CSVs on the default one."""
    return {"queue": "pdf"} if format == ReportFormat.PDF else {}


def report_exports_stranded(*, now: dt.datetime | None = None) -> list[tuple[int, str]]:
    """(id, format) of downloads whose build was lost: still waiting SWEEP_AFTER after they
    were asked for, or left "being built" past twice the task time limit by a worker that
    died. Building them again is safe: report_export_build lets one run win."""
    now = now or timezone.now()
    stale_run = now - dt.timedelta(seconds=2 * settings.CELERY_TASK_TIME_LIMIT)
    stranded = ReportExport.objects.filter(
        Q(status=ReportStatus.PENDING, created_at__lt=now - SWEEP_AFTER)
        | Q(status=ReportStatus.RUNNING, created_at__lt=stale_run),
        created_at__gte=now - dt.timedelta(days=KEEP_DAYS),
    )
    return list(stranded.order_by("pk").values_list("pk", "format"))


def report_export_build(*, export_id: int) -> ReportExport | None:
    """Build the file of a requested download, once. The run that moves it from waiting to
    being built does the work; a second delivery of the task finds it taken and stops. A build
    left "being built" by a worker that died is taken over after twice the task time limit;
    should two runs then finish, the second finds the export ready and throws its file away.
    Failures are recorded on the export (the page offers to try again), not retried."""
    stale = timezone.now() - dt.timedelta(seconds=2 * settings.CELERY_TASK_TIME_LIMIT)
    won = (
        ReportExport.objects.filter(pk=export_id)
        .filter(
            Q(status=ReportStatus.PENDING) | Q(status=ReportStatus.RUNNING, created_at__lt=stale)
        )
        .update(status=ReportStatus.RUNNING)
    )
    if not won:
        return ReportExport.objects.filter(pk=export_id).first()
    export = ReportExport.objects.select_related("requested_by").get(pk=export_id)
    user = export.requested_by
    try:
        with translation.override(user.language or settings.LANGUAGE_CODE):
            report = _report_for_export(export)
            if export.format == ReportFormat.PDF:
                content = report_pdf(report)
            elif export.format == ReportFormat.XLSX:
                content = report_xlsx(report)
            else:
                content = csv_encode(report_csv(report))
    except (InvalidFilter, PermissionDenied):
        return _fail(export, _("These filters are no longer available to you."))
    except Exception:
        logger.exception("Report export %s failed", export.pk)
        return _fail(export, _("Something went wrong while building this report."))
    name = export.file.storage.save(
        f"reports/{download_name(export, report)}", ContentFile(content)
    )
    done = ReportExport.objects.filter(pk=export.pk, status=ReportStatus.RUNNING).update(
        status=ReportStatus.READY, file=name, finished_at=timezone.now(), error=""
    )
    if not done:
        export.file.storage.delete(name)
    export.refresh_from_db()
    return export


def _report_for_export(export: ReportExport) -> Report:
    user = export.requested_by
    options = report_options(user=user, today=selectors.today())
    filters = report_filters(options=options, data=export.filters)
    # The tidy CSV has figures only: no lines about people or cohorts to count.
    lines = export.format != ReportFormat.CSV
    return cached_report_for(user=user, filters=filters, options=options, lines=lines)


def _fail(export: ReportExport, message: str) -> ReportExport:
    ReportExport.objects.filter(pk=export.pk).update(
        status=ReportStatus.FAILED, error=message[:300], finished_at=timezone.now()
    )
    export.refresh_from_db()
    return export


def report_exports_delete_old(*, now: dt.datetime | None = None, days: int = KEEP_DAYS) -> int:
    """Delete downloads (rows and files) requested more than `days` ago. Idempotent."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=days)
    old = ReportExport.objects.filter(created_at__lt=cutoff)
    for export in old.only("pk", "file").iterator():
        if export.file:
            export.file.storage.delete(export.file.name)
    deleted, _counts = old.delete()
    return deleted


def download_name(export: ReportExport, report: Report | None = None) -> str:
    """infuse-progress-<period>[-<lab>][-<theme>][-<council>][-cohort-<id>]-<export>.<format>:
    what the file holds, from the filters it was built with (once built, the file's own name)."""
    if report is None and export.file:
        return export.file.name.rsplit("/", 1)[-1]
    filters = dict(report.filters.as_params() if report else export.filters)
    if report and report.filters.dropped_theme:  # the figures are for both themes
        filters.pop("theme", None)
    parts = [filters.get("period") or "all"]
    parts += [filters[key] for key in ("lab", "theme", "council") if filters.get(key)]
    if filters.get("cohort"):
        parts.append(f"cohort-{filters['cohort']}")
    name = "-".join(re.sub(r"[^a-z0-9]+", "-", str(part).lower()).strip("-") for part in parts)
    return f"infuse-progress-{name}-{export.pk}.{export.format}"


# --- The files ---------------------------------------------------------------------------------


def report_csv(report: Report) -> str:
    """The report as one tidy table in long format: a row per figure (period, Lab, council,
    theme, measure, value, note), every cell neutralised against formulas. Lines about people
    or cohorts are in the workbook and the PDF."""
    return csv_text([tidy_header(), *tidy_rows(report.tables)])


def report_xlsx(report: Report) -> bytes:
    return report_workbook(report, notes=notes(report))


def notes(report: Report) -> list[tuple[str, str]]:
    """What the symbols mean, and how the figures were protected."""
    items = [
        (
            _("Periods"),
            _(
                "Quarters and years are those of the UK public-sector financial year: April to "
                "June is Q1, and a year runs from 1 April to 31 March."
            ),
        ),
        (
            _("People"),
            _("A person on two Labs counts once on each; figures by lab and council add up."),
        ),
        (
            "n/a",
            _("A rate with nothing to count: no one in a cohort that finished, or no session."),
        ),
    ]
    if report.suppressed:
        items += [
            (
                _("Exact"),
                _(
                    "Totals for the programme, each Lab and each period, the numbers of people "
                    "enrolled and the numbers of councils are never withheld: they protect no "
                    "one and are the programme's headline."
                ),
            ),
            (
                "<5",
                _(
                    "Below those totals, a count from 1 to 4 of how people did (started, "
                    "completed, withdrawn, attended), or any such figure with 1 to 4 people "
                    "behind it (a 0 too), withheld so that no one can be identified."
                ),
            ),
            (
                "[c]",
                _(
                    "Withheld so that a figure shown as <5 cannot be worked out from a total; "
                    "and any rate whose numerator or denominator is withheld."
                ),
            ),
            (
                "[m]",
                _(
                    "Shown only within “Other councils”: where nothing else could protect a small "
                    "count without hiding a total, those councils' figures are given together."
                ),
            ),
            (
                _("Detail"),
                _(
                    "Nothing finer than a Lab in a council: no table shows a figure for one "
                    "Lab, one council and one theme at once."
                ),
            ),
        ]
    else:
        items.append(
            (
                _("Disclosure"),
                _(
                    "These figures are not suppressed and may name people: keep them within "
                    "your organisation. Funders receive the same report with small numbers "
                    "withheld."
                ),
            )
        )
    return items


def report_html(report: Report) -> str:
    """The PDF's HTML: a cover, the charts and tables, definitions and the suppression note;
    staff's lines for the newest `PDF_COHORT_LINES` cohorts and a lead's for the newest
    `PDF_PEOPLE_LINES` enrolments, saying how many there are."""
    cohorts, people = report.cohorts, report.people
    if people and len(people) > PDF_PEOPLE_LINES:
        # By the day enrolled, newest first; within a day in name order (the lines' own).
        people = sorted(people, key=lambda p: p.enrolled or dt.date.min, reverse=True)
        people = people[:PDF_PEOPLE_LINES]
    return render_to_string(
        "pdf/report.html",
        {
            "report": report,
            "language": translation.get_language() or "en",
            "completion_chart": completion_chart(report, id_prefix="pdf-completion"),
            "quarter_chart": quarter_chart(report, id_prefix="pdf-quarter"),
            "cumulative_chart": cumulative_chart(report, id_prefix="pdf-cumulative"),
            # Drawn by the template in its own way; any other table generically.
            "pdf_drawn": (
                "by_lab",
                "councils_by_lab",
                "by_theme",
                "by_quarter",
                "cumulative",
                "people",
                "cohorts",
            ),
            "notes": notes(report),
            "pdf_cohorts": cohorts[:PDF_COHORT_LINES] if cohorts else cohorts,
            "cohorts_left_out": max(0, len(cohorts or ()) - PDF_COHORT_LINES),
            "pdf_people": people,
            "people_left_out": len(report.people or ()) - len(people or ()),
            "quarter_measures": [MEASURE[k] for k in BY_QUARTER],
            "cohort_measures": [MEASURE[k] for k in COHORT_MEASURES],
            "generated": timezone.localtime(report.generated_at),
            "footer": _css_string(
                f"{_('Infuse programme progress report')} · {report.period.label}"
            ),
        },
    )


def _css_string(text: str) -> str:
    """Text for a CSS string in the PDF's <style> (where HTML escapes mean nothing)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")
    return mark_safe(escaped.replace("\n", " "))


def report_pdf(report: Report) -> bytes:
    return render_pdf(report_html(report))
