"""Programme staff change a cohort's time in the admin, see what will change (the session
edited by hand is kept) and who will be emailed, and confirm (issue 17), in a real browser."""

import datetime as dt

from django.utils import timezone

from cohorts.models import Cohort, Theme
from cohorts.scheduling.services import cohort_generate_sessions, session_update
from cohorts.services import enrolment_create
from councils.models import Council, Role
from councils.services import user_create
from labs.models import Lab
from tests.e2e.conftest import sign_in

PASSWORD = "a-long-staff-passphrase"


def test_staff_change_a_cohorts_time_see_the_kept_session_and_confirm(page, db):
    staff = user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )
    cardiff = Council.objects.get(slug="cardiff")
    cohort = Cohort.objects.create(
        lab=Lab.objects.get(code="data"),
        theme=Theme.COMMUNITIES,
        title="Data Lab: spring cohort",
        start_date=timezone.localdate() + dt.timedelta(days=30),
        session_weekday=1,
        session_time=dt.time(10, 0),
        online_url="https://teams.microsoft.com/l/meetup-join/spring",
        invitations_sent_at=timezone.now(),
    )
    cohort.councils.set([cardiff])
    cohort_generate_sessions(cohort=cohort)
    for email, name in [
        ("carys@cardiff.gov.test", "Carys Jones"),
        ("huw@cardiff.gov.test", "Huw Price"),
    ]:
        person = user_create(email=email, full_name=name, role=Role.PARTICIPANT, council=cardiff)
        enrolment_create(cohort=cohort, user=person, invite=False)
    week4 = cohort.sessions.get(number=4)
    week4.start_time, week4.location = dt.time(14, 0), "Room 4, County Hall"
    session_update(session=week4, changed=["start_time", "location"], by=staff, notify=False)

    sign_in(page, "sioned@infuse.test", PASSWORD)
    page.axe()
    page.goto(f"/admin/cohorts/cohort/{cohort.pk}/change/")
    page.fill("#id_session_time", "09:30")
    page.click("input[name=_continue]")
    page.wait_for_load_state("load")

    confirmation = page.locator("#schedule-confirmation")
    assert confirmation.is_visible()
    text = confirmation.inner_text()
    kept = text.split("Sessions kept as they are")[1].split("Who will be emailed")[0]
    assert "Week 4" in kept and "14:00" in kept and "edited by hand" in kept
    emailed = text.split("Who will be emailed")[1]
    assert "Carys Jones" in emailed and "huw@cardiff.gov.test" in emailed
    assert cohort.sessions.get(number=1).start_time == dt.time(10, 0)  # nothing saved yet

    page.check("#id_confirm_schedule")
    page.click("input[name=_continue]")
    page.wait_for_load_state("load")
    assert "5 sessions changed" in page.content()
    assert "1 session edited by hand was kept" in page.content()
    times = dict(cohort.sessions.values_list("number", "start_time"))
    assert times[4] == dt.time(14, 0)
    assert {t for n, t in times.items() if n != 4} == {dt.time(9, 30)}
