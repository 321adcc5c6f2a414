#!/usr/bin/env python
"""Django's command-line utility for Infuse Portal."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infuse.settings")
    from django.core.exceptions import ImproperlyConfigured

    try:
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018 - load settings now, so a bad value stops here
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"Infuse Portal cannot start: {exc}\n")
        sys.exit(2)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
