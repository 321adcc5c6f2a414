from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import ProfileForm
from .models import Language
from .services import user_renew_calendar_token, user_set_preferences


@login_required
def profile(request):
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            user_set_preferences(
                user=user,
                certificate_name=form.cleaned_data["certificate_name"],
                language=form.cleaned_data["language"],
                nudges_opt_out=not form.cleaned_data["nudges"],
            )
            translation.activate(user.language)
            messages.success(request, _("Your profile has been saved."))
            return redirect("profile")
    else:
        form = ProfileForm(
            initial={
                "certificate_name": user.certificate_name,
                "language": user.language,
                "nudges": not user.nudges_opt_out,
            }
        )
    calendar_url = request.build_absolute_uri(
        reverse("calendar_feed", kwargs={"token": user.calendar_token})
    )
    # webcal: asks the operating system's calendar (Outlook on council machines) to subscribe.
    webcal_url = "webcal://" + calendar_url.split("://", 1)[1]
    return render(
        request,
        "councils/profile.html",
        {
            "form": form,
            "calendar_url": calendar_url,
            "webcal_url": webcal_url,
            "mfa_enabled": is_mfa_enabled(user, [Authenticator.Type.TOTP]),
        },
    )


@login_required
def calendar_link_confirm(request):
    """Asks before the link is replaced: calendars subscribed to the old one stop updating, so
    the old link keeps working until the person confirms here."""
    return render(request, "councils/calendar_link_confirm.html")


@login_required
@require_POST
def calendar_link_renew(request):
    user_renew_calendar_token(user=request.user)
    messages.success(
        request,
        _("Your old calendar link no longer works. Use the new link below in your calendar."),
    )
    return redirect("profile")


@require_POST
def language_switch(request):
    """Switch between English and Welsh; a signed-in person's choice is saved to their profile."""
    language = request.POST.get("language")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language in Language.values:
        if request.user.is_authenticated:
            request.user.language = language
            request.user.save(update_fields=["language"])
        response.set_cookie("django_language", language, samesite="Lax")
    return response
