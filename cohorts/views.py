import hashlib
import os
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.formats import date_format
from django.utils.html import conditional_escape, escape, format_html_join
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop
from django.views.decorators.http import require_GET, require_POST

from cohorts.learning import selectors as learning_selectors
from councils.models import Role
from councils.permissions import role_required, staff_or_404
from equality.services import equality_should_ask
from infuse.concurrency import VersionConflict, conflict_for, version_from
from infuse.words import text_once
from labs import registry
from labs.models import ActivityKind, MaterialKind
from labs.templatetags.lab_content import content

from . import selectors
from .filters import PeopleFilter
from .learning import outcomes
from .learning.activities import ANSWER_MAX_LENGTH, ActivityForm, ticked_by_hand
from .learning.tools import tool_statuses
from .models import EnrolmentStatus
from .scheduling.calendar import calendar_for
from .scheduling.status import cohort_status
from .services import WorkRefused, completion_refusal, completion_submit
from .weeks import week_is_open

HOMES = {
    Role.PARTICIPANT: "dashboard",
    Role.LEAD: "lead_home",
    Role.FUNDER: "reports",
    Role.STAFF: "staff_home",
}


def _vary_on_htmx(response: HttpResponse) -> HttpResponse:
    """The same URL answers a whole page or, to htmx, a partial of it."""
    patch_vary_headers(response, ("HX-Request",))
    return response


@login_required
def home(request):
    """Each role lands on its own home after signing in."""
    return redirect(HOMES.get(request.user.role, "profile"))


# --- The participant's six weeks ------------------------------------------------------------


@role_required(Role.PARTICIPANT)
def dashboard(request):
    """Monday morning: each of my Labs, this week's module and what is left, the next session."""
    today = selectors.today()
    labs = learning_selectors.participant_dashboard(user=request.user, today=today)
    return render(
        request,
        "cohorts/dashboard.html",
        {
            "current": [lab for lab in labs if not lab.is_finished],
            "finished": [lab for lab in labs if lab.is_finished],
            "ask_equality": equality_should_ask(user=request.user),
            "today": today,
            # From the sessions the dashboard already has: no query of its own.
            "clashes": learning_selectors.clashes_among(labs, today=today),
            "offers": selectors.open_offers_for(user=request.user),
        },
    )


@role_required(Role.PARTICIPANT)
def lab_detail(request, pk):
    """One of my cohorts: its six weeks with dates, open or locked, and my progress in each."""
    today = selectors.today()
    overview = learning_selectors.lab_overview_for(
        user=request.user, pk=pk, today=today, bodies=False
    )
    tool = registry.tool_for(overview.cohort.lab.code)
    return render(
        request,
        "cohorts/lab_detail.html",
        {
            # The Lab's tool, one link away from the Lab's page (not only from its weeks).
            "tool": tool,
            "tool_url": _tool_url(tool, overview.enrolment) if tool else None,
            **outcomes.lab_page_outcomes(enrolment=overview.enrolment, today=today),
            "today": today,
            "overview": overview,
            "enrolment": overview.enrolment,
            "cohort": overview.cohort,
            "facilitators": learning_selectors.cohort_facilitators(cohort=overview.cohort),
        },
    )


def _tool_url(tool, enrolment) -> str | None:
    try:
        return reverse(tool.url_name, args=[enrolment.pk])
    except NoReverseMatch:
        return None


# Each kind's label (lazy: translated as it is drawn), as get_kind_display() gives it (the
# value itself for one no choice names), without hashing every choice each time (issue 24).
MATERIAL_KINDS = dict(MaterialKind.choices)
ACTIVITY_KINDS = dict(ActivityKind.choices)


def _activity_items(overview, week, *, answers, posted=None) -> list[dict]:
    """What the week page needs for each activity; `posted` carries one form back."""
    enrolment = overview.enrolment
    lab_code = enrolment.cohort.lab.code
    tool = registry.tool_for(lab_code)
    items = []
    for activity in week.activities:
        completion = answers.get(activity.pk)
        item = {
            "activity": activity,
            "done": activity.pk in week.done_ids,
            "completion": completion,
            "answer": completion.answer if completion else "",
            "answer_id": f"answer-{activity.pk}",
            "by_hand": ticked_by_hand(activity=activity, lab_code=lab_code),
            "is_tool_step": activity.kind == ActivityKind.TOOL,
            "kind_label": ACTIVITY_KINDS.get(activity.kind, activity.kind),
            "tool": tool,
            "tool_url": _tool_url(tool, enrolment) if tool else None,
            "can_change": enrolment.is_current,
            "error": None,
        }
        if posted and posted["activity_id"] == activity.pk:
            item.update(posted["changes"])
        items.append(item)
    return items


def _week_steps(materials, items) -> list[dict]:
    """The week as steps: each material, then each activity, in order, each knowing the one
    before and after it (the "On this page" list and each step's Previous / Next)."""
    # `obj`: the step's material or activity, whose title `{% content %}` shows.
    steps = [
        {
            "anchor": f"material-{m.pk}",
            "title": m.title,
            "material": m,
            "obj": m,
            "kind_label": MATERIAL_KINDS.get(m.kind, m.kind),
        }
        for m in materials
    ] + [
        {
            "anchor": f"activity-{i['activity'].pk}",
            "title": i["activity"].title,
            "item": i,
            "obj": i["activity"],
        }
        for i in items
    ]
    for index, step in enumerate(steps):
        step["number"] = index + 1
        step["previous"] = steps[index - 1] if index else None
        step["next"] = steps[index + 1] if index + 1 < len(steps) else None
        if "item" in step:
            step["item"]["step"] = step
    return steps


def _step_link(direction: str, href: str, words: str, title: str) -> str:
    """One step link: `words` translated once per language (text_once), `title` HTML
    (content() escapes it)."""
    return (
        f'<li class="infuse-step-nav__{direction}"><a class="govuk-link" href="{escape(href)}">'
        f'{escape(words)}<span class="govuk-visually-hidden">:</span> '
        f'<span class="infuse-step-nav__title">{conditional_escape(title)}</span></a></li>'
    )


def _step_nav(step, *, next_week, next_week_url) -> str:
    """A step's links to the step before and after it (after the last, to the next week when
    it is open): drawn here once per step rather than by a template included in the loop, with
    the same HTML format_html gave (tests/cohorts/test_week_steps.py)."""
    links = []
    if step["previous"]:
        previous = step["previous"]
        links.append(
            _step_link(
                "previous",
                f"#{previous['anchor']}",
                text_once(gettext_noop("Previous step")),
                content(previous["obj"], "title"),
            )
        )
    if step["next"]:
        following = step["next"]
        links.append(
            _step_link(
                "next",
                f"#{following['anchor']}",
                text_once(gettext_noop("Next step")),
                content(following["obj"], "title"),
            )
        )
    elif next_week is not None and next_week.is_open:
        # The translation is trusted, as {% blocktranslate %} has it; the title is escaped.
        title = mark_safe(  # noqa: S308
            _("Week %(n)s: %(title)s")
            % {"n": next_week.number, "title": content(next_week.module, "title")}
        )
        links.append(_step_link("next", next_week_url, text_once(gettext_noop("Next week")), title))
    return mark_safe(  # noqa: S308 (each part escaped above)
        '<ul class="govuk-list govuk-body-s infuse-step-nav govuk-!-margin-top-4 '
        'govuk-!-margin-bottom-0">' + "\n".join(links) + "</ul>"
    )


def content_version(row) -> str:
    """A hash of every stored field of a row (each language's text included): the week page
    keeps a material's drawn HTML under it, so an edit in the admin is a new version at once
    and nothing needs clearing."""
    fields = [(f.attname, getattr(row, f.attname)) for f in row._meta.concrete_fields]
    return hashlib.sha256(repr(fields).encode()).hexdigest()


def _week_url(enrolment, week, *, preview: bool) -> str:
    """A week's page: the participant's own, or (staff's preview) the same week as a
    participant would see it."""
    if preview:
        return reverse("admin:labs_module_as_participant", args=[week.module.pk])
    return reverse("lab_week", args=[enrolment.pk, week.number])


def _week_context(request, overview, week, *, posted=None, preview=False) -> dict:
    """What the week page draws. With `preview` (staff seeing the week as a participant
    would: an enrolment never saved, nothing done), links stay in the preview and no work,
    clash or answer of anyone is read."""
    enrolment = overview.enrolment
    numbers = [w.number for w in overview.weeks]
    index = numbers.index(week.number)
    materials = list(learning_selectors.week_materials(module=week.module)) if week.is_open else []
    answers = {}
    if week.is_open and not preview:
        answers = learning_selectors.week_answers(
            enrolment=enrolment, module=week.module, overview=overview
        )
    items = _activity_items(overview, week, answers=answers, posted=posted) if week.is_open else []
    steps = _week_steps(materials, items)
    for step in steps:
        if "material" in step:
            step["content_version"] = content_version(step["material"])
        if "material" in step and step["material"].file:
            step["download_url"] = (
                reverse("admin:labs_material_change", args=[step["material"].pk])
                if preview
                else reverse("material_download", args=[enrolment.pk, step["material"].pk])
            )
    previous_week = overview.weeks[index - 1] if index > 0 else None
    next_week = overview.weeks[index + 1] if index + 1 < len(overview.weeks) else None
    next_week_url = next_week and _week_url(enrolment, next_week, preview=preview)
    for step in steps:
        step["nav"] = _step_nav(step, next_week=next_week, next_week_url=next_week_url)
    return {
        "preview": preview,
        "lab_url": (
            reverse("admin:labs_module_change", args=[week.module.pk])
            if preview
            else reverse("lab_detail", args=[enrolment.pk])
        ),
        "previous_week_url": previous_week and _week_url(enrolment, previous_week, preview=preview),
        "next_week_url": next_week_url,
        "today": overview.today,
        "overview": overview,
        "enrolment": enrolment,
        "cohort": enrolment.cohort,
        "week": week,
        # Its session is over: the page says so rather than offer to join it.
        "session_ended": bool(
            week.session
            and not preview
            and not selectors.session_still_to_come(
                week.session, today=overview.today, now=selectors.now()
            )
        ),
        "module": week.module,
        "materials": materials,
        "items": items,
        "steps": steps,
        "material_steps": [step for step in steps if "material" in step],
        # This week's session at the same time as one of another Lab: said on both weeks.
        # Only a session still to come can clash (the check reads from today on): a week
        # whose session is past, cancelled or not set asks nothing.
        "clashes": []
        if preview
        or week.session is None
        or week.session.is_cancelled
        or week.session.date < overview.today
        else [
            clash
            for clash in selectors.session_clashes_for(
                user=request.user, cohort=enrolment.cohort, today=overview.today
            )
            if week.session in (clash.first, clash.second)
        ],
        "previous_week": previous_week,
        "next_week": next_week,
        "ActivityKind": ActivityKind,
        "answer_limit": ANSWER_MAX_LENGTH,
    }


def _week_or_404(overview, number):
    week = overview.week(number)
    if week is None:
        raise Http404
    return week


@role_required(Role.PARTICIPANT)
def lab_week(request, pk, number):
    """A week's module: summary, outcomes, materials and activities. A week that has not
    opened shows its title and when it opens, and nothing more."""
    overview = learning_selectors.lab_overview_for(
        user=request.user, pk=pk, today=selectors.today(), answers=True
    )
    week = _week_or_404(overview, number)
    return render(request, "cohorts/lab_week.html", _week_context(request, overview, week))


@staff_or_404
@require_GET
def week_as_participant(request, module_pk):
    """Programme staff see a week as a participant would once it has opened (linked from the
    week's admin page): the same page, read-only, with nothing ticked and nothing saved.
    Anyone who cannot use the admin gets 404."""
    overview = learning_selectors.week_preview(module_pk=module_pk, today=selectors.today())
    week = next(w for w in overview.weeks if w.is_current)
    context = _week_context(request, overview, week, preview=True)
    return render(request, "cohorts/lab_week.html", context)


def _refused(request, enrolment, message: str) -> HttpResponse:
    return render(
        request,
        "refused.html",
        {
            "message": message,
            "back_url": reverse("lab_detail", args=[enrolment.pk]),
            "back_label": _("Back to your Lab"),
        },
        status=403,
    )


DONE_MESSAGES = {
    "ticked": gettext_lazy("Marked “%(title)s” as done."),
    "unticked": gettext_lazy("Marked “%(title)s” as not done."),
    "saved": gettext_lazy("Saved your reflection on “%(title)s”."),
}


@role_required(Role.PARTICIPANT)
@require_POST
def activity_submit(request, pk, activity_pk):
    """Tick, untick or answer an activity of my own enrolment, in place with htmx or as a
    plain form post. Someone else's enrolment answers 404; a week that has not opened, a
    tool's step or a closed enrolment answers 403 and changes nothing."""
    today = selectors.today()
    enrolment = selectors.own_enrolment(user=request.user, pk=pk)
    activity = learning_selectors.activity_for_enrolment(enrolment=enrolment, pk=activity_pk)
    form = ActivityForm(request.POST, activity=activity)
    changes: dict = {}
    # A reflection's answer is written over the version its form was drawn from; a form
    # without one (or a malformed one) is refused as a conflict, with what was typed kept.
    version = None
    if activity.kind == ActivityKind.REFLECTION:
        version = version_from(request.POST)
        version = -1 if version is None else version
    try:
        if form.is_valid():
            done = form.cleaned_data["done"]
            completion_submit(
                enrolment=enrolment,
                activity=activity,
                done=done,
                answer=form.cleaned_data["answer"],
                today=today,
                version=version,
            )
            key = (
                "saved"
                if activity.kind == ActivityKind.REFLECTION
                else ("ticked" if done else "unticked")
            )
            note = DONE_MESSAGES[key] % {"title": activity.title}
        else:
            # Nothing to save, but a locked week or a closed enrolment still answers 403.
            refusal = completion_refusal(enrolment=enrolment, activity=activity, today=today)
            if refusal:
                raise WorkRefused(refusal)
            changes = {"error": form.errors["answer"][0], "answer": request.POST.get("answer", "")}
            note = ""
    except WorkRefused as refusal:
        return _refused(request, enrolment, str(refusal))
    except VersionConflict as conflict:
        saved = ActivityForm(
            initial={"answer": conflict.current.answer if conflict.current else ""},
            activity=activity,
        )
        changes = {
            "conflict": conflict_for(
                saved=saved,
                typed=form,
                saved_at=conflict.current.updated_at if conflict.current else None,
                target=activity.pk,
            ),
            "answer": request.POST.get("answer", ""),
        }
        note = _("Not saved: this was changed somewhere else.")

    week_url = reverse("lab_week", args=[enrolment.pk, activity.module.number])
    if not request.htmx and not changes:
        messages.success(request, note)
        return redirect(f"{week_url}#activity-{activity.pk}")

    overview = learning_selectors.lab_overview_for(
        user=request.user, pk=pk, today=today, answers=True
    )
    week = _week_or_404(overview, activity.module.number)
    posted = {"activity_id": activity.pk, "changes": changes}
    context = _week_context(request, overview, week, posted=posted)
    if not request.htmx:
        # A validation error without JavaScript: the whole week again, the error in place.
        status = 409 if "conflict" in changes else 200
        return _vary_on_htmx(render(request, "cohorts/lab_week.html", context, status=status))
    # htmx 2 swaps only 2xx answers, so an error comes back as 200 with the partial.
    context["item"] = next(i for i in context["items"] if i["activity"].pk == activity.pk)
    context.update(oob=True, status_note=note)
    parts = [
        render_to_string("cohorts/lab_week.html#activity", context, request),
        render_to_string("cohorts/lab_week.html#progress", context, request),
        render_to_string("cohorts/lab_week.html#status", context, request),
        render_to_string("cohorts/lab_week.html#contents", context, request),
    ]
    return _vary_on_htmx(HttpResponse("".join(parts)))


@role_required(Role.PARTICIPANT)
def material_download(request, pk, material_pk):
    """A material's file, for people in the cohort once its week has opened."""
    enrolment = selectors.own_enrolment(user=request.user, pk=pk)
    material = learning_selectors.material_for_enrolment(enrolment=enrolment, pk=material_pk)
    if not material.file:
        raise Http404
    session = learning_selectors.session_opening_week(
        enrolment=enrolment, number=material.module.number
    )
    if not week_is_open(session.date if session else None, selectors.today()):
        return _refused(
            request,
            enrolment,
            _("Week %(week)s has not opened yet, so its materials are not available.")
            % {"week": material.module.number},
        )
    try:
        handle = material.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=os.path.basename(material.file.name)
    )
    response["Cache-Control"] = "private, no-store"
    return response


# --- A council lead's people ----------------------------------------------------------------


SORT_COLUMNS = [
    ("name", gettext_lazy("Name"), False),
    ("cohort", gettext_lazy("Cohort"), False),
    ("progress", gettext_lazy("Progress"), True),
    ("attendance", gettext_lazy("Sessions attended"), True),
    ("last_activity", gettext_lazy("Last activity"), False),
]


def _sort_columns(sort: str, keep: dict) -> list[dict]:
    """The table's headings, each a link that sorts by it, keeping the other filters (`keep`)
    and starting again at the first page."""
    columns = []
    for key, label, numeric in SORT_COLUMNS:
        if sort == key:
            state, next_sort = "ascending", f"-{key}"
        elif sort == f"-{key}":
            state, next_sort = "descending", key
        else:
            # Numbers read best highest first; names and dates from the top of the alphabet.
            state, next_sort = "none", f"-{key}" if numeric else key
        query = "?" + urlencode({"sort": next_sort, **keep})
        columns.append(
            {"key": key, "label": label, "numeric": numeric, "state": state, "query": query}
        )
    return columns


LEAD_PAGE_SIZE = 50  # people a page: a council of 600 is never drawn in one


def _pages(page, query: dict) -> list[dict]:
    """The govuk-pagination items: the first, the last, the current page and those either side
    of it, with ellipses between; each with its address (the filters kept)."""
    numbers = sorted(
        {1, page.paginator.num_pages, page.number - 1, page.number, page.number + 1}
        & set(page.paginator.page_range)
    )
    items, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            items.append({"ellipsis": True})
        items.append(
            {
                "number": number,
                "current": number == page.number,
                "query": "?" + urlencode({**query, "page": number}),
            }
        )
        previous = number
    return items


def _people_rows(enrolments: list) -> list[dict]:
    """The table's rows, each built in Python from the one page of enrolments (their person,
    cohort and lab came with them) and its lab tool's status, one query a tool: no query and
    no template filter per row (the lead's page, issue 24)."""
    statuses = tool_statuses(enrolments=enrolments)
    status_labels = dict(EnrolmentStatus.choices)
    none_yet, no_tool = _("None yet"), _("No tool yet")
    rows = []
    for enrolment in enrolments:
        tool_status = statuses.get(enrolment.pk)
        last = enrolment.last_activity_at
        rows.append(
            {
                "name": enrolment.user.full_name,
                "cohort": content(enrolment.cohort, "title"),
                "status": status_labels.get(enrolment.status, enrolment.status),
                "progress": enrolment.progress,
                "tool": tool_status.label if tool_status else no_tool,
                "attended": enrolment.sessions_attended,
                "last_activity": date_format(localtime(last), "j M Y") if last else none_yet,
            }
        )
    return rows


def _cohort_options(cohorts, selected) -> str:
    """The cohort filter's options after "All cohorts": a council in every cohort of the
    programme has hundreds, so their titles are read as plain rows (in the page's language,
    the English where the Welsh is missing, as modeltranslation gives `title`) and joined here
    rather than by a template loop."""
    chosen = selected.pk if selected else None
    welsh = (translation.get_language() or "en").split("-")[0] == "cy"
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (pk, mark_safe(" selected") if pk == chosen else "", (welsh and cy) or en)
            for pk, en, cy in cohorts.values_list("pk", "title_en", "title_cy")
        ),
    )


@role_required(Role.LEAD)
def lead_home(request):
    """My council's people in every cohort: progress, attendance, last activity; sortable,
    filterable by cohort, status and name, a page at a time, the filters applied in the
    database. Nothing of any other council."""
    cohorts = selectors.lead_cohort_choices(user=request.user)
    form = PeopleFilter(request.GET or None, cohorts=cohorts)
    cohort, sort, cohort_refused, status, name = None, "name", False, "", ""
    if form.is_bound:
        form.is_valid()  # a cohort that is not the lead's is dropped; a good sort still applies
        cohort = form.cleaned_data.get("cohort")
        sort = form.cleaned_data.get("sort") or "name"
        status = form.cleaned_data.get("status") or ""
        name = form.cleaned_data.get("q") or ""
        # Not one of the council's cohorts, whether another council's, gone or not a number:
        # the page says so, in the same words for each (nothing of another council's cohort,
        # not even that it exists), and shows all cohorts.
        cohort_refused = "cohort" in form.errors
    cohort_id = cohort.pk if cohort else None
    people = selectors.lead_people(
        user=request.user, cohort_id=cohort_id, sort=sort, status=status, name=name
    )
    summary = selectors.lead_people_summary(user=request.user, cohort_id=cohort_id)
    paginator = Paginator(people, LEAD_PAGE_SIZE)
    if not name:
        # The summary has counted them already (the cohort's, or those of one status of it):
        # no second count. A name search is counted by the paginator.
        paginator.count = summary[status] if status else summary["total"]
    # A page number that is not one (too high, not a number) shows the last or the first page.
    page = paginator.get_page(request.GET.get("page"))
    # Each lab tool's status, never its content (issue 6): one query per lab's tool, for this
    # page's people only.
    rows = _people_rows(list(page.object_list))
    filters = {
        key: value
        for key, value in (("cohort", cohort_id), ("status", status), ("q", name))
        if value
    }
    context = {
        "council": request.user.council,
        "form": form,
        "cohort_options": _cohort_options(cohorts, cohort),
        "selected_cohort": cohort,
        "cohort_refused": cohort_refused,
        "sort": sort,
        "status": status,
        "name": name,
        "statuses": EnrolmentStatus.choices,
        "columns": _sort_columns(sort, filters),
        "rows": rows,
        "page": page,
        "pages": _pages(page, {"sort": sort, **filters}) if page.paginator.num_pages > 1 else [],
        "previous_query": "?" + urlencode({"sort": sort, **filters, "page": page.number - 1}),
        "next_query": "?" + urlencode({"sort": sort, **filters, "page": page.number + 1}),
        "summary": summary,
        "summary_lines": [
            (label, summary[value]) for value, label in EnrolmentStatus.choices if summary[value]
        ],
        "open_cohorts": selectors.open_cohorts_for_lead(user=request.user),
    }
    template = "cohorts/lead_home.html#people" if request.htmx else "cohorts/lead_home.html"
    return _vary_on_htmx(render(request, template, context))


# --- Other roles' homes ---------------------------------------------------------------------


@role_required(Role.STAFF)
def staff_home(request):
    """What's on: today's and this week's sessions with their registers, cohorts starting soon
    with places left, invitations not yet sent, certificates issued this week; then every
    cohort. Counts leave out withdrawn people, as the admin does."""
    today = selectors.today()
    rows = [
        {"cohort": c, "status": cohort_status([s.date for s in c.sessions.all()], today)}
        for c in selectors.staff_cohorts(user=request.user)
    ]
    return render(
        request,
        "cohorts/staff_home.html",
        {
            "today": today,
            "overview": selectors.staff_overview(user=request.user, today=today),
            "rows": rows,
            "reissues_waiting": selectors.reissues_waiting(user=request.user),
        },
    )


# --- Calendars ------------------------------------------------------------------------------


def calendar_feed(request, token):
    """A person's secret calendar feed of all their sessions (token-based, no login)."""
    user, sessions = selectors.sessions_for_calendar_token(token=token)
    # No name in it: whoever holds the link learns session times, not who goes to them.
    with translation.override(user.language):
        body = calendar_for(sessions, _("Infuse sessions"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response


@role_required(Role.PARTICIPANT, Role.LEAD, Role.STAFF)
def session_ics(request, pk):
    """One session as an .ics file, for "add to calendar"."""
    session = selectors.session_for_user(user=request.user, pk=pk)
    body = calendar_for([session], session.cohort.title)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="infuse-session-{session.pk}.ics"'
    return response
