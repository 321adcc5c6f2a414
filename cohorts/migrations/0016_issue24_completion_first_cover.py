"""The index of each enrolment's completions by time carries the activity too (a covering index,
PostgreSQL's INCLUDE): a lead's report groups their council's completions into weeks from the
index alone instead of scanning every completion of the programme, and the first completion
("started") is still one probe per enrolment (issue 24). Replaces completion_first_idx."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0015_issue24_enrolment_cohort_status"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="completion", name="completion_first_idx"),
        migrations.AddIndex(
            model_name="completion",
            index=models.Index(
                fields=["enrolment", "completed_at"],
                include=["activity"],
                name="completion_first_cover",
            ),
        ),
    ]
