"""The completion rule's attendance condition (cohorts.services.enrolment_refresh_progress):
every required activity done is not enough; the cohort's attendance threshold (4 of 6 by
default) must be met too, or people who never came would complete, get certificates and
inflate the funders' figures."""

import pytest

from cohorts.models import Certificate, EnrolmentStatus
from cohorts.services import attendance_mark, completion_set
from labs.models import Activity

pytestmark = pytest.mark.django_db


def _do_everything(enrolment):
    for activity in Activity.objects.filter(module__lab=enrolment.cohort.lab, required=True):
        completion_set(enrolment=enrolment, activity=activity, done=True, answer="Done.")


def test_everything_done_with_three_of_six_sessions_attended_stays_incomplete(
    enrolment, django_capture_on_commit_callbacks
):
    sessions = list(enrolment.cohort.sessions.order_by("number"))
    assert len(sessions) == 6 and enrolment.cohort.attendance_threshold == 4
    with django_capture_on_commit_callbacks(execute=True):
        for session in sessions[:3]:
            attendance_mark(enrolment=enrolment, session=session, attended=True)
        for session in sessions[3:]:
            attendance_mark(enrolment=enrolment, session=session, attended=False)
        _do_everything(enrolment)
    enrolment.refresh_from_db()
    assert enrolment.progress == 100 and enrolment.sessions_attended == 3
    assert enrolment.status != EnrolmentStatus.COMPLETED
    assert enrolment.completed_on is None
    assert not Certificate.objects.filter(enrolment=enrolment).exists()

    # The fourth session is what completes it.
    with django_capture_on_commit_callbacks(execute=True):
        attendance_mark(enrolment=enrolment, session=sessions[3], attended=True)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
