"""The Data Lab in Welsh (issue 26): the Welsh of the Lab's summary and of its six modules,
with their materials and activities, from labs/data/curriculum_cy.py. Only the `_cy` columns
are written (labs.curriculum.load_curriculum_cy), so no English text and no one's work is
touched."""

from django.db import migrations


def load(apps, schema_editor):
    from labs.curriculum import load_curriculum_cy
    from labs.data.curriculum_cy import LAB_SUMMARY_CY, MODULES_CY

    load_curriculum_cy(apps, "data", MODULES_CY)
    Lab = apps.get_model("labs", "Lab")
    Lab.objects.filter(code="data").update(summary_cy=LAB_SUMMARY_CY)


class Migration(migrations.Migration):
    dependencies = [
        ("lab_data", "0005_issue23_week3_ethics_text"),
        ("labs", "0005_issue20_lab_names"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
