"""How each URL of the Social value planner is reached (registered into infuse/access.py by
the app's `ready`).

A plan is the participant's own work: they read and change it; programme staff (facilitators
among them) read it and its PDF and comment, but change nothing (403 for the writing URLs).
Council leads and funders get 404 for all of it, as for anyone else's work — they see a tool's
status only, on the leads' page. Because the walk expects one answer for every role listed, the
reading pages list every role and accept 200 or 404; tests/labs/procurement/test_access.py
pins exactly who gets which.
"""

from councils.models import Role
from infuse.access import WALK_TOKEN, scoped

from .models import Plan

READERS = (Role.PARTICIPANT, Role.STAFF, Role.LEAD, Role.FUNDER)
WRITERS = (Role.PARTICIPANT, Role.LEAD, Role.FUNDER)  # staff: 403


def _enrolment(side) -> dict:
    return {"pk": side.extra["procurement_enrolment"].pk}


def _plan(side) -> dict:
    return {**_enrolment(side), "plan_id": side.extra["procurement_plan"].pk}


def _current_version(side) -> str:
    return str(Plan.objects.values_list("version", flat=True).get(pk=_plan(side)["plan_id"]))


def _save(data: dict):
    """A step's save, posted over the plan's version as it is then (the walk saves several
    steps of one plan in turn, as a participant would on one page)."""
    return scoped(
        *WRITERS,
        kwargs=_plan,
        method="POST",
        data=lambda side: {**data, "version": _current_version(side)},
        ok=(302, 404),
    )


ACCESS = {
    "procurement_planner": scoped(*READERS, kwargs=_enrolment, ok=(200, 404)),
    "procurement_plan_create": scoped(
        *WRITERS,
        kwargs=_enrolment,
        method="POST",
        data={
            "contract-title": "Depot chargepoints for the council fleet",
            "contract-kind": "works",
            "contract-value": "480000",
            "contract-duration_months": "24",
            "create_token": WALK_TOKEN,
        },
        ok=(302, 404),
    ),
    "procurement_plan": scoped(*READERS, kwargs=_plan, ok=(200, 404)),
    "procurement_plan_contract": _save(
        {
            "contract-title": "Community warm spaces and befriending service",
            "contract-kind": "services",
            "contract-value": "£400,000",
            "contract-duration_months": "36",
        }
    ),
    "procurement_plan_outcomes": _save({"outcomes-target-befriending-hours": "2000"}),
    "procurement_plan_weighting": _save(
        {"weighting-price": "50", "weighting-quality": "30", "weighting-social_value": "20"}
    ),
    "procurement_plan_bids": _save(
        {
            "bids-bid1-bidder": "Cwmbran Community Care",
            "bids-bid1-price": "380000",
            "bids-bid1-quality": "70",
            "bids-bid2-bidder": "Valleys Befriending CIC",
            "bids-bid2-price": "410000",
            "bids-bid2-quality": "80",
        }
    ),
    "procurement_plan_pdf": scoped(*READERS, kwargs=_plan, ok=(200, 404)),
    "procurement_plan_delete": scoped(*WRITERS, kwargs=_plan, ok=(200, 404)),
}
