"""The shape of the reports' counting queries (issue 24): what each avoids doing once per row,
so that a change cannot quietly bring the cost back. The figures themselves are pinned in
test_reports.py on the same programme."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cohorts.models import Completion
from tests.cohorts.reports_data import report


def test_the_equality_tables_read_people_without_joins_sorts_or_duplicates(programme, staff):
    """The people in scope are read off the enrolments alone: their default ordering (cohort,
    name) made the DISTINCT join cohorts and people and sort every enrolment (ten times slower
    at 20,000 people); each person's answers are one row, found by a semi-join."""
    with CaptureQueriesContext(connection) as queries:
        report(staff)
    sql = [q["sql"] for q in queries]
    (everyone,) = [s for s in sql if s.startswith('SELECT DISTINCT "cohorts_enrolment"."user_id"')]
    assert "JOIN" not in everyone and "ORDER BY" not in everyone
    (answers,) = [s for s in sql if 'FROM "equality_equalityresponse"' in s]
    assert "DISTINCT" not in answers and "JOIN" not in answers


def test_dates_are_grouped_as_they_are_not_truncated_row_by_row(programme, staff):
    """Register marks, completions and withdrawals are grouped by their own date and put in
    their quarter by the caller: truncating each to its quarter in the database cast every one
    of them to a timestamp first. Moments (enrolled, issued, first done) still are."""
    with CaptureQueriesContext(connection) as queries:
        report(staff)
    timed = [q["sql"] for q in queries if '"g_q"' in q["sql"]]
    attended = next(s for s in timed if 'FROM "cohorts_attendance"' in s)
    completed = next(s for s in timed if '"cohorts_enrolment"."completed_on" AS "g_q"' in s)
    withdrawn = next(s for s in timed if '"cohorts_enrolment"."withdrawn_on" AS "g_q"' in s)
    assert '"cohorts_session"."date" AS "g_q"' in attended
    for query in (attended, completed, withdrawn):
        assert "DATE_TRUNC" not in query
    assert sum("DATE_TRUNC" in s for s in timed) == 3


def test_completions_by_enrolment_are_indexed_with_their_time_and_activity(db):
    """A lead's weeks are grouped from their council's completions (narrowed by enrolment), and
    each enrolment's first completion ("started") is looked up: one index of completions by
    enrolment and time that carries the activity serves both from the index alone. On 20,000
    people it took a lead's self-study from a scan of all 600,000 completions (210 ms) to 4,200
    probes (90 ms); a plan on the tests' few rows would not show it, so the index is pinned."""
    (cover,) = [i for i in Completion._meta.indexes if i.name == "completion_first_cover"]
    assert cover.fields == ["enrolment", "completed_at"] and list(cover.include) == ["activity"]
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Completion._meta.db_table)
    assert constraints["completion_first_cover"]["columns"][:2] == ["enrolment_id", "completed_at"]
