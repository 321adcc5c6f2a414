"""Programme staff withdraw a person from the cohort page and re-instate them, in a real browser,
counting the clicks (issue 22: withdrawing took ten interactions)."""

import re

from cohorts.models import EnrolmentEvent, EnrolmentStatus
from cohorts.services import enrolment_create
from councils.models import Role
from councils.services import user_create
from tests.e2e.conftest import sign_in

PASSWORD = "a-long-staff-passphrase"


def test_staff_withdraw_a_person_from_the_cohort_page_and_re_instate_them(
    page, make_cohort, cardiff, participant
):
    user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )
    cohort = make_cohort(councils=[cardiff])
    enrolment = enrolment_create(cohort=cohort, user=participant, invite=False)
    sign_in(page, "sioned@infuse.test", PASSWORD)
    page.axe()

    clicks = 0

    def click(locator):
        nonlocal clicks
        locator.click()
        page.wait_for_load_state("load")
        clicks += 1

    cohort_path = f"/admin/cohorts/cohort/{cohort.pk}/change/"
    page.goto(cohort_path)
    people = page.locator("#enrolments-group")
    click(people.get_by_role("link", name="Withdraw Gwenllian Owner"))

    # The confirmation: the admin's own page, its breadcrumb keeping the cohort.
    assert page.locator("h1").inner_text() == "Withdraw Gwenllian Owner"
    assert re.sub(r"\s+", " ", page.locator(".breadcrumbs").inner_text()).strip() == (
        "Home › Cohorts › Cohorts › Data Lab test cohort › "
        "Gwenllian Owner · Data Lab test cohort › Withdraw"
    )
    assert page.locator("#content-main fieldset.module.aligned").is_visible()
    second_tab = page.context.new_page()
    second_tab.goto(page.url)
    page.get_by_label("Reason for withdrawal").fill("Moved to a new role")
    click(page.get_by_role("button", name="Withdraw", exact=True))

    assert clicks == 2  # ≤ 3: the button, then the confirmation's submit
    assert page.url.endswith(cohort_path)
    assert (
        "Gwenllian Owner withdrawn from Data Lab test cohort."
        in page.locator(".messagelist").inner_text()
    )
    assert "Withdrawn" in people.inner_text()
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.WITHDRAWN
    assert enrolment.withdrawn_reason == "Moved to a new role"

    # The same confirmation left open in a second tab, sent afterwards, withdraws nobody twice.
    second_tab.get_by_label("Reason for withdrawal").fill("Sent from the second tab")
    second_tab.get_by_role("button", name="Withdraw", exact=True).click()
    second_tab.wait_for_load_state("load")
    assert (
        "Gwenllian Owner is already withdrawn." in second_tab.locator(".messagelist").inner_text()
    )
    second_tab.close()
    enrolment.refresh_from_db()
    assert enrolment.withdrawn_reason == "Moved to a new role"
    assert EnrolmentEvent.objects.filter(enrolment=enrolment, status="withdrawn").count() == 1

    clicks = 0
    page.goto(cohort_path)
    click(people.get_by_role("link", name="Re-instate Gwenllian Owner"))
    assert "They were withdrawn because: Moved to a new role" in page.content()
    click(page.get_by_role("button", name="Re-instate", exact=True))
    assert clicks == 2
    assert page.url.endswith(cohort_path)
    assert (
        "Gwenllian Owner re-instated in Data Lab test cohort"
        in page.locator(".messagelist").inner_text()
    )
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.INVITED
    assert people.get_by_role("link", name="Withdraw Gwenllian Owner").is_visible()

    # The person's own page: a Withdraw button, no Save buttons on a page nobody edits.
    page.goto(f"/admin/cohorts/enrolment/{enrolment.pk}/change/")
    assert page.locator(".object-tools").get_by_role("link", name="Withdraw Gwenllian Owner")
    assert page.locator("input[type=submit]").count() == 0
