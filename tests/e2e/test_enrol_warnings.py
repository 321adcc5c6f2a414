"""Issue 22, point 5: programme staff enrolling someone whose sessions clash with another cohort
of theirs are warned, naming that cohort and the clash, and choose: cancel (nothing saved) or
"Enrol anyway" (enrolled). The enrol-person search names each person's council and email."""

import datetime as dt

from django.utils import timezone

from cohorts.models import Cohort, Enrolment, Theme
from cohorts.scheduling.services import cohort_generate_sessions
from cohorts.services import enrolment_create
from councils.models import Council, Role
from councils.services import user_create
from labs.models import Lab
from tests.e2e.conftest import sign_in

PASSWORD = "a-long-staff-passphrase"


def _cohort(lab: str, title: str, start: dt.date, councils) -> Cohort:
    cohort = Cohort.objects.create(
        lab=Lab.objects.get(code=lab),
        theme=Theme.COMMUNITIES,
        title=title,
        start_date=start,
        session_weekday=1,
        session_time=dt.time(10, 0),
        online_url="https://teams.microsoft.com/l/meetup-join/" + lab,
    )
    cohort.councils.set(councils)
    cohort_generate_sessions(cohort=cohort)
    return cohort


def _choose_person(page, typed: str, label: str) -> None:
    page.locator("#enrolments-2-group .select2-selection").first.click()
    page.locator(".select2-search__field").fill(typed)
    option = page.locator(".select2-results__option", has_text=label)
    option.wait_for()
    option.click()


def test_staff_are_warned_of_a_clash_and_cancel_or_enrol_anyway(page, db):
    user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )
    cardiff = Council.objects.get(slug="cardiff")
    torfaen = Council.objects.get(slug="torfaen")
    today = timezone.localdate()
    tuesday = today + dt.timedelta(days=(1 - today.weekday()) % 7 + 7)
    adaption = _cohort("adaption", "Adaption Lab: April", tuesday, [cardiff])
    data = _cohort("data", "Data Lab: May", tuesday + dt.timedelta(weeks=2), [cardiff])
    gwen = user_create(
        email="gwen@cardiff.gov.test",
        full_name="Gwenllian Owner",
        role=Role.PARTICIPANT,
        council=cardiff,
    )
    user_create(
        email="gwen@torfaen.gov.test",
        full_name="Gwenda Torfaen",
        role=Role.PARTICIPANT,
        council=torfaen,
    )
    enrolment_create(cohort=adaption, user=gwen, invite=False)

    sign_in(page, "sioned@infuse.test", PASSWORD)
    page.axe()
    page.goto(f"/admin/cohorts/cohort/{data.pk}/change/")
    # The search offers Cardiff's Gwen with her council and email, not Torfaen's Gwenda.
    _choose_person(page, "Gwen", "Gwenllian Owner (Cardiff) <gwen@cardiff.gov.test>")
    page.locator("#enrolments-2-group .select2-selection").first.click()
    page.locator(".select2-search__field").fill("Gwenda")
    page.locator(".select2-results__option", has_text="No results found").wait_for()
    page.keyboard.press("Escape")

    page.click("input[name=_continue]")
    page.wait_for_load_state("load")
    warning = page.locator("#enrol-warnings")
    assert warning.is_visible()
    text = warning.inner_text()
    assert "Gwenllian Owner is on Adaption Lab: April, whose sessions clash" in text
    assert "their week 3, 10:00–11:30, and this cohort's week 1, 10:00–11:30" in text
    assert not Enrolment.objects.filter(cohort=data).exists()  # nothing saved yet

    # Cancel: back to the cohort as it was, nobody enrolled.
    warning.get_by_role("link", name="Cancel").click()
    page.wait_for_load_state("load")
    assert page.locator("#enrol-warnings").count() == 0
    assert not Enrolment.objects.filter(cohort=data).exists()

    # Again, and this time enrol anyway.
    _choose_person(page, "Gwen", "Gwenllian Owner (Cardiff)")
    page.click("input[name=_continue]")
    page.wait_for_load_state("load")
    page.locator("#enrol-warnings").get_by_role("button", name="Enrol anyway").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/admin/cohorts/cohort/{data.pk}/change/")
    assert "1 person enrolled" in page.content()
    assert "Gwenllian Owner" in page.locator("#enrolments-group").inner_text()
    assert Enrolment.objects.filter(cohort=data).get().user == gwen


def test_a_lead_is_warned_of_a_clash_and_nominates_anyway(page, db):
    cardiff = Council.objects.get(slug="cardiff")
    user_create(
        email="lead@cardiff.gov.test",
        full_name="Llywelyn Lead",
        role=Role.LEAD,
        council=cardiff,
        password=PASSWORD,
    )
    today = timezone.localdate()
    tuesday = today + dt.timedelta(days=(1 - today.weekday()) % 7 + 7)
    adaption = _cohort("adaption", "Adaption Lab: April", tuesday, [cardiff])
    data = _cohort("data", "Data Lab: May", tuesday + dt.timedelta(weeks=2), [cardiff])
    gwen = user_create(
        email="gwen@cardiff.gov.test",
        full_name="Gwenllian Owner",
        role=Role.PARTICIPANT,
        council=cardiff,
    )
    enrolment_create(cohort=adaption, user=gwen, invite=False)

    sign_in(page, "lead@cardiff.gov.test", PASSWORD)
    page.axe()
    page.goto(f"/council/cohorts/{data.pk}/nominate/")
    page.axe()
    page.get_by_label("Colleague", exact=True).select_option(label="Gwenllian Owner")
    page.get_by_role("button", name="Nominate this colleague").click()
    page.wait_for_load_state("load")
    page.axe()
    warning = page.locator("#nominate-warnings").inner_text()
    assert "Check before you nominate Gwenllian Owner" in warning
    assert "Adaption Lab: April, whose sessions clash" in warning
    assert not Enrolment.objects.filter(cohort=data).exists()
    page.get_by_role("button", name="Nominate anyway").click()
    page.wait_for_load_state("load")
    page.axe()
    assert "Gwenllian Owner is enrolled in Data Lab: May" in page.locator("main").inner_text()
    assert Enrolment.objects.get(cohort=data).nominated_by.email == "lead@cardiff.gov.test"
