from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProcurementConfig(AppConfig):
    name = "labs.procurement"
    label = "lab_procurement"
    verbose_name = _("Procurement Lab")
