"""The audit trail: which models django-auditlog records, and the events it cannot see.

auditlog records every save and delete of the models in AUDITED (through their signals), with
the person who made it (its middleware reads the signed-in user). Writes that send no signal —
`bulk_create` and `QuerySet.update()` in CSV enrolment, invitations and activation — call
`audit_bulk_created` / `audit_updated` beside the write; things that change nothing but must be
on record (a roster or report export, staff opening someone's work, a subject-access export, an
erasure) call `audit_event`. Every entry about a person can be found by `person_entries`.

Models are named by label, so this module imports no app above `councils`; adding a model to
the trail is one line in AUDITED.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditlog.context import auditlog_disabled, auditlog_value
from auditlog.diff import model_instance_diff
from auditlog.models import LogEntry
from auditlog.registry import auditlog
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import pre_save
from django.utils.encoding import smart_str

# label -> auditlog.register() options. Secrets and counters that change on every page view
# (stored progress, last login) are left out; free text people write (reflections, tool work,
# comments) is not copied into the trail, so erasing it leaves no copy behind.
AUDITED: dict[str, dict] = {
    "councils.User": {
        "exclude_fields": ["password", "last_login", "calendar_token"],
        "m2m_fields": {"groups"},
    },
    "councils.Council": {},
    "cohorts.Cohort": {"m2m_fields": {"facilitators", "councils"}},
    "cohorts.Session": {"exclude_fields": ["sequence"]},
    "cohorts.Enrolment": {
        "exclude_fields": [
            "progress",
            "required_done",
            "required_total",
            "sessions_attended",
            "last_activity_at",
            # Free text about the person (why they left): erasure blanks it, so no copy is kept.
            "withdrawn_reason",
        ]
    },
    "cohorts.Attendance": {},
    "cohorts.Certificate": {},
    "cohorts.Target": {},
    # Staff's messages to a cohort and who each went to (the sends themselves are on the rows).
    "cohorts.CohortMessage": {},
    "cohorts.CohortMessageRecipient": {
        "include_fields": ["message", "user", "sent_as"],
    },
    "labs.Module": {},
    "labs.Activity": {},
    "labs.Material": {},
}

# What the explicit events are called in the trail (additional_data["event"]).
ROSTER_EXPORT = "roster_export"
REPORT_EXPORT = "report_export"
WORK_OPENED = "work_opened"
SUBJECT_ACCESS_EXPORT = "subject_access_export"
ERASURE = "erasure"


def register_audited_models() -> None:
    for label, options in AUDITED.items():
        model = apps.get_model(label)
        if not auditlog.contains(model):
            auditlog.register(model, **options)


def _actor(actor):
    if actor is not None:
        return actor
    # auditlog's middleware leaves its context variable set after the request; the actor in it
    # counts only while its pre_save receiver is connected (inside the request).
    try:
        context = auditlog_value.get()
    except LookupError:
        return None
    live = any(key[0] == context.get("signal_duid") for key, *_ in pre_save.receivers)
    return context.get("actor") if live else None


def _entry(obj: models.Model, *, action: int, changes, actor, data=None) -> LogEntry:
    actor = _actor(actor)
    pk = obj.pk
    return LogEntry(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_pk=smart_str(pk),
        object_id=pk if isinstance(pk, int) else None,
        object_repr=smart_str(obj),
        action=action,
        changes=changes,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_email=getattr(actor, "email", None) if getattr(actor, "pk", None) else None,
        additional_data=data,
    )


def audit_bulk_created(objs: Iterable[models.Model], *, actor=None) -> int:
    """Record objects made with bulk_create (which sends no signal), one entry each."""
    if auditlog_disabled.get():
        return 0
    entries = []
    for obj in objs:
        if not auditlog.contains(obj.__class__):
            continue
        # Its own columns only: a reverse one-to-one (an enrolment's certificate) is a query.
        columns = [field.name for field in obj._meta.concrete_fields]
        diff = model_instance_diff(None, obj, fields_to_check=columns) or {}
        changes = {field: [smart_str(old), smart_str(new)] for field, (old, new) in diff.items()}
        entries.append(_entry(obj, action=LogEntry.Action.CREATE, changes=changes, actor=actor))
    LogEntry.objects.bulk_create(entries)
    return len(entries)


def audit_updated(objs: Iterable[models.Model], changes: dict[str, tuple], *, actor=None) -> int:
    """Record a QuerySet.update() (which sends no signal) for each object it changed;
    `changes` maps each field to its (old, new) values."""
    if auditlog_disabled.get():
        return 0
    as_text = {field: [smart_str(old), smart_str(new)] for field, (old, new) in changes.items()}
    entries = [
        _entry(obj, action=LogEntry.Action.UPDATE, changes=as_text, actor=actor)
        for obj in objs
        if auditlog.contains(obj.__class__)
    ]
    LogEntry.objects.bulk_create(entries)
    return len(entries)


def audit_event(
    event: str, *, obj: models.Model, actor=None, subject=None, **data
) -> LogEntry | None:
    """Record something that changed nothing but must be on record: an export, staff opening a
    person's work, an erasure. `subject` is the person it concerns, so it shows in their
    history."""
    if auditlog_disabled.get():
        return None
    extra = {"event": event, **data}
    if subject is not None:
        extra["subject"] = subject.pk
    entry = _entry(obj, action=LogEntry.Action.ACCESS, changes=None, actor=actor, data=extra)
    entry.save()
    return entry


def person_entries(user) -> models.QuerySet[LogEntry]:
    """Every entry of the trail about a person: their account, their enrolments and what hangs
    off them (register marks, certificates), and events naming them as the subject."""
    from django.db.models import Q

    wanted = Q(content_type=ContentType.objects.get_for_model(user), object_pk=str(user.pk))
    wanted |= Q(additional_data__subject=user.pk)
    for label, lookup in PERSON_OBJECTS:
        model = apps.get_model(label)
        pks = [
            str(pk)
            for pk in model._default_manager.filter(**{lookup: user}).values_list("pk", flat=True)
        ]
        if pks:
            wanted |= Q(content_type=ContentType.objects.get_for_model(model), object_pk__in=pks)
    return LogEntry.objects.filter(wanted).select_related("actor", "content_type")


# The audited objects that belong to one person, and how to find them from the person.
PERSON_OBJECTS: list[tuple[str, str]] = [
    ("cohorts.Enrolment", "user"),
    ("cohorts.Attendance", "enrolment__user"),
    ("cohorts.Certificate", "enrolment__user"),
    ("cohorts.CohortMessageRecipient", "user"),
]
