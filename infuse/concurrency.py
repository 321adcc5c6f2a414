"""Nothing lost: one mechanism for every edit and every create of someone's work.

**Edits carry the version they were made on.** Each piece of work that people edit (a Data Lab
question or data item, an Adaption canvas or part, a Procurement plan with its measures and
bids, a reflection) has a `version` column. Its forms post the version they were drawn from
(`version_from`), and the save is one guarded update, `filter(pk=…, version=v).update(…,
version=v + 1)` (`versioned_update`): if another tab, window or person saved since, no row
matches, nothing is written, and `VersionConflict` carries the work as it is now. The page then
shows what differs between the saved work and what was typed (`differences`), with the typed
text still in the form and the new version in it, so the person merges by hand and saves again.

**Creates carry a one-time token.** Each create form holds a random token drawn with the page
(`{% create_token %}` in `infuse_forms`, read back by `token_from`). The new row stores it
under a unique constraint on (owner, token), and the service makes it with `get_or_create`, so
a double click, a retried post or four racing posts make one object, and each of them is
answered with that object.
"""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django import forms
from django.core.exceptions import BadRequest
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

VERSION_FIELD = "version"
TOKEN_FIELD = "create_token"
_MAX_VERSION = 2**31 - 1  # a PostgreSQL integer: a larger number posted must not reach it


class VersionConflict(Exception):
    """The work changed since the form was drawn; nothing was written. `current` is the work
    as it is now (None if it is gone)."""

    def __init__(self, current=None):
        super().__init__("The work was saved by someone else since this form was drawn.")
        self.current = current


def version_field() -> models.PositiveIntegerField:
    """The column every edited piece of work carries."""
    return models.PositiveIntegerField(default=1, editable=False)


def token_field() -> models.UUIDField:
    """The column every created piece of work carries (unique with its owner)."""
    return models.UUIDField(null=True, blank=True, editable=False)


def version_from(data: Mapping, name: str = VERSION_FIELD) -> int | None:
    """The version a posted form was drawn from; None when it is missing or malformed (the
    save is then refused as a conflict, with what was typed kept)."""
    raw = data.get(name, "")
    if not isinstance(raw, str) or not raw.isascii() or not raw.isdigit():
        return None
    value = int(raw)
    return value if value <= _MAX_VERSION else None


def token_from(data: Mapping, name: str = TOKEN_FIELD) -> uuid.UUID:
    """The one-time token a create form carried. A post without one (or with a malformed one)
    did not come from the portal's own form: BadRequest (400, "send the form again"), before
    anything is made."""
    raw = data.get(name, "")
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        raise BadRequest("A create form without its one-time token.") from None


def versioned_update(
    instance: models.Model, *, version: int | None, fields: Iterable[str]
) -> models.Model:
    """Write `fields` of `instance` (as set on it) if the stored row is still at `version`,
    and move it to the next version; `auto_now` columns are stamped too.

    Raises VersionConflict, writing nothing, when someone saved since (or `version` is None).
    Safe against a racing save: the version check and the write are one UPDATE, so of two
    saves on the same version exactly one matches a row."""
    model = type(instance)
    current = model._default_manager.filter(pk=instance.pk)
    if version is None:
        raise VersionConflict(current.first())
    values = {name: getattr(instance, name) for name in fields}
    now = timezone.now()
    for field in model._meta.concrete_fields:
        if getattr(field, "auto_now", False):
            values[field.name] = now
            setattr(instance, field.attname, now)
    updated = current.filter(**{VERSION_FIELD: version}).update(
        **values, **{VERSION_FIELD: version + 1}
    )
    if updated != 1:
        raise VersionConflict(current.first())
    setattr(instance, VERSION_FIELD, version + 1)
    return instance


def version_bump(instance: models.Model, *, version: int | None) -> models.Model:
    """Move a piece of work to its next version without changing its columns (a save that
    replaces rows hanging off it, such as a plan's bids), under the same guard."""
    return versioned_update(instance, version=version, fields=())


# --- What the conflict page shows ------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    label: str
    saved: str
    typed: str


def _shown(field: forms.Field, value) -> str:
    if value in (None, "", [], ()):
        return _("(empty)")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    choices = getattr(field, "choices", None)
    if choices:
        labels = {str(key): str(label) for key, label in choices if not isinstance(label, list)}
        if isinstance(value, list | tuple):
            return ", ".join(labels.get(str(v), str(v)) for v in value)
        return labels.get(str(value), str(value))
    return str(value)


def differences(*, saved: forms.BaseForm, typed: forms.BaseForm) -> list[Difference]:
    """The visible fields in which what was typed (a bound form) differs from the work as it is
    saved now (the same form drawn from the saved work), each with both values as a person
    reads them, in the form's order."""
    found = []
    for name, field in typed.fields.items():
        if field.widget.is_hidden or name not in saved.fields:
            continue
        was, now = saved[name], typed[name]
        if not field.has_changed(was.initial, now.data):
            continue
        found.append(
            Difference(
                label=str(field.label or name),
                saved=_shown(field, was.value()),
                typed=_shown(field, now.value()),
            )
        )
    return found


@dataclass(frozen=True)
class Conflict:
    """What the conflict panel (templates/includes/conflict.html) says."""

    differences: list[Difference]
    saved_at: object = None  # when the work was last saved, if known
    target: str = ""  # which form on the page it belongs to (a step, an item)


def conflict_for(*, saved: forms.BaseForm, typed: forms.BaseForm, saved_at=None, target=""):
    return Conflict(differences(saved=saved, typed=typed), saved_at=saved_at, target=target)
