from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView, TemplateView

from infuse.health import healthz, readyz
from labs.views import landing
from privacy.views import privacy_notice

admin.site.site_header = _("Infuse Portal administration")
admin.site.site_title = _("Infuse Portal admin")
admin.site.index_title = _("Run the programme")


def admin_login(request, extra_context=None):
    """One sign-in for everyone (allauth); a signed-in person who is not staff is refused."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = reverse("admin:index")
    if request.user.is_authenticated:
        if not request.user.is_staff:
            raise PermissionDenied
        return redirect(next_url)
    return redirect_to_login(next_url)


admin.site.login = admin_login


def email_management_closed(request):
    """allauth's page for adding and changing one's own email addresses is closed: a person's
    address is changed by programme staff, so nobody can attach someone else's address to
    their account and have the portal email it. The name stays, as allauth reverses it."""
    raise Http404


urlpatterns = [
    path("", landing, name="landing"),
    # For load balancers and operators (infuse/health.py).
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path(
        "accessibility/",
        TemplateView.as_view(template_name="pages/accessibility.html"),
        name="accessibility",
    ),
    path("privacy/", privacy_notice, name="privacy"),
    path(
        "favicon.ico",
        RedirectView.as_view(url="/static/favicon.svg", permanent=True),
        name="favicon",
    ),
    path("accounts/email/", email_management_closed, name="account_email"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("", include("councils.urls")),
    path("", include("privacy.urls")),
    path("", include("cohorts.urls")),
    path("", include("equality.urls")),
    path("", include("cohorts.programme.urls")),
    path("", include("labs.adaption.urls")),
    path("", include("labs.data.urls")),
    path("", include("labs.procurement.urls")),
]

if settings.EMAIL_PROVIDER:
    # The email provider reports bounces, rejections and failures here (django-anymail's
    # tracking webhooks, behind ANYMAIL_WEBHOOK_SECRET's basic auth); the person's admin page then
    # warns that their address is not being delivered (councils.apps._email_tracked). Only with a
    # provider: SMTP and the console report nothing.
    urlpatterns.append(path("anymail/", include("anymail.urls")))

handler400 = "infuse.errors.bad_request"
handler403 = "infuse.errors.permission_denied"
handler404 = "infuse.errors.page_not_found"
