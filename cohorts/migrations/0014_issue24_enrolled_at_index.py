"""An index on the day each enrolment was made: the reports' first enrolment (the periods they
offer) is read from it rather than from every enrolment, on each page (issue 24)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0013_issue22g_enrolment_council"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="enrolment",
            index=models.Index(fields=["enrolled_at"], name="enrolment_enrolled_at"),
        ),
    ]
