"""Writes for lab content: archiving what people's records hang off, instead of deleting it."""

from django.db import models, transaction
from django.utils import timezone

from councils.audit import audit_updated

from .models import Activity, Material, Module
from .progress import activities_changed


def _lab_ids(queryset: models.QuerySet) -> set[int]:
    model = queryset.model
    if model is Module:
        return set(queryset.values_list("lab_id", flat=True))
    return set(queryset.values_list("module__lab_id", flat=True))


@transaction.atomic
def content_archive(*, queryset: models.QuerySet, archive: bool = True) -> int:
    """Archive (or, with archive=False, restore) modules, activities or materials.

    Archived content is hidden from participants and stops counting for progress; nothing
    anyone did with it is deleted. Every lab touched has its current enrolments' progress
    refreshed in this transaction (which may complete someone; a completed enrolment is never
    un-completed). Idempotent: returns how many rows changed. For programme staff.
    """
    if queryset.model not in (Module, Activity, Material):
        raise TypeError(f"{queryset.model.__name__} is not lab content")
    lab_ids = _lab_ids(queryset)
    # The rows that change, locked, so that the audit trail records each (update() sends no
    # signal; the actor is the signed-in user, read by councils.audit).
    objs = list(
        queryset.model.objects.filter(
            pk__in=list(queryset.values_list("pk", flat=True)), archived_at__isnull=archive
        )
        .select_for_update()
        .order_by("pk")
    )
    new = timezone.now() if archive else None
    changed = queryset.model.objects.filter(pk__in=[o.pk for o in objs]).update(archived_at=new)
    for obj in objs:
        audit_updated([obj], {"archived_at": (obj.archived_at, new)})
    if changed and queryset.model is not Material:
        for lab_id in sorted(lab_ids):
            activities_changed(lab_id=lab_id)
    return changed
