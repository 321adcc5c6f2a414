import time

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext as _


class UserLanguageMiddleware:
    """A signed-in person sees the portal in the language they chose in their profile."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.language:
            translation.activate(user.language)
            request.LANGUAGE_CODE = user.language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


# Set in a session where the person entered a code from their authenticator app: by signing in
# (allauth's MFA stage), re-authenticating, or setting the app up (councils.apps connects it).
MFA_PASSED_SESSION_KEY = "infuse_mfa_passed"
LAST_SEEN_SESSION_KEY = "infuse_last_seen"
# Pages a privileged person without two-step verification may still open: setting it up (and
# re-entering their password for it), signing out, and the statements in the footer.
_MFA_EXEMPT_URL_NAMES = {
    "account_logout",
    "account_reauthenticate",
    "account_request_reauthentication_code",
    "account_confirm_reauthentication_code",
    "language_switch",
    "accessibility",
    "privacy",
    "favicon",
}


def mark_seen(request) -> None:
    """Signing in is activity: the idle time starts there (and the first page after it need not
    write the session again)."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_SEEN_SESSION_KEY] = time.time()


def mark_mfa_passed(request) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[MFA_PASSED_SESSION_KEY] = True


# Pages a privileged person whose app is set up, in a session where no code from it was entered,
# may still open: signing out and the statements in the footer — not the two-step pages, whose
# re-authentication by password would otherwise mark the session as passed.
_APP_SET_UP_EXEMPT_URL_NAMES = {"account_logout", "language_switch", "accessibility", "privacy"}


def _url_name(request) -> str:
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return ""
    return match.url_name or ""


def _mfa_exempt(request, *, has_app: bool) -> bool:
    name = _url_name(request)
    if has_app:
        return name in _APP_SET_UP_EXEMPT_URL_NAMES or name == "favicon"
    return name.startswith("mfa_") or name in _MFA_EXEMPT_URL_NAMES


class StaffMFAMiddleware:
    """Programme staff (and anyone who can open the admin) use two-step verification before any
    page but its own set-up opens: without an authenticator app they are sent to set one up; a
    session in which no code from it was entered (one from before the app was set up elsewhere)
    is signed out. An emailed sign-in code alone never lets them in: allauth's MFA stage asks
    for the app's code after it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and user.is_privileged
            and not request.session.get(MFA_PASSED_SESSION_KEY)
        ):
            has_app = is_mfa_enabled(user, [Authenticator.Type.TOTP])
            if _mfa_exempt(request, has_app=has_app):
                return self.get_response(request)
            if not has_app:
                messages.info(
                    request,
                    _(
                        "Programme staff sign in with two-step verification. Set up an "
                        "authenticator app to continue."
                    ),
                )
                return redirect("mfa_activate_totp")
            logout(request)
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)


class StaffIdleTimeoutMiddleware:
    """A privileged person's session ends after STAFF_SESSION_IDLE_MINUTES without a request."""

    # Record activity at most this often, so that not every request writes the session.
    RESOLUTION_SECONDS = 30

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and user.is_privileged:
            now = time.time()
            last_seen = request.session.get(LAST_SEEN_SESSION_KEY)
            limit = settings.STAFF_SESSION_IDLE_MINUTES * 60
            if last_seen is not None and now - last_seen > limit:
                logout(request)
                messages.info(
                    request,
                    _("You were signed out after %(minutes)s minutes without activity.")
                    % {"minutes": settings.STAFF_SESSION_IDLE_MINUTES},
                )
                return redirect_to_login(request.get_full_path())
            if last_seen is None or now - last_seen > self.RESOLUTION_SECONDS:
                request.session[LAST_SEEN_SESSION_KEY] = now
        return self.get_response(request)
