"""The subject-access export: everything the portal holds about one person, as a ZIP.

What goes in follows `privacy.coverage.COVERAGE` (every record pointing at the person) and,
below each of their own records, everything that hangs off it (Django's reverse relations: a
new lab tool's work is found without this module knowing it): JSON of every record, their
reflections and the comments on their work as plain text, their files (certificates; report
downloads only as records, since those files list other people), the PDF of their work in each lab tool (made by the tool's own view, found through
`labs.registry`) and the audit trail's entries about them. Secrets (password hash, calendar-feed
secret, authenticator keys) are left out.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import defaultdict

from django.apps import apps
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import resolve
from django.utils import timezone, translation

from councils.audit import person_entries
from councils.models import User

from .coverage import COVERAGE, USER_HIDDEN


def _field(key: str) -> tuple[type[models.Model], str]:
    label, _, field = key.rpartition(".")
    return apps.get_model(label), field


def _serialise(objs, hidden=()) -> list[dict]:
    rows = serializers.serialize("python", objs)
    for row in rows:
        for name in hidden:
            row["fields"].pop(name, None)
    return rows


def _descendants(model: type[models.Model], pks: list, out: dict, files: list) -> None:
    """Every record below these (one-to-many and one-to-one reverse relations), depth first."""
    if not pks:
        return
    for rel in model._meta.related_objects:
        if rel.many_to_many or not (rel.one_to_many or rel.one_to_one):
            continue
        child = rel.related_model
        objs = list(child._default_manager.filter(**{f"{rel.field.name}__in": pks}).order_by("pk"))
        if not objs:
            continue
        out[child._meta.label].extend(_serialise(objs))
        files.extend(_files(objs))
        _descendants(child, [o.pk for o in objs], out, files)


# Files that list other people (a lead's or staff's report downloads name every participant in
# them): the record says the file exists; the file itself is not in the person's ZIP.
FILES_LEFT_OUT = {"cohorts.ReportExport"}


def _files(objs) -> list:
    found = []
    for obj in objs:
        if obj._meta.label in FILES_LEFT_OUT:
            continue
        for field in obj._meta.fields:
            if isinstance(field, models.FileField):
                value = getattr(obj, field.name)
                if value and value.storage.exists(value.name):
                    found.append(value)
    return found


def _acted_summary(model, field: str, objs) -> list[dict]:
    """What the person did to others' records: which record, which field names them, when —
    never the other people's data."""
    times = [
        f.name for f in model._meta.fields if isinstance(f, models.DateTimeField | models.DateField)
    ]
    return [
        {
            "record": model._meta.label,
            "id": obj.pk,
            "as": field,
            **{name: getattr(obj, name) for name in times},
        }
        for obj in objs
    ]


def subject_access_records(*, user: User) -> tuple[dict[str, list], list]:
    """The person's records by model label, and the stored files among them."""
    records: dict[str, list] = defaultdict(list)
    files: list = []
    records["councils.User"] = _serialise([user], hidden=USER_HIDDEN)
    for key, cover in COVERAGE.items():
        model, field = _field(key)
        objs = list(model._default_manager.filter(**{field: user}).order_by("pk"))
        if not objs:
            continue
        if cover.export == "acted":
            records["acted"].extend(_acted_summary(model, field, objs))
            continue
        records[model._meta.label].extend(_serialise(objs, hidden=cover.hidden))
        if cover.export == "owned":
            files.extend(_files(objs))
            _descendants(model, [o.pk for o in objs], records, files)
    records["facilitated cohorts"] = [
        {"cohort": c.pk, "title": c.title} for c in user.facilitated_cohorts.all()
    ]
    return {label: rows for label, rows in records.items() if rows}, files


def _audit_rows(user: User) -> list[dict]:
    return [
        {
            "when": entry.timestamp,
            "record": f"{entry.content_type.app_label}.{entry.content_type.model}",
            "id": entry.object_pk,
            "action": entry.get_action_display(),
            "changes": entry.changes,
            "event": (entry.additional_data or {}).get("event"),
            "by": entry.actor.full_name if entry.actor else None,
        }
        for entry in person_entries(user).order_by("timestamp", "pk")
    ]


def _tool_pdfs(user: User) -> list[tuple[str, bytes]]:
    """The PDFs of the person's work in each lab tool, made by the tools' own views as the
    person would download them (the tools list their URLs in labs.registry)."""
    from cohorts.models import Enrolment
    from labs.registry import tool_for

    pdfs = []
    for enrolment in Enrolment.objects.filter(user=user).select_related("cohort__lab"):
        tool = tool_for(enrolment.cohort.lab.code)
        if tool is None or tool.pdf_urls is None:
            continue
        for number, url in enumerate(tool.pdf_urls(enrolment), start=1):
            request = HttpRequest()
            request.method, request.path, request.user = "GET", url, user
            match = resolve(url)
            response = match.func(request, *match.args, **match.kwargs)
            if response.status_code == 200:
                name = re.search(r'filename="([^"]+)"', response.get("Content-Disposition", ""))
                filename = name.group(1) if name else f"{tool.lab_code}-{number}.pdf"
                pdfs.append((f"tool-pdfs/{enrolment.pk}-{filename}", response.content))
    return pdfs


def subject_access_zip(*, user: User) -> bytes:
    """The ZIP for one person, in their language. Reads only."""
    from cohorts.models import Completion, ToolComment

    records, files = subject_access_records(user=user)
    dump = lambda value: json.dumps(value, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)  # noqa: E731
    buffer = io.BytesIO()
    with (
        translation.override(user.language),
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf,
    ):
        reflections = (
            Completion.objects.filter(enrolment__user=user)
            .exclude(answer="")
            .select_related("activity__module", "enrolment__cohort")
            .order_by(
                "enrolment__cohort__start_date", "activity__module__number", "activity__position"
            )
        )
        comments = (
            ToolComment.objects.filter(enrolment__user=user)
            .select_related("author", "enrolment__cohort")
            .order_by("created_at", "pk")
        )
        zf.writestr(
            "README.txt",
            render_to_string(
                "privacy/subject_access_readme.txt",
                {"person": user, "made_at": timezone.now(), "labels": sorted(records)},
            ),
        )
        for label, rows in records.items():
            zf.writestr(f"records/{label.replace(' ', '-')}.json", dump(rows))
        zf.writestr(
            "reflections.txt",
            render_to_string(
                "privacy/subject_access_reflections.txt", {"reflections": reflections}
            ),
        )
        zf.writestr(
            "comments-received.txt",
            render_to_string("privacy/subject_access_comments.txt", {"comments": comments}),
        )
        zf.writestr("history.json", dump(_audit_rows(user)))
        for name, content in _tool_pdfs(user):
            zf.writestr(name, content)
        for stored in files:
            with stored.open("rb") as fh:
                zf.writestr(f"files/{stored.name}", fh.read())
    return buffer.getvalue()
