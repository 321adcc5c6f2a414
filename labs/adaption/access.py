"""How each URL of the "Adopt, adapt or leave" canvas is reached (registered into infuse/access.py by
the app's `ready`).

A canvas is its participant's own work: they read and change it; programme staff (facilitators
among them) read it and its PDF and comment, but change nothing (403 on the writing URLs).
Council leads and funders get 404 for all of it, as for anyone else's work: they see a tool's
status only, on the leads' page. The walk expects one answer for every role listed, so the
pages list every role and accept their owner's answer or 404;
tests/labs/adaption/test_access.py pins exactly who gets which.
"""

from councils.models import Role
from infuse.access import WALK_TOKEN, scoped

READERS = (Role.PARTICIPANT, Role.STAFF, Role.LEAD, Role.FUNDER)
WRITERS = (Role.PARTICIPANT, Role.LEAD, Role.FUNDER)  # staff: 403


def _enrolment(side) -> dict:
    return {"pk": side.extra["adaption_enrolment"].pk}


def _canvas(side) -> dict:
    return {**_enrolment(side), "canvas_pk": side.extra["adaption_canvas"].pk}


def _part(side) -> dict:
    return {**_canvas(side), "part_pk": side.extra["adaption_part"].pk}


ACCESS = {
    "adaption_tool": scoped(*READERS, kwargs=_enrolment, ok=(200, 404)),
    "adaption_compare": scoped(*READERS, kwargs=_enrolment, ok=(200, 404)),
    "adaption_canvas_create": scoped(
        *WRITERS,
        kwargs=_enrolment,
        method="POST",
        data={"name": "Community energy co-operative", "create_token": WALK_TOKEN},
        ok=(302, 404),
    ),
    "adaption_canvas": scoped(*READERS, kwargs=_canvas, ok=(200, 404)),
    "adaption_canvas_pdf": scoped(*READERS, kwargs=_canvas, ok=(200, 404)),
    "adaption_canvas_delete": scoped(*WRITERS, kwargs=_canvas, ok=(200, 404)),
    "adaption_step": scoped(
        *READERS, kwargs=lambda s: {**_canvas(s), "step": "fit"}, ok=(200, 404)
    ),
    "adaption_part_add": scoped(
        *WRITERS,
        kwargs=_canvas,
        method="POST",
        data={
            "kind": "core",
            "part": "Residents own shares and vote",
            "create_token": WALK_TOKEN,
        },
        ok=(302, 404),
    ),
    "adaption_part": scoped(
        *WRITERS,
        kwargs=_part,
        method="POST",
        data={
            "action": "save",
            "part": "Local people own the scheme through shares",
            "why": "Ownership is what keeps members investing and volunteering.",
            "version": "1",  # the part as the walk's world made it
        },
        ok=(302, 404),
    ),
}
