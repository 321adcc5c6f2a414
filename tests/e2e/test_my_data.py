"""A participant finds "Your data" from their profile in a real browser and downloads the ZIP."""

import io
import zipfile

import pytest
from django.utils import timezone

from cohorts.demo import DEMO_PASSWORD, demo_load
from tests.e2e.conftest import sign_in


@pytest.fixture
def demo(db):
    demo_load(today=timezone.localdate())


def test_a_participant_downloads_their_data_from_their_profile(page, demo):
    sign_in(page, "participant.cardiff@demo.infuse.test", DEMO_PASSWORD)
    page.axe()
    page.goto("/profile/")
    page.axe()
    page.get_by_role("link", name="Download everything the portal holds about you").click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == "Your data"
    page.axe()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download my data (ZIP)").click()
    data = open(info.value.path(), "rb").read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert "records/cohorts.Enrolment.json" in zf.namelist()
