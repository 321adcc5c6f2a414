from django.db import migrations

from labs.curriculum import LABS


def load(apps, schema_editor):
    Lab = apps.get_model("labs", "Lab")
    for code, (name, summary) in LABS.items():
        Lab.objects.update_or_create(code=code, defaults={"name": name, "summary": summary})


class Migration(migrations.Migration):
    dependencies = [("labs", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
