from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Cohorts")

    def ready(self):
        from labs.progress import connect

        from .services import lab_refresh_progress

        connect(lab_refresh_progress)

        from allauth.account.signals import user_logged_in

        user_logged_in.connect(_activate_on_sign_in, dispatch_uid="cohorts.activate_on_sign_in")

        # The reports' figures are remembered per version of the data: every write to what
        # they count moves the version on, watched at each database connection (issue 24).
        from django.db import connections
        from django.db.backends.signals import connection_created

        from .reports.summary_cache import install

        connection_created.connect(install, dispatch_uid="cohorts.reports.watch_writes")
        for connection in connections.all(initialized_only=True):
            install(connection)


def _activate_on_sign_in(sender, request, user, **kwargs):
    """Invited enrolments become active at the person's first sign-in."""
    from .services import enrolments_activate_for

    enrolments_activate_for(user=user)
