"""Programme staff schedule a cohort and enrol people from CSV, in a real browser."""

import datetime as dt

from django.utils import timezone

from cohorts.models import Cohort
from councils.models import Role
from councils.services import user_create
from tests.e2e.conftest import sign_in

PASSWORD = "a-long-staff-passphrase"


def test_staff_creates_a_cohort_and_enrols_people_from_csv(page, db):
    user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )
    sign_in(page, "sioned@infuse.test", PASSWORD)
    assert page.locator("h1").inner_text() == "Programme staff"
    page.axe()

    page.goto("/admin/cohorts/cohort/add/")
    page.select_option("#id_lab", label="Data Lab")
    page.select_option("#id_theme", label="Supportive Communities")
    page.fill("#id_title_en", "Data Lab: spring cohort")  # English and Welsh titles
    start = timezone.localdate() + dt.timedelta(days=40)
    page.fill("#id_start_date", start.isoformat())
    page.select_option("#id_session_weekday", label="Tuesday")
    page.fill("#id_session_time", "10:00")
    page.fill("#id_online_url", "https://teams.microsoft.com/l/meetup-join/spring")
    for council in ["Cardiff", "Newport"]:
        page.select_option("#id_councils_from", label=council)
        page.click("#id_councils_add")
    page.click("input[name=_continue]")
    page.wait_for_load_state("load")
    cohort = Cohort.objects.get(title="Data Lab: spring cohort")
    assert cohort.sessions.count() == 6
    assert page.locator("#sessions-group tr.has_original").count() == 6
    # On a 1280-pixel screen every session's "Take the register" is in view, no sideways scroll.
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    for link in page.locator("#sessions-group a", has_text="Take the register").all():
        box = link.bounding_box()
        assert box and box["x"] + box["width"] <= 1280, box

    page.click("text=Enrol from CSV")
    bad = (
        "email,full name,council\n"
        "carys.jones@cardiff.gov.test,Carys Jones,Cardiff\n"
        "dafydd.evans@newport.gov.test,Dafydd Evans,Newport\n"
        "huw.price@torfaen.gov.test,Huw Price,Torfaen\n"
    )
    page.set_input_files(
        "#id_file", files=[{"name": "people.csv", "mimeType": "text/csv", "buffer": bad.encode()}]
    )
    page.click("input[type=submit][value=Preview]")
    page.wait_for_load_state("load")
    assert "1 row has an error" in page.content()
    error_row = page.locator("#csv-preview tr.csv-row--error")
    assert error_row.count() == 1
    assert "Torfaen is not taking part in this cohort" in error_row.inner_text()
    assert page.locator("input[name=confirm]").count() == 0
    assert cohort.enrolments.count() == 0

    good = bad.replace(
        "huw.price@torfaen.gov.test,Huw Price,Torfaen",
        "huw.price@cardiff.gov.test,Huw Price,cardiff",
    )
    page.set_input_files(
        "#id_file", files=[{"name": "people.csv", "mimeType": "text/csv", "buffer": good.encode()}]
    )
    page.click("input[type=submit][value=Preview]")
    page.wait_for_load_state("load")
    assert "All 3 rows are ready to enrol" in page.content()
    page.click("input[name=confirm]")
    page.wait_for_load_state("load")
    assert "3 people enrolled" in page.content()
    enrolled = page.locator("#enrolments-group").inner_text()
    for name in ["Carys Jones", "Dafydd Evans", "Huw Price"]:
        assert name in enrolled
    assert cohort.enrolments.count() == 3
