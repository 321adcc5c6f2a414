"""Report figures kept per cohort (issue 24; cohorts/reports/kept.py reads and writes them).

A report's three costliest measures — the self-study minutes of finished weeks, the sessions
attended and when people started — are counted per cohort, and on PostgreSQL the counts are
kept (`KeptFigures`) with the database snapshot they were counted in. PostgreSQL triggers add a
`FiguresChange` row, in the writing transaction itself, for each cohort whose figures a
statement may have changed (every path: services, the admin, `update()`, bulk writes, raw SQL);
a curriculum write marks every cohort. A kept cohort is read only if no change for it is newer
than its snapshot, so a report is counted from the data whatever state these tables are in:
nothing is ever worked out from them alone.

The kept tables are derived: deleting their rows loses nothing (the next report counts the
figures again). The change rows are not: deleting one (or restarting their ids) would make kept
figures counted before it look current. They grow by a row per write statement on a watched
table (about two a tick) and are pruned every night (kept.figures_changes_prune): the kept
figures still current are stamped as counted at that moment, the rest deleted, and then every
row committed by then goes. Nothing here takes a lock a participant's tick waits for: the
triggers only append rows. `dumpdata` carries these tables with the source database's
snapshots and transaction ids: after a `loaddata` into another database, empty all three
(the kept figures and the change rows, together; then every cohort is counted afresh)."""

from django.db import models


class KeptFigures(models.Model):
    """One cohort's counted figures (its `KeptFigure` rows), as of `snapshot` (PostgreSQL's
    `pg_current_snapshot()`, taken at `taken_at` before they were counted) and `last_change`
    (the newest change row it saw). What depends on the day holds as of `as_of`, and for ever
    once the cohort's `last` session is before it."""

    # No constraint in the database either: a report keeping a cohort that staff delete at that
    # moment must not fail at its commit; only existing cohorts are ever read or kept.
    cohort = models.OneToOneField(
        "cohorts.Cohort",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
        db_constraint=False,
    )
    snapshot = models.TextField()
    last_change = models.BigIntegerField()
    taken_at = models.DateTimeField()
    # How the figures were counted (kept.figures_format()): an older way's are never read.
    format = models.CharField(max_length=64)
    as_of = models.DateField()
    last = models.DateField(null=True)

    def __str__(self) -> str:
        return f"figures of cohort {self.cohort_id}"


class KeptFigure(models.Model):
    """One figure of a kept cohort: `n` (and `minutes`, for sessions attended) of `measure` for
    the cohort's people of one council, on a day or in the quarter starting on `day`."""

    id = models.BigAutoField(primary_key=True)
    # No constraint in the database: a row is read only through its cohort's current
    # `KeptFigures`, and checking thousands of keys made keeping a cohort three times slower.
    kept = models.ForeignKey(
        KeptFigures, on_delete=models.CASCADE, related_name="rows", db_constraint=False
    )
    measure = models.CharField(max_length=24)
    council_id = models.IntegerField(null=True)  # not a key: a figure, not a link
    day = models.DateField(null=True)
    quarter = models.DateField(null=True)  # the first day of the day's quarter: summed by it
    n = models.IntegerField()
    minutes = models.IntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.measure} of cohort {self.kept_id}"


class FiguresChange(models.Model):
    """A write that may have changed a cohort's figures (`cohort_id` empty: every cohort's),
    by the transaction `xact` (`pg_current_xact_id()`). Appended by triggers only."""

    id = models.BigAutoField(primary_key=True)
    cohort_id = models.IntegerField(null=True)  # not a key: the cohort may be gone
    xact = models.BigIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["cohort_id", "id"], name="figures_change_cohort"),
            models.Index(fields=["xact"], name="figures_change_xact"),
        ]

    def __str__(self) -> str:
        return f"change {self.pk} to cohort {self.cohort_id or 'all'}"
