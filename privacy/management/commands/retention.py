"""`manage.py retention --dry-run` lists who the retention job would anonymise today;
without --dry-run it does it (as the nightly beat job does)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from privacy.retention import retention_apply, retention_review


class Command(BaseCommand):
    help = "Anonymise people past the privacy notice's retention period (--dry-run: list them)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List, change nothing.")

    def handle(self, *args, dry_run=False, **options):
        due, held = retention_review()
        if dry_run:
            for line in due:
                person = line.user
                ended = line.last_cohort_ended.isoformat() if line.last_cohort_ended else "-"
                self.stdout.write(
                    f"{person.pk}\t{person.full_name}\t{person.email}\t{person.role}\t"
                    f"{person.council.name if person.council else '-'}\t"
                    f"last cohort ended {ended}\tdue since {line.due_since.isoformat()}"
                )
            self.stdout.write(f"{len(due)} would be anonymised.")
            if held:
                self.stdout.write(
                    f"{len(held)} past the period are kept as grant audit evidence until "
                    f"{settings.GRANT_AUDIT_RETENTION_UNTIL.isoformat()} (not listed)."
                )
            return
        count = retention_apply()
        self.stdout.write(f"{count} anonymised.")
