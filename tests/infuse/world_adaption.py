"""The Adaption Lab's objects for the tenancy walk: the person's enrolment in an Adaption Lab
cohort of their own council with weeks 1 to 6 open, and a canvas in it with a core part."""

import datetime as dt

from django.utils import timezone

from cohorts.models import Cohort, Theme
from cohorts.scheduling.services import cohort_generate_sessions
from cohorts.services import enrolment_create
from labs.adaption.models import Canvas, CanvasPart, PartKind
from labs.models import Lab


def make(enrolment) -> dict:
    user = enrolment.user
    cohort = Cohort.objects.create(
        lab=Lab.objects.get(code="adaption"),
        theme=Theme.DECARBONISATION,
        title=f"Adaption Lab for {user.council.name}",
        start_date=timezone.localdate() - dt.timedelta(days=40),
        session_weekday=1,
        session_time=dt.time(10, 0),
        location="Tŷ Penallta",
    )
    cohort.councils.set([user.council])
    cohort_generate_sessions(cohort=cohort)
    adaption = enrolment_create(cohort=cohort, user=user)
    canvas = Canvas.objects.create(
        enrolment=adaption,
        name="School streets",
        what_it_is="The road outside a primary school closes to through traffic at drop-off.",
        compatibility=4,
        readiness=3,
    )
    part = CanvasPart.objects.create(
        canvas=canvas,
        kind=PartKind.CORE,
        part="The closure is enforced so that it holds",
        why="Advisory signs alone leave the street open in practice.",
    )
    return {"adaption_enrolment": adaption, "adaption_canvas": canvas, "adaption_part": part}
