"""The profile's calendar link in a real browser (issue 21, acceptance): the copy button puts
the link on the clipboard (clipboard permissions granted in Chromium), "Subscribe in Outlook"
is the same link as webcal:, and the old link keeps working until the replacement is
confirmed. axe checks every page on the way."""

from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in


def feed_status(page, url: str) -> int:
    return page.request.get(url).status


def test_copy_the_calendar_link_and_replace_it_only_once_confirmed(
    page, live_server, participant, enrolment
):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    sign_in(page, participant.email, PASSWORD)
    page.axe()
    page.goto("/profile/")
    page.axe()

    link = page.get_by_label("Calendar link")
    old = link.input_value()
    assert old.startswith(live_server.url + "/calendar/")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator("#calendar-url-status")).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == old
    outlook = page.get_by_role("link", name="Subscribe in Outlook")
    assert outlook.get_attribute("href") == "webcal://" + old.split("://", 1)[1]
    assert feed_status(page, old) == 200

    # Asking for a new link only asks: the old one still works, and stays if you step back.
    page.get_by_role("button", name="Stop the old link and make a new one").click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_have_text("Stop your old calendar link?")
    page.axe()
    assert feed_status(page, old) == 200
    page.get_by_role("link", name="No, keep my link").click()
    page.wait_for_load_state("load")
    assert page.get_by_label("Calendar link").input_value() == old
    assert feed_status(page, old) == 200

    # Confirmed: the old link stops and the new one works.
    page.get_by_role("button", name="Stop the old link and make a new one").click()
    page.wait_for_load_state("load")
    page.get_by_role("button", name="Yes, stop the old link and make a new one").click()
    page.wait_for_load_state("load")
    page.axe()
    new = page.get_by_label("Calendar link").input_value()
    assert new != old
    assert feed_status(page, old) == 404
    assert feed_status(page, new) == 200
    page.get_by_role("button", name="Copy link").click()
    assert page.evaluate("navigator.clipboard.readText()") == new
