"""Retention: what the privacy notice promises, done by a beat job (privacy.tasks).

A person is due for anonymising (privacy.erasure) PRIVACY_RETENTION_DAYS after their last
cohort ended (the later of their cohorts' last session and their latest cohort's start date, so
someone enrolled on a cohort that has not started, or has no sessions yet, is never due), or, with no cohort at all (leads,
funders, someone never enrolled), that long after PROGRAMME_END_DATE. Programme staff are left
for staff to remove by hand. While GRANT_AUDIT_RETENTION_UNTIL has not passed, anyone who was
enrolled is held as the grant's audit evidence and is not due; the job takes them once it has.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Max
from django.utils import timezone

from councils.models import Role, User

from .erasure import person_erase


@dataclass(frozen=True)
class Due:
    user: User
    last_cohort_ended: dt.date | None  # None: no cohort, the programme's end counts
    due_since: dt.date


def _candidates():
    return (
        User.objects.filter(erased_at__isnull=True, is_superuser=False)
        .exclude(role=Role.STAFF)
        .annotate(
            n_enrolments=Count("enrolments", distinct=True),
            last_session=Max("enrolments__cohort__sessions__date"),
            last_start=Max("enrolments__cohort__start_date"),
        )
        .select_related("council")
        .order_by("pk")
    )


def retention_review(*, today: dt.date | None = None) -> tuple[list[Due], list[User]]:
    """(the people due today, the people past the period but held for the grant's audit)."""
    today = today or timezone.localdate()
    period = dt.timedelta(days=settings.PRIVACY_RETENTION_DAYS)
    audit_until = settings.GRANT_AUDIT_RETENTION_UNTIL
    audit_in_force = audit_until is not None and audit_until >= today
    due, held = [], []
    for person in _candidates():
        # The later of their last session and their last cohort's start: a cohort that starts
        # in the future, or has no sessions yet, has not ended.
        ended = max(d for d in (person.last_session, person.last_start, dt.date.min) if d)
        if person.n_enrolments:
            due_since = ended + period
        else:
            due_since = settings.PROGRAMME_END_DATE + period
        if due_since >= today:
            continue
        if person.n_enrolments and audit_in_force:
            held.append(person)
        else:
            due.append(Due(person, ended if person.n_enrolments else None, due_since))
    return due, held


def retention_apply(*, today: dt.date | None = None) -> int:
    """Anonymise everyone due. Idempotent: an erased person is never due again."""
    due, _held = retention_review(today=today)
    for line in due:
        person_erase(user=line.user, by=None, reason="retention")
    return len(due)
