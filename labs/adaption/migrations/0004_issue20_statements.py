from django.db import migrations

from labs.curriculum import load_statements


def load(apps, schema_editor):
    from labs.adaption.curriculum import STATEMENTS

    load_statements(apps, "adaption", STATEMENTS)


class Migration(migrations.Migration):
    dependencies = [
        ("lab_adaption", "0003_versions_and_create_tokens"),
        ("labs", "0004_issue20_translations_statements"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
