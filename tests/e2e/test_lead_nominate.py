"""A council lead nominates a colleague in a real browser (an address outside the council's
email domain is refused, naming it); a full cohort is then offered for its waiting list
(tests/e2e/test_waiting_list.py follows it). axe on every page."""

import datetime as dt

from django.utils import timezone

from cohorts.services import enrolment_create
from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in


def test_lead_nominates_until_the_cohort_is_full(
    page, lead, outsider, make_cohort, cardiff, newport
):
    cohort = make_cohort(
        start=timezone.localdate() + dt.timedelta(days=21),
        councils=[cardiff, newport],
        title="Spring cohort",
    )
    cohort.capacity = 2
    cohort.save()
    sign_in(page, lead.email, PASSWORD)
    page.axe()
    item = page.locator(".infuse-open-cohorts li", has_text="Spring cohort")
    assert "Data Lab · Supportive Communities" in item.inner_text()
    item.get_by_role("link", name="Nominate staff").click()
    page.wait_for_load_state("load")
    page.axe()
    assert "2 places are left." in page.locator("main").inner_text()

    hint = page.locator("#id_email-hint").inner_text()
    assert hint == "Their Cardiff Council address, ending @cardiff.gov.uk."
    page.get_by_label("Full name").fill("Bethan Newydd")
    page.get_by_label("Work email address").fill("bethan.newydd@gmail.com")
    page.get_by_role("button", name="Nominate and invite").click()
    page.wait_for_load_state("load")
    page.axe()
    error = page.locator("#id_email-error").inner_text()
    assert "Use a Cardiff Council address ending @cardiff.gov.uk" in error
    assert "2 places are left." in page.locator("main").inner_text()
    page.get_by_label("Work email address").fill("bethan.newydd@cardiff.gov.uk")
    page.get_by_role("button", name="Nominate and invite").click()
    page.wait_for_load_state("load")
    page.axe()
    assert "is enrolled in Spring cohort" in page.locator("main").inner_text()

    enrolment_create(cohort=cohort, user=outsider, invite=False)  # the last place goes
    page.reload()
    page.axe()
    item = page.locator(".infuse-open-cohorts li", has_text="Spring cohort")
    assert "Nominate staff for the waiting list" in item.inner_text()

    page.goto(f"/council/cohorts/{cohort.pk}/nominate/")
    page.axe()
    main = page.locator("main").inner_text()
    assert "This cohort is full" in main and "places are left" not in main
