"""Programme staff message a cohort: the right people, each in their language, exactly once."""

import email
import threading
import uuid
from email import policy

import pytest
from django.core import mail
from django.urls import reverse

from cohorts.messaging import cohort_messages
from cohorts.messaging.cohort_messages import (
    AlreadySent,
    RecipientsChanged,
    cohort_message_deliver,
    cohort_message_recipients,
    cohort_message_send,
    recipients_digest,
)
from cohorts.models import CohortMessage, CohortMessageRecipient, MessageRecipientStatus
from cohorts.services import enrolment_create, enrolment_withdraw
from cohorts.tasks import send_cohort_message
from councils.models import Language, Role
from tests.support.race import at_once


def parse(message):
    return email.message_from_bytes(message.message().as_bytes(), policy=policy.default)


@pytest.fixture
def welsh_participant(make_user, cardiff, cohort):
    person = make_user("nia.cymraeg@cardiff.test", council=cardiff, name="Nia Cymraeg")
    person.language = Language.WELSH
    person.save(update_fields=["language"])
    enrolment_create(cohort=cohort, user=person)
    return person


@pytest.fixture
def people(enrolment, outsider_enrolment, welsh_participant, lead, outsider_lead, make_user):
    """On the cohort: Gwenllian (Cardiff), Osian (Newport), Nia (Cardiff, Welsh), and Wil, who
    withdrew. Not on it: the two councils' leads, and a lead of a council with nobody on it."""
    withdrawn = make_user("wil.withdrawn@cardiff.test", council=enrolment.user.council)
    enrolment_withdraw(
        enrolment=enrolment_create(cohort=enrolment.cohort, user=withdrawn),
        by=None,
        reason="Moved job",
    )
    make_user("lead@torfaen.test", Role.LEAD, council=_council("torfaen"))
    return {"withdrawn": withdrawn}


def _council(slug):
    from councils.models import Council

    return Council.objects.get(slug=slug)


def send(cohort, staff, *, include_leads=False, token=None, **text):
    recipients = cohort_message_recipients(cohort=cohort, include_leads=include_leads)
    fields = {
        "subject": "Room change: Tŷ Hywel & the café",
        "body": "We meet in **room 2** this week.\n\n- bring a laptop\n- and a pen",
        **text,
    }
    return cohort_message_send(
        cohort=cohort,
        by=staff,
        token=token or uuid.uuid4(),
        include_leads=include_leads,
        digest=recipients_digest(recipients),
        **fields,
    )


WELSH = {"subject_cy": "Newid ystafell: Tŷ Hywel", "body_cy": "Rydym yn cwrdd yn **ystafell 2**."}


def test_everyone_not_withdrawn_gets_one_email_and_the_leads_only_when_chosen(
    cohort, staff, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message, created = send(cohort, staff)
    assert created
    assert sorted(m.to[0].split("<")[1].rstrip(">") for m in mail.outbox) == [
        "gwen.owner@cardiff.test",
        "nia.cymraeg@cardiff.test",
        "osian.outsider@newport.test",
    ]
    assert not message.recipients.filter(user=people["withdrawn"]).exists()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        send(cohort, staff, include_leads=True, subject="Next week's reading")
    addresses = sorted(m.to[0].split("<")[1].rstrip(">") for m in mail.outbox)
    # The leads of Cardiff and Newport (whose people are on it); not Torfaen's.
    assert addresses == [
        "gwen.owner@cardiff.test",
        "lead@cardiff.test",
        "lead@newport.test",
        "nia.cymraeg@cardiff.test",
        "osian.outsider@newport.test",
    ]
    lead_email = next(m for m in mail.outbox if "lead@cardiff.test" in m.to[0])
    assert "council leads of people taking part" in lead_email.body


def test_running_the_send_task_twice_sends_one_email_per_person(cohort, staff, people):
    message, _ = send(cohort, staff)  # on_commit not run: the task is run by hand below
    assert mail.outbox == []
    assert send_cohort_message.delay(message.pk).get() == 0
    assert send_cohort_message.delay(message.pk).get() == 0
    assert cohort_message_deliver(message_id=message.pk) == []
    assert len(mail.outbox) == 3
    assert len({m.to[0] for m in mail.outbox}) == 3
    assert set(message.recipients.values_list("status", flat=True)) == {"sent"}


@pytest.mark.django_db(transaction=True)
def test_two_senders_at_once_send_each_email_exactly_once(cohort, staff, people, monkeypatch):
    monkeypatch.setattr(send_cohort_message, "delay_on_commit", lambda *args: None)
    mail.outbox.clear()  # the invitations, sent at once outside a test's transaction
    message, _ = send(cohort, staff)
    assert mail.outbox == []
    barrier = threading.Barrier(2)
    original = cohort_messages.CohortMessageRecipient.objects.filter

    def racing_filter(*args, **kwargs):
        # Both senders reach the guarded update together.
        if "message" in kwargs and len(kwargs) == 1:
            try:
                barrier.wait(timeout=5)
            except threading.BrokenBarrierError:
                pass
        return original(*args, **kwargs)

    cohort_messages.CohortMessageRecipient.objects.filter = racing_filter
    try:
        errors = at_once(lambda: cohort_message_deliver(message_id=message.pk))
    finally:
        del cohort_messages.CohortMessageRecipient.objects.filter
    assert not errors
    assert len(mail.outbox) == 3
    assert len({m.to[0] for m in mail.outbox}) == 3


def test_a_welsh_speaker_gets_the_welsh_text_and_an_english_speaker_the_english(
    cohort, staff, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = send(cohort, staff, **WELSH)
    by_address = {m.to[0].split("<")[1].rstrip(">"): parse(m) for m in mail.outbox}

    welsh = by_address["nia.cymraeg@cardiff.test"]
    assert welsh["Subject"] == "Newid ystafell: Tŷ Hywel"
    assert "Rydym yn cwrdd yn **ystafell 2**." in welsh.get_body(("plain",)).get_content()
    html = welsh.get_body(("html",)).get_content()
    assert "<strong>ystafell 2</strong>" in html
    assert "room 2" not in html
    assert "Annwyl Nia Cymraeg" in html  # the email's own words in Welsh too

    english = by_address["gwen.owner@cardiff.test"]
    # Encoded on the wire (non-ASCII), read back exactly: the ampersand not HTML-escaped.
    assert english["Subject"] == "Room change: Tŷ Hywel & the café"
    raw = mail.outbox[0].message().as_bytes()
    assert b"Subject: =?utf-8?" in raw
    text = english.get_body(("plain",)).get_content()
    assert "Dear Gwenllian Owner" in text and "We meet in **room 2** this week." in text
    html = english.get_body(("html",)).get_content()
    assert "<strong>room 2</strong>" in html and "<li>bring a laptop</li>" in html
    assert "ystafell" not in html
    assert dict(message.recipients.values_list("user__email", "language")) == {
        "gwen.owner@cardiff.test": "en",
        "osian.outsider@newport.test": "en",
        "nia.cymraeg@cardiff.test": "cy",
    }


def test_without_a_welsh_text_the_welsh_speaker_gets_the_english_marked_as_english(
    cohort, staff, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(cohort, staff)
    welsh = next(parse(m) for m in mail.outbox if "nia.cymraeg" in m.to[0])
    assert welsh["Subject"] == "Room change: Tŷ Hywel & the café"
    html = welsh.get_body(("html",)).get_content()
    assert '<div lang="en">' in html and "<strong>room 2</strong>" in html


def test_the_email_has_both_parts_and_the_headers_of_the_portals_other_emails(
    cohort, staff, people, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        send(cohort, staff, body="<script>alert(1)</script>\n\n[link](javascript:alert(2))")
    parsed = parse(mail.outbox[0])
    assert parsed.get_content_type() == "multipart/alternative"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["Precedence"] == "bulk"
    assert parsed["Reply-To"] == settings.PROGRAMME_CONTACT_EMAIL
    html = parsed.get_body(("html",)).get_content()
    assert "<script>" not in html and "javascript:" not in html  # sanitised as on the pages
    assert parsed.get_body(("plain",)) is not None


def test_someone_withdrawn_after_the_message_was_sent_is_skipped(cohort, staff, people, enrolment):
    message, _ = send(cohort, staff)
    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Left")
    cohort_message_deliver(message_id=message.pk)
    assert len(mail.outbox) == 2
    assert message.recipients.get(user=enrolment.user).status == MessageRecipientStatus.SKIPPED


def test_the_same_form_sent_twice_makes_one_message(
    cohort, staff, people, django_capture_on_commit_callbacks
):
    token = uuid.uuid4()
    with django_capture_on_commit_callbacks(execute=True):
        first, created = send(cohort, staff, token=token)
        again, created_again = send(cohort, staff, token=token)
    assert created and not created_again and again == first
    assert CohortMessage.objects.count() == 1
    assert len(mail.outbox) == 3


def test_the_same_text_from_another_form_is_refused_unless_staff_confirm(cohort, staff, people):
    send(cohort, staff)
    with pytest.raises(AlreadySent):
        send(cohort, staff)
    assert CohortMessage.objects.count() == 1
    recipients = cohort_message_recipients(cohort=cohort, include_leads=False)
    cohort_message_send(
        cohort=cohort,
        by=staff,
        token=uuid.uuid4(),
        subject="Room change: Tŷ Hywel & the café",
        body="We meet in **room 2** this week.\n\n- bring a laptop\n- and a pen",
        digest=recipients_digest(recipients),
        again=True,
    )
    assert CohortMessage.objects.count() == 2


def test_people_who_changed_since_the_preview_stop_the_send(cohort, staff, people, enrolment):
    digest = recipients_digest(cohort_message_recipients(cohort=cohort, include_leads=False))
    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Left")
    with pytest.raises(RecipientsChanged):
        cohort_message_send(
            cohort=cohort, by=staff, token=uuid.uuid4(), subject="S", body="B", digest=digest
        )
    assert CohortMessage.objects.count() == 0
    assert CohortMessageRecipient.objects.count() == 0


def test_a_failed_send_is_retried_without_sending_the_others_again(
    cohort, staff, people, monkeypatch
):
    message, _ = send(cohort, staff)
    original = cohort_messages._email
    calls = {"n": 0}

    def flaky(row, *, connection):
        calls["n"] += 1
        if calls["n"] == 2:
            raise ConnectionError("dropped")
        return original(row, connection=connection)

    monkeypatch.setattr(cohort_messages, "_email", flaky)
    failed = cohort_message_deliver(message_id=message.pk)
    assert len(failed) == 1 and len(mail.outbox) == 2
    row = CohortMessageRecipient.objects.get(pk=failed[0])
    assert row.status == MessageRecipientStatus.PENDING and row.error == "ConnectionError"
    assert cohort_message_deliver(message_id=message.pk) == []
    assert len(mail.outbox) == 3 and len({m.to[0] for m in mail.outbox}) == 3


def test_a_send_whose_worker_died_is_sent_by_the_sweep_once(cohort, staff, people):
    from django.utils import timezone

    from cohorts.tasks import sweep_cohort_messages

    message, _ = send(cohort, staff)
    # A worker took the rows and died before sending any of them.
    message.recipients.update(status=MessageRecipientStatus.SENDING, claim=uuid.uuid4())
    assert sweep_cohort_messages.delay().get() == 0  # not yet: it may still be sending
    assert mail.outbox == []
    message.recipients.update(claimed_at=timezone.now() - cohort_messages.STALE_AFTER * 2)
    assert sweep_cohort_messages.delay().get() == 1
    assert sweep_cohort_messages.delay().get() == 0
    assert len(mail.outbox) == 3


def test_the_message_is_audited_and_cannot_be_deleted_with_its_cohort(cohort, staff, people):
    from auditlog.models import LogEntry
    from django.db.models import ProtectedError

    message, _ = send(cohort, staff)
    assert LogEntry.objects.get_for_object(message).exists()
    recipient = message.recipients.first()
    assert LogEntry.objects.get_for_object(recipient).exists()
    with pytest.raises(ProtectedError):
        cohort.delete()


# The admin page: compose → preview → send.


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def test_staff_compose_preview_and_send_from_the_cohort_page(
    staff_client, cohort, people, django_capture_on_commit_callbacks
):
    change = staff_client.get(reverse("admin:cohorts_cohort_change", args=[cohort.pk]))
    url = reverse("admin:cohorts_cohort_message", args=[cohort.pk])
    assert url in change.content.decode()
    page = staff_client.get(url)
    assert page.status_code == 200
    token = page.context["form"]["create_token"].value()
    data = {
        "subject": "Room change",
        "body": "# Room 2\n\nSee you there.",
        "subject_cy": "",
        "body_cy": "",
        "include_leads": "on",
        "create_token": str(token),
        "preview": "Preview",
    }
    preview = staff_client.post(url, data)
    content = preview.content.decode()
    assert preview.context["count"] == 5
    assert "Send to 5 people" in content
    assert '<h3 class="govuk-heading-s">Room 2</h3>' in content  # rendered as on the pages
    hidden = {**data, "digest": preview.context["hidden"]["digest"], "send": "Send"}
    del hidden["preview"]
    with django_capture_on_commit_callbacks(execute=True):
        sent = staff_client.post(url, hidden)
        second = staff_client.post(url, hidden)  # a double click
    assert sent.status_code == 302 and second.status_code == 302
    assert CohortMessage.objects.count() == 1 and len(mail.outbox) == 5
    history = staff_client.get(reverse("admin:cohorts_cohort_change", args=[cohort.pk]))
    assert "Room change" in history.content.decode()
    message = CohortMessage.objects.get()
    detail = staff_client.get(reverse("admin:cohorts_cohortmessage_change", args=[message.pk]))
    assert detail.status_code == 200 and "Llywelyn Lead" in detail.content.decode()


def test_a_message_edited_after_going_back_from_a_send_is_a_new_message(
    staff_client, cohort, people, django_capture_on_commit_callbacks
):
    url = reverse("admin:cohorts_cohort_message", args=[cohort.pk])
    token = str(uuid.uuid4())
    data = {"subject": "Room change", "body": "Room 2", "create_token": token}
    preview = staff_client.post(url, {**data, "preview": "Preview"})
    sent = {**data, "digest": preview.context["hidden"]["digest"], "send": "Send"}
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(url, sent)
    # Back to the preview, "Change the message", a new text, preview and send.
    back = {key: value for key, value in sent.items() if key != "send"}
    edited = staff_client.post(url, {**back, "edit": "Change"})
    new_token = edited.context["form"]["create_token"].value()
    assert new_token != token
    data = {"subject": "Room change (correction)", "body": "Room 3", "create_token": new_token}
    preview = staff_client.post(url, {**data, "preview": "Preview"})
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(url, {**data, "digest": preview.context["hidden"]["digest"], "send": "S"})
    assert list(CohortMessage.objects.order_by("created_at").values_list("subject", flat=True)) == [
        "Room change",
        "Room change (correction)",
    ]
    assert len(mail.outbox) == 6


def test_a_welsh_subject_without_a_welsh_message_is_refused(staff_client, cohort, people):
    url = reverse("admin:cohorts_cohort_message", args=[cohort.pk])
    response = staff_client.post(
        url,
        {
            "subject": "S",
            "body": "B",
            "subject_cy": "Pwnc",
            "body_cy": "",
            "create_token": str(uuid.uuid4()),
            "preview": "Preview",
        },
    )
    assert response.context["stage"] == "compose"
    assert "Write both the Welsh subject and the Welsh message" in response.content.decode()


def test_a_send_without_its_token_is_refused(staff_client, cohort, people):
    url = reverse("admin:cohorts_cohort_message", args=[cohort.pk])
    response = staff_client.post(url, {"subject": "S", "body": "B", "send": "Send"})
    assert response.status_code == 400
    assert CohortMessage.objects.count() == 0


def test_messages_cannot_be_deleted_in_the_admin(staff_client, cohort, staff, people):
    message, _ = send(cohort, staff)
    url = reverse("admin:cohorts_cohortmessage_delete", args=[message.pk])
    assert staff_client.post(url, {"post": "yes"}).status_code == 403
    assert CohortMessage.objects.filter(pk=message.pk).exists()


@pytest.mark.parametrize("who", ["participant", "lead", "outsider", "funder"])
def test_people_other_than_staff_are_answered_as_by_the_rest_of_the_admin(
    client, cohort, request, who
):
    client.force_login(request.getfixturevalue(who))
    url = reverse("admin:cohorts_cohort_message", args=[cohort.pk])
    admin_page = client.get(reverse("admin:cohorts_cohort_change", args=[cohort.pk]))
    for response in (client.get(url), client.post(url, {"subject": "S", "body": "B"})):
        assert response.status_code == admin_page.status_code
        assert response.status_code in (302, 403, 404)
        assert "Message this cohort" not in response.content.decode()
    assert CohortMessage.objects.count() == 0


def test_an_anonymous_visitor_is_sent_to_sign_in(client, cohort):
    response = client.get(reverse("admin:cohorts_cohort_message", args=[cohort.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_erasing_someone_who_was_sent_a_message_keeps_the_record_without_their_name(
    cohort, staff, people, participant
):
    from auditlog.models import LogEntry

    from privacy.erasure import person_erase

    message, _ = send(cohort, staff)
    assert LogEntry.objects.filter(object_repr__contains="Gwenllian").exists()
    person_erase(user=participant, by=staff)
    row = message.recipients.get(user=participant)  # kept: the cohort's history
    row.user.refresh_from_db()
    assert row.user.erased_at is not None and "Gwenllian" not in row.user.full_name
    assert not LogEntry.objects.filter(object_repr__contains="Gwenllian").exists()
    assert not LogEntry.objects.filter(changes_text__contains="Gwenllian").exists()


def test_a_send_that_keeps_failing_is_marked_failed_when_its_retries_run_out(
    cohort, staff, people, monkeypatch
):
    message, _ = send(cohort, staff)

    def refused(row, *, connection):
        raise ConnectionError("refused")

    monkeypatch.setattr(cohort_messages, "_email", refused)
    monkeypatch.setattr("cohorts.tasks.backoff", lambda retries: 0)
    send_cohort_message.delay(message.pk)
    assert mail.outbox == []
    rows = message.recipients.all()
    assert {row.status for row in rows} == {MessageRecipientStatus.FAILED}
    assert {row.attempts for row in rows} == {6}  # the first try and five retries
    assert cohort_messages.cohort_messages_stranded() == []  # not swept: staff see them


def test_the_cohort_page_lists_each_message_with_how_many_of_its_emails_went(
    staff, cohort, enrolment, outsider_enrolment, lead, django_assert_num_queries
):
    """Newest first, "sent of people" for each; a message nobody was listed for shows 0 of 0;
    a cohort with none says so. The history reads the messages, then counts the recipients of
    all of them in one query (none when there are no messages)."""
    from django.contrib import admin
    from django.utils import timezone

    from cohorts.models import Cohort

    history = admin.site._registry[Cohort].message_history
    staff.full_name = 'Siân <b>"O\'Brien" & co</b>'
    staff.save(update_fields=["full_name"])
    with django_assert_num_queries(1):
        assert history(cohort) == "None yet."
    now = timezone.now()
    made = {}
    for days, subject in [(3, "Room <change>"), (2, "Slides"), (1, "Nobody")]:
        made[subject] = CohortMessage.objects.create(
            cohort=cohort,
            subject=subject,
            body="B",
            sent_by=staff,
            create_token=uuid.uuid4(),
            created_at=now - timezone.timedelta(days=days),
        )
    for message, person, status in [
        (made["Room <change>"], enrolment.user, MessageRecipientStatus.SENT),
        (made["Room <change>"], outsider_enrolment.user, MessageRecipientStatus.PENDING),
        (made["Room <change>"], lead, MessageRecipientStatus.SENT),
        (made["Slides"], enrolment.user, MessageRecipientStatus.FAILED),
    ]:
        CohortMessageRecipient.objects.create(
            message=message, user=person, sent_as="participant", status=status
        )
    with django_assert_num_queries(2):
        html = str(history(cohort))
    rows = html.split("<tbody>")[1].split("</tr>")[:3]
    assert ["Nobody" in rows[0], "Slides" in rows[1], "Room &lt;change&gt;" in rows[2]] == [
        True
    ] * 3
    assert [r.rsplit("<td>", 1)[1] for r in rows] == ["0 of 0</td>", "0 of 1</td>", "2 of 3</td>"]
    assert all("Siân &lt;b&gt;&quot;O&#x27;Brien&quot; &amp; co&lt;/b&gt;" in r for r in rows)
    change = reverse("admin:cohorts_cohortmessage_change", args=[made["Slides"].pk])
    assert f'<a href="{change}">Slides</a>' in rows[1]
