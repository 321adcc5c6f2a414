"""The Good data question builder's pages. Thin: who may see the work is settled by
cohorts.learning.tools.tool_context (the participant and programme staff; everyone else 404), writes go
through labs.data.services, reads through labs.data.selectors.

Each step is a form that saves in place with htmx (the step's partial comes back, with the
overview and the status line out of band) and also as a plain post that redirects back.
Validation errors answer 200, so that htmx swaps them in.
"""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from cohorts import selectors as cohort_selectors
from cohorts.learning.tools import ToolContext, tool_comments, tool_context, tool_pdf, tool_render
from infuse.concurrency import VersionConflict, conflict_for, token_from, version_from

from . import selectors, services
from .forms import STEP_FORMS, ItemForm, QuestionForm
from .guidance import KINDS, SCREENING_QUESTIONS, STEP_TITLES

LAB = "data"
KIND_HINTS = {
    code: format_lazy("{} {} “{}”", guide.asks, gettext_lazy("For example:"), guide.example)
    for code, guide in KINDS.items()
}
TEMPLATE = "labs/data/question.html"
STEP_TEMPLATE = "labs/data/question_step.html"  # one step on its own page (issue 23)


def _ctx(request, pk: int) -> ToolContext:
    return tool_context(user=request.user, pk=pk, lab_code=LAB, today=cohort_selectors.today())


def _own_ctx(request, pk: int) -> ToolContext:
    """Only the participant writes; programme staff read and comment."""
    ctx = _ctx(request, pk)
    if ctx.is_reader:
        raise PermissionDenied
    return ctx


def _refused(request, ctx: ToolContext, message: str) -> HttpResponse:
    back = {
        "back_url": reverse("lab_detail", args=[ctx.enrolment.pk]),
        "back_label": _("Back to your Lab"),
    }
    return render(request, "refused.html", {"message": message, **back}, status=403)


def _frame(ctx: ToolContext, done: set[str]) -> dict:
    """What templates/labs/tool_base.html expects besides `ctx`. A step shows as done only when
    its rules say so and its week has opened, as on the weekly page and in the lead's status."""
    url = reverse("data_tool", args=[ctx.enrolment.pk])
    steps = []
    for s in ctx.tool.steps:
        is_open = ctx.step_is_open(s)
        steps.append({"step": s, "done": is_open and s.name in done, "open": is_open, "url": url})
    return {
        "ctx": ctx,
        "comments": tool_comments(enrolment=ctx.enrolment),
        "steps": steps,
        "step_views": selectors.step_views(ctx=ctx),
    }


def _note(step: str, changed: list[str]) -> str:
    note = _("Saved: %(step)s.") % {"step": STEP_TITLES[step]}
    if changed:
        note += " " + _("Updated on your weekly page: %(titles)s.") % {"titles": "; ".join(changed)}
    return note


# --- The builder's front page --------------------------------------------------------------


@login_required
def data_tool(request, pk):
    """Your questions, how far each has got, and the five steps with the weeks they open.

    When the participant opens it, the tool's activities are brought up to date: a question
    that was ready before week 4 gets its week-4 activity ticked once that week has opened,
    without waiting for another save."""
    ctx = _ctx(request, pk)
    reviews = selectors.reviews_for(ctx=ctx)
    done = set().union(*(r.done_so_far for r in reviews)) if reviews else set()
    if ctx.can_edit:
        services.tool_resync(ctx=ctx, done_steps=done)
    context = {
        **_frame(ctx, done),
        "reviews": reviews,
        "can_add": ctx.can_edit_step(ctx.tool.step("question"))
        and len(reviews) < services.MAX_QUESTIONS,
        "max_questions": services.MAX_QUESTIONS,
    }
    return tool_render(request, "labs/data/tool.html", context)


@login_required
def data_question_new(request, pk):
    """Start a question: step 1."""
    ctx = _own_ctx(request, pk)
    refusal = services.step_refusal(ctx, "question")
    if refusal:
        return _refused(request, ctx, refusal)
    if services.at_question_limit(ctx):
        return _at_limit(request, ctx)
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = token_from(request.POST)
        try:
            question, changed = services.question_create(
                ctx=ctx, values=form.cleaned_data, token=token
            )
        except services.QuestionLimit:  # another tab started the tenth meanwhile
            return _at_limit(request, ctx)
        except services.StepClosed as refusal:
            return _refused(request, ctx, str(refusal))
        url = _step_url(pk, question.pk, _first_step_to_do(ctx, question))
        messages.success(request, _note("question", changed))
        if request.htmx:
            return HttpResponseClientRedirect(url)
        return redirect(url)
    context = {**_frame(ctx, set()), "form": form}
    return tool_render(request, "labs/data/question_new.html", context, partial="new_form")


def _first_step_to_do(ctx: ToolContext, question) -> str:
    """Where a new question goes next: the first step that is open to the participant and not
    complete (step 2 once the question itself is complete), else step 1."""
    states = selectors.review_for(ctx=ctx, question=question).states
    for name, view in selectors.step_views(ctx=ctx).items():
        if view.editable and states.get(name) != "done":
            return name
    return "question"


def _at_limit(request, ctx: ToolContext) -> HttpResponse:
    """The page (or, for htmx, the part where the form was) saying the builder keeps no more
    questions and what to do instead; no form. 200 so that htmx swaps it in: a 403 would
    leave the form standing with "Reload the page", which cannot help."""
    context = {
        **_frame(ctx, set()),
        "limit_message": services.question_limit_message(),
        "not_saved": request.method == "POST",
    }
    return tool_render(request, "labs/data/question_new.html", context, partial="new_form")


# --- One question: its overview, and a page per step ----------------------------------------


def _question_context(
    ctx: ToolContext,
    question,
    *,
    forms: dict | None = None,
    new_item_form=None,
    editing=None,
) -> dict:
    review = selectors.review_for(ctx=ctx, question=question)
    forms = dict(forms or {})
    for step, form_class in STEP_FORMS.items():
        forms.setdefault(step, form_class(instance=question, prefix=step))
    if editing is None:
        editing = (None, None)
    return {
        **_frame(ctx, review.done),
        "question": question,
        "review": review,
        "forms": forms,
        "new_item_form": new_item_form or ItemForm(prefix="item"),
        "editing_item": editing[0],
        "edit_form": editing[1],
        "kinds": KINDS,
        "kind_hints": KIND_HINTS,
    }


# What a save in place sends out of band: the parts every step's page has besides the step.
STEP_PAGE_OOB = ("overview", "status")


def _partials(request, context: dict, names: list[str]) -> HttpResponse:
    body = "".join(render_to_string(f"{TEMPLATE}#{name}", context, request) for name in names)
    response = HttpResponse(body)
    response.headers["Vary"] = "HX-Request"
    return response


def _step_url(pk: int, question_pk: int, step: str) -> str:
    return reverse("data_question_step", args=[pk, question_pk, step])


def _step_page(request, context: dict, step: str, *, status: int = 200) -> HttpResponse:
    """A step on its own page: the question's overview and step list, the step, and the steps
    before and after it."""
    views = context["step_views"]
    names = list(views)
    index = names.index(step)

    def neighbour(i):
        if 0 <= i < len(names):
            return {"name": names[i], "number": i + 1, "title": views[names[i]].step.title}
        return None

    context.update(
        step_name=step,
        step_number=index + 1,
        current_step=views[step],
        previous_step=neighbour(index - 1),
        next_step=neighbour(index + 1),
    )
    response = tool_render(request, STEP_TEMPLATE, context)
    response.status_code = status
    return response


def _saved(
    request, ctx, question_pk: int, *, step: str, changed: list[str], focus: str = ""
) -> HttpResponse:
    note = _note(step, changed)
    if not request.htmx:
        messages.success(request, note)
        return redirect(_step_url(ctx.enrolment.pk, question_pk, step))
    question = selectors.question_for(ctx=ctx, pk=question_pk)  # fresh, with its items
    context = _question_context(ctx, question)
    # `focus`: what static/js/focus.js moves focus to after the swap (the new form after "Add").
    context.update(oob=True, status_note=note, saved_step=step, focus=focus)
    # Out of band, only what the step's own page has (question_step.html): its overview and
    # status line. Each step has a page of its own, so no other step's form, version or result
    # is there to update (htmx would report each as oobErrorNoTarget); the step itself comes
    # back whole, with the question's new version and, for the ethics and quality steps, their
    # screening and quality check.
    return _partials(request, context, [f"step_{step}", *STEP_PAGE_OOB])


def _invalid(request, ctx, question, *, step: str, **context_kwargs) -> HttpResponse:
    """The step again with its errors and everything typed; 200 for htmx and for a full page."""
    context = _question_context(ctx, question, **context_kwargs)
    if request.htmx:
        context.update(oob=True, status_note=_("Not saved: check the errors in this step."))
        return _partials(request, context, [f"step_{step}", "status"])
    return _step_page(request, context, step)


def _conflict(request, ctx, question_pk: int, *, step: str, typed, saved, item=None):
    """Refused: the question (or the item) was saved since its form was drawn. The step comes
    back with what was typed, the saved version beside it and the new version in the form,
    so that saving again is a choice made knowingly. 200 for htmx (so it is swapped in), 409
    for a whole page."""
    question = selectors.question_for(ctx=ctx, pk=question_pk)
    if item is not None:
        current = selectors.item_for(question=question, pk=item.pk)
        kwargs = {"editing": (current.pk, typed)}
        target, saved_at = "item", None
        saved_form = saved(current)
    else:
        kwargs = {"forms": {step: typed}}
        target, saved_at = step, question.updated_at
        saved_form = saved(question)
    context = _question_context(ctx, question, **kwargs)
    context["conflict"] = conflict_for(
        saved=saved_form, typed=typed, saved_at=saved_at, target=target
    )
    if request.htmx:
        context.update(oob=True, status_note=_("Not saved: this was changed somewhere else."))
        # No versions out of band: the other forms stay at theirs, and conflict if stale.
        return _partials(request, context, [f"step_{step}", "status"])
    return _step_page(request, context, step, status=409)


@login_required
def data_question(request, pk, question_pk):
    """A question's overview: the step list with what is done, its quality check and its DPIA
    screening. No step forms: each step has its own page (data_question_step)."""
    ctx = _ctx(request, pk)
    question = selectors.question_for(ctx=ctx, pk=question_pk)
    return tool_render(request, TEMPLATE, _question_context(ctx, question))


@login_required
def data_question_step(request, pk, question_pk, step):
    """One step of a question: its own page (GET, for the participant and for staff reading),
    or its save (POST, the participant only)."""
    if step not in STEP_FORMS:
        raise Http404
    if request.method != "POST":
        ctx = _ctx(request, pk)
        question = selectors.question_for(ctx=ctx, pk=question_pk)
        return _step_page(request, _question_context(ctx, question), step)
    ctx = _own_ctx(request, pk)
    question = selectors.question_for(ctx=ctx, pk=question_pk)
    # A copy, so that a form with errors leaves the saved question as it was on the page.
    form = STEP_FORMS[step](request.POST, instance=copy.copy(question), prefix=step)
    if not form.is_valid():
        return _invalid(request, ctx, question, step=step, forms={step: form})
    try:
        changed = services.question_save_step(
            ctx=ctx,
            question=question,
            step=step,
            values=form.cleaned_data,
            version=version_from(request.POST),
        )
    except services.StepClosed as refusal:
        return _refused(request, ctx, str(refusal))
    except VersionConflict:
        return _conflict(
            request,
            ctx,
            question.pk,
            step=step,
            typed=form,
            saved=lambda current: STEP_FORMS[step](instance=current, prefix=step),
        )
    return _saved(request, ctx, question.pk, step=step, changed=changed)


def _back_to_step(pk: int, question_pk: int, step: str):
    return redirect(_step_url(pk, question_pk, step))


@login_required
def data_question_delete(request, pk, question_pk):
    """Ask, then delete a question and its data items."""
    ctx = _own_ctx(request, pk)
    question = selectors.question_for(ctx=ctx, pk=question_pk)
    if request.method == "POST":
        try:
            changed = services.question_delete(ctx=ctx, question=question)
        except services.StepClosed as refusal:
            return _refused(request, ctx, str(refusal))
        note = _("Deleted the question “%(question)s”.") % {"question": question.question[:80]}
        if changed:
            note += " " + _("Updated on your weekly page: %(titles)s.") % {
                "titles": "; ".join(changed)
            }
        messages.success(request, note)
        return redirect("data_tool", pk=pk)
    context = {**_frame(ctx, set()), "question": question}
    return tool_render(request, "labs/data/question_delete.html", context)


# --- Data items (step 3) -------------------------------------------------------------------


@login_required
def data_item_add(request, pk, question_pk):
    ctx = _own_ctx(request, pk)
    question = selectors.question_for(ctx=ctx, pk=question_pk)
    if request.method != "POST":  # reloaded after a form error without JavaScript
        return _back_to_step(pk, question.pk, "data")
    form = ItemForm(request.POST, prefix="item")
    if not form.is_valid():
        return _invalid(request, ctx, question, step="data", new_item_form=form)
    token = token_from(request.POST)
    try:
        changed = services.item_add(
            ctx=ctx, question=question, values=form.cleaned_data, token=token
        )
    except services.StepClosed as refusal:
        return _refused(request, ctx, str(refusal))
    return _saved(request, ctx, question.pk, step="data", changed=changed, focus="new_item")


@login_required
def data_item(request, pk, question_pk, item_pk):
    """Change a data item: its form in place of its row (htmx), or the question page with it
    open (without JavaScript)."""
    ctx = _own_ctx(request, pk)
    question = selectors.question_for(ctx=ctx, pk=question_pk)
    item = selectors.item_for(question=question, pk=item_pk)
    prefix = f"item-{item.pk}"
    if request.method == "POST":
        form = ItemForm(request.POST, instance=copy.copy(item), prefix=prefix)
        if form.is_valid():
            try:
                changed = services.item_update(
                    ctx=ctx, item=item, values=form.cleaned_data, version=version_from(request.POST)
                )
            except services.StepClosed as refusal:
                return _refused(request, ctx, str(refusal))
            except VersionConflict:
                return _conflict(
                    request,
                    ctx,
                    question.pk,
                    step="data",
                    typed=form,
                    saved=lambda current: ItemForm(instance=current, prefix=prefix),
                    item=item,
                )
            return _saved(request, ctx, question.pk, step="data", changed=changed)
        return _invalid(request, ctx, question, step="data", editing=(item.pk, form))
    refusal = services.step_refusal(ctx, "data")
    if refusal:
        return _refused(request, ctx, refusal)
    context = _question_context(
        ctx, question, editing=(item.pk, ItemForm(instance=item, prefix=prefix))
    )
    if request.htmx:
        context["focus"] = "edit_item"
        return _partials(request, context, ["step_data"])
    return _step_page(request, context, "data")


@login_required
@require_POST
def data_item_delete(request, pk, question_pk, item_pk):
    ctx = _own_ctx(request, pk)
    question = selectors.question_for(ctx=ctx, pk=question_pk)
    item = selectors.item_for(question=question, pk=item_pk)
    try:
        changed = services.item_delete(ctx=ctx, item=item)
    except services.StepClosed as refusal:
        return _refused(request, ctx, str(refusal))
    return _saved(request, ctx, question.pk, step="data", changed=changed)


# --- The PDF -------------------------------------------------------------------------------


@login_required
def data_tool_pdf(request, pk):
    """Every question and every step as a PDF, for the participant and programme staff."""
    ctx = _ctx(request, pk)
    participant = slugify(ctx.participant.full_name) or "participant"
    return tool_pdf(
        ctx=ctx,
        template="pdf/data_tool.html",
        context={
            "reviews": selectors.reviews_for(ctx=ctx),
            "comments": tool_comments(enrolment=ctx.enrolment),
            "kinds": KINDS,
            "screening_questions": SCREENING_QUESTIONS,
        },
        filename=f"good-data-questions-{participant}.pdf",
    )
