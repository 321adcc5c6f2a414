"""Start-up: a bad setting stops every entry point with one line, not a traceback."""

import os
import sys

# gunicorn stops when a worker exits with 4 ("App failed to load"); with any other code it
# would start new workers, and print the same line, again and again.
EXIT_BAD_SETTING = 2
EXIT_BAD_SETTING_SERVER = 4


def settings_or_exit(*, code: int = EXIT_BAD_SETTING) -> None:
    """Load the settings now, so that a malformed value (ImproperlyConfigured) stops the process
    with one line on stderr and exit status `code`."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infuse.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 - load settings now, so a bad value stops here
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"Infuse Portal cannot start: {exc}\n")
        sys.stderr.flush()
        sys.exit(code)
