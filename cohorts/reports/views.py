"""Progress reports: the page, and downloads built in the background.

Funders, council leads and programme staff use them (participants get 403); what each sees is
decided in cohorts.reports, from the user. A filter value that is not among the person's own
choices (another council for a lead, a cohort for a funder) answers 404.
"""

from urllib.parse import urlencode

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_vary_headers
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
    report_for,
    report_options,
)
from .charts import completion_chart, quarter_chart
from .exports import (
    download_name,
    export_line,
    notes,
    report_export_for_user,
    report_export_request,
    report_exports_recent,
)

REPORT_ROLES = (Role.FUNDER, Role.LEAD, Role.STAFF)


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
    report = report_for(user=request.user, filters=filters, options=options)
    params = filters.as_params()
    return render(
        request,
        "cohorts/reports.html",
        {
            "report": report,
            "options": options,
            "filters": filters,
            "params": params,
            "query": urlencode(params),
            "completion_chart": completion_chart(report),
            "quarter_chart": quarter_chart(report),
            "cohort_measures": [MEASURE[key] for key in COHORT_MEASURES],
            "exports": [export_line(e) for e in report_exports_recent(user=request.user)],
            "notes": notes(report),
            "ignored": ignored,
        },
    )


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
    content_type = "application/pdf" if export.format == ReportFormat.PDF else "text/csv"
    response = FileResponse(
        handle, as_attachment=True, filename=download_name(export), content_type=content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response
