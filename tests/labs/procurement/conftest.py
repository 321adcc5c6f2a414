"""A running Procurement Lab cohort (every week open) with the shared people enrolled, and
the planner's measures (which a transactional test's flush may have removed)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from cohorts.models import Theme
from cohorts.services import enrolment_create
from labs.models import Lab
from labs.procurement import proxy_values
from labs.procurement.models import Bid, BidCommitment, Plan, PlanMeasure, ProxyValue
from tests.support.work import FreshFormClient


@pytest.fixture
def proxies(db):
    proxy_values.ensure()
    return {p.code: p for p in ProxyValue.objects.all()}


@pytest.fixture
def procurement_lab(db):
    return Lab.objects.get(code="procurement")


@pytest.fixture
def running(make_cohort, procurement_lab, cardiff, newport):
    """Started 40 days ago: all six weekly sessions have happened, so every step is open."""
    cohort = make_cohort(
        lab=procurement_lab,
        start=timezone.localdate() - dt.timedelta(days=40),
        councils=[cardiff, newport],
        title="Procurement Lab: Supportive Communities",
    )
    assert cohort.theme == Theme.COMMUNITIES
    return cohort


@pytest.fixture
def week_one(make_cohort, procurement_lab, cardiff):
    """In its first week (its first session today): only the contract step is open."""
    today = timezone.localdate()
    cohort = make_cohort(
        lab=procurement_lab, start=today, councils=[cardiff], title="Procurement Lab: week one"
    )
    for session in cohort.sessions.all():
        session.date = today + dt.timedelta(weeks=session.number - 1)
        session.save()
    return cohort


@pytest.fixture
def mine(running, participant, proxies):
    return enrolment_create(cohort=running, user=participant)


@pytest.fixture
def theirs(running, outsider, proxies):
    return enrolment_create(cohort=running, user=outsider)


@pytest.fixture
def make_plan(proxies):
    """A plan with its contract, and optionally measures {code: target}, a weighting and
    bids [(bidder, price, quality, {code: quantity})]."""

    def make(enrolment, *, value="400000", measures=None, weighting=None, bids=()):
        plan = Plan.objects.create(
            enrolment=enrolment,
            title="Community warm spaces and befriending service",
            kind="services",
            value=Decimal(value),
            duration_months=36,
        )
        for code, target in (measures or {}).items():
            PlanMeasure.objects.create(plan=plan, proxy=proxies[code], target=Decimal(target))
        if weighting:
            plan.price_weight, plan.quality_weight, plan.social_value_weight = weighting
            plan.save()
        for position, (bidder, price, quality, commitments) in enumerate(bids, start=1):
            bid = Bid.objects.create(
                plan=plan,
                position=position,
                bidder=bidder,
                price=Decimal(price),
                quality=Decimal(quality),
            )
            for code, quantity in commitments.items():
                BidCommitment.objects.create(
                    bid=bid, proxy=proxies[code], quantity=Decimal(quantity)
                )
        return plan

    return make


@pytest.fixture
def full_plan(mine, make_plan):
    return make_plan(
        mine,
        measures={"befriending-hours": "2000", "local-jobs": "2", "co2e-avoided": "40"},
        weighting=(50, 30, 20),
        bids=[
            ("Cwmbran Care", "380000", "70", {"befriending-hours": "500"}),
            ("Gwent Partners", "420000", "75", {"befriending-hours": "1000", "local-jobs": "1"}),
            (
                "Valleys Befriending CIC",
                "460000",
                "72",
                {"befriending-hours": "3000", "local-jobs": "3"},
            ),
        ],
    )


@pytest.fixture
def client():
    """Posts as from a form just loaded (tests/support/work.py)."""
    return FreshFormClient()
