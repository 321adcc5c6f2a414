"""A council lead sees how far each of their staff has got with the builder (the "Lab tool"
column), never what they wrote; the lead page's queries stay flat as people and questions grow."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts.services import enrolment_create
from labs.registry import tool_for
from tests.labs.data.conftest import READY_STEPS
from tests.support.work import with_version

SECRET = "Which carers in Splott asked for respite in 2025 and were refused?"


@pytest.fixture
def worked(enrolment, make_question, make_item):
    """Steps 1, 2 and 3 complete in one question, nothing of 4 and 5."""
    question = make_question(
        enrolment,
        question=SECRET,
        decision="Whether to fund a second respite worker next year",
        who_acts="Carers Lead",
        by_when="Budget board, January 2027",
        kind="descriptive",
    )
    make_item(question, description="Respite requests refused, by ward")
    return question


def test_the_tool_reports_steps_done_per_enrolment_in_one_query(
    enrolment, outsider_enrolment, worked, django_assert_num_queries
):
    tool = tool_for("data")
    with django_assert_num_queries(1):  # questions, their items and sessions as plain rows
        statuses = tool.statuses([enrolment.pk, outsider_enrolment.pk])
    assert statuses[enrolment.pk].steps_done == 3
    assert statuses[outsider_enrolment.pk].steps_done == 0
    assert statuses[enrolment.pk].label == "In progress (3 of 5 steps)"
    assert statuses[outsider_enrolment.pk].label == "Not started"


def test_the_lead_sees_the_status_but_not_the_question(client, lead, worked, outsider_enrolment):
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    assert "Lab tool" in html
    assert "In progress (3 of 5 steps)" in html
    assert SECRET not in html and "Splott" not in html
    assert "Respite requests refused" not in html
    assert outsider_enrolment.user.full_name not in html


def test_the_lead_page_queries_stay_flat_as_people_and_questions_grow(
    client,
    lead,
    worked,
    cohort,
    cardiff,
    make_user,
    make_question,
    make_item,
    django_assert_max_num_queries,
):
    client.force_login(lead)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("lead_home"))
    for n in range(6):
        person = make_user(f"officer{n}@cardiff.test", council=cardiff)
        enrolment = enrolment_create(cohort=cohort, user=person)
        question = make_question(
            enrolment,
            **{k.removeprefix("question-"): v for k, v in READY_STEPS["question"].items()},
        )
        make_item(question)
    with django_assert_max_num_queries(len(few)):
        html = client.get(reverse("lead_home")).content.decode()
    assert html.count("In progress (") == 7


def test_a_ready_question_counts_step_five_only_once_week_four_opens(
    client, lead, participant, enrolment, question, make_item, monkeypatch
):
    """The lead's status follows what the weekly page can show: the quality step is not
    counted, nor "Complete" shown, before its week opens."""
    import datetime as dt

    from tests.cohorts.participant_helpers import set_today

    client.force_login(participant)
    make_item(question)
    for step in ("question", "kind", "ethics"):
        client.post(
            reverse("data_question_step", args=[enrolment.pk, question.pk, step]),
            with_version(READY_STEPS[step], question),
        )
    tool = tool_for("data")
    assert tool.statuses([enrolment.pk])[enrolment.pk].steps_done == 4
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    # (The page's status filter offers "Completed"; the tool's cell is what is checked.)
    assert "In progress (4 of 5 steps)</td>" in html and ">Complete</td>" not in html

    set_today(monkeypatch, dt.date(2026, 10, 27))
    assert tool.statuses([enrolment.pk])[enrolment.pk].label == "Complete"
    assert ">Complete</td>" in client.get(reverse("lead_home")).content.decode()


def test_a_question_read_as_a_plain_row_is_the_same_draft_as_the_model_gives(
    enrolment, make_question, make_item
):
    """The lead's status reads questions as plain rows (`_draft`); the pages read DataQuestion
    objects (`draft_of`). Every column the rules read, filled, gives the same Draft both ways."""
    from labs.data import rules
    from labs.data.models import DataQuestion
    from labs.data.selectors import _DRAFT_FIELDS, _ITEM_FIELDS, _SCREEN_FIELDS, _draft, draft_of

    question = make_question(
        enrolment,
        decision="Whether to fund a second respite worker next year",
        who_acts="Carers Lead",
        by_when="January 2027",
        kind="descriptive",
        data_gaps="No ward data before 2023",
        lawful_basis="public_task",
        lawful_basis_detail="Care Act 2014",
        article9_condition="Health or social care",
        dpo_confirmed=True,
        dpia_commitment=True,
        fairness="Fair",
        residents_told="Told",
        minimisation="Minimal",
        **{column: n % 2 == 0 for n, column in enumerate(_SCREEN_FIELDS.values())},
    )
    make_item(question, personal="special", value_type="words", source="open_data")
    make_item(question)
    row = DataQuestion.objects.values(*_DRAFT_FIELDS, *_SCREEN_FIELDS.values()).get(pk=question.pk)
    items = [
        rules.Item(*values) for values in question.items.order_by("pk").values_list(*_ITEM_FIELDS)
    ]
    assert _draft(row, items) == draft_of(DataQuestion.objects.get(pk=question.pk))
    assert set(_DRAFT_FIELDS) | {"items", "screening"} == set(rules.Draft.__dataclass_fields__)
