"""A Lab's curriculum kept in process memory (issue 24): its weeks (modules) with their
activities, and each week's materials, as the participant's pages read them. The curriculum
changes only when staff edit it, yet every dashboard, Lab page and week page read it again.

Each entry is kept under:

- the curriculum's version: a number in the shared cache (`VERSION_KEY`), moved on by every write
  to the curriculum's tables (`CURRICULUM_MODELS`), however it is made (a service, the admin, a
  queryset's `update()`, `bulk_create`, raw SQL, a data migration): the same database write
  hook that the reports' figures use (`cohorts.reports.summary_cache.watch_writes`) notices it,
  when the statement runs and again when its transaction commits. Every process reads the
  version once per page, so an edit shows on the next page in every process;
- the page's language (nothing is shared between languages);
- what was loaded (with or without the long texts).

Should the shared cache be unreachable nothing is kept (the curriculum is read from the
database each time: slower, never wrong), and a kept entry is read again after `TTL` seconds
whatever the version says. Kept rows are read, never changed, by the pages.
"""

import logging
import threading
import time

from django.apps import apps
from django.db.models import Prefetch
from django.utils import translation

from infuse.cache import version_bump, version_read
from labs.models import Activity, Material, Module

logger = logging.getLogger(__name__)

VERSION_KEY = "curriculum:version"
TTL = 60  # seconds: a kept entry is read again after this, whatever the version
MAX_ENTRIES = 500

CURRICULUM_MODELS = ("labs.Lab", "labs.Module", "labs.Activity", "labs.Material")

# The long texts of a week (every language's column of each) that only its own page shows:
# the dashboard and the Lab's page leave them in the database. Titles stay loaded, in every
# language, so modeltranslation's fallback to English still works.
MODULE_BODIES = ("summary", "outcomes")
ACTIVITY_BODIES = ("instructions",)

_kept: dict[tuple, tuple[int, float, object]] = {}
_clock = time.monotonic
_lock = threading.Lock()
_TABLES: frozenset[str] | None = None


def curriculum_tables() -> frozenset[str]:
    global _TABLES
    if _TABLES is None:
        _TABLES = frozenset(apps.get_model(label)._meta.db_table for label in CURRICULUM_MODELS)
    return _TABLES


def bump() -> None:
    """Move the curriculum's version on: nothing kept before is read again, in any process."""
    version_bump(VERSION_KEY, "curriculum's version")


def version() -> int | None:
    """The curriculum's version now; None when the shared cache cannot be reached."""
    return version_read(VERSION_KEY, "curriculum's version")


def forget() -> None:
    """Drop everything kept in this process (the tests, between tests)."""
    with _lock:
        _kept.clear()


def _kept_or_read(key: tuple, current: int | None, read):
    if current is None:
        return read()
    now = _clock()
    key = (*key, translation.get_language())
    entry = _kept.get(key)
    if entry is not None and entry[0] == current and entry[1] > now:
        return entry[2]
    value = read()
    with _lock:
        if len(_kept) >= MAX_ENTRIES:
            _kept.clear()
        _kept[key] = (current, now + TTL, value)
    return value


def _read_modules_of(lab_ids: set[int], bodies: bool) -> dict[int, list[Module]]:
    """Several labs' modules in two queries, however many labs."""
    modules = Module.objects.filter(lab_id__in=lab_ids, archived_at__isnull=True)
    activities = Activity.objects.counting()
    if not bodies:
        modules = modules.defer(*MODULE_BODIES)
        activities = activities.defer(*ACTIVITY_BODIES)
    prefetches = [Prefetch("activities", queryset=activities.order_by("position", "pk"))]
    if bodies:
        # The week page's materials too (only it loads the long texts): one query more.
        prefetches.append(Prefetch("materials", queryset=_materials().order_by("position", "pk")))
    by_lab: dict[int, list[Module]] = {lab_id: [] for lab_id in lab_ids}
    for module in modules.order_by("lab_id", "number").prefetch_related(*prefetches):
        by_lab[module.lab_id].append(module)
    return by_lab


def modules_by_lab(lab_ids: set[int], *, bodies: bool = True) -> dict[int, list[Module]]:
    """Each lab's modules in week order with their activities (archived ones left out), kept
    per lab, version, language and `bodies`. What is not kept is read in two queries, however
    many labs. Without `bodies`, the modules' summaries and outcomes and the activities'
    instructions are not loaded."""
    current = version()
    if current is None:
        return _read_modules_of(set(lab_ids), bodies)
    now = _clock()
    language = translation.get_language()
    found: dict[int, list[Module]] = {}
    missing = set()
    for lab_id in lab_ids:
        entry = _kept.get(("modules", lab_id, bodies, language))
        if entry is not None and entry[0] == current and entry[1] > now:
            found[lab_id] = entry[2]
        else:
            missing.add(lab_id)
    if missing:
        read = _read_modules_of(missing, bodies)
        with _lock:
            if len(_kept) + len(read) > MAX_ENTRIES:
                _kept.clear()
            for lab_id, modules in read.items():
                _kept[("modules", lab_id, bodies, language)] = (current, now + TTL, modules)
        found.update(read)
    return found


def _materials():
    return Material.objects.filter(archived_at__isnull=True, module__archived_at__isnull=True)


def week_materials(*, module: Module) -> list[Material]:
    """A week's materials in order (archived ones, or an archived week's, left out): those
    loaded with its module (`modules_by_lab(bodies=True)`, kept with it), else kept per module,
    version and language."""
    if "materials" in getattr(module, "_prefetched_objects_cache", {}):
        return list(module.materials.all())

    def read():
        return list(_materials().filter(module_id=module.pk).order_by("position", "pk"))

    return _kept_or_read(("materials", module.pk), version(), read)
