"""A waiting-list offer for the tenancy walk: each side's participant has an open offer of a
place in an upcoming cohort of their own council (the accept page is theirs alone)."""

import datetime as dt

from django.utils import timezone

from cohorts.models import Cohort, Theme, WaitingListEntry, WaitingStatus
from cohorts.scheduling.services import cohort_generate_sessions


def make(enrolment) -> dict:
    person = enrolment.user
    cohort = Cohort.objects.create(
        lab=enrolment.cohort.lab,
        theme=Theme.COMMUNITIES,
        title=f"Waiting walk {person.pk}",
        start_date=timezone.localdate() + dt.timedelta(days=40),
        capacity=1,
    )
    cohort.councils.set([person.council])
    cohort_generate_sessions(cohort=cohort)
    now = timezone.now()
    entry = WaitingListEntry.objects.create(
        cohort=cohort,
        user=person,
        status=WaitingStatus.OFFERED,
        offered_at=now,
        offer_expires_at=now + dt.timedelta(days=5),
    )
    return {"waiting_entry": entry}
