"""Suppression patterns remembered: the same figures always give the same pattern, and the audit
is the costly part of a funder's report. The page, its CSV and its PDF, asked for one after the
other on unchanged data, reuse it — from this process's memory (the most recent 64, a few per
report), else from the shared cache (Redis with CACHE_URL), where the page's web process leaves
it for the worker that builds the download.

The shared key is made of the disclosure code (a digest of `disclosure.py`'s source, so a change
to how suppression is decided never reads a pattern decided the old way, while an edit to a
label elsewhere does not throw the patterns away) and the data only.
"""

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from django.core.cache import cache
from django.utils.crypto import salted_hmac

from . import disclosure
from .disclosure import Cube, small

_SUPPRESSED: OrderedDict = OrderedDict()
_SUPPRESSED_LOCK = threading.Lock()
_SOURCE = hashlib.sha256(Path(disclosure.__file__).read_bytes()).hexdigest()[:16]
SHARED_TIMEOUT = 24 * 3600
logger = logging.getLogger(__name__)


def _remember(signature: tuple, withheld: dict) -> None:
    with _SUPPRESSED_LOCK:
        _SUPPRESSED[signature] = dict(withheld)
        while len(_SUPPRESSED) > 64:
            _SUPPRESSED.popitem(last=False)


def _shared_key(cube: Cube, values: dict, withheld: dict, rules: tuple = ()) -> str:
    """A key for these figures and this starting pattern. Keyed with SECRET_KEY (an HMAC, not a
    plain digest): the key is made from every figure, withheld ones too, and someone who could
    list the cache's keys must not be able to test guesses of a withheld count against it."""
    message = repr(
        (
            _SOURCE,
            rules,
            cube.signature,
            sorted(values.items(), key=repr),
            sorted(withheld.items(), key=repr),
        )
    )
    digest = salted_hmac("cohorts.reports.suppress", message, algorithm="sha256").hexdigest()
    return f"reports:suppressed:{digest}"


def _shared_get(
    key: str, cube: Cube, values: dict, primary: dict, exact=disclosure.nothing_exact
) -> dict | None:
    """The pattern another process decided for the same figures; None when there is none, the
    cache cannot be reached (then it is worked out here: slower, never wrong), or what it holds
    could not be this module's own (never trusted blindly): it must withhold everything the
    first rule does, hold only entries of this cube, and leave no line with exactly one of them
    withheld."""
    try:
        known = cache.get(key)
    except Exception:
        logger.warning("The cache could not be read; deciding suppression here.", exc_info=True)
        return None
    if not isinstance(known, dict) or any(
        known.get(k) not in (why, "merged") for k, why in primary.items()
    ):
        return None
    if any(
        (entry not in values and why != "merged") or exact(entry) for entry, why in known.items()
    ):
        return None
    plausible = all(
        sum(1 for entry in line if entry in known) != 1
        for key in known
        for line in cube.lines_through(key)
        if any(values.get(entry, 0) for entry in line if entry not in known)
    )
    return known if plausible else None


def _shared_set(key: str, withheld: dict) -> None:
    try:
        cache.set(key, dict(withheld), SHARED_TIMEOUT)
    except Exception:
        logger.warning("The cache could not be written; the pattern is not shared.", exc_info=True)


def suppress(
    cube: Cube,
    measure: str,
    primary: Callable[[tuple, int], str] = small,
    *,
    exact_over: tuple[int, ...] = (),
    merge_along: tuple[int, ...] = (),
    mergeable: frozenset = frozenset(),
    people: dict | None = None,
) -> dict[tuple, str]:
    """`disclosure.suppress`, remembered: from this process's memory, else the shared cache,
    else worked out here (and left in both). Entries that are totals over every dimension in
    `exact_over` are always exact; a zero joins a merge along `merge_along` only if the first
    three dimensions of its key (lab, council, theme) are in `mergeable`."""
    values = cube.values[measure]
    exact = disclosure.totals_over(*exact_over) if exact_over else disclosure.nothing_exact
    withheld = disclosure.first_rule(cube, values, primary, exact, people)
    rules = (
        exact_over,
        merge_along,
        tuple(sorted(mergeable, key=repr)),
        tuple(sorted((people or {}).items(), key=repr)),
    )
    signature = (cube.signature, rules, frozenset(values.items()), frozenset(withheld.items()))
    with _SUPPRESSED_LOCK:
        if (known := _SUPPRESSED.get(signature)) is not None:
            _SUPPRESSED.move_to_end(signature)
            return dict(known)
    shared_key = _shared_key(cube, values, withheld, rules)
    if (known := _shared_get(shared_key, cube, values, withheld, exact)) is not None:
        _remember(signature, known)
        return dict(known)
    withheld = disclosure.complete(
        cube,
        values,
        withheld,
        exact=exact,
        merge_along=merge_along,
        may_merge=lambda key: key[:3] in mergeable,
        people=people,
    )
    _remember(signature, withheld)
    _shared_set(shared_key, withheld)
    return withheld
