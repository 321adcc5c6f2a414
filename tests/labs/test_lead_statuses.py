"""Every lab tool's status for a council lead's table (issue 24): one query a tool for a page of
enrolments, whatever work they hold, and the same steps counted as before the queries were
made cheap (the figures below are what the earlier, per-question code gave on this fixture)."""

import datetime as dt
from decimal import Decimal

import pytest

from cohorts.learning.tools import tool_statuses
from cohorts.models import Completion
from cohorts.services import enrolment_create
from labs.adaption.models import Canvas, CanvasPart
from labs.data.models import DataItem, DataQuestion
from labs.models import Activity, ActivityKind, Lab
from labs.procurement import proxy_values
from labs.procurement.models import Bid, Plan, PlanMeasure, ProxyValue
from tests.cohorts.participant_helpers import WEEK_3, set_today

READY_QUESTION = {
    "question": "How many people aged 75 and over used each of our warm spaces each week "
    "last winter?",
    "decision": "Whether to fund three more warm spaces in the valley wards",
    "who_acts": "Head of Communities, at the budget board",
    "by_when": "Budget board, 10 December 2026",
}
CANVAS_INNOVATION = {
    "name": "Community energy co-operative",
    "what_it_is": "Residents buy shares in a co-op that puts solar panels on public roofs.",
    "where_it_worked": "Awel Aman Tawe, Swansea Valley, from 2014.",
    "problem_there": "Rising energy costs and no local stake in renewable generation.",
    "evidence_level": "monitored",
}
CANVAS_DECISION = {"decision": "leave", "decision_reasons": "Our roofs are listed."}


def _item(question, personal="none"):
    DataItem.objects.create(
        question=question,
        description="Visits per warm space per week",
        value_type="numbers",
        source="own_service",
        personal=personal,
    )


@pytest.fixture
def mixed(monkeypatch, make_cohort, make_user, cardiff):
    """Fourteen people in four cohorts of three labs, on 21 October 2026 (WEEK_3): a Data Lab
    cohort in its third week and one in its first, an Adaption and a Procurement Lab cohort;
    work of every kind, and none."""
    set_today(monkeypatch, WEEK_3)
    data3 = make_cohort(councils=[cardiff])
    data1 = make_cohort(councils=[cardiff], start=dt.date(2026, 10, 20), title="Week one")
    adaption = make_cohort(lab=Lab.objects.get(code="adaption"), councils=[cardiff])
    procurement = make_cohort(lab=Lab.objects.get(code="procurement"), councils=[cardiff])

    def enrol(name, cohort):
        person = make_user(f"{name}@cardiff.test", council=cardiff, name=name.title())
        return enrolment_create(cohort=cohort, user=person)

    e = {
        name: enrol(name, cohort)
        for name, cohort in [
            ("ready", data3),
            ("split", data3),
            ("early", data1),
            ("ticked", data3),
            ("idle", data3),
            ("personal", data3),
            ("innovation", adaption),
            ("decided", adaption),
            ("core", adaption),
            ("blank", adaption),
            ("contract", procurement),
            ("measured", procurement),
            ("bids", procurement),
            ("none", procurement),
        ]
    }
    # Data Lab: question, kind and data done (ethics left) in week 3 ...
    ready = DataQuestion.objects.create(enrolment=e["ready"], kind="descriptive", **READY_QUESTION)
    _item(ready)
    # ... the same steps split over two questions, one with nothing but a vague question ...
    DataQuestion.objects.create(enrolment=e["split"], **READY_QUESTION)
    _item(DataQuestion.objects.create(enrolment=e["split"], question="Why?", kind="predictive"))
    DataQuestion.objects.create(enrolment=e["split"], question="Help")
    # ... in week 1 of its cohort the data step is not counted yet ...
    early = DataQuestion.objects.create(enrolment=e["early"], kind="diagnostic", **READY_QUESTION)
    _item(early)
    # ... a step ticked on the weekly page with no question at all ...
    question_activity = Activity.objects.get(
        module__lab__code="data", kind=ActivityKind.TOOL, tool_step="question"
    )
    Completion.objects.create(enrolment=e["ticked"], activity=question_activity)
    # ... and personal data without its ethics.
    personal = DataQuestion.objects.create(
        enrolment=e["personal"], kind="prescriptive", lawful_basis="public_task", **READY_QUESTION
    )
    _item(personal, personal="special")

    # Adaption Lab: the innovation; a decision to leave (the test step with it); a core part.
    Canvas.objects.create(enrolment=e["innovation"], **CANVAS_INNOVATION)
    Canvas.objects.create(enrolment=e["decided"], **CANVAS_INNOVATION, **CANVAS_DECISION)
    core = Canvas.objects.create(enrolment=e["core"], name="School streets")
    CanvasPart.objects.create(canvas=core, kind="core", part="Closed to cars at drop-off")
    CanvasPart.objects.create(canvas=core, kind="change", part="Hours")
    Canvas.objects.create(enrolment=e["blank"], name="")

    # Procurement Lab: a contract; a contract with measures and a weighting; bids.
    proxy_values.ensure()
    proxy = ProxyValue.objects.first()

    def plan(enrolment, **fields):
        return Plan.objects.create(
            enrolment=enrolment,
            title="Community warm spaces",
            kind="services",
            value=Decimal("400000"),
            duration_months=36,
            **fields,
        )

    plan(e["contract"])
    measured = plan(e["measured"], price_weight=50, quality_weight=30, social_value_weight=20)
    PlanMeasure.objects.create(plan=measured, proxy=proxy, target=Decimal("10"))
    bids = Plan.objects.create(
        enrolment=e["bids"], title="", kind="services", value=Decimal("0"), duration_months=12
    )
    for position in (1, 2, 3):
        Bid.objects.create(
            plan=bids,
            position=position,
            bidder=f"Bidder {position}",
            price=Decimal("1000"),
            quality=Decimal("50"),
        )
    return e


# What the code before issue 24's cheap statuses gave, step counts out of each tool's total.
EXPECTED = {
    "ready": (3, 5),
    "split": (3, 5),
    "early": (2, 5),
    "ticked": (1, 5),
    "idle": (0, 5),
    "personal": (3, 5),
    "innovation": (1, 6),
    "decided": (3, 6),
    "core": (1, 6),
    "blank": (0, 6),
    "contract": (1, 4),
    "measured": (3, 4),
    "bids": (1, 4),
    "none": (0, 4),
}


def test_each_tools_status_is_one_query_and_counts_the_same_steps(mixed, django_assert_num_queries):
    enrolments = list(mixed.values())
    for enrolment in enrolments:
        enrolment.cohort  # noqa: B018 (the lead's page has each row's cohort and lab already)
        enrolment.cohort.lab  # noqa: B018
    # The steps ticked on the weekly pages (one query), then one query for each of three tools.
    with django_assert_num_queries(4):
        statuses = tool_statuses(enrolments=enrolments)
    got = {
        name: (statuses[e.pk].steps_done, statuses[e.pk].steps_total) for name, e in mixed.items()
    }
    assert got == EXPECTED
