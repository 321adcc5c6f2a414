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


def _activate_on_sign_in(sender, request, user, **kwargs):
    """Invited enrolments become active at the person's first sign-in."""
    from .services import enrolments_activate_for

    enrolments_activate_for(user=user)
