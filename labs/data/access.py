"""How each URL of the Good data question builder is reached (registered into infuse/access.py by
the app's `ready`).

The work belongs to the participant; programme staff read it and comment. A council lead or a
funder asking for it gets 404, as if it did not exist (the issue asks for 404 rather than 403,
since a lead may hold the enrolment's id from their own page): so LEAD and FUNDER are listed
and `ok` allows 404 for them. tests/labs/data/test_access.py pins each role's exact answer.
Writes are the participant's alone: staff get 403 there.
"""

from councils.models import Role
from infuse.access import WALK_TOKEN, scoped

READERS = (Role.PARTICIPANT, Role.STAFF, Role.LEAD, Role.FUNDER)
WRITERS = (Role.PARTICIPANT, Role.LEAD, Role.FUNDER)


def _enrolment(side):
    return {"pk": side.enrolment.pk}


def _question(side):
    return {"pk": side.enrolment.pk, "question_pk": side.extra["data_question"].pk}


def _item(name):
    return lambda side: {**_question(side), "item_pk": side.extra[name].pk}


ACCESS = {
    "data_tool": scoped(*READERS, kwargs=_enrolment, ok=(200, 404)),
    "data_tool_pdf": scoped(*READERS, kwargs=_enrolment, ok=(200, 404)),
    "data_question": scoped(*READERS, kwargs=_question, ok=(200, 404)),
    "data_question_new": scoped(*WRITERS, kwargs=_enrolment, ok=(200, 404)),
    "data_question_delete": scoped(*WRITERS, kwargs=_question, ok=(200, 404)),
    "data_question_step": scoped(
        *WRITERS,
        kwargs=lambda s: {**_question(s), "step": "question"},
        method="POST",
        data={
            "question-question": "How many people aged 75 and over used each warm space "
            "last winter?",
            "question-decision": "Whether to fund three more warm spaces next winter",
            "question-who_acts": "Head of Communities, at the budget board",
            "question-by_when": "Budget board, 10 December",
            "version": "1",  # the question as the walk's world made it
        },
        ok=(302, 404),
    ),
    "data_item": scoped(*WRITERS, kwargs=_item("data_item"), ok=(200, 404)),
    "data_item_add": scoped(
        *WRITERS,
        kwargs=_question,
        method="POST",
        data={
            "item-description": "Visits per warm space per week",
            "item-value_type": "numbers",
            "item-source": "own_service",
            "item-personal": "none",
            "create_token": WALK_TOKEN,
        },
        ok=(302, 404),
    ),
    "data_item_delete": scoped(
        *WRITERS, kwargs=_item("data_item_to_delete"), method="POST", ok=(302, 404)
    ),
}
