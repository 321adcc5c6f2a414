"""Report figures remembered: a built report is kept in the shared cache, keyed by who may see
it, what was asked and the version of the data it was counted from, so that the page, its CSV,
PDF and workbook, asked for again on unchanged data, are read rather than counted again (and the
funder's suppression, the costly part, is decided once per change of the data).

The key holds:

- the viewer's scope — the audience (funder, lead, staff) and, for a lead, their council. Two
  leads of one council see the same report by design; a lead of another council, a funder or
  staff never share an entry with them;
- the filters (`ReportFilters.as_params`), the day (periods and "active" are counted up to it)
  and the language (headings and notices are translated when the report is built);
- the data's version: a number in the shared cache, moved on by every write to a table the
  report is counted from (`COUNTED`), whatever makes it — a service, the admin, a queryset's
  `update()`, `bulk_create`, raw SQL — as it is watched at the database connection
  (`watch_writes`), not model by model. It moves when the statement runs and again when its
  transaction commits, so a report counted in between is never read once the write is visible.
  A process that cannot reach Redis to move it on owes the move (`infuse.cache.version_bump`);
- the release: a digest of the code and templates a kept report is made and drawn by
  (`RELEASE_SOURCES`), so that after a deploy that changes them nothing the older code kept —
  figures, drawn HTML, pickled classes — is read by the newer, even on unchanged data.

Should the cache be unreachable the report is counted each time (slower, never wrong). A lost
version number starts again from the clock, never from a number already used. A kept copy that
cannot be read back (unpickled) is a miss: counted again and kept anew.
"""

import functools
import logging
import re
from collections.abc import Callable
from typing import TypeVar

import django
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation
from django.utils.crypto import salted_hmac

from councils.models import User
from infuse.cache import version_bump, version_read
from infuse.release import files_digest

from .build import Report, report_for
from .filters import ReportFilters, ReportOptions

logger = logging.getLogger(__name__)

VERSION_KEY = "reports:data-version"
T = TypeVar("T")
TIMEOUT = 6 * 3600  # an entry outlives no working day; a new version leaves the old to expire

# What a kept report is made and drawn by (its figures, `views.PageHead`, the page's body), as
# paths under BASE_DIR: the labels and choices of the models, the translations of its headings.
RELEASE_SOURCES = (
    "cohorts/reports/*.py",
    "cohorts/models.py",
    # Kept reports hold Lab and Council instances (LabGroup.lab, Report.council), pickled, and
    # the kept body draws their display_name; the outcome tables are labelled from QUESTIONS.
    "labs/models.py",
    "councils/models.py",
    "equality/models.py",
    "templates/cohorts/reports/*.html",
    "locale/*/LC_MESSAGES/django.mo",
)

# What the reports are counted from (the tests check every table a report reads is here).
COUNTED_MODELS = (
    "cohorts.Cohort",
    "cohorts.Session",
    "cohorts.Enrolment",
    "cohorts.EnrolmentEvent",
    "cohorts.Completion",
    "cohorts.Attendance",
    "cohorts.Certificate",
    "cohorts.Target",
    "cohorts.Assessment",
    "cohorts.AssessmentAnswer",
    "cohorts.FollowUp",
    "councils.Council",
    "councils.User",
    "labs.Lab",
    "labs.Module",
    "labs.Activity",
    "labs.Material",
    "labs.Statement",
    "equality.EqualityResponse",
)
# A person signing in writes only their last sign-in: nothing a report counts.
IGNORED_UPDATES = {"councils_user": {"last_login"}}

_WRITE = re.compile(
    r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?(\w+)"?', re.I
)
_SET = re.compile(r"\bSET\s+(.*?)\s+WHERE\b", re.I | re.S)
_COLUMN = re.compile(r'"(\w+)"\s*=')


def counted_tables() -> frozenset[str]:
    tables = set()
    for label in COUNTED_MODELS:
        model = apps.get_model(label)
        tables.add(model._meta.db_table)
        for field in model._meta.local_many_to_many:
            tables.add(field.remote_field.through._meta.db_table)
    return frozenset(tables)


_COUNTED: frozenset[str] | None = None


def changes_counted_data(sql: str) -> bool:
    """Whether this statement writes to a table the reports are counted from."""
    global _COUNTED
    match = _WRITE.match(sql)
    if not match:
        return False
    if _COUNTED is None:
        _COUNTED = counted_tables()
    table = match.group(1)
    if table not in _COUNTED:
        return False
    if (ignored := IGNORED_UPDATES.get(table)) and sql.lstrip()[:6].upper() == "UPDATE":
        set_clause = _SET.search(sql)
        if set_clause and set(_COLUMN.findall(set_clause.group(1))) <= ignored:
            return False
    return True


def bump() -> None:
    """Move the data's version on: every report remembered before is no longer read."""
    version_bump(VERSION_KEY, "reports' data version")


def data_version() -> int | None:
    """The data's version now; None when the cache cannot be reached (then nothing is kept)."""
    return version_read(VERSION_KEY, "reports' data version")


def changes_curriculum(sql: str) -> bool:
    """Whether this statement writes to a Lab's curriculum (kept by cohorts.learning.curriculum)."""
    from cohorts.learning.curriculum import curriculum_tables

    match = _WRITE.match(sql)
    return bool(match) and match.group(1) in curriculum_tables()


def _bump_now_and_at_commit(move_on, context) -> None:
    move_on()  # now: read within this transaction, or in autocommit, the write is seen
    connection = context["connection"]
    # And at commit, for what another connection read before the write was visible to it
    # (once per transaction).
    if connection.in_atomic_block and not any(
        callback is move_on for _sids, callback, _robust in connection.run_on_commit
    ):
        transaction.on_commit(move_on, using=connection.alias)


def watch_writes(execute, sql, params, many, context):
    """A database execute wrapper (installed on every connection, `cohorts.apps`): after a
    statement that changes counted data, the reports' version moves on now and once more at
    commit; after one that changes a Lab's curriculum, the curriculum's version too."""
    result = execute(sql, params, many, context)
    if changes_counted_data(sql):
        _bump_now_and_at_commit(bump, context)
    if changes_curriculum(sql):
        from cohorts.learning import curriculum

        _bump_now_and_at_commit(curriculum.bump, context)
    return result


def install(connection, **kwargs) -> None:
    """`connection_created` receiver: watch this connection's writes (once)."""
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)


def release_of(base) -> str:
    """A digest of the files under `base` that RELEASE_SOURCES name, names and contents, and
    Django's version (its pickled models)."""
    return files_digest(base, RELEASE_SOURCES, seed=django.get_version().encode() + b"\0")


@functools.cache
def release() -> str:
    """This process's release, for `report_key`: read from the files themselves, once per
    process, so that it needs neither .git (the Docker image may have none) nor a deploy step
    naming a commit; a deploy that leaves them as they were keeps what was kept before."""
    return release_of(settings.BASE_DIR)


def scope_of(options: ReportOptions) -> str:
    """Whose figures these are: the audience, and a lead's council (two leads of one council
    see the same report; nobody else shares it)."""
    if options.audience == "lead":
        return f"lead:{options.user.council_id}"
    return options.audience


def report_key(options: ReportOptions, filters: ReportFilters, version: int, *parts) -> str:
    """The shared cache's key for what is remembered of one report: its scope, filters, day,
    language, data version and release, and `parts` (what is kept — the figures, the page's
    body — and for the body the pages of its tables)."""
    message = repr(
        (
            release(),
            scope_of(options),
            sorted(filters.as_params().items()),
            options.today.isoformat(),
            translation.get_language(),
            version,
            *parts,
        )
    )
    # Keyed with SECRET_KEY: the key names a council and filters, and is no one's to guess.
    digest = salted_hmac("cohorts.reports.summary", message, algorithm="sha256").hexdigest()
    return f"reports:summary:{digest}"


# remembered()'s default: the data's version read when it is called.
READ_NOW = object()


def remembered(
    *,
    options: ReportOptions,
    filters: ReportFilters,
    build: Callable[[], T],
    parts: tuple = (),
    valid: Callable[[object], bool] = lambda known: known is not None,
    version: int | None | object = READ_NOW,
) -> T:
    """`build()`, remembered under `report_key` for this scope, filters, day, language, data
    version and `parts`; built each time when the cache cannot be reached. A caller that keeps
    several parts of one page passes the `version` it read before building any of them, so a
    part built from data read before a write is never kept under the version after it."""
    if version is READ_NOW:
        version = data_version()
    if version is None:
        return build()
    key = report_key(options, filters, version, *parts)
    try:
        known = cache.get(key)
    except Exception:
        logger.warning("A remembered report could not be read.", exc_info=True)
        known = None
    if valid(known):
        return known
    value = build()
    try:
        cache.set(key, value, TIMEOUT)
    except Exception:
        logger.warning("A report could not be remembered.", exc_info=True)
    return value


def cached_report_for(
    *,
    user: User,
    filters: ReportFilters,
    options: ReportOptions,
    lines: bool = True,
    version: int | None | object = READ_NOW,
) -> Report:
    """`report_for`, remembered for this scope, filters, day, language and data version (as
    read now, or the `version` a page read before building anything). `lines=False` (the tidy
    CSV) leaves out the lines about people or cohorts."""
    if options.user.pk != user.pk:
        raise PermissionDenied
    return remembered(
        options=options,
        filters=filters,
        build=lambda: report_for(user=user, filters=filters, options=options, lines=lines),
        parts=("figures",) if lines else ("figures", "no lines"),
        valid=lambda known: isinstance(known, Report) and known.audience == options.audience,
        version=version,
    )
