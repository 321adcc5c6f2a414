"""The participant's own equality monitoring answers: answer, skip in one click, download, or
delete. No other role has a page here (403), and no page shows anyone else's answers."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from councils.models import Role
from councils.permissions import role_required

from .forms import EqualityForm
from .services import (
    equality_erase,
    equality_export,
    equality_response_of,
    equality_save,
    equality_skip,
)


@role_required(Role.PARTICIPANT)
def equality(request):
    current = equality_response_of(user=request.user)
    if request.method == "POST":
        if "skip" in request.POST:
            equality_skip(user=request.user)
            return redirect("dashboard")
        form = EqualityForm(request.POST)
        if form.is_valid():
            equality_save(user=request.user, answers=form.cleaned_data)
            messages.success(request, _("Thank you. Your answers are saved."))
            return redirect("profile")
    else:
        form = EqualityForm(instance=current if current and not current.skipped else None)
    return render(
        request,
        "equality/form.html",
        {"form": form, "current": current},
        status=400 if form.is_bound and form.errors else 200,
    )


@role_required(Role.PARTICIPANT)
def equality_download(request):
    response = HttpResponse(equality_export(user=request.user), content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="infuse-equality-answers.json"'
    return response


@role_required(Role.PARTICIPANT)
@require_POST
def equality_delete(request):
    equality_erase(user=request.user)
    messages.success(request, _("Your equality monitoring answers have been deleted."))
    return redirect("profile")
