from django.db import migrations


def load(apps, schema_editor):
    from labs.curriculum import load_curriculum_cy
    from labs.procurement.curriculum_cy import LAB_SUMMARY_CY, MODULES_CY

    load_curriculum_cy(apps, "procurement", MODULES_CY)
    Lab = apps.get_model("labs", "Lab")
    Lab.objects.filter(code="procurement").update(summary_cy=LAB_SUMMARY_CY)


class Migration(migrations.Migration):
    dependencies = [
        ("lab_procurement", "0005_issue20_statements"),
        ("labs", "0005_issue20_lab_names"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
