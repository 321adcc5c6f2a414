from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DataConfig(AppConfig):
    name = "labs.data"
    label = "lab_data"
    verbose_name = _("Data Lab")
