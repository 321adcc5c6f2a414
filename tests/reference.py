"""Reference data that migrations load (councils, labs, curricula), reloaded where a
transactional test's flush has removed it."""

from importlib import import_module

from django.apps import apps

LOADERS = [
    ("councils.migrations.0002_load_councils", "load"),
    ("councils.migrations.0004_set_council_email_domains", "load"),
    ("labs.migrations.0002_the_three_labs", "load"),
    ("labs.migrations.0005_issue20_lab_names", "fill_names"),
    ("labs.adaption.migrations.0001_curriculum", "load"),
    ("labs.data.migrations.0001_curriculum", "load"),
    ("labs.procurement.migrations.0001_curriculum", "load"),
    ("labs.adaption.migrations.0004_issue20_statements", "load"),
    ("labs.data.migrations.0004_issue20_statements", "load"),
    ("labs.procurement.migrations.0005_issue20_statements", "load"),
    # The Labs' Welsh (issue 26): the curricula, and the planner's measures (proxy_values).
    ("labs.adaption.migrations.0005_issue26_welsh_curriculum", "load"),
    ("labs.data.migrations.0006_issue26_welsh_curriculum", "load"),
    ("labs.procurement.migrations.0006_issue26_welsh_curriculum", "load"),
]


def ensure_reference_data() -> None:
    from councils.models import Council
    from labs.models import Module, Statement

    if (
        Council.objects.count() == 10
        and Module.objects.count() == 18
        and Statement.objects.count() == 21
    ):
        return
    for module, function in LOADERS:
        getattr(import_module(module), function)(apps, None)
