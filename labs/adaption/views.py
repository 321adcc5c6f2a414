"""The "Adopt, adapt or leave" canvas pages. Thin: who may see what is decided by the frame's
tool_context (the participant's own enrolment, or programme staff reading; anyone else 404);
reads come from selectors, writes go through services.

Every step is a form that saves in place with htmx and also as a plain POST (then redirected,
post/redirect/get). Validation errors come back with status 200, the field and the rule named
and nothing typed lost."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cohorts import selectors as cohort_selectors
from cohorts.learning.tools import tool_comments, tool_context, tool_pdf, tool_render
from infuse.concurrency import VersionConflict, conflict_for, token_from, version_from

from . import guidance, rules, selectors, services
from .forms import PART_FORMS, STEP_FORMS, NewCanvasForm
from .models import Decision, PartKind

LAB = "adaption"
TEMPLATES = "labs/adaption"


def _ctx(request, pk):
    return tool_context(user=request.user, pk=pk, lab_code=LAB, today=cohort_selectors.today())


def _vary(response: HttpResponse) -> HttpResponse:
    patch_vary_headers(response, ("HX-Request",))
    return response


def _fragments(request, template: str, context: dict, names: list[str]) -> HttpResponse:
    """Several partials of one template in one htmx answer (the first swapped into the
    target, the rest out of band)."""
    body = "".join(render_to_string(f"{template}#{name}", context, request) for name in names)
    return _vary(HttpResponse(body))


def _refused(request, ctx, message: str) -> HttpResponse:
    back = {
        "back_url": reverse("adaption_tool", args=[ctx.enrolment.pk]),
        "back_label": _("Back to the canvases"),
    }
    return render(request, "refused.html", {"message": message, **back}, status=403)


# --- The start page: my canvases ----------------------------------------------------------------


@login_required
def tool(request, pk):
    """My canvases, one per innovation, and a form to start another."""
    ctx = _ctx(request, pk)
    return _tool_page(request, ctx, NewCanvasForm())


def _tool_page(request, ctx, form, status=200):
    innovation = ctx.tool.step("innovation")
    return render(
        request,
        f"{TEMPLATES}/tool.html",
        {
            "ctx": ctx,
            "comments": tool_comments(enrolment=ctx.enrolment),
            "canvases": selectors.canvases_for(ctx=ctx),
            "form": form,
            "can_start": ctx.can_edit_step(innovation),
            "first_opens_on": ctx.opens_on(innovation),
        },
        status=status,
    )


@login_required
@require_POST
def canvas_create(request, pk):
    ctx = _ctx(request, pk)
    reason = services.refusal(ctx=ctx, step="innovation")
    if reason:
        return _refused(request, ctx, reason)
    form = NewCanvasForm(request.POST)
    if not form.is_valid():
        return _tool_page(request, ctx, form)
    canvas = services.canvas_create(
        ctx=ctx, name=form.cleaned_data["name"], token=token_from(request.POST)
    )
    messages.success(
        request,
        _("Your canvas for “%(name)s” is started. Describe the innovation below.")
        % {"name": canvas.name},
    )
    return redirect("adaption_step", pk=ctx.enrolment.pk, canvas_pk=canvas.pk, step="innovation")


# --- One canvas -------------------------------------------------------------------------------


def _canvas_context(ctx, canvas) -> dict:
    view = selectors.canvas_view(ctx=ctx, canvas=canvas)
    return {
        "ctx": ctx,
        "comments": tool_comments(enrolment=ctx.enrolment),
        "canvas": canvas,
        "view": view,
        "proposal": view.proposal,
        "scored": len(rules.ATTRIBUTES) - len(rules.missing(canvas.scores)),
        "parts": selectors.parts_by_kind(canvas=canvas),
        "fit_rows": [
            {
                "attribute": attribute,
                "score": getattr(canvas, code),
                "note": getattr(canvas, f"{code}_note"),
                "meaning": attribute.scores.get(getattr(canvas, code), ""),
            }
            for code, attribute in guidance.ATTRIBUTES.items()
        ],
        "rule": guidance.rule_lines(view.proposal),
    }


@login_required
def canvas(request, pk, canvas_pk):
    """One canvas: its six steps as a task list, the proposal, and everything entered."""
    ctx = _ctx(request, pk)
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas_pk)
    return render(request, f"{TEMPLATES}/canvas.html", _canvas_context(ctx, canvas))


@login_required
def canvas_pdf(request, pk, canvas_pk):
    """The canvas as a PDF, for the participant and programme staff."""
    ctx = _ctx(request, pk)
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas_pk)
    context = _canvas_context(ctx, canvas)
    filename = f"adopt-adapt-leave-{slugify(canvas.name)[:60] or canvas.pk}.pdf"
    return tool_pdf(
        ctx=ctx, template="pdf/adaption_canvas.html", context=context, filename=filename
    )


@login_required
def canvas_delete(request, pk, canvas_pk):
    """Ask, then remove a canvas (an innovation the participant no longer wants to keep)."""
    ctx = _ctx(request, pk)
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas_pk)
    reason = services.refusal(ctx=ctx, step="innovation")
    if reason:
        return _refused(request, ctx, reason)
    if request.method == "POST":
        name = canvas.name
        services.canvas_delete(ctx=ctx, canvas=canvas)
        messages.success(request, _("The canvas for “%(name)s” is removed.") % {"name": name})
        return redirect("adaption_tool", pk=ctx.enrolment.pk)
    return render(
        request,
        f"{TEMPLATES}/canvas_delete.html",
        {"ctx": ctx, "comments": tool_comments(enrolment=ctx.enrolment), "canvas": canvas},
    )


@login_required
def compare(request, pk):
    """The fit scores of every canvas side by side, with the proposal and the decision."""
    ctx = _ctx(request, pk)
    views = selectors.canvases_for(ctx=ctx)
    rows = [
        {
            "attribute": attribute,
            "cells": [
                {"score": getattr(v.canvas, code), "note": getattr(v.canvas, f"{code}_note")}
                for v in views
            ],
        }
        for code, attribute in guidance.ATTRIBUTES.items()
    ]
    return render(
        request,
        f"{TEMPLATES}/compare.html",
        {
            "ctx": ctx,
            "comments": tool_comments(enrolment=ctx.enrolment),
            "views": views,
            "rows": rows,
            "rule": guidance.rule_lines(),
        },
    )


# --- The steps --------------------------------------------------------------------------------


def _initial(canvas, step: str) -> dict:
    initial = {column: getattr(canvas, column) for column in services.STEP_COLUMNS[step]}
    if step == "test" and canvas.test_starts_on:
        initial.update(
            start_day=canvas.test_starts_on.day,
            start_month=canvas.test_starts_on.month,
            start_year=canvas.test_starts_on.year,
        )
    return initial


def _step_context(request, ctx, canvas, step_name: str, *, form=None, saved=False) -> dict:
    context = _canvas_context(ctx, canvas)
    view = context["view"]
    state = view.step(step_name)
    index = [s.name for s in view.steps].index(step_name)
    context.update(
        step=state,
        intro=guidance.STEP_INTROS[step_name],
        previous_step=view.steps[index - 1] if index > 0 else None,
        next_step=view.steps[index + 1] if index + 1 < len(view.steps) else None,
        saved=saved,
        form_template=f"{TEMPLATES}/steps/{step_name}.html",
        step_url=reverse("adaption_step", args=[ctx.enrolment.pk, canvas.pk, step_name]),
    )
    if step_name == "core":
        context["part_lists"] = _part_lists(canvas)
    elif form is not None or state.editable:
        context["form"] = form or STEP_FORMS[step_name](initial=_initial(canvas, step_name))
    if step_name == "fit":
        context["evidence_hint_score"] = rules.EVIDENCE_LEVEL_SCORE.get(canvas.evidence_level)
    if step_name == "decision":
        proposal = canvas.proposal
        context["proposed"] = proposal.decision if proposal else None
        context["decision_options"] = (
            context["form"].decision_options(context["proposed"]) if "form" in context else []
        )
    return context


def _saved_note(canvas, state, changed: list[str]) -> str:
    note = _("Saved at %(time)s.") % {"time": date_format(timezone.localtime(), "H:i")}
    if state.name == "fit":
        proposal = canvas.proposal
        if proposal:
            note += " " + _("The tool now proposes: %(decision)s.") % {
                "decision": Decision(proposal.decision).label
            }
    if state.done:
        note += " " + _("Step %(n)s, %(title)s, is done.") % {
            "n": state.number,
            "title": state.title,
        }
    for title in changed:
        note += " " + _("“%(activity)s” is updated in your Lab.") % {"activity": title}
    return note


@login_required
def step(request, pk, canvas_pk, step):
    """One step of a canvas: its form for the participant once its week is open, its answers
    for anyone reading. For the fit step an htmx request aimed at #proposal (a score changed)
    saves and answers with the proposal only."""
    ctx = _ctx(request, pk)
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas_pk)
    if ctx.tool.step(step) is None:
        raise Http404
    template = f"{TEMPLATES}/step.html"
    if request.method != "POST":
        return _vary(render(request, template, _step_context(request, ctx, canvas, step)))
    if step == "core":
        return HttpResponseBadRequest()  # parts are saved one by one (part_add, part_edit)
    reason = services.refusal(ctx=ctx, step=step)
    if reason:
        return _refused(request, ctx, reason)

    form = STEP_FORMS[step](request.POST)
    score_changed = step == "fit" and request.htmx and request.htmx.target == "proposal"
    if not form.is_valid():
        if score_changed:
            # Not saved: show the proposal for the scores as chosen, and say why not.
            context = _step_context(request, ctx, canvas, step, form=form)
            scores = form.scores()
            proposal = rules.propose(scores, planned_changes=canvas.planned_changes)
            context.update(
                proposal=proposal,
                rule=guidance.rule_lines(proposal),
                scored=len(rules.ATTRIBUTES) - len(rules.missing(scores)),
                unsaved=True,
                oob=True,
            )
            return _fragments(request, template, context, ["proposal", "brief"])
        context = _step_context(request, ctx, canvas, step, form=form)
        return tool_render(request, template, context, partial="form")

    values = dict(form.cleaned_data)
    try:
        changed = services.canvas_save_step(
            ctx=ctx, canvas=canvas, step=step, values=values, version=version_from(request.POST)
        )
    except VersionConflict:
        return _step_conflict(request, ctx, canvas.pk, step, form, score_changed=score_changed)
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas.pk)
    if not request.htmx:
        state = selectors.canvas_view(ctx=ctx, canvas=canvas).step(step)
        messages.success(request, _saved_note(canvas, state, changed))
        return redirect(
            reverse("adaption_canvas", args=[ctx.enrolment.pk, canvas.pk]) + f"#step-{step}"
        )
    context = _step_context(request, ctx, canvas, step, saved=True)
    context.update(oob=True, status_note=_saved_note(canvas, context["step"], changed))
    if score_changed:
        # The form stays as it is on the page: only its version moves on.
        names = ["proposal", "brief", "state", "status", "version_oob"]
        return _fragments(request, template, context, names)
    names = ["form", "state", "status"]
    if step in ("fit", "decision"):
        names.append("proposal_oob")
    if step == "fit":
        names.append("brief")
    return _fragments(request, template, context, names)


def _step_conflict(request, ctx, canvas_pk: int, step: str, form, *, score_changed: bool):
    """Refused: the canvas was saved since this form was drawn. The step's form comes back as
    typed, with the saved version beside it and the new version in it (to save again is a
    knowing choice): the whole page with 409, or for htmx the form (out of band when a score
    change asked only for the proposal) answered 200 so that it is swapped in."""
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas_pk)
    template = f"{TEMPLATES}/step.html"
    context = _step_context(request, ctx, canvas, step, form=form)
    context["conflict"] = conflict_for(
        saved=STEP_FORMS[step](initial=_initial(canvas, step)),
        typed=form,
        saved_at=canvas.updated_at,
        target="step",
    )
    if not request.htmx:
        return _vary(render(request, template, context, status=409))
    context.update(oob=True, status_note=_("Not saved: this was changed somewhere else."))
    if score_changed:
        context["form_oob"] = True
        return _fragments(request, template, context, ["proposal", "form", "status"])
    return _fragments(request, template, context, ["form", "status"])


# --- The core step's parts --------------------------------------------------------------------


def _part_lists(canvas, *, bound=None, new_forms=None) -> list[dict]:
    """Each kind of part with a form per part (the one just posted, if invalid, as posted)
    and a form to add another."""
    grouped = selectors.parts_by_kind(canvas=canvas)
    new_forms = new_forms or {}
    lists = []
    for kind in (PartKind.CORE, PartKind.CHANGE):
        form_class = PART_FORMS[kind]
        items = []
        for part in grouped[kind]:
            if bound is not None and bound.part_pk == part.pk:
                form = bound
            else:
                form = form_class(
                    auto_id=f"part-{part.pk}-%s",
                    initial={c: getattr(part, c) for c in services.PART_COLUMNS},
                )
            items.append({"part": part, "form": form})
        lists.append(
            {
                "kind": kind,
                "label": PartKind(kind).label,
                "items": items,
                "new_form": new_forms.get(kind) or form_class(auto_id=f"new-{kind}-%s"),
            }
        )
    return lists


def _parts_answer(
    request,
    ctx,
    canvas,
    kind,
    *,
    changed,
    bound=None,
    new_forms=None,
    conflict_with=None,
    focus="",
):
    """The list of one kind of parts. `conflict_with`: the part as saved now, whose save was
    refused because it changed since `bound` (as typed) was drawn."""
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas.pk)
    context = _step_context(request, ctx, canvas, "core")
    context["part_lists"] = _part_lists(canvas, bound=bound, new_forms=new_forms)
    context["part_list"] = next(pl for pl in context["part_lists"] if pl["kind"] == kind)
    context["focus"] = focus  # for static/js/focus.js: the new form after "Add"
    status = 200
    if conflict_with is not None:
        saved = PART_FORMS[kind](
            initial={c: getattr(conflict_with, c) for c in services.PART_COLUMNS}
        )
        context["conflict"] = conflict_for(saved=saved, typed=bound, target=conflict_with.pk)
        context.update(oob=True, status_note=_("Not saved: this was changed somewhere else."))
        status = 409
    if not request.htmx:
        # Without JavaScript an invalid part comes back as the whole step, errors in place.
        return _vary(render(request, f"{TEMPLATES}/step.html", context, status=status))
    if conflict_with is not None:  # 200, so that htmx swaps it in
        return _fragments(request, f"{TEMPLATES}/step.html", context, ["parts", "status"])
    names = ["parts"]
    if changed is not None:
        context.update(oob=True, status_note=_saved_note(canvas, context["step"], changed))
        names += ["state", "status"]
    return _fragments(request, f"{TEMPLATES}/step.html", context, names)


def _after_part(request, ctx, canvas, kind, changed, note, *, focus=""):
    if request.htmx:
        return _parts_answer(request, ctx, canvas, kind, changed=changed, focus=focus)
    messages.success(request, note)
    url = reverse("adaption_step", args=[ctx.enrolment.pk, canvas.pk, "core"])
    return redirect(f"{url}#parts-{kind}")


@login_required
@require_POST
def part_add(request, pk, canvas_pk):
    """Add a part to keep or a part to change (with its plan) to the core step."""
    ctx = _ctx(request, pk)
    reason = services.refusal(ctx=ctx, step="core")
    if reason:
        return _refused(request, ctx, reason)
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas_pk)
    kind = request.POST.get("kind")
    if kind not in PART_FORMS:
        return HttpResponseBadRequest()
    form = PART_FORMS[kind](request.POST, auto_id=f"new-{kind}-%s")
    if not form.is_valid():
        return _parts_answer(request, ctx, canvas, kind, changed=None, new_forms={kind: form})
    part = services.part_add(
        ctx=ctx, canvas=canvas, kind=kind, values=form.cleaned_data, token=token_from(request.POST)
    )
    return _after_part(
        request,
        ctx,
        canvas,
        kind,
        [],
        _("Added “%(part)s”.") % {"part": part.part},
        focus="new_part",
    )


@login_required
@require_POST
def part_edit(request, pk, canvas_pk, part_pk):
    """Save changes to one part, or remove it (the button pressed says which)."""
    ctx = _ctx(request, pk)
    reason = services.refusal(ctx=ctx, step="core")
    if reason:
        return _refused(request, ctx, reason)
    canvas = selectors.canvas_for(ctx=ctx, pk=canvas_pk)
    part = selectors.part_for(canvas=canvas, pk=part_pk)
    if request.POST.get("action") == "remove":
        changed = services.part_delete(ctx=ctx, part=part)
        return _after_part(
            request, ctx, canvas, part.kind, changed, _("Removed “%(part)s”.") % {"part": part.part}
        )
    form = PART_FORMS[part.kind](request.POST, auto_id=f"part-{part.pk}-%s")
    form.part_pk = part.pk
    if not form.is_valid():
        return _parts_answer(request, ctx, canvas, part.kind, changed=None, bound=form)
    try:
        services.part_save(
            ctx=ctx, part=part, values=form.cleaned_data, version=version_from(request.POST)
        )
    except VersionConflict as conflict:
        if conflict.current is None:
            raise Http404 from None
        return _parts_answer(
            request,
            ctx,
            canvas,
            part.kind,
            changed=None,
            bound=form,
            conflict_with=conflict.current,
        )
    return _after_part(
        request, ctx, canvas, part.kind, [], _("Saved “%(part)s”.") % {"part": part.part}
    )
