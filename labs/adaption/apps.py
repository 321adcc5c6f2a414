from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdaptionConfig(AppConfig):
    name = "labs.adaption"
    label = "lab_adaption"
    verbose_name = _("Adaption Lab")

    def ready(self):
        from infuse import access
        from labs.registry import register

        from . import access as lab_access
        from .tool import TOOL

        register(TOOL)
        access.register(lab_access.ACCESS)
