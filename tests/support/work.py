"""What the portal's own forms carry besides what a person types (infuse.concurrency): a
create form's one-time token, an edit form's version. Tests that post as a browser would add
them here, so that a test about something else is not refused as a stale or foreign form."""

import uuid
from urllib.parse import urlsplit

from django.apps import apps
from django.test import Client
from django.urls import resolve


def with_token(data: dict, token: uuid.UUID | str | None = None) -> dict:
    """A create form's post: what was typed and a one-time token (new unless given)."""
    return {**data, "create_token": str(token or uuid.uuid4())}


def with_version(data: dict, work) -> dict:
    """An edit form's post, drawn from the work as it is saved now (unless the data says)."""
    if "version" in data:
        return data
    version = type(work).objects.values_list("version", flat=True).get(pk=work.pk)
    return {**data, "version": str(version)}


# Which posted address edits which piece of work (URL name -> model, URL argument).
_EDITS = {
    "data_question_step": ("lab_data.DataQuestion", "question_pk"),
    "data_item": ("lab_data.DataItem", "item_pk"),
    "adaption_step": ("lab_adaption.Canvas", "canvas_pk"),
    "adaption_part": ("lab_adaption.CanvasPart", "part_pk"),
    "procurement_plan_contract": ("lab_procurement.Plan", "plan_id"),
    "procurement_plan_outcomes": ("lab_procurement.Plan", "plan_id"),
    "procurement_plan_weighting": ("lab_procurement.Plan", "plan_id"),
    "procurement_plan_bids": ("lab_procurement.Plan", "plan_id"),
}
_CREATES = {
    "data_question_new",
    "data_item_add",
    "adaption_canvas_create",
    "adaption_part_add",
    "procurement_plan_create",
    "tool_comment",
    "report_export_create",
}


class FreshFormClient(Client):
    """A test client that posts as a browser does after loading the form just then: the work's
    current version on an edit, a new one-time token on a create, unless the test gave its
    own. Tests about concurrency give theirs explicitly (and use a plain Client)."""

    def post(self, path, data=None, *args, **kwargs):
        if isinstance(data, dict):
            match = resolve(urlsplit(str(path)).path)
            if match.url_name in _EDITS and "version" not in data:
                model_name, argument = _EDITS[match.url_name]
                work = apps.get_model(model_name)(pk=match.kwargs[argument])
                if type(work).objects.filter(pk=work.pk).exists():
                    data = with_version(data, work)
            elif match.url_name == "activity_submit" and "version" not in data:
                from cohorts.models import Completion

                saved = Completion.objects.filter(
                    enrolment_id=match.kwargs["pk"], activity_id=match.kwargs["activity_pk"]
                ).values_list("version", flat=True)
                data = {**data, "version": str(saved.first() or 0)}
            elif match.url_name in _CREATES and "create_token" not in data:
                data = with_token(data)
        return super().post(path, data, *args, **kwargs)
