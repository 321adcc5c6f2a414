from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Cohorts")

    def ready(self):
        from labs.progress import connect

        from .services import lab_refresh_progress

        connect(lab_refresh_progress)
