from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    name = "councils"
    verbose_name = _("Councils and people")

    def ready(self):
        from infuse.forms import use_portal_messages

        use_portal_messages()
