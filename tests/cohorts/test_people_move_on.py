"""People move on (issue 22, point 11): a person moved to another council, marked as having
left, a council's lead role handed on, and a bounced address shown to staff."""

import dataclasses
import datetime as dt

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from auditlog.models import LogEntry
from django.contrib.auth import get_user
from django.urls import reverse
from django.utils import timezone

from cohorts import selectors
from cohorts.models import Enrolment, EnrolmentEvent, EnrolmentStatus
from cohorts.reports import report_filters, report_for, report_options
from cohorts.reports.tables import tidy_rows
from cohorts.services import LEFT_REASON, enrolment_create, person_mark_left
from councils.audit import person_entries
from councils.models import Role, User
from councils.services import (
    PersonMoveRefused,
    council_lead_handover,
    user_move_council,
)
from tests.cohorts.reports_data import TODAY
from tests.conftest import PASSWORD

# --- Reports do not shift when someone moves ---------------------------------------------------


def _readable(tables) -> list:
    """Every figure of a report's tables, as each reader sees it."""
    return [
        (
            table.key,
            table.title,
            [
                (
                    row.label,
                    row.period,
                    row.lab,
                    row.council,
                    row.theme,
                    [c.text for c in row.cells],
                )
                for row in table.rows
            ],
        )
        for table in tables
    ]


def _every_report(readers) -> dict:
    """Each reader's report tables for every period they may choose, and the monitoring
    return's figures (the funder's view of each quarter, as `returns` builds it)."""
    figures = {}
    for reader in readers:
        options = report_options(user=reader, today=TODAY)
        for period in options.periods:
            filters = report_filters(options=options, data={"period": period.key})
            rep = report_for(user=reader, filters=filters, options=options)
            figures[(reader.email, period.key)] = _readable(rep.tables)
            if reader.role == Role.STAFF and period.key.count("-q"):
                funder_view = dataclasses.replace(options, audience="funder", cohorts=[])
                again = report_filters(options=funder_view, data={"period": period.key})
                monitoring = report_for(user=reader, filters=again, options=funder_view)
                figures[("monitoring", period.key)] = tidy_rows(monitoring.tables)
    return figures


def test_a_person_moved_to_another_council_leaves_every_past_figure_unchanged(
    programme, staff, funder, make_user
):
    councils = programme["councils"]
    cardiff_lead = make_user("lead@cardiff.test", Role.LEAD, councils["cardiff"])
    newport_lead = make_user("lead@newport.test", Role.LEAD, councils["newport"])
    bridgend_lead = make_user("lead@bridgend.test", Role.LEAD, councils["bridgend"])
    readers = [staff, funder, cardiff_lead, newport_lead, bridgend_lead]
    before = _every_report(readers)
    people = programme["people"]
    moving = [
        people[("D1", "cardiff", "done")][0],  # finished, with a certificate
        people[("A1", "cardiff", "recent")][0],  # active lately
        people[("D1", "cardiff", "gone")][0],  # withdrew
        *people[("D2", "bridgend", "on")][:3],  # on a Lab that is running
    ]
    for person in moving:
        assert user_move_council(user=person, council=councils["newport"], by=staff)
    assert User.objects.filter(pk__in=[p.pk for p in moving], council__slug="newport").count() == 6
    after = _every_report(readers)
    assert len(before) > 30
    assert after.keys() == before.keys()
    for key, tables in before.items():
        assert after[key] == tables, key


def test_the_new_councils_lead_sees_the_person_from_now_on_and_the_old_lead_keeps_the_past(
    programme, staff, make_user, make_cohort
):
    councils = programme["councils"]
    cardiff_lead = make_user("lead@cardiff.test", Role.LEAD, councils["cardiff"])
    newport_lead = make_user("lead@newport.test", Role.LEAD, councils["newport"])
    person = programme["people"][("D1", "cardiff", "done")][0]
    past = Enrolment.objects.get(user=person)
    user_move_council(user=person, council=councils["newport"], by=staff)
    past.refresh_from_db()
    assert past.council == councils["cardiff"]
    assert selectors.enrolments_visible_to(user=cardiff_lead).filter(pk=past.pk).exists()
    assert not selectors.enrolments_visible_to(user=newport_lead).filter(pk=past.pk).exists()
    later = make_cohort(
        start=TODAY + dt.timedelta(days=30), councils=[councils["newport"]], title="Later"
    )
    assert person in selectors.colleagues_for_lead(user=newport_lead, cohort=later)
    assert person not in selectors.colleagues_for_lead(user=cardiff_lead, cohort=later)
    new = enrolment_create(cohort=later, user=person, by=staff, invite=False)
    assert new.council == councils["newport"]
    assert selectors.enrolments_visible_to(user=newport_lead).filter(pk=new.pk).exists()
    assert not selectors.enrolments_visible_to(user=cardiff_lead).filter(pk=new.pk).exists()


def test_enrolments_take_the_persons_council_when_made(enrolment, cardiff, outsider, cohort):
    assert enrolment.council == cardiff
    csv_made = Enrolment.objects.create(cohort=cohort, user=outsider)
    assert csv_made.council == outsider.council


def test_the_data_migration_fills_existing_enrolments_from_their_person(enrolment, cardiff):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("cohorts.migrations.0013_issue22g_enrolment_council")
    Enrolment.objects.filter(pk=enrolment.pk).update(council=None)
    migration.fill_council(apps, None)
    enrolment.refresh_from_db()
    assert enrolment.council == cardiff


def test_a_lead_or_staff_cannot_be_moved_between_councils(lead, staff, newport):
    with pytest.raises(PersonMoveRefused):
        user_move_council(user=lead, council=newport, by=staff)
    with pytest.raises(PersonMoveRefused):
        user_move_council(user=staff, council=newport, by=staff)


def test_staff_move_a_person_after_a_confirmation_page(client, staff, enrolment, newport):
    person = enrolment.user
    client.force_login(staff)
    url = reverse("admin:councils_user_move", args=[person.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Their enrolments so far stay with the council" in page.content.decode()
    refused = client.post(url, {})
    assert refused.status_code == 400
    person.refresh_from_db()
    assert person.council.slug == "cardiff"
    done = client.post(url, {"council": newport.pk})
    assert done.status_code == 302
    person.refresh_from_db()
    enrolment.refresh_from_db()
    assert person.council == newport
    assert enrolment.council.slug == "cardiff"
    moved = person_entries(person).filter(action=LogEntry.Action.UPDATE, changes__has_key="council")
    assert moved.count() == 1 and moved.get().actor == staff
    # A second post (a double click) changes nothing more.
    client.post(url, {"council": newport.pk})
    assert (
        person_entries(person)
        .filter(action=LogEntry.Action.UPDATE, changes__has_key="council")
        .count()
        == 1
    )


def test_a_move_repeated_from_a_second_tab_says_they_are_already_there(
    client, staff, enrolment, cardiff, newport
):
    """The form does not offer their own council, but a second submit (a double click, a
    second tab: they are in the new council now) is told plainly, and changes nothing."""
    person = enrolment.user
    client.force_login(staff)
    url = reverse("admin:councils_user_move", args=[person.pk])
    page = client.get(url).content.decode()
    assert f'value="{newport.pk}"' in page and f'value="{cardiff.pk}"' not in page
    client.post(url, {"council": newport.pk})
    again = client.post(url, {"council": newport.pk}, follow=True)
    html = again.content.decode()
    assert again.status_code == 200
    assert "Select a valid choice" not in html
    assert f"{person.full_name} is already in {newport.display_name}: nothing has changed." in (
        html
    )
    person.refresh_from_db()
    assert person.council == newport
    moves = person_entries(person).filter(action=LogEntry.Action.UPDATE, changes__has_key="council")
    assert moves.count() == 1
    # Their council now is no longer offered; the one they left is.
    page = client.get(url).content.decode()
    assert f'value="{cardiff.pk}"' in page and f'value="{newport.pk}"' not in page


# --- Left the council -------------------------------------------------------------------------


def test_a_person_who_left_is_withdrawn_with_the_reason_and_cannot_sign_in(
    client, staff, enrolment, participant, make_cohort, cardiff
):
    finished = make_cohort(start=dt.date(2024, 1, 9), councils=[cardiff], title="Old")
    old = Enrolment.objects.create(
        cohort=finished, user=participant, status=EnrolmentStatus.COMPLETED
    )
    client.force_login(participant)
    assert get_user(client).is_authenticated
    admin = type(client)()
    admin.force_login(staff)
    url = reverse("admin:councils_user_left", args=[participant.pk])
    page = admin.get(url)
    assert page.status_code == 200
    assert enrolment.cohort.title in page.content.decode()
    assert admin.post(url, {"confirm": "left"}).status_code == 302
    enrolment.refresh_from_db()
    old.refresh_from_db()
    participant.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.WITHDRAWN
    assert enrolment.withdrawn_reason == LEFT_REASON
    assert EnrolmentEvent.objects.filter(
        enrolment=enrolment, status=EnrolmentStatus.WITHDRAWN, note=LEFT_REASON, by=staff
    ).exists()
    assert old.status == EnrolmentStatus.COMPLETED  # their history stays
    assert not participant.is_active
    # Their session no longer signs them in, nor does their password.
    assert not get_user(client).is_authenticated
    assert not type(client)().login(email=participant.email, password=PASSWORD)
    # Twice (a double click): nothing more is withdrawn or recorded.
    assert person_mark_left(user=participant, by=staff) == 0
    assert EnrolmentEvent.objects.filter(enrolment=enrolment, note=LEFT_REASON).count() == 1


# --- Handing a council's lead role on ----------------------------------------------------------


def test_a_councils_lead_role_is_handed_on_with_both_changes_in_the_audit_trail(
    client, staff, lead, participant, cardiff, enrolment
):
    client.force_login(staff)
    url = reverse("admin:councils_user_make_lead", args=[participant.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert lead.full_name in page.content.decode()  # who loses it is named
    assert "They are on a Lab now." in page.content.decode()  # and what they lose
    assert client.post(url, {"confirm": "lead"}).status_code == 302
    lead.refresh_from_db()
    participant.refresh_from_db()
    assert participant.role == Role.LEAD
    assert lead.role == Role.PARTICIPANT
    assert list(User.objects.filter(council=cardiff, role=Role.LEAD)) == [participant]
    gained = person_entries(participant).get(action=LogEntry.Action.UPDATE, changes__has_key="role")
    lost = person_entries(lead).get(action=LogEntry.Action.UPDATE, changes__has_key="role")
    assert gained.changes["role"] == ["participant", "lead"] and gained.actor == staff
    assert lost.changes["role"] == ["lead", "participant"] and lost.actor == staff
    # Again (a second tab): nothing changes, nothing more is recorded.
    council_lead_handover(council=cardiff, to=participant, by=staff)
    assert (
        LogEntry.objects.filter(action=LogEntry.Action.UPDATE, changes__has_key="role").count() == 2
    )


def test_the_lead_role_goes_only_to_an_active_person_of_the_council(staff, outsider, cardiff):
    with pytest.raises(PersonMoveRefused):
        council_lead_handover(council=cardiff, to=outsider, by=staff)
    outsider.refresh_from_db()
    assert outsider.role == Role.PARTICIPANT


# --- Only staff --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["participant", "lead", "funder", "outsider_lead"])
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("admin:councils_user_move", {"council": "NEWPORT"}),
        ("admin:councils_user_left", {"confirm": "left"}),
        ("admin:councils_user_make_lead", {"confirm": "lead"}),
    ],
)
def test_nobody_but_staff_can_move_mark_left_or_make_a_lead(
    request, client, who, name, data, participant, newport, cardiff
):
    reader = request.getfixturevalue(who)
    target = participant if who != "participant" else request.getfixturevalue("outsider")
    before = User.objects.values_list("pk", "council_id", "role", "is_active").order_by("pk")
    before = list(before)
    client.force_login(reader)
    if data.get("council") == "NEWPORT":
        data = {"council": newport.pk if target.council_id == cardiff.pk else cardiff.pk}
    url = reverse(name, args=[target.pk])
    assert client.get(url).status_code in (302, 403)
    assert client.post(url, data).status_code in (302, 403)
    after = list(User.objects.values_list("pk", "council_id", "role", "is_active").order_by("pk"))
    assert after == before


# --- Bounced addresses -------------------------------------------------------------------------


def _bounce(email, event_type="bounced", description="550 5.1.1 mailbox unknown"):
    event = AnymailTrackingEvent(
        event_type=event_type,
        timestamp=timezone.now(),
        recipient=email,
        description=description,
    )
    tracking.send(sender=object, event=event, esp_name="Postmark")


def test_a_bounce_reported_by_the_provider_shows_on_the_persons_admin_page(
    client, staff, participant
):
    _bounce(participant.email.upper())
    participant.refresh_from_db()
    assert participant.email_bounced_at is not None
    assert "mailbox unknown" in participant.email_bounce_reason
    client.force_login(staff)
    page = client.get(reverse("admin:councils_user_change", args=[participant.pk])).content
    assert b"Emails to this address are not being delivered." in page
    assert b"mailbox unknown" in page


@pytest.mark.parametrize("event_type", ["rejected", "failed"])
def test_a_rejected_or_failed_send_is_recorded_too(participant, event_type):
    _bounce(participant.email, event_type, description="")
    participant.refresh_from_db()
    assert participant.email_bounced_at is not None
    assert event_type in participant.email_bounce_reason


@pytest.mark.parametrize("event_type", ["delivered", "opened", "deferred", "queued"])
def test_other_tracking_events_record_nothing(participant, event_type):
    _bounce(participant.email, event_type)
    participant.refresh_from_db()
    assert participant.email_bounced_at is None


def test_changing_the_address_clears_the_warning(client, staff, participant):
    _bounce(participant.email)
    client.force_login(staff)
    url = reverse("admin:councils_user_change", args=[participant.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    data = {
        key: value
        for key, value in form.initial.items()
        if value is not None and key not in ("password", "groups", "user_permissions")
    }
    data.update(email="gwen.new@cardiff.test", council=participant.council_id)
    data.pop("last_login", None)
    data.pop("date_joined", None)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    participant.refresh_from_db()
    assert participant.email == "gwen.new@cardiff.test"
    assert participant.email_bounced_at is None
    assert participant.email_bounce_reason == ""
    page = client.get(url).content
    assert b"Emails to this address are not being delivered." not in page


def test_saving_the_person_without_changing_the_address_keeps_the_warning(
    client, staff, participant
):
    _bounce(participant.email)
    client.force_login(staff)
    url = reverse("admin:councils_user_change", args=[participant.pk])
    form = client.get(url).context["adminform"].form
    data = {
        key: value
        for key, value in form.initial.items()
        if value is not None
        and key not in ("password", "groups", "user_permissions", "last_login", "date_joined")
    }
    data.update(full_name="Gwen Owner")
    assert client.post(url, data).status_code == 302
    participant.refresh_from_db()
    assert participant.email_bounced_at is not None


def test_a_bounce_is_erased_with_the_person(participant, staff):
    from privacy.erasure import person_erase

    _bounce(participant.email)
    person_erase(user=participant, by=staff, reason="asked")
    participant.refresh_from_db()
    assert participant.email_bounce_reason == "" and participant.email_bounced_at is None


@pytest.fixture
def provider_webhooks(settings):
    """The portal as deployed with an email provider: anymail's webhooks mounted."""
    import importlib

    from django.urls import clear_url_caches

    import infuse.urls

    settings.EMAIL_PROVIDER = "postmark"
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hook:s3cret-for-tests"}
    importlib.reload(infuse.urls)
    clear_url_caches()
    yield "/anymail/postmark/tracking/"
    settings.EMAIL_PROVIDER = ""
    importlib.reload(infuse.urls)
    clear_url_caches()


def test_the_providers_bounce_webhook_reaches_the_persons_admin_page(
    client, staff, participant, provider_webhooks
):
    import base64
    import json

    bounce = {
        "RecordType": "Bounce",
        "ID": 4323372036854775807,
        "Type": "HardBounce",
        "TypeCode": 1,
        "Name": "Hard bounce",
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Description": "The server was unable to deliver your message (ex: unknown user).",
        "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
        "Email": participant.email,
        "From": "infuse@infuse.test",
        "BouncedAt": "2026-12-02T10:00:00Z",
        "Inactive": True,
        "CanActivate": True,
        "Subject": "Your Infuse Lab starts on Tuesday",
    }
    wrong = client.post(provider_webhooks, json.dumps(bounce), content_type="application/json")
    assert wrong.status_code in (400, 401, 403)  # no secret: refused, nothing recorded
    participant.refresh_from_db()
    assert participant.email_bounced_at is None

    auth = base64.b64encode(b"hook:s3cret-for-tests").decode()
    response = client.post(
        provider_webhooks,
        json.dumps(bounce),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Basic {auth}",
    )
    assert response.status_code == 200
    participant.refresh_from_db()
    assert participant.email_bounced_at is not None
    client.force_login(staff)
    page = client.get(reverse("admin:councils_user_change", args=[participant.pk])).content
    assert b"Emails to this address are not being delivered." in page
