"""A report's figures counted per cohort, and kept (issue 24).

Everything a report counts per person — enrolled, started, completed, withdrawn, certificates,
the self-study minutes of finished weeks, the sessions attended and held, the people with a
session held, and what a cohort's end counts — is counted per cohort and council. On
PostgreSQL each cohort's figures are kept (`KeptFigures`, one row per cohort, and its
`KeptFigure` rows) with the snapshot they were counted in, and read again while no write since
has touched that cohort: triggers append a `FiguresChange` row in the writing transaction for
every cohort a statement may have changed (cohorts/migrations/0017). A report sums the kept
rows of the cohorts still current in the database, and counts only the others: most cohorts of
a programme have finished, so its time follows the few whose people are still working rather
than the programme's whole history.

A kept cohort is current when no change row for it (or for every cohort) is
- newer than the newest change row its snapshot saw (`last_change`): written after it was
  counted, or
- by a transaction still running when it was counted: an earlier row id that committed later.
  Such a transaction is in the snapshot's in-progress list, or at or past its `xmax`
  (PostgreSQL's xmax is one past the newest transaction to have finished, not the next to
  start: a transaction that took its id after another and is still running is in neither
  list, though its row may be older than one the snapshot saw). `_SNAPSHOT` counts the
  report's own transaction, when it has written, as seen.
Anything else was committed before the snapshot, so its counts include it. Counting is READ
COMMITTED, so it may include a little more than its snapshot saw; that is only ever counted
again, never missed. Change rows are never deleted by a reader, and kept figures are replaced
only by a count whose snapshot was taken later, so no reader can make another's figures look
current.

Worked example: a cohort is counted and kept with snapshot S (Bob's tick, transaction 907,
still running; `last_change` 52). Bob's tick commits with change row 50: 50 ≤ 52, but 907 is in
S's in-progress list, so the cohort is counted again at the next report. Carys's tick,
transaction 912, had taken its id after the newest to finish (911: S's xmax is 912) and was
still running, with change row 51: 912 ≥ 912, counted again too. Ann ticks later: change row
53 > 52, counted again too.

What depends on the day — sessions held and attended, a cohort's end — is kept by its date and
counted once the day is past; the people with a session held are counted as of the day they
were counted (`as_of`), so a running cohort's are counted again the next day, and a finished
cohort's hold for good.

SQLite (`make run`) keeps nothing and counts every cohort each time.
"""

import datetime as dt
import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError, OperationalError, connection, transaction
from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from labs.models import Activity, Material, Module

from ..models import Attendance, Certificate, Cohort, Completion, Enrolment, EnrolmentStatus
from .disclosure import ALL, quarter_node, year_node
from .periods import financial_year, quarter_bounds, quarter_of

logger = logging.getLogger(__name__)

# The cube's timed measures, dated by the day or the quarter they happened in.
DATED = ("self_study", "started", "enrolled", "completed", "withdrawn", "certificates")
# The same, counted only once their day is past.
PAST = ("sessions_attended", "sessions_held", "finished_enrolled", "finished_completed")
# The people with a session held, at a quarter, a financial year (its 1 April) or in all.
PEOPLE = {"people_q", "people_y", "people_a"}
# A cohort's first session, for those with people in a council: where the report's axis starts.
FIRST = "first"
KEEP_LOCK_TIMEOUT = "100ms"
# A report's counting takes it shared (queries.counting), a prune of the change rows alone.
PRUNE_LOCK = 2_024_000_024
PRUNE_LOCK_TIMEOUT = "10s"
PRUNE_BATCH = 10_000

# A snapshot (`snap`, a pg_snapshot) as text, seeing the writes of its own transaction (`own`,
# its xid8 or NULL). When the report's own transaction has written (a test's, or a report built
# within a write) and its id is at or past the snapshot's xmax, the snapshot is rewritten as one
# whose xmax is past it, every id between in progress (none of them had finished): its own
# writes are counted, and _CURRENT reads them as seen. Past OWN_SEEN_MAX ids between (a bulk
# job's thousands of savepoints running), it is left as it is: the report's own writes then
# read as unseen, and their cohorts are counted again (tests: test_reports_kept.py).
OWN_SEEN_MAX = 1_000
OWN_SEEN = f"""
    CASE WHEN {{own}} IS NULL OR {{own}} < pg_snapshot_xmax({{snap}})
              OR {{own}}::text::bigint - pg_snapshot_xmax({{snap}})::text::bigint > {OWN_SEEN_MAX}
         THEN {{snap}}::text
         ELSE pg_snapshot_xmin({{snap}})::text || ':' || ({{own}}::text::bigint + 1)::text || ':'
              || array_to_string(ARRAY(
                     SELECT x::text::bigint FROM pg_snapshot_xip({{snap}}) AS x
                     UNION SELECT generate_series(pg_snapshot_xmax({{snap}})::text::bigint,
                                                  {{own}}::text::bigint - 1)
                     ORDER BY 1), ',')
    END
"""

_SNAPSHOT = f"""
    WITH s AS MATERIALIZED (
        SELECT pg_current_snapshot() AS snap, pg_current_xact_id_if_assigned() AS own)
    SELECT {OWN_SEEN.format(snap="snap", own="own")},
           clock_timestamp(),
           COALESCE((SELECT max(id) FROM cohorts_figureschange), 0)
    FROM s
"""

# The kept cohorts still current (see the module's docstring). Five NOT EXISTS rather than one
# with OR, each planned on its own: the rows after the newest seen (an index range scan), those
# of a transaction in progress (looked up by transaction, in an array: a subquery of the
# in-progress list was run for every row of the cohort, 29 ms at 20,000 rows against 6.5 ms), and
# those of a transaction at or past the snapshot's xmax (the cohort's rows since the last prune).
_CURRENT = """
    SELECT k.cohort_id
    FROM cohorts_keptfigures k
    WHERE k.cohort_id = ANY(%(ids)s) AND k.format = %(format)s
      AND (k.as_of = %(today)s OR k.last IS NULL OR (k.last < k.as_of AND k.last < %(today)s))
      AND NOT EXISTS (
          SELECT 1 FROM cohorts_figureschange c
          WHERE c.cohort_id = k.cohort_id AND c.id > k.last_change)
      AND NOT EXISTS (
          SELECT 1 FROM cohorts_figureschange c
          WHERE c.cohort_id IS NULL AND c.id > k.last_change)
      AND NOT EXISTS (
          SELECT 1 FROM cohorts_figureschange c
          WHERE c.xact = ANY(ARRAY(
                  SELECT x::text::bigint FROM pg_snapshot_xip(k.snapshot::pg_snapshot) AS x))
            AND (c.cohort_id = k.cohort_id OR c.cohort_id IS NULL))
      AND NOT EXISTS (
          SELECT 1 FROM cohorts_figureschange c
          WHERE c.cohort_id = k.cohort_id AND c.id <= k.last_change
            AND c.xact >= pg_snapshot_xmax(k.snapshot::pg_snapshot)::text::bigint)
      AND NOT EXISTS (
          SELECT 1 FROM cohorts_figureschange c
          WHERE c.cohort_id IS NULL AND c.id <= k.last_change
            AND c.xact >= pg_snapshot_xmax(k.snapshot::pg_snapshot)::text::bigint)
"""

# In one statement, so that what is summed is what was found current (another report may keep
# a cohort anew at any moment): the current cohorts; their kept rows summed by measure, Lab,
# council, theme and quarter (calendar quarters start where financial ones do: a few thousand
# rows, however many cohorts); and, for staff's lines, each one's sessions held in the period.
_READ = """
    WITH current AS MATERIALIZED ({current})
    SELECT 'current', NULL::integer, NULL::integer, NULL::text, NULL::date,
           NULL::bigint, NULL::bigint, c.cohort_id
    FROM current c
    UNION ALL
    SELECT r.measure, co.lab_id, r.council_id, co.theme, r.quarter, SUM(r.n), SUM(r.minutes), NULL
    FROM cohorts_keptfigure r
    JOIN cohorts_cohort co ON co.id = r.kept_id
    WHERE r.kept_id IN (SELECT cohort_id FROM current) {council}
      AND NOT (r.measure = ANY(%(past)s) AND r.day >= %(today)s)
    GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT 'held', NULL, NULL, NULL, NULL, SUM(r.n), NULL, r.kept_id
    FROM cohorts_keptfigure r
    WHERE %(held)s AND r.kept_id IN (SELECT cohort_id FROM current) {held_council}
      AND r.measure = 'sessions_held' AND r.day < %(today)s
      AND r.day >= %(start)s AND r.day <= %(end)s
    GROUP BY r.kept_id
"""

# Kept only over figures counted from an earlier snapshot (a slower count finishing later never
# puts older figures back), for cohorts that still exist; the cohorts kept are returned.
_KEEP = """
    INSERT INTO cohorts_keptfigures
        (cohort_id, snapshot, last_change, taken_at, format, as_of, last)
    SELECT v.cohort_id, %s, %s, %s, %s, %s, v.last
    FROM unnest(%s::integer[], %s::date[]) AS v(cohort_id, last)
    WHERE EXISTS (SELECT 1 FROM cohorts_cohort co WHERE co.id = v.cohort_id)
      -- Only by a count that took the prune's lock (shared) ahead of its snapshot: no
      -- change row it could not see has been pruned (figures_changes_prune).
      AND EXISTS (
          SELECT 1 FROM pg_locks l
          WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.granted
            AND l.mode = 'ShareLock' AND l.objsubid = 1  -- a bigint key: its high and low halves
            AND l.classid::bigint = %s AND l.objid::bigint = %s)
    ORDER BY v.cohort_id
    ON CONFLICT (cohort_id) DO UPDATE SET
        snapshot = EXCLUDED.snapshot,
        last_change = EXCLUDED.last_change,
        taken_at = EXCLUDED.taken_at,
        format = EXCLUDED.format,
        as_of = EXCLUDED.as_of,
        last = EXCLUDED.last
    WHERE cohorts_keptfigures.taken_at <= EXCLUDED.taken_at
    RETURNING cohort_id
"""

_KEEP_ROWS = """
    INSERT INTO cohorts_keptfigure (kept_id, measure, council_id, day, quarter, n, minutes)
    SELECT * FROM unnest(
        %s::integer[], %s::text[], %s::integer[], %s::date[], %s::date[], %s::integer[],
        %s::integer[]
    ) AS v(kept_id, measure, council_id, day, quarter, n, minutes)
    WHERE v.kept_id = ANY(%s)
"""


def figures_format() -> str:
    """How the figures are counted: the release of the reports' code, so that a deploy that
    changes it reads nothing an older one kept."""
    from .summary_cache import release  # it builds reports, which count with this module

    # The days things happened on are days in this time zone.
    return hashlib.sha256(f"{release()} {settings.TIME_ZONE}".encode()).hexdigest()


def _quarter_start(day: dt.date) -> dt.date:
    return quarter_bounds(*quarter_of(day))[0]


def _self_study(cohort_ids: list[int], people: Q) -> list[tuple]:
    """Self-study minutes as rows of (cohort, council, day, minutes): for each week (module)
    whose required activities a person has all finished, the minutes of the week's materials
    and of the activities they did in it, counted on the day (Europe/London) the last required
    one was done. Weeks without a required activity are never "finished"; archived content
    counts for nothing (issue 17), as it counts for no one's progress.

    "Done ≥ required" rather than "=" (the same here: only required activities are counted as
    done): PostgreSQL estimates an equality between two aggregates as a handful of rows and
    then joins 55,000 finished weeks by nested loops (1.9 s at 5,000 people)."""
    completion, activity = Completion._meta.db_table, Activity._meta.db_table
    material, enrolment = Material._meta.db_table, Enrolment._meta.db_table
    module = Module._meta.db_table
    day_sql, day_params = connection.ops.datetime_cast_date_sql(
        "w.finished", (), timezone.get_current_timezone_name()
    )
    inner, inner_params = (
        Enrolment.objects.filter(people, cohort_id__in=cohort_ids)
        .order_by()
        .values("pk")
        .query.sql_with_params()
    )
    # The weeks that count (a required activity each) with their materials' minutes, on each
    # of their activities: a few dozen rows, MATERIALIZED so that the completions meet them in
    # one hash join. Then each person's weeks (one narrow grouping of the completions,
    # MATERIALIZED: planned on its own, not joined row by row), kept where every required
    # activity is done, summed by cohort, council and day.
    sql = f"""
        WITH counted AS MATERIALIZED (
            SELECT a.id, a.module_id, a.required, a.minutes, r.required_total, r.material_minutes
            FROM {activity} a
            JOIN (
                SELECT a.module_id,
                       SUM(CASE WHEN a.required THEN 1 ELSE 0 END) AS required_total,
                       COALESCE(
                           (
                               SELECT SUM(m.minutes) FROM {material} m
                               WHERE m.module_id = a.module_id AND m.archived_at IS NULL
                           ),
                           0
                       ) AS material_minutes
                FROM {activity} a
                JOIN {module} mo ON mo.id = a.module_id
                WHERE a.archived_at IS NULL AND mo.archived_at IS NULL
                GROUP BY a.module_id
                HAVING SUM(CASE WHEN a.required THEN 1 ELSE 0 END) > 0
            ) r ON r.module_id = a.module_id
            WHERE a.archived_at IS NULL
        ),
        weeks AS MATERIALIZED (
            SELECT c.enrolment_id,
                   MAX(CASE WHEN a.required THEN c.completed_at END) AS finished,
                   SUM(a.minutes) + MIN(a.material_minutes) AS minutes
            FROM {completion} c
            JOIN counted a ON a.id = c.activity_id
            WHERE c.enrolment_id IN ({inner})
            GROUP BY c.enrolment_id, a.module_id
            HAVING SUM(CASE WHEN a.required THEN 1 ELSE 0 END) >= MIN(a.required_total)
        )
        SELECT e.cohort_id, e.council_id, {day_sql} AS day, SUM(w.minutes) AS n
        FROM weeks w
        JOIN {enrolment} e ON e.id = w.enrolment_id
        GROUP BY 1, 2, 3
    """
    with connection.cursor() as cursor:  # within `counting()`, for its work_mem
        cursor.execute(sql, (*inner_params, *day_params))
        return cursor.fetchall()


def _count(
    cohort_ids: list[int],
    dates: dict[int, list[dt.date]],
    today: dt.date,
    council_id: int | None = None,
) -> list:
    """These cohorts' figures, by council (one council's people only, when `council_id` is
    given): a fixed number of queries, whatever the number of cohorts."""
    people = Q(council_id=council_id) if council_id is not None else Q()
    related = Q(enrolment__council_id=council_id) if council_id is not None else Q()
    # Imported here: queries.py builds on this module's figures.
    from .queries import _attendance_held, _cohort_groups, _first_done, _quarter

    sums: dict[tuple, list] = defaultdict(lambda: [0, 0])
    for cohort_id, council, day, n in _self_study(cohort_ids, people):
        if not isinstance(day, dt.date):
            day = dt.date.fromisoformat(str(day)[:10])
        sums[(cohort_id, "self_study", council, _quarter_start(day))][0] += int(n or 0)
    # A register mark counts only for a session held for that person (`_attendance_held`);
    # "before today" is decided when the figures are read, so that they keep from day to day.
    marks = (
        Attendance.objects.filter(_attendance_held(), related, enrolment__cohort_id__in=cohort_ids)
        .filter(attended=True)
        .order_by()
        .values(
            g_cohort=F("enrolment__cohort_id"),
            g_council=F("enrolment__council_id"),
            g_q=F("session__date"),
        )
        .annotate(n=Count("pk"), minutes=Sum("session__minutes"))
    )
    enrolments = Enrolment.objects.filter(people, cohort_id__in=cohort_ids).order_by()
    by_cohort = {"g_cohort": F("cohort_id"), "g_council": F("council_id")}
    counted = {
        "sessions_attended": marks,
        # Those not started yet fall in a quarter of None: nothing to count.
        "started": enrolments.annotate(first_done=_first_done())
        .values(**by_cohort, g_q=_quarter("first_done"))
        .annotate(n=Count("pk")),
        "enrolled": enrolments.values(**by_cohort, g_q=_quarter("enrolled_at")).annotate(
            n=Count("pk")
        ),
        "completed": enrolments.filter(status=EnrolmentStatus.COMPLETED, completed_on__isnull=False)
        .values(**by_cohort, g_q=F("completed_on"))
        .annotate(n=Count("pk")),
        "withdrawn": enrolments.filter(status=EnrolmentStatus.WITHDRAWN, withdrawn_on__isnull=False)
        .values(**by_cohort, g_q=F("withdrawn_on"))
        .annotate(n=Count("pk")),
        "certificates": Certificate.objects.filter(
            related, enrolment__cohort_id__in=cohort_ids, revoked_at__isnull=True
        )
        .order_by()
        .values(
            g_cohort=F("enrolment__cohort_id"),
            g_council=F("enrolment__council_id"),
            g_q=_quarter("issued_at"),
        )
        .annotate(n=Count("pk")),
    }
    for measure, rows in counted.items():
        for row in rows:
            if row["g_q"] is not None:
                entry = sums[(row["g_cohort"], measure, row["g_council"], row["g_q"])]
                entry[0] += row["n"]
                entry[1] += row.get("minutes") or 0
    _count_sessions(sums, _cohort_groups(people & Q(cohort_id__in=cohort_ids)), dates, today)
    return [(*key, n, minutes) for key, (n, minutes) in sums.items() if n or minutes]


def _count_sessions(sums: dict, groups: list, dates: dict, today: dt.date) -> None:
    """What depends on each cohort's sessions, from its groups of people (`CohortGroup`):
    - finished_enrolled / finished_completed, dated by the cohort's last session (counted once
      it is past), and the first session for those with people (`FIRST`);
    - sessions_held: the people each session was held for (`CohortGroup.held`), counted once
      its day is past;
    - people_q / people_y / people_a: those with at least one session held before `today`
      (the attendance rate's population) in each quarter, financial year and over the
      programme; distinct people do not add up over time, so each is counted on its own."""
    for group in groups:
        cohort_dates = dates.get(group.cohort_id, [])
        cohort, council = group.cohort_id, group.council
        if cohort_dates:
            sums[(cohort, FIRST, council, cohort_dates[0])][0] += group.n
            sums[(cohort, "finished_enrolled", council, cohort_dates[-1])][0] += group.n
            if group.status == EnrolmentStatus.COMPLETED:
                sums[(cohort, "finished_completed", council, cohort_dates[-1])][0] += group.n
        every = group.held(cohort_dates, dt.date.max)
        for day in every:
            sums[(cohort, "sessions_held", council, day)][0] += group.n
        by_today = [day for day in every if day < today]
        if by_today:
            for quarter in {_quarter_start(day) for day in by_today}:
                sums[(cohort, "people_q", council, quarter)][0] += group.n
            for year in {financial_year(day) for day in by_today}:
                april = dt.date(year, 4, 1)
                sums[(cohort, "people_y", council, april)][0] += group.n
            sums[(cohort, "people_a", council, None)][0] += group.n


def _summed(figures, cohorts: dict, council_id, today: dt.date) -> dict:
    """Figures counted here summed as the database sums kept ones (`_READ`)."""
    sums: dict[tuple, list] = defaultdict(lambda: [0, 0])
    for cohort_id, measure, council, day, n, minutes in figures:
        if council_id is not None and council != council_id:
            continue
        if measure in PAST and day >= today:
            continue
        lab, theme = cohorts[cohort_id]
        entry = sums[(measure, lab, council, theme, day and _quarter_start(day))]
        entry[0] += n
        entry[1] += minutes
    return sums


@dataclass
class Kept:
    """What the report reads of the figures, for the people in its scope."""

    rows: dict[str, list[dict]]  # each timed measure's rows of (lab, council, theme, date, n)
    people: dict[tuple, int] = field(default_factory=dict)  # (lab, council, theme, time node)
    first: dt.date | None = None  # the earliest first session of a cohort with people
    # Each cohort's sessions held for its people in the period asked for (`HeldIn`).
    held: dict[int, int] = field(default_factory=dict)
    # Every cohort's session dates, read after the snapshot the figures are kept with.
    dates: dict[int, list[dt.date]] = field(default_factory=dict)


@dataclass(frozen=True)
class HeldIn:
    """Staff's lines ask for each cohort's sessions held from `start` to `end` (and before
    today), for one council's people when `council` is given."""

    start: dt.date
    end: dt.date
    council: int | None = None


def kept_read(
    cohorts: dict[int, tuple],
    *,
    council_id: int | None,
    today: dt.date,
    held_in: HeldIn | None = None,
) -> Kept:
    """The figures of these cohorts (id: (lab, theme)) as the report reads them: one council's
    people only when `council_id` is given. Kept ones still current are summed in the
    database; the rest are counted, and on PostgreSQL kept. Run within `counting()`."""
    from .queries import _session_dates  # queries.py builds on this module's figures

    ids = sorted(cohorts)
    current: list[int] = []
    sums: dict[tuple, list] = defaultdict(lambda: [0, 0])
    held: dict[int, int] = defaultdict(int)
    postgresql = connection.vendor == "postgresql"
    if postgresql:
        form = figures_format()
        with connection.cursor() as cursor:
            # First: whatever is read after it holds at least what the snapshot saw.
            cursor.execute(_SNAPSHOT)
            snapshot, taken_at, last_change = cursor.fetchone()
    dates = _session_dates()
    held_council = held_in.council if held_in and held_in.council is not None else council_id
    if postgresql:
        sql = _READ.format(
            current=_CURRENT,
            council="AND r.council_id = %(council)s" if council_id is not None else "",
            held_council="AND r.council_id = %(held_council)s" if held_council is not None else "",
        )
        params = {
            "ids": ids,
            "format": form,
            "today": today,
            "council": council_id,
            "past": list(PAST),
            "held": held_in is not None,
            "held_council": held_council,
            "start": held_in.start if held_in else today,
            "end": held_in.end if held_in else today,
        }
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for measure, lab, council, theme, quarter, n, minutes, cohort_id in cursor.fetchall():
                if measure == "current":
                    current.append(cohort_id)
                elif measure == "held":
                    held[cohort_id] += int(n)
                else:
                    entry = sums[(measure, lab, council, theme, quarter)]
                    entry[0] += int(n)
                    entry[1] += int(minutes)
    stale = sorted(set(ids) - set(current))
    # A lead's report counts its own council's people only (a tenth of a running cohort), and
    # so keeps nothing: a cohort is kept whole, by a report about every council.
    counted = _count(stale, dates, today, council_id) if stale else []
    if stale and postgresql and council_id is None:
        _keep(stale, counted, dates, snapshot, taken_at, last_change, form, today)
    for key, (n, minutes) in _summed(counted, cohorts, council_id, today).items():
        sums[key][0] += n
        sums[key][1] += minutes
    if held_in is not None:
        for cohort_id, measure, council, day, n, _minutes in counted:
            if (
                measure == "sessions_held"
                and held_in.start <= day <= held_in.end
                and day < today
                and (held_council is None or council == held_council)
            ):
                held[cohort_id] += n
    read = _read(sums)
    read.held, read.dates = dict(held), dates
    return read


def _read(sums: dict) -> Kept:
    read = Kept(rows={measure: [] for measure in (*DATED, *PAST)})
    people: dict[tuple, int] = defaultdict(int)
    firsts = []
    for (measure, lab, council, theme, quarter), (n, minutes) in sums.items():
        if measure == FIRST:
            firsts.append(quarter)
        elif measure in PEOPLE:
            if measure == "people_q":
                node = quarter_node(*quarter_of(quarter))
            elif measure == "people_y":
                node = year_node(financial_year(quarter))
            else:
                node = ALL
            people[(lab, council, theme, node)] += n
        else:
            row = {"g_lab": lab, "g_council": council, "g_theme": theme, "g_q": quarter, "n": n}
            if measure == "sessions_attended":
                row["minutes"] = minutes
            read.rows[measure].append(row)
    read.people = dict(people)
    read.first = min(firsts) if firsts else None
    return read


def _keep(stale, counted, dates, snapshot, taken_at, last_change, form, today) -> None:
    """Keep what was just counted, over anything kept from an earlier snapshot. A failure to
    keep (a cohort deleted meanwhile, say) loses nothing: it is counted again next time."""
    lasts = [dates[c][-1] if dates.get(c) else None for c in stale]
    rows = [(c, m, g, d, d and _quarter_start(d), n, minutes) for c, m, g, d, n, minutes in counted]
    columns = list(zip(*rows, strict=True)) if rows else [()] * 7
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            # Another report keeping the same cohorts holds them to the end of its counting:
            # rather than wait, leave them to be kept next time (the figures are right anyway).
            cursor.execute(
                "SELECT current_setting('lock_timeout'), set_config('lock_timeout', %s, true)",
                [KEEP_LOCK_TIMEOUT],
            )
            before = cursor.fetchone()[0]
            cursor.execute(
                _KEEP,
                [
                    snapshot,
                    last_change,
                    taken_at,
                    form,
                    today,
                    stale,
                    lasts,
                    PRUNE_LOCK >> 32,
                    PRUNE_LOCK & 0xFFFFFFFF,
                ],
            )
            kept = [row[0] for row in cursor.fetchall()]
            if kept:  # nothing, say, for a report counting while the change rows were pruned
                cursor.execute("DELETE FROM cohorts_keptfigure WHERE kept_id = ANY(%s)", [kept])
                cursor.execute(_KEEP_ROWS, [*(list(c) for c in columns), kept])
            cursor.execute("SELECT set_config('lock_timeout', %s, true)", [before])
    except DatabaseError:
        logger.warning("Report figures counted but not kept", exc_info=True)


def cohorts_in(cohort_id: int | None = None) -> dict[int, tuple]:
    """The cohorts a report counts, each with its Lab and theme: all, or the one chosen."""
    cohorts = Cohort.objects.order_by()
    if cohort_id is not None:
        cohorts = cohorts.filter(pk=cohort_id)
    return {pk: (lab, theme) for pk, lab, theme in cohorts.values_list("pk", "lab_id", "theme")}


# Under the prune's lock, in one statement (one snapshot): the kept figures still current are
# stamped as counted in it, the rest deleted; what it saw is returned.
_RESTAMP = """
    WITH stamp AS MATERIALIZED (
        SELECT pg_current_snapshot() AS snapshot, clock_timestamp() AS taken_at,
               COALESCE((SELECT max(id) FROM cohorts_figureschange), 0) AS up_to
    ), current AS MATERIALIZED ({current}),
    stamped AS (
        UPDATE cohorts_keptfigures k
        SET snapshot = stamp.snapshot::text, last_change = stamp.up_to, taken_at = stamp.taken_at
        FROM stamp
        WHERE k.cohort_id IN (SELECT cohort_id FROM current)
        RETURNING k.cohort_id
    ), dropped AS (
        -- Their rows are left: never read without a current header, and replaced when the
        -- cohort is kept again (deleting them here could deadlock with staff deleting a
        -- cohort, which deletes a cohort's rows and then its header).
        DELETE FROM cohorts_keptfigures k
        WHERE k.cohort_id NOT IN (SELECT cohort_id FROM current)
        RETURNING k.cohort_id
    )
    SELECT up_to, snapshot::text, (SELECT count(*) FROM stamped), (SELECT count(*) FROM dropped)
    FROM stamp
"""

# A batch of the rows committed when the kept figures were stamped (visible in its snapshot),
# after the last batch's: the rows left behind are not read again.
_PRUNE = """
    WITH gone AS (
        DELETE FROM cohorts_figureschange WHERE id IN (
            SELECT id FROM cohorts_figureschange
            WHERE id > %s AND id <= %s
              AND pg_visible_in_snapshot(xact::text::xid8, %s::pg_snapshot)
            ORDER BY id LIMIT %s)
        RETURNING id)
    SELECT count(*), max(id) FROM gone
"""


def figures_changes_prune(batch: int = PRUNE_BATCH, today: dt.date | None = None) -> int:
    """Delete the change rows no kept figures need (beat, every night); the number deleted.

    First, under the prune's lock (`PRUNE_LOCK`, which every report's counting holds shared
    from before its snapshot) and in one statement, every kept cohort still current is
    stamped as counted in that statement's snapshot (and the newest change row it saw); the
    others are deleted, to be counted at the next report. Then the change rows committed by
    that snapshot are deleted, in batches of `batch` (the first night's may be a programme's
    whole history), each its own transaction: every kept cohort has seen them all. A row
    still in progress then stays, and its transaction is in the stamped snapshot's
    in-progress list or past its xmax, so its cohort is counted again once it commits.

    Worked example: cohort A kept with `last_change` 80 and no change since, cohort B with 95
    and a tick at row 97 since. The newest row is 120, with 118 (transaction 907) still in
    progress. A is stamped 120 and kept; B is deleted (counted again at the next report); rows
    1-120 go but 118. When 907 commits, its row 118 ≤ 120 marks its cohort: 907 was in
    progress in the stamped snapshot.

    While the prune waits for the lock (up to PRUNE_LOCK_TIMEOUT, for the reports counting)
    and holds it (a moment; the rows are deleted after it), a report starting keeps nothing
    (it reads what is kept and current, and counts the rest). A prune that cannot have the
    lock in time, or meets a deadlock, leaves the rows to the next night."""
    if connection.vendor != "postgresql":
        return 0
    stamp = _prune_stamp(today or timezone.localdate())
    if stamp is None:
        return 0
    deleted = _prune_rows(*stamp, batch)
    logger.info("Pruned %s figure change rows, up to %s", deleted, stamp[0])
    return deleted


def _prune_rows(up_to: int, snapshot: str, batch: int) -> int:
    """Delete the change rows up to `up_to` committed in `snapshot`, in batches."""
    deleted, after = 0, 0
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(_PRUNE, [after, up_to, snapshot, batch])
            done, last = cursor.fetchone()
        deleted += done
        if done < batch:
            return deleted
        after = last


def _prune_stamp(today: dt.date) -> tuple[int, str] | None:
    """The stamp of figures_changes_prune: the newest change row seen and the snapshot the kept
    figures still current are stamped with, or None if a report held the lock too long."""
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT set_config('lock_timeout', %s, true)", [PRUNE_LOCK_TIMEOUT])
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [PRUNE_LOCK])
            sql = _RESTAMP.format(current=_CURRENT)
            cursor.execute(
                sql,
                {
                    "ids": list(Cohort.objects.values_list("pk", flat=True)),
                    "format": figures_format(),
                    "today": today,
                },
            )
            up_to, snapshot, stamped, dropped = cursor.fetchone()
    except OperationalError as error:
        # Reports counting held the lock too long (lock_timeout), or a deadlock (55P03, 40P01)
        code = getattr(error.__cause__, "pgcode", None) or getattr(
            error.__cause__, "sqlstate", None
        )
        if code not in ("55P03", "40P01"):
            raise
        logger.warning("Figure change rows not pruned tonight: %s", error)
        return None
    logger.info("Kept figures of %s cohorts stamped, %s to count again", stamped, dropped)
    return up_to, snapshot
