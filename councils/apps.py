from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    name = "councils"
    verbose_name = _("Councils and people")

    def ready(self):
        from infuse.forms import use_portal_messages

        from . import checks  # noqa: F401  (registers the deploy checks)

        use_portal_messages()
