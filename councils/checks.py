"""Deploy checks (`manage.py check --deploy`) for settings that work but do harm."""

from urllib.parse import urlparse

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def site_url_is_https(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Mail programs offer one-click unsubscribe (RFC 8058) only for an https:// link, and an
    http:// address in emails, calendars and certificate QR codes sends people over plain
    HTTP."""
    if urlparse(settings.SITE_URL).scheme == "https":
        return []
    return [
        checks.Warning(
            f"SITE_URL is {settings.SITE_URL!r}, not an https:// address.",
            hint=(
                "Set SITE_URL to the portal's https:// address: the links in emails, calendar "
                "files and certificates use it, and one-click unsubscribe needs https."
            ),
            id="councils.W001",
        )
    ]
