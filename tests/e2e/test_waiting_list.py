"""The waiting list in a real browser (issue 22, point 10): a council lead nominates a colleague
into a full cohort and is told their number on the waiting list; programme staff withdraw the
person holding the place from the cohort page and see the offer made; the colleague follows the link in the offer email and accepts the place, and is enrolled. axe on
every page."""

import datetime as dt
import re

from django.core import mail
from django.utils import timezone

from cohorts.models import Enrolment, EnrolmentStatus, WaitingStatus
from cohorts.services import enrolment_create
from councils.models import Role
from councils.services import user_create
from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in

STAFF_PASSWORD = "a-long-staff-passphrase"


def test_a_lead_nominates_into_a_full_cohort_and_the_colleague_accepts_a_freed_place(
    page, lead, participant, outsider, staff, make_cohort, cardiff, newport
):
    cohort = make_cohort(
        start=timezone.localdate() + dt.timedelta(days=21),
        councils=[cardiff, newport],
        title="Spring cohort",
    )
    cohort.capacity = 1
    cohort.save()
    taken = enrolment_create(cohort=cohort, user=outsider, invite=False)  # the one place

    sign_in(page, lead.email, PASSWORD)
    page.axe()
    item = page.locator(".infuse-open-cohorts li", has_text="Spring cohort")
    item.get_by_role("link", name="Nominate staff for the waiting list").click()
    page.wait_for_load_state("load")
    page.axe()
    assert "This cohort is full. Anyone you nominate joins its waiting list" in (
        page.locator("main").inner_text()
    )
    page.get_by_label("Colleague", exact=True).select_option(label="Gwenllian Owner")
    page.get_by_role("button", name="Put this colleague on the waiting list").click()
    page.wait_for_load_state("load")
    page.axe()
    main = page.locator("main").inner_text()
    assert "The cohort is full: Gwenllian Owner is number 1 on the waiting list." in main
    row = page.locator("#waiting-list tbody tr")
    assert row.count() == 1 and "Gwenllian Owner" in row.inner_text()
    assert "Waiting" in row.inner_text()
    assert not cohort.enrolments.filter(user=participant).exists()

    # Programme staff withdraw the person holding the place, from the cohort page: the place is
    # offered to the first waiting, and the cohort page's waiting list says so.
    mail.outbox.clear()
    page.context.clear_cookies()
    user_create(
        email="sioned@infuse.test",
        full_name="Sioned Staff",
        role=Role.STAFF,
        password=STAFF_PASSWORD,
    )
    sign_in(page, "sioned@infuse.test", STAFF_PASSWORD)
    page.axe()
    page.goto(f"/admin/cohorts/cohort/{cohort.pk}/change/")
    page.locator("#enrolments-group").get_by_role("link", name="Withdraw Osian Outsider").click()
    page.wait_for_load_state("load")
    page.get_by_label("Reason for withdrawal").fill("Moved job")
    page.get_by_role("button", name="Withdraw", exact=True).click()
    page.wait_for_load_state("load")
    taken.refresh_from_db()
    assert taken.status == EnrolmentStatus.WITHDRAWN
    waiting_row = page.locator("#waiting-list tbody tr").inner_text()
    assert "Gwenllian Owner" in waiting_row and "Offered a place until" in waiting_row
    [offer] = [m for m in mail.outbox if m.to == [f"Gwenllian Owner <{participant.email}>"]]
    link = re.search(r"http://\S+/waiting-list/\d+/", offer.body).group(0)
    path = "/" + link.split("/", 3)[3]

    page.context.clear_cookies()
    sign_in(page, participant.email, PASSWORD)
    page.axe()
    # Their dashboard shows the offer too, in case the email went astray.
    assert "A place has been freed for you in Spring cohort." in page.locator("main").inner_text()
    assert page.get_by_role("link", name="See the offer").get_attribute("href") == path
    page.goto(path)
    page.axe()
    assert "A place has been freed and is offered to you." in page.locator("main").inner_text()
    page.get_by_role("button", name="Accept the place").click()
    page.wait_for_load_state("load")
    page.axe()
    assert "You have a place in Spring cohort." in page.locator("main").inner_text()
    enrolment = Enrolment.objects.get(cohort=cohort, user=participant)
    assert enrolment.status in (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)
    assert enrolment.nominated_by == lead
    assert cohort.waiting_list.get().status == WaitingStatus.ACCEPTED

    # Back to the offer (a second tab, the email again): it says they are enrolled.
    page.goto(path)
    page.axe()
    assert "You accepted this place and are enrolled." in page.locator("main").inner_text()
    assert Enrolment.objects.filter(cohort=cohort, user=participant).count() == 1
