"""Erasure: a person's name, email, free text and files go; the programme's figures stay.

The account row is kept under a pseudonym with its council and role, and so are the person's
enrolments (cohort, status, dates), register marks and activity ticks: every report counts
those, so its figures are the same before and after. That is also the minimum evidence a
grant audit asks for (council, cohort, dates, attendance); while GRANT_AUDIT_RETENTION_UNTIL has
not passed, the erasure record says it is kept under that pseudonym until then.

Gone: name, certificate name, email (and its verified-address row), password, sessions,
authenticators, reflections' text, withdrawal and revocation reasons and notes, comments on
their work, their work in every lab tool, certificate PDFs, their own report downloads, other
people's report files that named them, and every name and address they ever had wherever the
audit trail or the admin's log repeated them in an entry about them (see _scrub_logs). Equality
answers, and any other record COVERAGE says to delete, are deleted: the equality tables then
count them as "Not provided" (the one change to the reports' figures).

Idempotent (a second run finds the person erased and does nothing); never deletes the account
or another person's record, so nothing cascades.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from dataclasses import dataclass

from auditlog.context import disable_auditlog
from auditlog.models import LogEntry
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import LogEntry as AdminLogEntry
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from councils.audit import ERASURE, PERSON_OBJECTS, audit_event, person_entries
from councils.models import Role, User, new_calendar_token

from .coverage import COVERAGE

# Records below an enrolment that the figures count: kept, with these fields blanked. Everything
# else below an enrolment (lab tool work, comments on it) is the person's free text: deleted.
KEPT_BELOW_ENROLMENT: dict[str, dict] = {
    "cohorts.Enrolment": {"withdrawn_reason": ""},
    "cohorts.EnrolmentEvent": {"note": ""},
    "cohorts.Completion": {"answer": ""},
    "cohorts.Attendance": {},
    "cohorts.Nudge": {"error": ""},
    "cohorts.Certificate": {"pdf": "", "awarded_name": "", "revoked_reason": ""},
    # The self-assessment scores are figures (the outcome tables count them); the follow-up's
    # free text goes.
    "cohorts.Assessment": {},
    "cohorts.AssessmentAnswer": {},
    "cohorts.FollowUp": {"why_not": "", "changed": ""},
}

# Why someone was erased, as the trail records it: a choice, never free text (which could name
# them or say why they left).
ERASURE_REASONS: dict[str, str] = {
    "asked": _lazy("The person asked to be erased"),
    "not_needed": _lazy("The programme no longer needs their data"),
    "other": _lazy("Another reason, recorded in the council's own case records"),
    "retention": _lazy("The retention period passed"),
}

PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class Erasure:
    user: User
    pseudonym: str
    evidence_until: dt.date | None
    already: bool


def evidence_until(*, user: User, today: dt.date | None = None) -> dt.date | None:
    """The date until which this person's participation is grant evidence, or None: the
    setting is in force (not passed) and they were enrolled in a cohort."""
    until = settings.GRANT_AUDIT_RETENTION_UNTIL
    today = today or timezone.localdate()
    if until is None or until < today:
        return None
    enrolments = apps.get_model("cohorts.Enrolment")
    return until if enrolments.objects.filter(user=user).exists() else None


def _new_pseudonym() -> str:
    return "".join(secrets.choice(PSEUDONYM_ALPHABET) for _ in range(8))


def person_erase(*, user: User, by: User | None, reason: str = "other") -> Erasure:
    """Erase one person (programme staff after a confirmation page, or the retention job with
    `by=None`). Idempotent; refuses nobody but the person asking to erase themselves. `reason`
    is a key of ERASURE_REASONS."""
    if reason not in ERASURE_REASONS:
        raise ValueError(_("Choose why this person is being erased."))
    if by is not None and by.pk == user.pk:
        raise ValueError(_("You cannot erase your own account."))
    files_to_delete: list = []
    with transaction.atomic():
        person = User.objects.select_for_update().get(pk=user.pk)
        if person.erased_at is not None:
            return Erasure(person, _code_of(person), None, already=True)
        code = _new_pseudonym()
        until = evidence_until(user=person)
        old_texts = _collect_old_texts(person)
        with disable_auditlog():
            _erase_enrolments(person, files_to_delete)
            _erase_covered(person, files_to_delete)
            _erase_report_files_naming(person, files_to_delete)
            _end_sessions(person)
            # Stored data, not a page: one language, whoever erased them.
            person.full_name = f"Erased {person.role} {code}"
            person.certificate_name = ""
            person.email = f"erased-{code.lower()}@erased.invalid"
            person.password = make_password(None)
            person.calendar_token = new_calendar_token()
            person.nudges_opt_out = True
            # A provider's bounce message quotes the address.
            person.email_bounced_at = None
            person.email_bounce_reason = ""
            person.is_active = False
            person.is_staff = False
            person.is_superuser = False
            person.erased_at = timezone.now()
            person.save()
            person.groups.clear()
            person.user_permissions.clear()
            _scrub_logs(person, old_texts)
        audit_event(
            ERASURE,
            obj=person,
            actor=by,
            subject=person,
            pseudonym=code,
            reason=reason,
            evidence_kept_until=until.isoformat() if until else None,
        )
        transaction.on_commit(lambda: [f.storage.delete(f.name) for f in files_to_delete])
    return Erasure(person, code, until, already=False)


def _code_of(person: User) -> str:
    return person.email.partition("@")[0].removeprefix("erased-").upper()


def _files_of(objs) -> list:
    found = []
    for obj in objs:
        for field in obj._meta.fields:
            if isinstance(field, models.FileField):
                value = getattr(obj, field.name)
                if value:
                    found.append(value)
    return found


def _delete_tree(model, qs, files: list) -> None:
    """Delete these rows after noting every file in them and below them."""
    objs = list(qs)
    if not objs:
        return
    files.extend(_files_of(objs))
    pks = [o.pk for o in objs]
    for rel in model._meta.related_objects:
        if rel.one_to_many or rel.one_to_one:
            child = rel.related_model
            _delete_tree(
                child, child._default_manager.filter(**{f"{rel.field.name}__in": pks}), files
            )
    model._default_manager.filter(pk__in=pks).delete()


def _erase_enrolments(person: User, files: list) -> None:
    enrolment_model = apps.get_model("cohorts.Enrolment")
    enrolments = enrolment_model.objects.filter(user=person)
    enrolments.update(**KEPT_BELOW_ENROLMENT["cohorts.Enrolment"])
    pks = list(enrolments.values_list("pk", flat=True))
    for rel in enrolment_model._meta.related_objects:
        if not (rel.one_to_many or rel.one_to_one):
            continue
        child = rel.related_model
        qs = child._default_manager.filter(**{f"{rel.field.name}__in": pks})
        blanks = KEPT_BELOW_ENROLMENT.get(child._meta.label)
        if blanks is None:
            _delete_tree(child, qs, files)
            continue
        if blanks:
            files.extend(_files_of(qs.exclude(**{name: "" for name in blanks})))
            qs.update(**blanks)
        # Below a kept record, what is not kept itself goes (a certificate's history of the
        # names it carried, say).
        for below in child._meta.related_objects:
            if not (below.one_to_many or below.one_to_one):
                continue
            grandchild = below.related_model
            if grandchild._meta.label not in KEPT_BELOW_ENROLMENT:
                _delete_tree(
                    grandchild,
                    grandchild._default_manager.filter(**{f"{below.field.name}__in": qs}),
                    files,
                )


def _erase_covered(person: User, files: list) -> None:
    for key, cover in COVERAGE.items():
        if cover.erase != "delete":
            continue
        label, _sep, field = key.rpartition(".")
        model = apps.get_model(label)
        _delete_tree(model, model._default_manager.filter(**{field: person}), files)


def _erase_report_files_naming(person: User, files: list) -> None:
    """Leads' and staff's report files list people by name: those that could name this person
    (staff's, and the leads' of their council and of the councils their enrolments are with)
    are removed; asking again makes a new one."""
    export_model = apps.get_model("cohorts.ReportExport")
    could_name = Q(requested_by__role=Role.STAFF)
    # Their council's lead, and the lead of each council they were enrolled for before a move.
    councils = {person.council_id} | set(
        apps.get_model("cohorts.Enrolment")
        .objects.filter(user=person)
        .values_list("council_id", flat=True)
    )
    councils.discard(None)
    if councils:
        could_name |= Q(requested_by__role=Role.LEAD, requested_by__council_id__in=councils)
    exports = export_model.objects.filter(could_name).exclude(file="")
    files.extend(_files_of(exports))
    exports.update(
        file="",
        status="failed",
        error=_("Removed because it named someone whose data was erased. Ask for it again."),
    )


def _end_sessions(person: User) -> None:
    """Every session signed in as them, or holding their address (a sign-in code asked for)."""
    stale = []
    for session in Session.objects.all().iterator():
        data = session.get_decoded()
        if str(data.get("_auth_user_id")) == str(person.pk) or person.email in json.dumps(
            data, default=str
        ):
            stale.append(session.session_key)
    Session.objects.filter(session_key__in=stale).delete()


_WORD = r"(?<!\w){}(?!\w)"

# Fields in the trail that hold a name or address of the person (their values are collected as
# "old texts" before anything is erased), and fields whose whole value is free text about them
# (blanked wherever the trail copied them).
NAME_FIELDS = {"full_name", "certificate_name", "email", "awarded_name", "old_name", "new_name"}
FREE_TEXT_FIELDS = {"withdrawn_reason", "revoked_reason", "note", "why_not", "changed", "answer"}


def _texts_of(value) -> set[str]:
    """The non-empty strings in an audit `changes` value ([old, new] or a plain value)."""
    values = value if isinstance(value, list) else [value]
    return {v for v in values if isinstance(v, str) and v.strip() and v != "None"}


def _scope(person: User) -> tuple[Q, Q]:
    """(the trail entries about this person — their account, their enrolments, register marks
    and certificates, events naming them as the subject —, the entries they made)."""
    about = Q(pk__in=person_entries(person).values("pk"))
    return about, Q(actor=person)


def _collect_old_texts(person: User) -> list[str]:
    """Every name and address the person has had, gathered before anything is erased: current
    values, every past value the trail recorded for their account and certificates, the names
    their certificates carried, and what the admin's log called them."""
    texts = {person.full_name, person.certificate_name, person.email}
    about, _made = _scope(person)
    user_type = ContentType.objects.get_for_model(User)
    for entry in LogEntry.objects.filter(about).iterator():
        for field, value in (entry.changes or {}).items():
            if field in NAME_FIELDS:
                texts |= _texts_of(value)
        if entry.content_type_id == user_type.pk and entry.object_pk == str(person.pk):
            texts.add(entry.object_repr)
    certificate_model = apps.get_model("cohorts.Certificate")
    certificates = certificate_model.objects.filter(enrolment__user=person)
    texts |= set(certificates.values_list("awarded_name", flat=True))
    changes = apps.get_model("cohorts.CertificateNameChange").objects.filter(
        certificate__in=certificates
    )
    for old, new in changes.values_list("old_name", "new_name"):
        texts |= {old, new}
    texts |= set(
        AdminLogEntry.objects.filter(content_type=user_type, object_id=str(person.pk)).values_list(
            "object_repr", flat=True
        )
    )
    return sorted({t.strip() for t in texts if t and t.strip()}, key=len, reverse=True)


class _Scrubber:
    """Replaces the person's old names and addresses in JSON VALUES (never keys), as whole
    values or whole words, never as part of another word."""

    def __init__(self, person: User, olds: list[str], *, whole_values_only: bool = False):
        self.person = person
        self.olds = olds
        self.lowered = {old.casefold(): old for old in olds}
        self.whole_values_only = whole_values_only
        self.patterns = [
            (re.compile(_WORD.format(re.escape(old)), re.IGNORECASE), old) for old in olds
        ]

    def new_for(self, old: str) -> str:
        return self.person.email if "@" in old else self.person.full_name

    def text(self, value):
        if not isinstance(value, str) or not value:
            return value
        exact = self.lowered.get(value.strip().casefold())
        if exact is not None:
            return self.new_for(exact)
        if self.whole_values_only:
            return value
        for pattern, old in self.patterns:
            value = pattern.sub(lambda _m, old=old: self.new_for(old), value)
        return value

    def json(self, value, field: str | None = None):
        if isinstance(value, dict):
            return {key: self.json(item, key) for key, item in value.items()}
        if isinstance(value, list):
            return [self.json(item, field) for item in value]
        if isinstance(value, str):
            if field in FREE_TEXT_FIELDS and value != "None":
                return ""
            return self.text(value)
        return value


def _scrub_logs(person: User, olds: list[str]) -> None:
    """Replace the person's old names and addresses in the trail entries about them, blank the
    free text about them the trail copied, and drop their address from the entries they made.
    Nobody else's entries are touched."""
    about, made = _scope(person)
    scrub = _Scrubber(person, olds)
    for entry in LogEntry.objects.filter(about).iterator():
        LogEntry.objects.filter(pk=entry.pk).update(
            object_repr=scrub.text(entry.object_repr),
            changes_text=scrub.text(entry.changes_text),
            changes=scrub.json(entry.changes),
            serialized_data=scrub.json(entry.serialized_data),
            additional_data=scrub.json(entry.additional_data),
            actor_email=person.email if entry.actor_id == person.pk else entry.actor_email,
        )
    # What they did to other people's records stays as it was, under their new address.
    LogEntry.objects.filter(made & ~about).update(actor_email=person.email)

    admin_about = Q(content_type=ContentType.objects.get_for_model(User), object_id=str(person.pk))
    for label, lookup in PERSON_OBJECTS:
        model = apps.get_model(label)
        pks = [
            str(pk)
            for pk in model._default_manager.filter(**{lookup: person}).values_list("pk", flat=True)
        ]
        if pks:
            admin_about |= Q(
                content_type=ContentType.objects.get_for_model(model), object_id__in=pks
            )
    for entry in AdminLogEntry.objects.filter(admin_about).iterator():
        AdminLogEntry.objects.filter(pk=entry.pk).update(
            object_repr=scrub.text(entry.object_repr)[:200],
            change_message=scrub.text(entry.change_message),
        )
