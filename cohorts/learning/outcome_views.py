"""A participant's self-assessment (before the Lab and at its end) and their six-month
follow-up, each on their own enrolment; anyone else's answers 404."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from councils.models import Role
from councils.permissions import role_required

from .. import selectors
from ..models import AssessmentKind, FollowUp
from ..scheduling.status import cohort_status
from . import outcomes
from .outcome_forms import FollowUpForm, StatementsForm

KINDS = {"baseline": AssessmentKind.BASELINE, "exit": AssessmentKind.EXIT}


@role_required(Role.PARTICIPANT)
def self_assessment(request, pk, kind):
    """Answer (or, in one click, skip) the Lab's statements before it or at its end."""
    if kind not in KINDS:
        raise Http404
    kind = KINDS[kind]
    today = selectors.today()
    enrolment = selectors.own_enrolment(user=request.user, pk=pk)
    if not outcomes.assessment_may_answer(enrolment=enrolment, kind=kind):
        raise Http404
    statements = outcomes.statements_for(lab_id=enrolment.cohort.lab_id)
    form = StatementsForm(statements=statements)
    if request.method == "POST":
        if "skip" in request.POST:
            outcomes.assessment_skip(enrolment=enrolment, kind=kind, today=today)
            return redirect("lab_detail", enrolment.pk)
        form = StatementsForm(request.POST, statements=statements)
        if form.is_valid():
            try:
                outcomes.assessment_submit(enrolment=enrolment, kind=kind, answers=form.answers())
            except outcomes.AlreadyAnswered:
                messages.info(request, _("You had already answered these; your answers are kept."))
            else:
                messages.success(request, _("Thank you. Your answers are saved."))
            return redirect("lab_detail", enrolment.pk)
    return render(
        request,
        "cohorts/self_assessment.html",
        {
            "form": form,
            "enrolment": enrolment,
            "cohort": enrolment.cohort,
            "kind": kind,
            # Once week 1 has begun, the baseline is no longer asked "before you start".
            "started": cohort_status([s.date for s in enrolment.cohort.sessions.all()], today).code
            != "upcoming",
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@role_required(Role.PARTICIPANT)
def follow_up(request, pk):
    """Six months on: have you used what you learned, what changed, and the statements again.
    Open for four weeks from the email; answered once."""
    enrolment = selectors.own_enrolment(user=request.user, pk=pk)
    record = FollowUp.objects.filter(enrolment=enrolment).first()
    statements = outcomes.statements_for(lab_id=enrolment.cohort.lab_id)
    context = {"enrolment": enrolment, "cohort": enrolment.cohort, "record": record}
    if not outcomes.follow_up_is_open(record):
        return render(request, "cohorts/follow_up_closed.html", context)
    form = FollowUpForm(statements=statements)
    if request.method == "POST":
        form = FollowUpForm(request.POST, statements=statements)
        if form.is_valid():
            try:
                outcomes.follow_up_submit(
                    enrolment=enrolment,
                    applied=form.cleaned_data["applied"],
                    why_not=form.cleaned_data["why_not"],
                    changed=form.cleaned_data["changed"],
                    answers=form.answers(),
                )
            except outcomes.FollowUpClosed:
                messages.info(request, _("This follow-up was already answered or has closed."))
            else:
                messages.success(request, _("Thank you. Your answers are saved."))
            return redirect("lab_detail", enrolment.pk)
    context["form"] = form
    return render(
        request,
        "cohorts/follow_up.html",
        context,
        status=400 if form.is_bound and form.errors else 200,
    )
