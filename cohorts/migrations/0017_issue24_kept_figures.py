"""Report figures kept per cohort (issue 24, cohorts/kept_figures.py): the two tables, and on
PostgreSQL the triggers that append a change row for each cohort a statement may have changed
the figures of. The triggers only insert (no lock anyone else waits for, no read of what they
write); a write they cannot place in a cohort marks every cohort. On SQLite nothing is
installed and nothing is kept: the reports count every cohort each time."""

import django.db.models.deletion
from django.db import migrations, models

FUNCTION = """
CREATE FUNCTION cohorts_figures_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    xact bigint := pg_current_xact_id()::text::bigint;
BEGIN
    -- TG_ARGV[0]: how a row names its cohort. 'all': it is curriculum, every cohort counts it;
    -- 'enrolment': by its enrolment_id; 'cohort': by its cohort_id; 'id': it is the cohort.
    -- An enrolment already gone gives no cohort: every cohort is marked (never too few).
    IF TG_OP = 'TRUNCATE' OR TG_ARGV[0] = 'all' THEN
        INSERT INTO cohorts_figureschange (cohort_id, xact) VALUES (NULL, xact);
    ELSIF TG_ARGV[0] = 'enrolment' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO cohorts_figureschange (cohort_id, xact)
            SELECT DISTINCT e.cohort_id, xact
            FROM (SELECT DISTINCT enrolment_id FROM new_rows) r
            LEFT JOIN cohorts_enrolment e ON e.id = r.enrolment_id;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO cohorts_figureschange (cohort_id, xact)
            SELECT DISTINCT e.cohort_id, xact
            FROM (SELECT DISTINCT enrolment_id FROM old_rows) r
            LEFT JOIN cohorts_enrolment e ON e.id = r.enrolment_id;
        ELSE
            INSERT INTO cohorts_figureschange (cohort_id, xact)
            SELECT DISTINCT e.cohort_id, xact
            FROM (
                SELECT enrolment_id FROM new_rows UNION SELECT enrolment_id FROM old_rows
            ) r
            LEFT JOIN cohorts_enrolment e ON e.id = r.enrolment_id;
        END IF;
    ELSIF TG_ARGV[0] = 'cohort' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO cohorts_figureschange (cohort_id, xact)
            SELECT DISTINCT cohort_id, xact FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO cohorts_figureschange (cohort_id, xact)
            SELECT DISTINCT cohort_id, xact FROM old_rows;
        ELSE
            INSERT INTO cohorts_figureschange (cohort_id, xact)
            SELECT cohort_id, xact
            FROM (SELECT cohort_id FROM new_rows UNION SELECT cohort_id FROM old_rows) r;
        END IF;
    ELSE  -- 'id': the cohort's own row was changed (its start date, say)
        INSERT INTO cohorts_figureschange (cohort_id, xact)
        SELECT DISTINCT id, xact FROM new_rows;
    END IF;
    RETURN NULL;
END $$;
"""

# table: how its rows name their cohort, and the writes that count.
WATCHED = {
    "cohorts_completion": ("enrolment", ("INSERT", "UPDATE", "DELETE", "TRUNCATE")),
    "cohorts_attendance": ("enrolment", ("INSERT", "UPDATE", "DELETE", "TRUNCATE")),
    "cohorts_certificate": ("enrolment", ("INSERT", "UPDATE", "DELETE", "TRUNCATE")),
    "cohorts_enrolment": ("cohort", ("INSERT", "UPDATE", "DELETE", "TRUNCATE")),
    "cohorts_session": ("cohort", ("INSERT", "UPDATE", "DELETE", "TRUNCATE")),
    # A new cohort has nothing kept, and a deleted one's kept figures go with it.
    "cohorts_cohort": ("id", ("UPDATE",)),
    "labs_module": ("all", ("INSERT", "UPDATE", "DELETE", "TRUNCATE")),
    "labs_activity": ("all", ("INSERT", "UPDATE", "DELETE", "TRUNCATE")),
    "labs_material": ("all", ("INSERT", "UPDATE", "DELETE", "TRUNCATE")),
}

# A trigger with transition tables serves one kind of write only (PostgreSQL's rule).
REFERENCING = {
    "INSERT": "REFERENCING NEW TABLE AS new_rows",
    "UPDATE": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "DELETE": "REFERENCING OLD TABLE AS old_rows",
    "TRUNCATE": "",
}


def trigger_name(table: str, event: str) -> str:
    return f"{table}_figures_{event.lower()}"


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    for table, (kind, events) in WATCHED.items():
        for event in events:
            schema_editor.execute(
                f"CREATE TRIGGER {trigger_name(table, event)} AFTER {event} ON {table} "
                f"{REFERENCING[event]} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION cohorts_figures_changed('{kind}')"
            )


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, (_kind, events) in WATCHED.items():
        for event in events:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)} ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS cohorts_figures_changed()")


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0016_issue24_completion_first_cover"),
        ("labs", "0005_issue20_lab_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="KeptFigures",
            fields=[
                (
                    "cohort",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="cohorts.cohort",
                    ),
                ),
                ("snapshot", models.TextField()),
                ("last_change", models.BigIntegerField()),
                ("taken_at", models.DateTimeField()),
                ("format", models.CharField(max_length=64)),
                ("as_of", models.DateField()),
                ("last", models.DateField(null=True)),
            ],
        ),
        migrations.CreateModel(
            name="KeptFigure",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("measure", models.CharField(max_length=24)),
                ("council_id", models.IntegerField(null=True)),
                ("day", models.DateField(null=True)),
                ("quarter", models.DateField(null=True)),
                ("n", models.IntegerField()),
                ("minutes", models.IntegerField(default=0)),
                (
                    "kept",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="rows",
                        to="cohorts.keptfigures",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="FiguresChange",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("cohort_id", models.IntegerField(null=True)),
                ("xact", models.BigIntegerField()),
            ],
            options={
                "indexes": [
                    models.Index(fields=["cohort_id", "id"], name="figures_change_cohort"),
                    models.Index(fields=["xact"], name="figures_change_xact"),
                ],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
