"""The Procurement Lab's objects for the tenancy walk: the person's enrolment in a running
Procurement Lab cohort of their own council, and a plan in it with outcomes, a weighting and
bids (so that every page of the Social value planner has something to show)."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from cohorts.models import Cohort, Theme
from cohorts.scheduling.services import cohort_generate_sessions
from cohorts.services import enrolment_create
from labs.models import Lab
from labs.procurement import proxy_values
from labs.procurement.models import Bid, BidCommitment, Plan, PlanMeasure, ProxyValue


def make(enrolment) -> dict:
    proxy_values.ensure()
    user = enrolment.user
    cohort = Cohort.objects.create(
        lab=Lab.objects.get(code="procurement"),
        theme=Theme.COMMUNITIES,
        title=f"Procurement Lab for {user.council.name}",
        start_date=timezone.localdate() - dt.timedelta(days=40),
        session_weekday=1,
        session_time=dt.time(10, 0),
        location="Civic Centre",
    )
    cohort.councils.set([user.council])
    cohort_generate_sessions(cohort=cohort)
    procurement = enrolment_create(cohort=cohort, user=user)
    plan = Plan.objects.create(
        enrolment=procurement,
        title="Community transport for older residents",
        kind="services",
        value=Decimal("250000"),
        duration_months=36,
        price_weight=50,
        quality_weight=35,
        social_value_weight=15,
    )
    befriending = ProxyValue.objects.get(code="befriending-hours")
    PlanMeasure.objects.create(plan=plan, proxy=befriending, target=Decimal("1500"))
    for position, (bidder, price) in enumerate(
        [("Bws Cymunedol", "240000"), ("Taith Ltd", "225000")], 1
    ):
        bid = Bid.objects.create(
            plan=plan, position=position, bidder=bidder, price=Decimal(price), quality=Decimal(70)
        )
        BidCommitment.objects.create(bid=bid, proxy=befriending, quantity=Decimal(500 * position))
    return {"procurement_enrolment": procurement, "procurement_plan": plan}
