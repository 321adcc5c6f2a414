from django.db import migrations

from labs.curriculum import load_curriculum_cy


def load(apps, schema_editor):
    from labs.adaption.curriculum_cy import LAB_SUMMARY_CY, MODULES_CY

    load_curriculum_cy(apps, "adaption", MODULES_CY)
    Lab = apps.get_model("labs", "Lab")
    Lab.objects.filter(code="adaption").update(summary_cy=LAB_SUMMARY_CY)


class Migration(migrations.Migration):
    dependencies = [
        ("lab_adaption", "0004_issue20_statements"),
        ("labs", "0005_issue20_lab_names"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
