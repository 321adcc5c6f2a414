"""Programme staff message a cohort from its admin page, in a real browser: compose, preview,
send, and a double click on Send sends once."""

import email
from email import policy

from django.core import mail

from cohorts.models import CohortMessage, MessageRecipientStatus
from cohorts.services import enrolment_create, enrolment_withdraw
from councils.models import Language, Role
from councils.services import user_create
from tests.e2e.conftest import sign_in

PASSWORD = "a-long-staff-passphrase"


def test_staff_compose_preview_and_send_a_message_to_a_cohort(page, make_cohort, cardiff, newport):
    staff = user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )
    cohort = make_cohort(councils=[cardiff, newport], title="Data Lab: spring cohort")
    people = {}
    for email_address, name, council in [
        ("carys@cardiff.test", "Carys Jones", cardiff),
        ("dafydd@newport.test", "Dafydd Evans", newport),
        ("nia@cardiff.test", "Nia Cymraeg", cardiff),
        ("wil@cardiff.test", "Wil Withdrawn", cardiff),
    ]:
        people[name] = user_create(
            email=email_address, full_name=name, role=Role.PARTICIPANT, council=council
        )
        enrolment = enrolment_create(cohort=cohort, user=people[name])
    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Moved job")
    people["Nia Cymraeg"].language = Language.WELSH
    people["Nia Cymraeg"].save(update_fields=["language"])
    user_create(email="lead@cardiff.test", full_name="Llinos Lead", role=Role.LEAD, council=cardiff)
    mail.outbox.clear()

    sign_in(page, "sioned@infuse.test", PASSWORD)
    page.axe()
    page.goto(f"/admin/cohorts/cohort/{cohort.pk}/change/")
    page.get_by_role("link", name="Message this cohort").click()
    page.wait_for_load_state("load")
    page.axe()  # an admin page, but ours: checked all the same
    assert "3 people on this cohort who have not withdrawn" in page.content()
    page.get_by_label("Subject", exact=True).fill("Room change: Tŷ Hywel & the café")
    page.get_by_label("Message", exact=True).fill(
        "## This week\n\nWe meet in **room 2**.\n\n- bring a laptop\n\n<script>alert(1)</script>"
    )
    page.get_by_label("Subject in Welsh").fill("Newid ystafell: Tŷ Hywel")
    page.get_by_label("Message in Welsh").fill("Rydym yn cwrdd yn **ystafell 2**.")
    page.get_by_label("Also send it to the council leads of these people").check()
    page.get_by_role("button", name="Preview").click()
    page.wait_for_load_state("load")

    page.axe()
    preview = page.locator("#preview-body")
    assert preview.locator("strong").inner_text() == "room 2"
    assert preview.locator("li").inner_text() == "bring a laptop"
    assert "<script>" not in preview.inner_html()
    assert page.locator("#preview-body-cy strong").inner_text() == "ystafell 2"
    assert page.locator("#preview-subject").inner_text() == "Room change: Tŷ Hywel & the café"
    recipients = page.locator("#message-recipients").inner_text()
    for name in ["Carys Jones", "Dafydd Evans", "Nia Cymraeg", "Llinos Lead"]:
        assert name in recipients
    assert "Wil Withdrawn" not in recipients
    assert mail.outbox == []  # nothing goes before the confirmation

    # What the page would post: a second tab holding the same confirmation posts it again below.
    confirmation = page.evaluate(
        "() => Object.fromEntries(new FormData(document.getElementById('message-confirm')))"
    )
    sends = []
    page.on(
        "request",
        lambda r: r.method == "POST" and "send=" in (r.post_data or "") and sends.append(r),
    )
    page.get_by_role("button", name="Send to 4 people").dblclick()  # a double click
    page.wait_for_url(f"**/admin/cohorts/cohort/{cohort.pk}/change/")
    page.wait_for_load_state("load")
    assert sends
    assert page.locator("#message-history").inner_text().count("Room change") == 1
    again = page.context.request.post(
        f"/admin/cohorts/cohort/{cohort.pk}/message/",
        form={**confirmation, "send": "Send to 4 people"},
    )
    assert again.ok and "it was not sent again" in again.text()

    message = CohortMessage.objects.get()
    assert message.recipients.filter(status=MessageRecipientStatus.SENT).count() == 4
    assert len(mail.outbox) == 4
    parsed = {
        m.to[0]: email.message_from_bytes(m.message().as_bytes(), policy=policy.default)
        for m in mail.outbox
    }
    assert parsed["Nia Cymraeg <nia@cardiff.test>"]["Subject"] == "Newid ystafell: Tŷ Hywel"
    assert parsed["Carys Jones <carys@cardiff.test>"]["Subject"] == (
        "Room change: Tŷ Hywel & the café"
    )

    page.locator("#message-history a", has_text="Room change").click()
    page.wait_for_load_state("load")
    assert "Llinos Lead" in page.content()
    assert page.get_by_role("link", name="Delete").count() == 0
