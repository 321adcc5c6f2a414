from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

HOME_URL_NAMES = {
    "participant": "dashboard",
    "lead": "lead_home",
    "funder": "reports",
    "staff": "staff_home",
}


def portal(request):
    return {
        "programme_contact_email": settings.PROGRAMME_CONTACT_EMAIL,
        "nav_items": _nav_items(request),
    }


def _nav_items(request) -> list[dict]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        items = [(_("About Infuse"), reverse("landing")), (_("Sign in"), reverse("account_login"))]
    else:
        items = [(_("Home"), reverse(HOME_URL_NAMES.get(user.role, "profile")))]
        if user.role in ("lead", "staff"):  # a funder's home is the reports
            items.append((_("Reports"), reverse("reports")))
        if user.is_staff:
            items.append((_("Admin"), reverse("admin:index")))
        items += [
            (_("Your profile"), reverse("profile")),
            (_("Sign out"), reverse("account_logout")),
        ]
    path = request.path
    return [
        {"label": label, "url": url, "active": path == url or (url != "/" and path.startswith(url))}
        for label, url in items
    ]
