from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings
from django.utils import timezone

from cohorts.demo import DEMO_PASSWORD, DEMO_STAFF_TOTP_SECRET, demo_load, demo_logins


class Command(BaseCommand):
    help = "Load the demo programme around today's date (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Load even when DEBUG is off (not for live sites)."
        )
        parser.add_argument("--quiet-logins", action="store_true", help="Do not list the logins.")

    def handle(self, *args, force=False, quiet_logins=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to load demo accounts with DEBUG off. Use --force if you mean it."
            )
        # The demo's people have made-up addresses: their invitations and certificates are
        # not worth printing to the console.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            result = demo_load(today=timezone.localdate())
        self.stdout.write(
            "Demo programme loaded." if result["created"] else "Demo programme already current."
        )
        if not quiet_logins:
            self.stdout.write(f"Demo logins (password for every account: {DEMO_PASSWORD}):")
            for role, email in demo_logins():
                self.stdout.write(f"  {role:<28} {email}")
            self.stdout.write(
                f"Programme staff also enter a code from an authenticator app set up with the key "
                f"{DEMO_STAFF_TOTP_SECRET}."
            )
