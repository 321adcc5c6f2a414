"""Progress reports: the page, and downloads built in the background.

Funders, council leads and programme staff use them (participants get 403); what each sees is
decided in cohorts.reports, from the user. A filter value that is not among the person's own
choices (another council for a lead, a cohort for a funder) answers 404.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from councils.models import Role
from councils.permissions import role_required
from infuse.concurrency import token_from

from .. import selectors
from ..models import ReportFormat, ReportStatus
from . import (
    COHORT_MEASURES,
    MEASURE,
    InvalidFilter,
    ReportFilters,
    ReportOptions,
    report_filters,
    report_options,
)
from .charts import completion_chart, cumulative_chart, quarter_chart
from .exports import (
    PDF_COHORT_LINES,
    PDF_PEOPLE_LINES,
    download_name,
    export_line,
    notes,
    report_export_for_user,
    report_export_request,
    report_exports_recent,
)
from .returns import (
    ReturnRefused,
    monitoring_return_for_user,
    monitoring_return_submit,
    monitoring_returns,
    returnable_quarters,
)
from .summary_cache import cached_report_for, data_version, remembered

REPORT_ROLES = (Role.FUNDER, Role.LEAD, Role.STAFF)
LINES_PAGE_SIZE = 50  # a lead's people, staff's cohorts
# Tables the page draws in its own way; any other table of the report (added later) is drawn
# generically before the lines about people and cohorts.
PAGE_TABLES = (
    "by_lab",
    "councils_by_lab",
    "by_theme",
    "by_quarter",
    "cumulative",
    "targets",
    "people",
    "cohorts",
)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CONTENT_TYPES = {
    ReportFormat.CSV: "text/csv",
    ReportFormat.PDF: "application/pdf",
    ReportFormat.XLSX: XLSX,
}


def _vary_on_htmx(response: HttpResponse) -> HttpResponse:
    patch_vary_headers(response, ("HX-Request",))
    return response


def _options_and_filters(request, data) -> tuple[ReportOptions, ReportFilters]:
    options = report_options(user=request.user, today=selectors.today())
    try:
        return options, report_filters(options=options, data=data)
    except InvalidFilter:
        raise Http404 from None


# Filters anyone may know the choices of: a value that is not one (an old bookmark, a typo) is
# dropped with a message. Another council or cohort is not theirs to ask about: 404.
FORGIVEN = {
    "period": gettext_lazy("There is no report for that period: showing the programme to date."),
    "lab": gettext_lazy("There is no such Lab: showing all labs."),
    "theme": gettext_lazy("There is no such theme: showing both themes."),
}


@role_required(*REPORT_ROLES)
def reports(request):
    """Programme progress for a period, filtered; charts with their tables; downloads."""
    options = report_options(user=request.user, today=selectors.today())
    data, ignored = request.GET.copy(), []
    while True:
        try:
            filters = report_filters(options=options, data=data)
            break
        except InvalidFilter as invalid:
            name = invalid.args[0]
            if name not in FORGIVEN or name not in data:
                raise Http404 from None
            ignored.append(str(FORGIVEN[name]))
            data.pop(name)
    params = filters.as_params()
    # The data's version read once, before anything is built: a write that lands while the
    # figures are counted moves it on, so what was drawn from the older data is kept under the
    # older version (never read again) rather than under the newer one.
    version = data_version()
    figures = _Once(
        lambda: cached_report_for(
            user=request.user, filters=filters, options=options, version=version
        )
    )
    # What the frame needs of the report, and the report drawn: kept beside its figures, for
    # the same scope, filters, day, language and data version (so a write, another language, a
    # viewer of another scope or other filters never reads them); a page read again on
    # unchanged data draws only the frame, without reading the report at all.
    head = remembered(
        options=options,
        filters=filters,
        build=lambda: PageHead.of(figures()),
        parts=("head",),
        version=version,
    )
    people = head.page_number("people", request.GET.get("people"))
    cohorts = head.page_number("cohorts", request.GET.get("cohorts"))
    drawn = remembered(
        options=options,
        filters=filters,
        build=lambda: _drawn(figures(), params, people=people, cohorts=cohorts),
        parts=("body", people, cohorts),
        version=version,
    )
    return render(
        request,
        "cohorts/reports.html",
        {
            "head": head,
            "drawn": drawn,
            "options": options,
            "filters": filters,
            "params": params,
            "exports": [export_line(e) for e in report_exports_recent(user=request.user)],
            "ignored": ignored,
        },
    )


class _Once:
    """A value worked out on first use only (the figures, when something must be drawn)."""

    def __init__(self, make):
        self.make, self.value = make, None

    def __call__(self):
        if self.value is None:
            self.value = self.make()
        return self.value


@dataclass(frozen=True)
class PageHead:
    """What the page's frame shows of a report, and how many pages its lines have: kept apart
    from the report, so that a page read again does not read the report back."""

    audience: str
    scope_label: str
    period_label: str
    period_dates: str
    lines: tuple[tuple[str, int], ...]  # ("people" | "cohorts", how many)

    @classmethod
    def of(cls, report) -> "PageHead":
        lines = []
        if report.people is not None:
            lines.append(("people", len(report.people)))
        if report.cohorts is not None:
            lines.append(("cohorts", len(report.cohorts)))
        return cls(
            audience=report.audience,
            scope_label=str(report.scope_label),
            period_label=str(report.period.label),
            period_dates=str(report.period.dates),
            lines=tuple(lines),
        )

    def page_number(self, name: str, asked: str | None) -> int:
        """The page of these lines to show, as the paginator reads it (not a number: the
        first; past the end: the last); 1 for lines the report has not."""
        count = dict(self.lines).get(name, 0)
        return Paginator(range(count), LINES_PAGE_SIZE).get_page(asked).number


def _drawn(report, params: dict, *, people: int, cohorts: int) -> dict[str, str]:
    """The report drawn (templates/cohorts/reports/body.html and definitions.html), for the
    given pages of its lines: the same for everyone who may see this report."""
    context = {
        "report": report,
        "query": urlencode(params),
        "completion_chart": completion_chart(report),
        "quarter_chart": quarter_chart(report),
        "cumulative_chart": cumulative_chart(report),
        "page_tables": PAGE_TABLES,
        "cohort_measures": [MEASURE[key] for key in COHORT_MEASURES],
        "notes": notes(report),
        # A lead's people and staff's cohorts, a page at a time on the page (the downloads
        # hold everyone): a council of 600, a programme of 900 cohorts, are not drawn in one.
        "people_page": _page(report.people, people),
        "cohorts_page": _page(report.cohorts, cohorts),
        "pdf_cohort_lines": PDF_COHORT_LINES,
        "pdf_people_lines": PDF_PEOPLE_LINES,
    }
    return {
        "body": mark_safe(render_to_string("cohorts/reports/body.html", context)),
        "definitions": mark_safe(render_to_string("cohorts/reports/definitions.html", context)),
    }


def _page(lines, number: int):
    if lines is None:
        return None
    return Paginator(lines, LINES_PAGE_SIZE).get_page(number)


@role_required(*REPORT_ROLES)
@require_POST
def report_export_create(request):
    """Ask for the report as CSV or PDF with the filters on the page. With htmx the answer is
    the download's line, which polls until the file is ready; without, its own page."""
    _options, filters = _options_and_filters(request, request.POST)
    format = request.POST.get("format", "")
    if format not in ReportFormat.values:
        raise Http404
    export, created = report_export_request(
        user=request.user, filters=filters, format=format, token=token_from(request.POST)
    )
    if request.htmx:
        if not created:  # a second click: its line is on the page already
            return _vary_on_htmx(HttpResponse(""))
        # The export as it was when asked for: still waiting, so the line polls for it.
        return _vary_on_htmx(
            render(request, "cohorts/reports/export.html#export", {"line": export_line(export)})
        )
    return redirect("report_export", pk=export.pk)


@role_required(*REPORT_ROLES)
def report_export(request, pk):
    """A download's progress: the page, or to htmx the line that polls every 2 seconds and
    stops (no trigger in the answer) once the file is ready or the build failed."""
    export = report_export_for_user(user=request.user, pk=pk)
    template = (
        "cohorts/reports/export.html#export" if request.htmx else "cohorts/reports/export.html"
    )
    response = render(request, template, {"line": export_line(export)})
    response["Cache-Control"] = "private, no-store"
    return _vary_on_htmx(response)


@role_required(*REPORT_ROLES)
def report_export_download(request, pk):
    """The file, for the person who asked for it (and programme staff), once it is ready."""
    export = report_export_for_user(user=request.user, pk=pk)
    if export.status != ReportStatus.READY or not export.file:
        raise Http404
    try:
        handle = export.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = CONTENT_TYPES[export.format]
    response = FileResponse(
        handle, as_attachment=True, filename=download_name(export), content_type=content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response


# --- Monitoring returns (programme staff) -------------------------------------------------------


def _returns_page(request, *, error: str = "", status: int = 200):
    options = report_options(user=request.user, today=selectors.today())
    returns = list(monitoring_returns(user=request.user))
    submitted = {r.period for r in returns}
    quarters = [p for p in returnable_quarters(options=options) if p.key not in submitted]
    return render(
        request,
        "cohorts/reports/returns.html",
        {"returns": returns, "quarters": quarters, "error": error},
        status=status,
    )


@role_required(Role.STAFF)
def monitoring_returns_page(request):
    """Past returns, newest first, each with what changed since the one before; and the form
    to submit the return of a quarter that has ended."""
    return _returns_page(request)


@role_required(Role.STAFF)
@require_POST
def monitoring_return_submit_view(request):
    """Submit a quarter's return (idempotent: a second submit finds the first)."""
    try:
        submitted, created = monitoring_return_submit(
            user=request.user, period_key=request.POST.get("period", "")
        )
    except ReturnRefused as refused:
        return _returns_page(request, error=str(refused), status=400)
    if created:
        messages.success(
            request, _("The return for %(quarter)s is submitted.") % {"quarter": submitted.label}
        )
    else:
        messages.info(
            request,
            _("The return for %(quarter)s was already submitted: it is kept as it was.")
            % {"quarter": submitted.label},
        )
    return redirect("monitoring_returns")


def _return_file(request, pk, field: str, content_type: str, extension: str):
    submitted = monitoring_return_for_user(user=request.user, pk=pk)
    stored = getattr(submitted, field)
    try:
        handle = stored.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"infuse-return-{submitted.period}.{extension}",
        content_type=content_type,
    )
    response["Cache-Control"] = "private, no-store"
    return response


@role_required(Role.STAFF)
def monitoring_return_pdf(request, pk):
    return _return_file(request, pk, "pdf", "application/pdf", "pdf")


@role_required(Role.STAFF)
def monitoring_return_workbook(request, pk):
    return _return_file(request, pk, "workbook", XLSX, "xlsx")
