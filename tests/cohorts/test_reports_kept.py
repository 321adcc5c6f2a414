"""Report figures counted per cohort and kept (cohorts/reports/kept.py, issue 24): a report read
from kept figures is the report counted from scratch, after every kind of write (through any
path: services, update(), raw SQL, bulk writes, curriculum edits), after a write by a
transaction still running when the figures were counted, and on a later day; an older count
never replaces a newer one; and every table the figures are counted from is watched by the
triggers that mark a cohort's figures as changed."""

import datetime as dt
import re
import threading
import time
from contextlib import contextmanager
from functools import partial

import pytest
from django.db import connection, connections, transaction
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohorts.models import (
    Attendance,
    Certificate,
    Completion,
    Enrolment,
    FiguresChange,
    KeptFigure,
    KeptFigures,
    Session,
)
from cohorts.reports import kept
from cohorts.reports.exports import report_csv
from cohorts.reports.queries import counting
from labs.models import Activity, Material, Module
from tests.cohorts.reports_data import TODAY
from tests.cohorts.test_reports_summary_cache import WRITES, complete, counted, one

pytestmark = pytest.mark.django_db


def from_scratch(user, period="all"):
    """The report with nothing kept: every cohort counted."""
    KeptFigures.objects.all().delete()
    return report_csv(counted(user, period=period))


def from_kept(user, period="all"):
    with CaptureQueriesContext(connection) as queries:
        csv = report_csv(counted(user, period=period))
    return csv, [q["sql"] for q in queries]


def counts_the_self_study(sqls) -> bool:
    return any("WITH counted AS MATERIALIZED" in sql for sql in sqls)


def other_transaction():
    """A connection of its own, in a transaction the test commits or rolls back, and closes."""
    other = connections.create_connection("default")
    other.set_autocommit(False)
    return other


def tick_running(enrolment):
    """The enrolment's first required activity not yet done, ticked by another transaction
    still running (by raw SQL, as a tick commits its completion): its connection and
    transaction id."""
    activity = (
        Activity.objects.filter(module__lab=enrolment.cohort.lab_id, required=True)
        .exclude(pk__in=list(enrolment.completions.values_list("activity_id", flat=True)))
        .order_by("pk")
        .first()
    )
    at = dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(10), tzinfo=dt.UTC)
    running = other_transaction()
    with running.cursor() as cursor:
        cursor.execute(
            "INSERT INTO cohorts_completion (enrolment_id, activity_id, completed_at, "
            "answer, updated_at, version) VALUES (%s, %s, %s, '', %s, 1)",
            [enrolment.pk, activity.pk, at, at],
        )
        cursor.execute("SELECT pg_current_xact_id()::text::bigint")
        return running, cursor.fetchone()[0]


@contextmanager
def counting_in_another_thread(first=lambda: None):
    """A report's counting() under way in another thread (its own connection), having done
    `first`; it ends when the block does."""
    under_way, release, errors = threading.Event(), threading.Event(), []

    def report():
        try:
            with counting():
                first()
                under_way.set()
                release.wait(20)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=report)
    thread.start()
    try:
        assert under_way.wait(30)
        yield
    finally:
        release.set()
        thread.join()
    assert not errors


def test_a_report_read_from_kept_figures_is_the_report_counted(programme, staff, funder, lead):
    for user in (staff, funder, lead):
        first, sqls = from_kept(user)
        # Nothing kept before the first report: counted, and kept for the others too.
        assert counts_the_self_study(sqls) == (user == staff)
        assert KeptFigures.objects.count() == len(programme["cohorts"])
        again, sqls = from_kept(user)
        assert not counts_the_self_study(sqls)  # every cohort read from what was kept
        assert again == first == from_scratch(user)


# More kinds of write than the remembered reports' (which all go through here too): the paths
# the triggers must see that no service takes.
def curriculum_edit(programme, make_user, staff):
    Activity.objects.filter(required=False).update(minutes=95)
    Material.objects.update(minutes=35)


def archive_a_week(programme, make_user, staff):
    lab = one(programme, "D2", "bridgend", "off").cohort.lab_id
    Module.objects.filter(pk=Module.objects.filter(lab=lab).order_by("pk").first().pk).update(
        archived_at=timezone.now()
    )


def move_a_cohort(programme, make_user, staff):
    # Its people now joined after it started: no session before they joined was held for them.
    cohort = programme["cohorts"]["D1"]
    type(cohort).objects.filter(pk=cohort.pk).update(
        start_date=cohort.start_date - dt.timedelta(days=3650)
    )


def move_a_session(programme, make_user, staff):
    session = Session.objects.filter(cohort=programme["cohorts"]["D1"]).order_by("number")[2]
    Session.objects.filter(pk=session.pk).update(minutes=session.minutes + 60)


def untick_by_raw_sql(programme, make_user, staff):
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM cohorts_completion WHERE enrolment_id = ANY(%s)",
            [list(Enrolment.objects.filter(cohort=programme["cohorts"]["D1"]).values_list("pk"))],
        )


def bulk_completions(programme, make_user, staff):
    enrolment = one(programme, "D2", "bridgend", "off")
    done = set(enrolment.completions.values_list("activity_id", flat=True))
    activities = Activity.objects.filter(module__lab=enrolment.cohort.lab_id).exclude(pk__in=done)
    at = dt.datetime.combine(TODAY - dt.timedelta(days=9), dt.time(10), tzinfo=dt.UTC)
    Completion.objects.bulk_create(
        Completion(enrolment=enrolment, activity=a, completed_at=at) for a in activities
    )


# The programme's people have finished no week: these curriculum writes count only once
# someone has (the minutes of a finished week).
curriculum_edit.setup = archive_a_week.setup = bulk_completions


def revoke_certificates(programme, make_user, staff):
    Certificate.objects.update(revoked_at=timezone.now())


def unmark_the_register(programme, make_user, staff):
    Attendance.objects.filter(enrolment__cohort=programme["cohorts"]["D1"]).delete()


def move_people_to_another_council(programme, make_user, staff):
    Enrolment.objects.filter(cohort=programme["cohorts"]["D1"]).update(
        council=programme["councils"]["newport"]
    )


KEPT_WRITES = [
    curriculum_edit,
    archive_a_week,
    move_a_cohort,
    move_a_session,
    untick_by_raw_sql,
    bulk_completions,
    revoke_certificates,
    unmark_the_register,
    move_people_to_another_council,
]
EVERY_WRITE = WRITES + KEPT_WRITES


@pytest.mark.parametrize("write", EVERY_WRITE, ids=[w.__name__ for w in EVERY_WRITE])
def test_after_each_kind_of_write_the_kept_figures_are_the_counted_ones(
    programme, staff, lead, make_user, write
):
    if setup := getattr(write, "setup", None):
        setup(programme, make_user, staff)
    before = {user: from_kept(user)[0] for user in (staff, lead)}
    write(programme, make_user, staff)
    after = {user: from_kept(user)[0] for user in (staff, lead)}
    for user in (staff, lead):
        assert after[user] == from_scratch(user), user
    assert after != before  # the write changed the figures, and the kept ones show it


def test_a_write_by_a_transaction_running_while_the_figures_were_counted_is_seen(
    programme, staff, transactional_db
):
    """The write's change row is older than the newest one the count saw, but its transaction
    was still running: the snapshot's in-progress list says the count could not see it."""
    enrolment = one(programme, "D2", "bridgend", "off")
    other = one(programme, "D2", "bridgend", "on")  # the same cohort: counted again meanwhile
    from_kept(staff)
    running, _xact = tick_running(enrolment)
    try:
        # A newer change, committed: the count sees a change row after the running one's.
        Enrolment.objects.filter(pk=other.pk).update(status=other.status)
        seen = FiguresChange.objects.order_by("-pk").first().pk
        counted_while_running, _ = from_kept(staff)
        assert KeptFigures.objects.get(cohort=enrolment.cohort).last_change == seen
        running.commit()
    finally:
        running.close()
    again, sqls = from_kept(staff)
    assert counts_the_self_study(sqls)
    assert again == from_scratch(staff) != counted_while_running


def test_an_older_count_never_replaces_a_newer_one(programme, staff):
    from_kept(staff)
    cohort = programme["cohorts"]["D1"]
    newer = KeptFigures.objects.get(cohort=cohort)
    rows = sorted(KeptFigure.objects.filter(kept=newer).values_list("measure", "day", "n"))
    assert rows
    older = newer.taken_at - dt.timedelta(seconds=30)
    with counting():
        kept._keep(
            [cohort.pk],
            [(cohort.pk, "enrolled", None, dt.date(2025, 4, 1), 999, 0)],
            {},
            newer.snapshot,
            older,
            newer.last_change,
            newer.format,
            TODAY,
        )
    assert KeptFigures.objects.get(cohort=cohort).taken_at == newer.taken_at
    assert sorted(KeptFigure.objects.filter(kept=newer).values_list("measure", "day", "n")) == rows


@pytest.mark.parametrize("days", [1, 7, 30, 400])
def test_what_depends_on_the_day_is_counted_for_the_day_asked(programme, staff, days, monkeypatch):
    """Sessions held and attended count once their day is past, and the people with a session
    held are kept as of the day they were counted: a later day's report is that day's count."""
    from_kept(staff)
    later = TODAY + dt.timedelta(days=days)

    def figures():
        with counting():
            read = kept.kept_read(kept.cohorts_in(), council_id=None, today=later)
        rows = {m: sorted(map(sorted, (r.items() for r in rows))) for m, rows in read.rows.items()}
        return rows, read.people, read.first

    from_kept_figures = figures()
    KeptFigures.objects.all().delete()
    assert from_kept_figures == figures()
    # D2 runs from 3 March to 7 April 2026: a month later, its last session was held in the
    # next quarter (and financial year), so the people with a session held differ.
    with counting():
        at_today = kept.kept_read(kept.cohorts_in(), council_id=None, today=TODAY)
    assert (at_today.people != from_kept_figures[1]) == (days >= 30)
    monkeypatch.setattr("tests.cohorts.test_reports_summary_cache.TODAY", later)
    read, _sqls = from_kept(staff)
    assert read == from_scratch(staff)


def test_a_deploy_that_changes_how_figures_are_counted_reads_nothing_kept_before(
    programme, staff, monkeypatch
):
    first, _ = from_kept(staff)
    monkeypatch.setattr(kept, "figures_format", lambda: "another release")
    again, sqls = from_kept(staff)
    assert counts_the_self_study(sqls) and again == first
    assert set(KeptFigures.objects.values_list("format", flat=True)) == {"another release"}


def test_every_table_the_figures_are_counted_from_is_watched(programme, staff):
    """A table read to count a cohort's figures must mark them changed when written (the
    triggers of cohorts/migrations/0017), or kept figures would outlive a write to it."""
    from importlib import import_module

    migration = import_module("cohorts.migrations.0017_issue24_kept_figures")
    cohorts = kept.cohorts_in()
    with counting(), CaptureQueriesContext(connection) as queries:
        kept._count(sorted(cohorts), {}, TODAY)
    tables = set()
    for query in queries:
        tables |= set(re.findall(r'(?:FROM|JOIN)\s+"?([a-z_]+)"?', query["sql"], re.I))
    tables -= {"counted", "weeks", "select"}  # the self-study query's CTEs and subqueries
    assert tables, "no tables found: the pattern above no longer reads the SQL"
    # A cohort's own row is read for its start date; its other columns are read live.
    assert tables <= set(migration.WATCHED), tables - set(migration.WATCHED)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT event_object_table, event_manipulation FROM information_schema.triggers "
            "WHERE action_statement LIKE '%%cohorts_figures_changed%%'"
        )
        installed = set(cursor.fetchall())
    for table, (_kind, events) in migration.WATCHED.items():
        for event in events:
            if event != "TRUNCATE":  # not listed by information_schema
                assert (table, event) in installed, (table, event)


def test_a_write_changes_only_its_own_cohorts_figures(programme, staff):
    from_kept(staff)
    d1, d2 = programme["cohorts"]["D1"], programme["cohorts"]["D2"]
    Enrolment.objects.filter(pk=one(programme, "D2", "bridgend", "off").pk).update(
        status=Enrolment.objects.get(pk=one(programme, "D2", "bridgend", "off").pk).status
    )
    with counting():
        with connection.cursor() as cursor:
            cursor.execute(
                kept._CURRENT,
                {"ids": [d1.pk, d2.pk], "format": kept.figures_format(), "today": TODAY},
            )
            current = {row[0] for row in cursor.fetchall()}
    assert current == {d1.pk}


def test_a_session_written_while_its_dates_are_read_is_counted_again(
    programme, staff, transactional_db, monkeypatch
):
    """The review's race: the session dates were read before the snapshot, so a session
    cancelled in between was in the snapshot but not in the dates, and its cohort's sessions
    held were kept wrong for good. The snapshot is taken first now: such a write is newer."""
    import cohorts.reports.queries as queries

    from_kept(staff)
    d2 = programme["cohorts"]["D2"]
    session = Session.objects.filter(cohort=d2, date__lt=TODAY).order_by("number").first()
    real = queries._session_dates

    def dates_then_someone_cancels():
        dates = real()
        other = connections.create_connection("default")
        try:
            with other.cursor() as cursor:  # autocommit: committed at once
                cursor.execute(
                    "UPDATE cohorts_session SET cancelled_at = now() WHERE id = %s", [session.pk]
                )
        finally:
            other.close()
        return dates

    monkeypatch.setattr(queries, "_session_dates", dates_then_someone_cancels)
    Enrolment.objects.filter(cohort=d2).update(status=F("status"))  # D2 to be counted again
    from_kept(staff)
    monkeypatch.setattr(queries, "_session_dates", real)
    again, sqls = from_kept(staff)
    assert counts_the_self_study(sqls)  # D2 counted again: the cancel came after its snapshot
    assert again == from_scratch(staff)


def test_what_is_summed_is_what_was_found_current_in_one_statement(programme, staff, lead):
    """Found current and summed in one statement (one snapshot): another report keeping a cohort
    anew in between cannot slip in figures of another day or release."""
    from_kept(staff)
    for user in (staff, lead):
        _csv, sqls = from_kept(user)
        assert [
            sql for sql in sqls if "cohorts_keptfigure " in sql or "cohorts_keptfigure\n" in sql
        ]
        reads = [sql for sql in sqls if "FROM cohorts_keptfigure" in sql]
        assert len(reads) == 1 and "FROM cohorts_keptfigures k" in reads[0]


def test_a_report_does_not_wait_for_another_keeping_the_same_cohorts(
    programme, staff, transactional_db
):
    """A report keeping cohorts holds them until its counting ends; a second report gives up
    keeping them after a moment rather than wait (its figures are counted, and right)."""
    KeptFigures.objects.all().delete()
    first = partial(kept.kept_read, kept.cohorts_in(), council_id=None, today=TODAY)
    with counting_in_another_thread(first):  # it has kept them, and counts on
        started = time.monotonic()
        csv, _sqls = from_kept(staff)
        waited = time.monotonic() - started
    assert waited < 2, f"the second report waited {waited:.1f} s for the first's keep"
    assert csv == from_scratch(staff)


def test_a_leads_report_counts_its_own_councils_people_and_keeps_nothing(programme, staff, lead):
    """A lead's report counts a cohort with nothing current for its own council's people only:
    a tenth of the work, and not a whole cohort's figures, so it keeps nothing for others."""
    first, sqls = from_kept(lead)
    assert counts_the_self_study(sqls)
    assert not KeptFigures.objects.exists() and not KeptFigure.objects.exists()
    self_study = next(sql for sql in sqls if "WITH counted AS MATERIALIZED" in sql)
    assert '"cohorts_enrolment"."council_id" =' in self_study
    assert first == from_scratch(lead)
    assert from_kept(staff)[0] == from_scratch(staff)  # kept by staff's report, whole
    assert from_kept(lead)[0] == first  # and read by the lead's


# Pruning the change rows (kept.figures_changes_prune, beat every night).


@pytest.mark.django_db(transaction=True)
def test_pruning_stamps_the_current_figures_drops_the_stale_and_deletes_every_row(
    programme, staff, make_user
):
    """A prune leaves no committed change row, however old the newest row a cohort's count saw
    (finished cohorts are counted once and kept for months); the figures of a cohort written
    to since its count go, and nothing reads differently."""
    from_kept(staff)
    seen = FiguresChange.objects.order_by("pk").last().pk
    complete(programme, make_user, staff)  # a write to D2 since its figures were counted
    d2 = programme["cohorts"]["D2"]
    changed = set(FiguresChange.objects.filter(pk__gt=seen).values_list("cohort_id", flat=True))
    assert changed == {d2.pk}
    rows, newest = FiguresChange.objects.count(), FiguresChange.objects.order_by("pk").last().pk
    assert kept.figures_changes_prune(today=TODAY) == rows
    assert not FiguresChange.objects.exists()
    assert not KeptFigures.objects.filter(cohort=d2).exists()
    # Its rows stay (read only through a current header) until D2 is kept again.
    stamped = KeptFigures.objects.all()
    assert len(stamped) == len(programme["cohorts"]) - 1
    assert {k.last_change for k in stamped} == {newest}  # stamped with the newest row seen
    again, sqls = from_kept(staff)
    assert counts_the_self_study(sqls)  # D2 counted again, with the write
    assert again == from_scratch(staff)
    assert not counts_the_self_study(from_kept(staff)[1])  # and kept, its rows replaced
    kept_rows = KeptFigure.objects.filter(kept_id=d2.pk)
    assert kept_rows.count() == kept_rows.values("measure", "council_id", "day").distinct().count()
    # A write after the prune is seen, and what is counted for it is kept and read again.
    Enrolment.objects.filter(pk=one(programme, "D1", "cardiff", "done").pk).update(
        status="withdrawn"
    )
    after, sqls = from_kept(staff)
    assert counts_the_self_study(sqls)
    assert not counts_the_self_study(from_kept(staff)[1])
    assert after != again and after == from_scratch(staff)


@pytest.mark.django_db(transaction=True)
def test_a_row_in_progress_when_the_figures_were_stamped_stays_and_marks_its_cohort(
    programme, staff
):
    """A tick running while the prune stamps the kept figures commits before its rows are
    deleted: its change row is not one of them (the stamped snapshot did not see it), so the
    figures its cohort was stamped with are counted again."""
    enrolment = one(programme, "D2", "bridgend", "off")
    before, _ = from_kept(staff)
    running, xact = tick_running(enrolment)
    try:
        # A later row, committed, so that the running one's is below the newest seen.
        Enrolment.objects.filter(pk=one(programme, "D1", "cardiff", "done").pk).update(
            status="withdrawn"
        )
        up_to, snapshot = kept._prune_stamp(TODAY)
        running.commit()
    finally:
        running.close()
    [late] = FiguresChange.objects.filter(xact=xact)
    assert late.pk <= up_to
    assert KeptFigures.objects.filter(cohort=enrolment.cohort).exists()  # stamped, unaware
    kept._prune_rows(up_to, snapshot, batch=1)  # one row a batch, the running one's passed
    assert list(FiguresChange.objects.values_list("pk", flat=True)) == [late.pk]
    again, sqls = from_kept(staff)
    assert counts_the_self_study(sqls)
    assert again == from_scratch(staff) != before


@pytest.mark.django_db(transaction=True)
def test_kept_figures_that_had_a_pruned_row_in_progress_are_counted_again(programme, staff):
    """The in-progress write of the kept-figures test above, pruned once committed: the figures
    counted without it go with its row, or they would look current for good."""
    enrolment = one(programme, "D2", "bridgend", "off")
    other = one(programme, "D2", "bridgend", "on")
    from_kept(staff)
    running, xact = tick_running(enrolment)
    try:
        Enrolment.objects.filter(pk=other.pk).update(status=other.status)
        # Every cohort counted again after it (a curriculum write marks them all), so that
        # the prune reaches the running write's row.
        Material.objects.filter(pk=Material.objects.order_by("pk").first().pk).update(
            minutes=F("minutes")
        )
        counted_while_running, _ = from_kept(staff)
        running.commit()
    finally:
        running.close()
    [late] = FiguresChange.objects.filter(xact=xact)  # committed after the count
    assert late.pk <= min(KeptFigures.objects.values_list("last_change", flat=True))
    kept.figures_changes_prune(today=TODAY)
    assert not FiguresChange.objects.filter(pk=late.pk).exists()
    assert not KeptFigures.objects.filter(cohort=enrolment.cohort).exists()
    assert KeptFigures.objects.filter(cohort=programme["cohorts"]["D1"]).exists()
    again, sqls = from_kept(staff)
    assert counts_the_self_study(sqls)
    assert again == from_scratch(staff) != counted_while_running


@pytest.mark.django_db(transaction=True)
def test_a_report_counting_while_the_rows_are_pruned_keeps_nothing(programme, staff):
    """Its snapshot may predate rows the prune deletes: what it counted is right, but could not
    be told stale later."""
    pruning = other_transaction()  # a prune, holding its lock alone
    with pruning.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [kept.PRUNE_LOCK])
    try:
        csv, sqls = from_kept(staff)
    finally:
        pruning.rollback()
        pruning.close()
    assert counts_the_self_study(sqls)
    assert not KeptFigures.objects.exists() and not KeptFigure.objects.exists()
    assert csv == from_scratch(staff)
    # Nor is a count kept by a transaction that did not take the lock (counting() takes it).
    KeptFigures.objects.all().delete()
    cohort = programme["cohorts"]["D2"]
    with connection.cursor() as cursor:
        cursor.execute(kept._SNAPSHOT)
        snapshot, taken_at, last_change = cursor.fetchone()
    with transaction.atomic():
        figures = [(cohort.pk, "enrolled", None, dt.date(2026, 2, 10), 8, 0)]
        form = kept.figures_format()
        kept._keep([cohort.pk], figures, {}, snapshot, taken_at, last_change, form, TODAY)
    assert not KeptFigures.objects.exists()
    with counting():
        kept._keep([cohort.pk], figures, {}, snapshot, taken_at, last_change, form, TODAY)
    assert KeptFigures.objects.filter(cohort=cohort).exists()


@pytest.mark.django_db(transaction=True)
def test_a_prune_waits_for_reports_counting_and_leaves_the_rows_if_they_take_too_long(
    programme, staff, monkeypatch, caplog
):
    """A report counting (in another thread: its own connection) holds the lock from its
    counting's first statement: a prune then would delete rows its snapshot had not seen."""
    from_kept(staff)
    Enrolment.objects.filter(pk=one(programme, "D1", "cardiff", "done").pk).update(
        status="withdrawn"
    )
    rows = FiguresChange.objects.count()
    monkeypatch.setattr(kept, "PRUNE_LOCK_TIMEOUT", "200ms")
    with counting_in_another_thread():
        assert kept.figures_changes_prune(today=TODAY) == 0
    assert FiguresChange.objects.count() == rows
    assert KeptFigures.objects.count() == len(programme["cohorts"])
    assert "not pruned tonight" in caplog.text
    assert kept.figures_changes_prune(today=TODAY) == rows  # once it is done


def kept_as_if_a_later_xact_was_running(programme, staff):
    """D2 kept as a snapshot taken while a tick to it was running would be kept, when the tick
    had taken its transaction id after the newest one to finish: that id at the snapshot's xmax
    (PostgreSQL's xmax is one past the newest finished), in no in-progress list, and its change
    row no newer than the newest the snapshot saw. Made by hand, as two ticks racing make it by
    chance (a live race is at the mercy of every other transaction in the cluster). Returns the
    tick's change row, committed since."""
    from_kept(staff)
    d2 = programme["cohorts"]["D2"]
    Enrolment.objects.filter(pk=one(programme, "D2", "bridgend", "off").pk).update(
        status="withdrawn"
    )
    tick = FiguresChange.objects.filter(cohort_id=d2.pk).order_by("pk").last()
    KeptFigures.objects.filter(cohort=d2).update(
        snapshot=f"{tick.xact}:{tick.xact}:", last_change=tick.pk
    )
    return tick


@pytest.mark.django_db(transaction=True)
def test_a_write_running_past_the_snapshots_xmax_is_seen(programme, staff):
    tick = kept_as_if_a_later_xact_was_running(programme, staff)
    d2 = programme["cohorts"]["D2"]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_visible_in_snapshot(%s::text::xid8, snapshot::pg_snapshot),"
            " %s::text::xid8 = ANY(ARRAY(SELECT pg_snapshot_xip(snapshot::pg_snapshot)))"
            " FROM cohorts_keptfigures WHERE cohort_id = %s",
            [tick.xact, tick.xact, d2.pk],
        )
        assert cursor.fetchone() == (False, False)  # unseen, and not in progress: the case
    again, sqls = from_kept(staff)
    assert counts_the_self_study(sqls)
    assert again == from_scratch(staff)
    assert KeptFigures.objects.get(cohort=d2).snapshot != f"{tick.xact}:{tick.xact}:"  # kept anew


@pytest.mark.django_db(transaction=True)
def test_a_write_running_past_the_xmax_is_not_stamped_current_by_a_prune(programme, staff):
    tick = kept_as_if_a_later_xact_was_running(programme, staff)
    d2 = programme["cohorts"]["D2"]
    assert kept.figures_changes_prune(today=TODAY) > 0
    assert not KeptFigures.objects.filter(cohort=d2).exists()  # dropped by the stamp
    assert KeptFigures.objects.filter(cohort=programme["cohorts"]["D1"]).exists()
    assert not FiguresChange.objects.filter(pk=tick.pk).exists()
    again, sqls = from_kept(staff)
    assert counts_the_self_study(sqls)
    assert again == from_scratch(staff)


@pytest.mark.parametrize(
    "snapshot, own, seen",
    [
        ("100:105:100", None, "100:105:100"),  # nothing written: as it is
        ("100:105:100", 103, "100:105:100"),  # its id under xmax: its writes already seen
        # Its id past xmax: xmax past it, every id from the old xmax to it in progress.
        ("100:105:100", 110, "100:111:100,105,106,107,108,109"),
        ("100:101:", 101, "100:102:"),
        ("90:95:90,93", 95, "90:96:90,93"),
        # Too many between (a bulk job's savepoints): as it is, its writes read as unseen.
        ("100:105:100", 105 + kept.OWN_SEEN_MAX + 1, "100:105:100"),
    ],
)
def test_a_reports_snapshot_sees_its_own_transactions_writes(snapshot, own, seen):
    sql = kept.OWN_SEEN.format(snap="%(snap)s::pg_snapshot", own="%(own)s::text::xid8")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {sql}", {"snap": snapshot, "own": own})
        assert cursor.fetchone()[0] == seen


def test_beat_prunes_the_figures_change_rows_every_night():
    from infuse.celery import app

    entries = {e["task"] for e in app.conf.beat_schedule.values()}
    assert "cohorts.tasks.prune_figures_changes" in entries
