"""The self-study weeks kept as a summary (issue 24): a row per enrolment and week (module)
finished, kept by PostgreSQL triggers on every table it is worked out from, filled here from the
completions already made. The reports sum it instead of grouping every completion, so that a
download's time no longer follows the programme's size. On SQLite nothing is installed and the
table stays empty (the reports count the completions there)."""

import django.db.models.deletion
from django.db import migrations, models


# The weeks as they stand, worked out from the completions: what the table must hold. The
# triggers put back the rows of the enrolments and modules a write touched from it (a filter
# on its grouping columns reaches the completions' index before the grouping).
COMPUTED_VIEW = """
CREATE VIEW cohorts_selfstudyweek_computed AS
SELECT c.enrolment_id,
       a.module_id,
       e.cohort_id,
       e.council_id,
       MAX(CASE WHEN a.required THEN c.completed_at END) AS finished_at,
       SUM(a.minutes) + MIN(r.material_minutes) AS minutes
FROM cohorts_completion c
JOIN labs_activity a ON a.id = c.activity_id AND a.archived_at IS NULL
JOIN (
    SELECT a.module_id,
           SUM(CASE WHEN a.required THEN 1 ELSE 0 END) AS required_total,
           COALESCE(
               (SELECT SUM(m.minutes) FROM labs_material m
                WHERE m.module_id = a.module_id AND m.archived_at IS NULL),
               0
           ) AS material_minutes
    FROM labs_activity a
    JOIN labs_module mo ON mo.id = a.module_id
    WHERE a.archived_at IS NULL AND mo.archived_at IS NULL
    GROUP BY a.module_id
    HAVING SUM(CASE WHEN a.required THEN 1 ELSE 0 END) > 0
) r ON r.module_id = a.module_id
JOIN cohorts_enrolment e ON e.id = c.enrolment_id
GROUP BY c.enrolment_id, a.module_id, e.cohort_id, e.council_id
HAVING SUM(CASE WHEN a.required THEN 1 ELSE 0 END) >= MIN(r.required_total)
"""

# Locks (advisory, for the transaction): a write that touches a few enrolments holds the table
# shared and each of its enrolments alone, in order, so that two writes for one person (two
# tabs) are worked out one after the other, each seeing the other's completions; a write that
# touches many, or a whole module (a staff edit of an activity's minutes, say), holds the table
# alone. Per-enrolment locks are few, so a bulk write never fills the lock table.
FUNCTIONS = """
CREATE FUNCTION cohorts_selfstudy_lock(enrolments integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF enrolments IS NULL OR cardinality(enrolments) > 64 THEN
        PERFORM pg_advisory_xact_lock(2417, 0);
    ELSE
        PERFORM pg_advisory_xact_lock_shared(2417, 0);
        PERFORM pg_advisory_xact_lock(2418, e)
        FROM (SELECT DISTINCT unnest(enrolments) AS e ORDER BY 1) AS s;
    END IF;
END $$;

CREATE FUNCTION cohorts_selfstudy_refresh(enrolments integer[], modules integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF enrolments IS NULL OR modules IS NULL THEN
        RETURN;
    END IF;
    PERFORM cohorts_selfstudy_lock(enrolments);
    DELETE FROM cohorts_selfstudyweek
    WHERE enrolment_id = ANY(enrolments) AND module_id = ANY(modules);
    INSERT INTO cohorts_selfstudyweek
        (enrolment_id, module_id, cohort_id, council_id, finished_at, minutes)
    SELECT enrolment_id, module_id, cohort_id, council_id, finished_at, minutes
    FROM cohorts_selfstudyweek_computed
    WHERE enrolment_id = ANY(enrolments) AND module_id = ANY(modules);
END $$;

CREATE FUNCTION cohorts_selfstudy_refresh_modules(modules integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF modules IS NULL THEN
        RETURN;
    END IF;
    PERFORM cohorts_selfstudy_lock(NULL);
    DELETE FROM cohorts_selfstudyweek WHERE module_id = ANY(modules);
    INSERT INTO cohorts_selfstudyweek
        (enrolment_id, module_id, cohort_id, council_id, finished_at, minutes)
    SELECT enrolment_id, module_id, cohort_id, council_id, finished_at, minutes
    FROM cohorts_selfstudyweek_computed
    WHERE module_id = ANY(modules);
END $$;

-- Completions: the weeks of the enrolments and modules written, before and after.
CREATE FUNCTION cohorts_selfstudy_completions() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    enrolments integer[];
    modules integer[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT r.enrolment_id), array_agg(DISTINCT a.module_id)
        INTO enrolments, modules
        FROM new_rows r JOIN labs_activity a ON a.id = r.activity_id;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT r.enrolment_id), array_agg(DISTINCT a.module_id)
        INTO enrolments, modules
        FROM old_rows r JOIN labs_activity a ON a.id = r.activity_id;
    ELSE
        SELECT array_agg(DISTINCT r.enrolment_id), array_agg(DISTINCT a.module_id)
        INTO enrolments, modules
        FROM (
            SELECT o.enrolment_id, o.activity_id FROM old_rows o
            JOIN new_rows n ON n.id = o.id
            WHERE (o.enrolment_id, o.activity_id, o.completed_at)
                  IS DISTINCT FROM (n.enrolment_id, n.activity_id, n.completed_at)
            UNION
            SELECT n.enrolment_id, n.activity_id FROM old_rows o
            JOIN new_rows n ON n.id = o.id
            WHERE (o.enrolment_id, o.activity_id, o.completed_at)
                  IS DISTINCT FROM (n.enrolment_id, n.activity_id, n.completed_at)
        ) AS r JOIN labs_activity a ON a.id = r.activity_id;
    END IF;
    PERFORM cohorts_selfstudy_refresh(enrolments, modules);
    RETURN NULL;
END $$;

-- Activities: whether one is required, its minutes, archived or moved changes a whole week's
-- reckoning for everyone (a title or instructions edit changes nothing counted).
CREATE FUNCTION cohorts_selfstudy_activities() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    modules integer[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT module_id) INTO modules FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT module_id) INTO modules FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT m) INTO modules
        FROM old_rows o JOIN new_rows n ON n.id = o.id,
             LATERAL (VALUES (o.module_id), (n.module_id)) AS v(m)
        WHERE (o.module_id, o.required, o.minutes, o.archived_at)
              IS DISTINCT FROM (n.module_id, n.required, n.minutes, n.archived_at);
    END IF;
    PERFORM cohorts_selfstudy_refresh_modules(modules);
    RETURN NULL;
END $$;

-- Materials: their minutes count in every finished week of their module.
CREATE FUNCTION cohorts_selfstudy_materials() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    modules integer[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT module_id) INTO modules FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT module_id) INTO modules FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT m) INTO modules
        FROM old_rows o JOIN new_rows n ON n.id = o.id,
             LATERAL (VALUES (o.module_id), (n.module_id)) AS v(m)
        WHERE (o.module_id, o.minutes, o.archived_at)
              IS DISTINCT FROM (n.module_id, n.minutes, n.archived_at);
    END IF;
    PERFORM cohorts_selfstudy_refresh_modules(modules);
    RETURN NULL;
END $$;

-- Modules: an archived week counts for nothing; one restored counts again.
CREATE FUNCTION cohorts_selfstudy_modules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    modules integer[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT array_agg(id) INTO modules FROM old_rows;
    ELSE
        SELECT array_agg(n.id) INTO modules
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.archived_at IS DISTINCT FROM n.archived_at;
    END IF;
    PERFORM cohorts_selfstudy_refresh_modules(modules);
    RETURN NULL;
END $$;

-- Enrolments: a move to another cohort or council moves its weeks; a deleted one takes them.
CREATE FUNCTION cohorts_selfstudy_enrolments() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    enrolments integer[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT array_agg(id) INTO enrolments FROM old_rows;
        IF enrolments IS NOT NULL THEN
            PERFORM cohorts_selfstudy_lock(enrolments);
            DELETE FROM cohorts_selfstudyweek WHERE enrolment_id = ANY(enrolments);
        END IF;
    ELSE
        SELECT array_agg(n.id) INTO enrolments
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.cohort_id, o.council_id) IS DISTINCT FROM (n.cohort_id, n.council_id);
        IF enrolments IS NOT NULL THEN
            PERFORM cohorts_selfstudy_lock(enrolments);
            UPDATE cohorts_selfstudyweek w
            SET cohort_id = e.cohort_id, council_id = e.council_id
            FROM cohorts_enrolment e
            WHERE e.id = w.enrolment_id AND w.enrolment_id = ANY(enrolments);
        END IF;
    END IF;
    RETURN NULL;
END $$;
"""

TRIGGERS = [
    # (table, function, event, transition tables)
    ("cohorts_completion", "cohorts_selfstudy_completions", "INSERT", "NEW TABLE AS new_rows"),
    ("cohorts_completion", "cohorts_selfstudy_completions", "DELETE", "OLD TABLE AS old_rows"),
    (
        "cohorts_completion",
        "cohorts_selfstudy_completions",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    ),
    ("labs_activity", "cohorts_selfstudy_activities", "INSERT", "NEW TABLE AS new_rows"),
    ("labs_activity", "cohorts_selfstudy_activities", "DELETE", "OLD TABLE AS old_rows"),
    (
        "labs_activity",
        "cohorts_selfstudy_activities",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    ),
    ("labs_material", "cohorts_selfstudy_materials", "INSERT", "NEW TABLE AS new_rows"),
    ("labs_material", "cohorts_selfstudy_materials", "DELETE", "OLD TABLE AS old_rows"),
    (
        "labs_material",
        "cohorts_selfstudy_materials",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    ),
    ("labs_module", "cohorts_selfstudy_modules", "DELETE", "OLD TABLE AS old_rows"),
    (
        "labs_module",
        "cohorts_selfstudy_modules",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    ),
    ("cohorts_enrolment", "cohorts_selfstudy_enrolments", "DELETE", "OLD TABLE AS old_rows"),
    (
        "cohorts_enrolment",
        "cohorts_selfstudy_enrolments",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    ),
]

FUNCTION_NAMES = [
    "cohorts_selfstudy_completions()",
    "cohorts_selfstudy_activities()",
    "cohorts_selfstudy_materials()",
    "cohorts_selfstudy_modules()",
    "cohorts_selfstudy_enrolments()",
    "cohorts_selfstudy_refresh(integer[], integer[])",
    "cohorts_selfstudy_refresh_modules(integer[])",
    "cohorts_selfstudy_lock(integer[])",
]


def trigger_name(table: str, event: str) -> str:
    return f"{table}_selfstudy_{event.lower()}"


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite: the reports count the completions themselves
    execute = schema_editor.execute
    execute(COMPUTED_VIEW)
    execute(FUNCTIONS)
    for table, function, event, transitions in TRIGGERS:
        execute(
            f"CREATE TRIGGER {trigger_name(table, event)} AFTER {event} ON {table} "
            f"REFERENCING {transitions} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )
    # The weeks already finished.
    execute(
        "INSERT INTO cohorts_selfstudyweek "
        "(enrolment_id, module_id, cohort_id, council_id, finished_at, minutes) "
        "SELECT enrolment_id, module_id, cohort_id, council_id, finished_at, minutes "
        "FROM cohorts_selfstudyweek_computed"
    )


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    for table, _function, event, _transitions in TRIGGERS:
        execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)} ON {table}")
    for function in FUNCTION_NAMES:
        execute(f"DROP FUNCTION IF EXISTS {function}")
    execute("DROP VIEW IF EXISTS cohorts_selfstudyweek_computed")


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0016_issue24_completion_first_cover"),
        ("councils", "0009_user_role_not_participant_idx"),
        ("labs", "0005_issue20_lab_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="SelfStudyWeek",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("finished_at", models.DateTimeField()),
                ("minutes", models.IntegerField()),
                (
                    "cohort",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="cohorts.cohort",
                    ),
                ),
                (
                    "council",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="councils.council",
                    ),
                ),
                (
                    "enrolment",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="cohorts.enrolment",
                    ),
                ),
                (
                    "module",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="labs.module",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("enrolment", "module"), name="one_finished_week"
                    )
                ],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
