"""The Social value planner's pages. Thin: the frame (cohorts.learning.tools) says whose work it is and
who may read it, selectors read, services write, rules compute.

Every step is a form that saves in place with htmx (the step's partial comes back, with the
result, the ranking and the step list swapped out of band) and also without JavaScript (post,
redirect, get). A validation error re-renders the form as typed, with status 200 so that
htmx 2 swaps it in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cohorts.learning.tools import tool_comments, tool_context, tool_pdf, tool_render
from councils.models import Role
from infuse.concurrency import VersionConflict, conflict_for, token_from, version_from

from . import selectors, services
from .forms import BidsForm, ContractForm, OutcomesForm, WeightingForm
from .models import ContractKind
from .rules import format_money, format_number

LAB = "procurement"
TEMPLATE = "labs/procurement/plan.html"
STEP_TEMPLATE = "labs/procurement/plan_step.html"  # one step on its own page (issue 23)


def _ctx(request, pk):
    return tool_context(user=request.user, pk=pk, lab_code=LAB)


def _writer_ctx(request, pk):
    """Only participants write; programme staff read and comment (a whole role barred: 403).
    Leads and funders get 404 from the frame, as for every tool page."""
    if request.user.is_authenticated and request.user.role == Role.STAFF:
        raise PermissionDenied
    return _ctx(request, pk)


def _refused(request, ctx, refusal):
    back = {
        "back_url": reverse("procurement_planner", args=[ctx.enrolment.pk]),
        "back_label": _("Back to the %(tool)s") % {"tool": ctx.tool.name},
    }
    return render(request, "refused.html", {"message": str(refusal), **back}, status=403)


@login_required
def planner(request, pk):
    """The tool's start page: the participant's plans, and a form to start another."""
    ctx = _ctx(request, pk)
    return _planner_page(request, ctx, ContractForm())


# {language: the new-plan form's four fields, empty}. They hold nobody's values and no token
# (the CSRF and create tokens are drawn around them), so each process draws them once a language.
_blank_contract_fields: dict[str, str] = {}


def _contract_fields(form) -> str:
    """The planner's new-plan fields when `form` is blank, drawn once per language; "" for a
    form as posted (the template draws its values and errors)."""
    if form.is_bound:
        return ""
    language = get_language()
    html = _blank_contract_fields.get(language)
    if html is None:
        html = _blank_contract_fields[language] = render_to_string(
            "labs/procurement/includes/contract_fields.html",
            {"form": ContractForm(), "kinds": ContractKind.choices},
        )
    return html


def _planner_page(request, ctx, form):
    context = {
        "ctx": ctx,
        "plans": selectors.plans_for(ctx=ctx),
        "steps": selectors.step_views(ctx=ctx, done=set()),
        "form": form,
        "contract_fields": _contract_fields(form),
        "kinds": ContractKind.choices,
        "comments": tool_comments(enrolment=ctx.enrolment),
        "can_start": ctx.can_edit_step(ctx.tool.step(selectors.CONTRACT)),
    }
    return tool_render(request, "labs/procurement/planner.html", context, partial="new_plan")


@login_required
@require_POST
def plan_create(request, pk):
    ctx = _writer_ctx(request, pk)
    form = ContractForm(request.POST)
    if not form.is_valid():
        return _planner_page(request, ctx, form)
    try:
        plan = services.plan_create(ctx=ctx, **form.cleaned_data, token=token_from(request.POST))
    except services.StepRefused as refusal:
        return _refused(request, ctx, refusal)
    url = _step_url("outcomes", ctx.enrolment.pk, plan.pk)
    messages.success(
        request,
        _("Your plan for “%(title)s” is started. Next, add its outcomes.") % {"title": plan.title},
    )
    if request.htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return redirect(url)


def _forms_for(view, proxies, *, bound=None):
    """The four step forms, filled from the saved plan; `bound` replaces one with the form as
    posted (keeping what was typed)."""
    plan = view.plan
    initial_targets = {
        OutcomesForm.field_name(line.proxy): format_number(line.target) for line in view.lines
    }
    forms = {
        "contract": ContractForm(
            initial={
                "title": plan.title,
                "kind": plan.kind,
                "value": format_money(plan.value),
                "duration_months": plan.duration_months,
            }
        ),
        "outcomes": OutcomesForm(
            proxies=proxies, initial={"note": plan.outcomes_note, **initial_targets}
        ),
        "weighting": WeightingForm(
            initial={
                "price": plan.price_weight,
                "quality": plan.quality_weight,
                "social_value": plan.social_value_weight,
                "note": plan.weighting_note,
            }
        ),
    }
    bid_initial = {}
    for n, row in enumerate(view.bid_rows, start=1):
        bid_initial[f"bid{n}-bidder"] = row.bid.bidder
        bid_initial[f"bid{n}-price"] = format_money(row.bid.price)
        bid_initial[f"bid{n}-quality"] = format_number(row.bid.quality)
        for proxy, quantity, _value in row.commitments:
            bid_initial[BidsForm.commit_name(n, proxy)] = format_number(quantity)
    forms["bids"] = BidsForm(measures=[line.measure for line in view.lines], initial=bid_initial)
    if bound:
        forms.update(bound)
    return forms


def _plan_context(request, ctx, plan, *, bound=None, saved=""):
    view = selectors.plan_view(ctx=ctx, plan=plan)
    proxies = selectors.proxies_offered(plan=plan)
    forms = _forms_for(view, proxies, bound=bound)
    outcome_groups = selectors.goal_groups(proxies, goal_of=lambda proxy: proxy.goal)
    for group in outcome_groups:
        group.items = [
            {
                "proxy": proxy,
                "field": forms["outcomes"].bound_field(proxy),
                "serves_theme": proxy.serves(view.theme),
            }
            for proxy in group.items
        ]
        # A goal whose measures hold a target (or an error) starts open.
        group.open = any(
            item["field"].value() not in (None, "") or item["field"].errors for item in group.items
        )
    return {
        "ctx": ctx,
        "plan": plan,
        "view": view,
        "steps": view.steps_by_name,
        "forms": forms,
        "outcome_groups": outcome_groups,
        "bid_slots": [forms["bids"].slot_fields(n) for n in forms["bids"].slots],
        "kinds": ContractKind.choices,
        "comments": tool_comments(enrolment=ctx.enrolment),
        "saved": saved,
    }


@login_required
def plan_detail(request, pk, plan_id):
    """A plan's overview: the step list with what is done, the indicative social value and the
    ranking. No step forms: each step has its own page (procurement_plan_<step>)."""
    ctx = _ctx(request, pk)
    plan = selectors.plan_for(ctx=ctx, plan_id=plan_id)
    return tool_render(request, TEMPLATE, _plan_context(request, ctx, plan))


# The partials an htmx save sends back besides the step itself (out of band): only those
# whose elements the step's own page (plan_step.html) has, as htmx reports any other as
# oobErrorNoTarget. Each step has a page of its own: no other step's form or version is there,
# and the step itself comes back whole with the plan's new version.
ALSO = {
    "contract": ["title", "steps"],
    "outcomes": ["steps", "result"],
    "weighting": ["steps"],
    "bids": ["steps", "evaluation"],
}


def _saved_message(step: str) -> str:
    return {
        "contract": _("Saved the contract."),
        "outcomes": _("Saved the outcomes. The indicative social value has been worked out again."),
        "weighting": _("Saved the weighting."),
        "bids": _("Saved the bids. The ranking has been worked out again."),
    }[step]


def _step_url(step: str, pk: int, plan_id: int) -> str:
    return reverse(f"procurement_plan_{step}", args=[pk, plan_id])


def _step_page(request, context: dict, step: str, *, status: int = 200) -> HttpResponse:
    """A step on its own page: the step list, the step, the steps before and after it."""
    steps = context["view"].steps
    names = [s.step.name for s in steps]
    index = names.index(step)
    pk, plan_id = context["ctx"].enrolment.pk, context["plan"].pk

    def neighbour(i):
        if 0 <= i < len(steps):
            return {
                "number": steps[i].number,
                "title": steps[i].step.title,
                "url": _step_url(names[i], pk, plan_id),
            }
        return None

    context.update(
        step_name=step,
        step_number=index + 1,
        current_step=steps[index],
        previous_step=neighbour(index - 1),
        next_step=neighbour(index + 1),
    )
    response = tool_render(request, STEP_TEMPLATE, context)
    response.status_code = status
    return response


def _step_view(step: str, form_class, save):
    """A view for one step of a plan: its own page (GET, for the participant and for staff
    reading), or its save (POST, the participant only)."""

    @login_required
    def view(request, pk, plan_id):
        if request.method != "POST":
            ctx = _ctx(request, pk)
            plan = selectors.plan_for(ctx=ctx, plan_id=plan_id)
            return _step_page(request, _plan_context(request, ctx, plan), step)
        ctx = _writer_ctx(request, pk)
        plan = selectors.plan_for(ctx=ctx, plan_id=plan_id)
        form = form_class(request, plan)
        if form.is_valid():
            try:
                save(ctx, plan, form.cleaned_data, version_from(request.POST))
            except services.StepRefused as refusal:
                return _refused(request, ctx, refusal)
            except VersionConflict:
                return _conflict(request, ctx, plan_id, step, form)
            note = _saved_message(step)
            if not request.htmx:
                messages.success(request, note)
                return redirect(_step_url(step, pk, plan_id))
            plan = selectors.plan_for(ctx=ctx, plan_id=plan_id)
            context = _plan_context(request, ctx, plan, saved=note)
        else:
            context = _plan_context(request, ctx, plan, bound={step: form})
            if not request.htmx:
                # Without JavaScript: the step's page again, the errors in place, as typed.
                return _step_page(request, context, step)
        context["oob"] = True
        parts = [render_to_string(f"{TEMPLATE}#{step}", {**context, "oob": False}, request)]
        if form.is_valid():
            parts += [
                render_to_string(f"{TEMPLATE}#{name}", context, request) for name in ALSO[step]
            ]
        parts.append(render_to_string(f"{TEMPLATE}#status", context, request))
        response = HttpResponse("".join(parts))
        patch_vary_headers(response, ("HX-Request",))
        return response

    view.__name__ = f"plan_{step}"
    return view


def _conflict(request, ctx, plan_id: int, step: str, form) -> HttpResponse:
    """Refused: the plan was saved since this step's form was drawn. The step comes back as
    typed, with what differs from the saved plan and the new version in the form (to save
    again is a knowing choice): the whole page with 409, or the step answered 200 to htmx so
    that it is swapped in."""
    plan = selectors.plan_for(ctx=ctx, plan_id=plan_id)
    context = _plan_context(request, ctx, plan, bound={step: form})
    saved = _forms_for(context["view"], selectors.proxies_offered(plan=plan))[step]
    context["conflict"] = conflict_for(
        saved=saved, typed=form, saved_at=plan.updated_at, target=step
    )
    if not request.htmx:
        return _step_page(request, context, step, status=409)
    note = _("Not saved: this was changed somewhere else.")
    parts = [
        render_to_string(f"{TEMPLATE}#{step}", context, request),
        render_to_string(f"{TEMPLATE}#status", {**context, "oob": True, "saved": note}, request),
    ]
    response = HttpResponse("".join(parts))
    patch_vary_headers(response, ("HX-Request",))
    return response


def _proxies_for(plan):
    return selectors.proxies_offered(plan=plan)


plan_contract = _step_view(
    "contract",
    lambda request, plan: ContractForm(request.POST),
    lambda ctx, plan, data, version: services.plan_contract_save(
        ctx=ctx,
        plan=plan,
        title=data["title"],
        kind=data["kind"],
        value=data["value"],
        duration_months=data["duration_months"],
        version=version,
    ),
)
plan_outcomes = _step_view(
    "outcomes",
    lambda request, plan: OutcomesForm(request.POST, proxies=_proxies_for(plan)),
    lambda ctx, plan, data, version: services.plan_outcomes_save(
        ctx=ctx, plan=plan, targets=data["targets"], note=data["note"], version=version
    ),
)
plan_weighting = _step_view(
    "weighting",
    lambda request, plan: WeightingForm(request.POST, has_saved=plan.price_weight is not None),
    lambda ctx, plan, data, version: services.plan_weighting_save(
        ctx=ctx,
        plan=plan,
        price=data["price"],
        quality=data["quality"],
        social_value=data["social_value"],
        note=data["note"],
        version=version,
    ),
)
plan_bids = _step_view(
    "bids",
    lambda request, plan: BidsForm(request.POST, measures=list(plan.measures.all())),
    lambda ctx, plan, data, version: services.plan_bids_save(
        ctx=ctx, plan=plan, bids=data["bids"], version=version
    ),
)


@login_required
def plan_pdf(request, pk, plan_id):
    """The plan as a PDF: for the participant and programme staff (facilitators) only."""
    ctx = _ctx(request, pk)
    plan = selectors.plan_for(ctx=ctx, plan_id=plan_id)
    view = selectors.plan_view(ctx=ctx, plan=plan)
    return tool_pdf(
        ctx=ctx,
        template="pdf/procurement_plan.html",
        context={"plan": plan, "view": view, "comments": tool_comments(enrolment=ctx.enrolment)},
        filename=f"social-value-plan-{slugify(plan.title)[:60] or plan.pk}.pdf",
    )


@login_required
def plan_delete(request, pk, plan_id):
    """Ask, then delete a plan (participant only)."""
    ctx = _writer_ctx(request, pk)
    plan = selectors.plan_for(ctx=ctx, plan_id=plan_id)
    if request.method == "POST":
        try:
            services.plan_delete(ctx=ctx, plan=plan)
        except services.StepRefused as refusal:
            return _refused(request, ctx, refusal)
        messages.success(request, _("Deleted the plan for “%(title)s”.") % {"title": plan.title})
        return redirect("procurement_planner", pk=pk)
    return render(
        request,
        "labs/procurement/plan_delete.html",
        {"ctx": ctx, "plan": plan, "comments": []},
    )
