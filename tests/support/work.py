"""What the portal's own forms carry besides what a person types (infuse.concurrency): a
create form's one-time token, an edit form's version. Tests that post as a browser would add
them here, so that a test about something else is not refused as a stale or foreign form."""

import uuid


def with_token(data: dict, token: uuid.UUID | str | None = None) -> dict:
    """A create form's post: what was typed and a one-time token (new unless given)."""
    return {**data, "create_token": str(token or uuid.uuid4())}


def with_version(data: dict, work) -> dict:
    """An edit form's post, drawn from the work as it is saved now (unless the data says)."""
    if "version" in data:
        return data
    version = type(work).objects.values_list("version", flat=True).get(pk=work.pk)
    return {**data, "version": str(version)}
