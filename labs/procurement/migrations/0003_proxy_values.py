from django.db import migrations


def load(apps, schema_editor):
    from labs.procurement.proxy_values import load

    load(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("lab_procurement", "0002_social_value_planner")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
