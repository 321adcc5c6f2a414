"""Programme staff's day (issue 22): the staff home shows what's on today and leads to the
register; the admin's cohort and enrolment lists fit a 1,280-pixel laptop."""

import datetime as dt

from django.utils import timezone

from cohorts.models import Cohort, Session, Theme
from cohorts.scheduling.services import cohort_generate_sessions
from cohorts.services import enrolment_create, enrolment_withdraw
from councils.models import Council, Role
from councils.services import user_create
from labs.models import Lab
from tests.e2e.conftest import sign_in

PASSWORD = "a-long-staff-passphrase"


def _staff():
    return user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )


def _cohort(title: str, lab: Lab, councils, start: dt.date) -> Cohort:
    cohort = Cohort.objects.create(
        lab=lab,
        theme=Theme.DECARBONISATION,
        title=title,
        start_date=start,
        session_weekday=1,
        session_time=dt.time(10, 0),
        online_url="https://teams.microsoft.com/l/meetup-join/today",
    )
    cohort.councils.set(councils)
    cohort_generate_sessions(cohort=cohort)
    return cohort


def _person(n: int, council: Council):
    return user_create(
        email=f"person{n}@{council.slug}.gov.test",
        full_name=f"Angharad Llewellyn-Pritchard {n:02}",
        role=Role.PARTICIPANT,
        council=council,
        password=PASSWORD,
    )


def test_staff_open_the_home_see_todays_session_and_take_its_register(page, db):
    staff = _staff()
    cardiff = Council.objects.get(slug="cardiff")
    today = timezone.localdate()
    cohort = _cohort("Data Lab: winter cohort", Lab.objects.get(code="data"), [cardiff], today)
    # Week 1 is today and has begun (a register opens once its session has started).
    Session.objects.filter(cohort=cohort, number=1).update(
        date=today, start_time=dt.time(0, 0), location="Ty Pont, Pontypool"
    )
    session = cohort.sessions.get(number=1)
    enrolments = [enrolment_create(cohort=cohort, user=_person(n, cardiff)) for n in range(3)]
    enrolment_withdraw(enrolment=enrolments[2], by=staff, reason="Moved job")

    sign_in(page, "sioned@infuse.test", PASSWORD)
    assert page.url.endswith("/staff/"), page.url
    page.axe()
    card = page.locator(f"#session-{session.pk}")
    assert card.locator("xpath=preceding::h2[1]").inner_text().startswith("Today")
    text = card.inner_text()
    assert "Data Lab: winter cohort: week 1" in text
    assert "Ty Pont, Pontypool" in text
    assert card.get_by_role("link", name="Online joining link").get_attribute("href") == (
        "https://teams.microsoft.com/l/meetup-join/today"
    )
    # Two people, not three: the withdrawn person is not counted.
    people = card.locator(".govuk-summary-list__row", has_text="People enrolled")
    assert people.locator("dd").inner_text().strip() == "2"

    # On a phone the page fits the screen: nothing to scroll sideways.
    page.set_viewport_size({"width": 375, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert card.get_by_role("link", name="Take the register").is_visible()
    page.set_viewport_size({"width": 1280, "height": 800})

    card.get_by_role("link", name="Take the register").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/sessions/{session.pk}/register/"), page.url
    page.axe()
    assert page.locator("h1").inner_text() == "Register for week 1"
    page.get_by_label("Angharad Llewellyn-Pritchard 00").check()
    page.get_by_role("button", name="Save the register").click()
    page.wait_for_load_state("load")
    page.axe()
    assert session.attendances.get(enrolment=enrolments[0]).attended


def _inside(page, selector: str) -> None:
    """Every cell matching `selector` is in the viewport and inside the list's own box (which
    would otherwise scroll sideways)."""
    box = page.locator("#changelist .results").bounding_box()
    right = min(1280, box["x"] + box["width"])
    cells = page.locator(selector).all()
    assert cells, selector
    for cell in cells:
        assert cell.is_visible(), selector
        cell_box = cell.bounding_box()
        assert cell_box["x"] >= 0 and cell_box["x"] + cell_box["width"] <= right + 0.5, (
            selector,
            cell_box,
            right,
        )


def test_cohort_and_enrolment_lists_show_status_places_and_progress_at_1280(page, db):
    _staff()
    councils = list(Council.objects.order_by("name"))
    start = timezone.localdate() - dt.timedelta(days=10)
    for i, lab in enumerate(Lab.objects.order_by("code")):
        cohort = _cohort(
            f"{lab.name}: Accelerating Decarbonisation, spring 2027 cohort {i}",
            lab,
            councils[:9],
            start,
        )
        for n in range(3):
            enrolment_create(cohort=cohort, user=_person(10 * i + n, councils[n]), invite=False)

    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, "sioned@infuse.test", PASSWORD)
    page.axe()

    page.goto("/admin/cohorts/cohort/")
    assert page.locator("#result_list tbody tr").count() == 3
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    _inside(page, "#result_list thead th.column-status")
    _inside(page, "#result_list td.field-status")
    _inside(page, "#result_list td.field-places")
    assert page.locator("#result_list td.field-places").first.inner_text() == "3 / 24"

    page.goto("/admin/cohorts/enrolment/")
    assert page.locator("#result_list tbody tr").count() == 9
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    _inside(page, "#result_list td.field-status")
    _inside(page, "#result_list td.field-progress")
    _inside(page, "#result_list thead th.column-progress")
