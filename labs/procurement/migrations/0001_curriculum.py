from django.db import migrations

from labs.curriculum import load_curriculum


def load(apps, schema_editor):
    from labs.procurement.curriculum import MODULES

    load_curriculum(apps, "procurement", MODULES)


class Migration(migrations.Migration):
    dependencies = [("labs", "0002_the_three_labs")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
