"""Enrolment lifecycle: invited → active at first sign-in → withdrawn by staff; leads nominate;
the register records attendance."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Attendance, EnrolmentEvent, EnrolmentStatus
from cohorts.services import enrolment_create, enrolment_invite, invitations_resend
from councils.models import Council, Role, User
from tests.conftest import PASSWORD


def test_first_sign_in_makes_an_invited_enrolment_active(client, enrolment, participant):
    assert enrolment.status == EnrolmentStatus.INVITED
    client.post(reverse("account_login"), {"login": participant.email, "password": PASSWORD})
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ACTIVE and enrolment.activated_at
    event = enrolment.events.order_by("-at", "-pk").first()
    assert event.status == EnrolmentStatus.ACTIVE and event.by == participant


def test_withdrawing_frees_the_place_records_who_and_stops_emails(
    client, staff, cohort, participant, make_user, cardiff, django_capture_on_commit_callbacks
):
    cohort.capacity = 1
    cohort.save()
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = enrolment_create(cohort=cohort, user=participant)
    mail.outbox.clear()
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_enrolment_changelist"),
        {
            "action": "withdraw",
            "_selected_action": [enrolment.pk],
            "apply": "1",
            "reason": "Left the council",
            "on": "2026-10-20",
        },
    )
    assert response.status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.WITHDRAWN
    assert enrolment.withdrawn_reason == "Left the council"
    assert enrolment.withdrawn_on == dt.date(2026, 10, 20)
    event = EnrolmentEvent.objects.filter(enrolment=enrolment).latest("at")
    assert (event.status, event.by, event.note) == (
        EnrolmentStatus.WITHDRAWN,
        staff,
        "Left the council",
    )
    # their place is free again
    other = make_user("next@cardiff.test", council=cardiff)
    enrolment_create(cohort=cohort, user=other, invite=False)
    # and no more emails reach them
    with django_capture_on_commit_callbacks(execute=True):
        invitations_resend(cohorts=[cohort])
    assert enrolment_invite(enrolment_id=enrolment.pk, resend=True) is False
    assert all(participant.email not in m.to[0] for m in mail.outbox)
    # they keep their history
    assert enrolment.events.count() >= 2


def test_withdraw_action_asks_for_a_reason_first(client, staff, enrolment):
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_enrolment_changelist"),
        {"action": "withdraw", "_selected_action": [enrolment.pk]},
    )
    assert response.status_code == 200 and "Reason for withdrawal" in response.content.decode()
    response = client.post(
        reverse("admin:cohorts_enrolment_changelist"),
        {
            "action": "withdraw",
            "_selected_action": [enrolment.pk],
            "apply": "1",
            "reason": "",
            "on": "2026-10-20",
        },
    )
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.INVITED


def test_invitations_go_once_per_enrolment(enrolment, django_capture_on_commit_callbacks):
    assert enrolment_invite(enrolment_id=enrolment.pk) is True
    assert enrolment_invite(enrolment_id=enrolment.pk) is False
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Week 1" in body and "/accounts/login/code/" in body


# --- Council leads nominate -----------------------------------------------------------


@pytest.fixture
def open_cohort(make_cohort, cardiff, newport):
    return make_cohort(
        start=timezone.localdate() + dt.timedelta(days=21),
        councils=[cardiff, newport],
        title="Open cohort",
    )


def test_lead_enrols_a_colleague_into_an_open_cohort(
    client, lead, participant, open_cohort, django_capture_on_commit_callbacks
):
    client.force_login(lead)
    page = client.get(reverse("lead_home")).content.decode()
    assert reverse("nominate", args=[open_cohort.pk]) in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("nominate", args=[open_cohort.pk]),
            {"which": "existing", "person": participant.pk},
        )
    assert response.status_code == 302
    enrolment = open_cohort.enrolments.get(user=participant)
    assert enrolment.nominated_by == lead
    assert len(mail.outbox) == 1 and "Llywelyn Lead nominated you" in mail.outbox[0].body


def test_lead_enrols_someone_new_to_the_portal(client, lead, open_cohort):
    client.force_login(lead)
    response = client.post(
        reverse("nominate", args=[open_cohort.pk]),
        {"which": "new", "full_name": "Bethan Newydd", "email": "Bethan.Newydd@Cardiff.gov.uk"},
    )
    assert response.status_code == 302
    person = User.objects.get(email="bethan.newydd@cardiff.gov.uk")
    assert person.council == lead.council and person.role == Role.PARTICIPANT
    assert open_cohort.enrolments.get(user=person).nominated_by == lead


def test_lead_cannot_enrol_into_a_cohort_without_their_council(
    client, lead, participant, make_cohort, newport
):
    elsewhere = make_cohort(start=timezone.localdate() + dt.timedelta(days=21), councils=[newport])
    client.force_login(lead)
    assert client.get(reverse("nominate", args=[elsewhere.pk])).status_code == 404
    response = client.post(
        reverse("nominate", args=[elsewhere.pk]), {"which": "existing", "person": participant.pk}
    )
    assert response.status_code == 404
    assert not elsewhere.enrolments.exists()


def test_a_lead_nominating_past_capacity_puts_them_on_the_waiting_list(
    client, lead, participant, open_cohort, outsider
):
    open_cohort.capacity = 1
    open_cohort.save()
    enrolment_create(cohort=open_cohort, user=outsider, invite=False)
    client.force_login(lead)
    response = client.post(
        reverse("nominate", args=[open_cohort.pk]),
        {"which": "existing", "person": participant.pk},
        follow=True,
    )
    assert not open_cohort.enrolments.filter(user=participant).exists()
    assert open_cohort.waiting_list.get().user == participant
    assert "is number 1 on the waiting list" in response.content.decode()


def test_lead_cannot_enrol_a_person_of_another_council(
    client, lead, outsider, make_user, newport, open_cohort
):
    client.force_login(lead)
    response = client.post(
        reverse("nominate", args=[open_cohort.pk]), {"which": "existing", "person": outsider.pk}
    )
    assert response.status_code == 200
    assert "Choose a colleague from the list" in response.content.decode()
    assert not open_cohort.enrolments.exists()
    # Another council's person at an address outside Cardiff's domain is told only the domain,
    # as for an address nobody has.
    for email in (outsider.email, "nobody@newport.test"):
        response = client.post(
            reverse("nominate", args=[open_cohort.pk]),
            {"which": "new", "full_name": "Osian", "email": email},
        )
        page = response.content.decode()
        assert "Use a Cardiff Council address ending @cardiff.gov.uk" in page
        assert "already on the portal" not in page and "We cannot nominate" not in page
    # At Cardiff's domain (they moved councils, say), the answer is neutral.
    moved = make_user("osian.moved@cardiff.gov.uk", council=newport)
    response = client.post(
        reverse("nominate", args=[open_cohort.pk]),
        {"which": "new", "full_name": "Osian", "email": moved.email},
    )
    page = response.content.decode()
    # Neutral: the lead learns nothing about whether another council's address exists.
    assert "We cannot nominate this address. Ask the programme team." in page
    assert "already on the portal" not in page
    assert not open_cohort.enrolments.exists()


def test_nominate_refuses_other_roles(client, participant, open_cohort):
    client.force_login(participant)
    assert client.get(reverse("nominate", args=[open_cohort.pk])).status_code == 403


def test_staff_see_who_nominated_whom(client, staff, lead, participant, open_cohort):
    enrolment_create(cohort=open_cohort, user=participant, by=lead, nominated=True, invite=False)
    client.force_login(staff)
    page = client.get(
        reverse("admin:cohorts_cohort_change", args=[open_cohort.pk])
    ).content.decode()
    assert "Llywelyn Lead" in page


# --- The register ----------------------------------------------------------------------


def test_attendance_on_the_register_shows_on_the_enrolment(
    client, staff, enrolment, outsider_enrolment
):
    session = enrolment.cohort.sessions.get(number=1)
    client.force_login(staff)
    page = client.get(reverse("register", args=[session.pk])).content.decode()
    assert enrolment.user.full_name in page and outsider_enrolment.user.full_name in page
    response = client.post(
        reverse("register", args=[session.pk]), {"attended": [str(enrolment.pk)]}
    )
    assert response.status_code == 302
    enrolment.refresh_from_db()
    outsider_enrolment.refresh_from_db()
    assert enrolment.sessions_attended == 1 and outsider_enrolment.sessions_attended == 0
    assert Attendance.objects.get(enrolment=enrolment, session=session).recorded_by == staff
    # un-ticking is recorded too
    client.post(reverse("register", args=[session.pk]), {})
    enrolment.refresh_from_db()
    assert enrolment.sessions_attended == 0


def test_register_leaves_out_the_withdrawn(client, staff, enrolment):
    from cohorts.services import enrolment_withdraw

    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Moved on")
    client.force_login(staff)
    page = client.get(
        reverse("register", args=[enrolment.cohort.sessions.first().pk])
    ).content.decode()
    assert enrolment.user.full_name not in page


@pytest.mark.parametrize("who", ["participant", "lead", "funder"])
def test_register_is_for_staff_only(client, request, enrolment, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("register", args=[enrolment.cohort.sessions.first().pk]))
    assert response.status_code == 403


def test_register_for_an_unknown_session_is_404(client, staff):
    client.force_login(staff)
    assert client.get(reverse("register", args=[999999])).status_code == 404


def test_attendance_in_the_admin_inline_refreshes_progress(client, staff, enrolment):
    session = enrolment.cohort.sessions.get(number=2)
    client.force_login(staff)
    data = {
        "date": session.date.isoformat(),
        "start_time": "10:00",
        "minutes": "90",
        "location": "",
        "online_url": session.online_url,
        "attendances-TOTAL_FORMS": "1",
        "attendances-INITIAL_FORMS": "0",
        "attendances-0-enrolment": str(enrolment.pk),
        "attendances-0-attended": "on",
        "attendances-0-session": str(session.pk),
    }
    response = client.post(reverse("admin:cohorts_session_change", args=[session.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    enrolment.refresh_from_db()
    assert enrolment.sessions_attended == 1


def test_council_lookup_accepts_welsh_names(db):
    assert Council.objects.get(name_cy="Casnewydd").slug == "newport"


def test_adding_and_removing_a_required_activity_in_the_admin_refreshes_progress(
    client, staff, enrolment
):
    from labs.models import Activity, Module

    module = Module.objects.get(lab=enrolment.cohort.lab, number=1)
    before = enrolment.required_total
    client.force_login(staff)
    response = client.post(
        reverse("admin:labs_activity_add"),
        {
            "module": module.pk,
            "kind": "checkoff",
            # The admin edits lab content in English and Welsh (django-modeltranslation).
            "title_en": "Read the council's data strategy",
            "instructions_en": "Find your council's data strategy and note two commitments it makes.",
            "tool_step": "",
            "required": "on",
            "position": "9",
            "minutes": "20",
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    enrolment.refresh_from_db()
    assert enrolment.required_total == before + 1
    added = Activity.objects.get(title="Read the council's data strategy")
    client.post(reverse("admin:labs_activity_delete", args=[added.pk]), {"post": "yes"})
    enrolment.refresh_from_db()
    assert enrolment.required_total == before


def test_withdrawal_refreshes_progress(staff, enrolment):
    from cohorts.services import enrolment_withdraw
    from labs.models import Activity

    Activity.objects.filter(module__lab=enrolment.cohort.lab).update(required=False)
    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Moved on")
    enrolment.refresh_from_db()
    assert enrolment.required_total == 0


def test_full_cohorts_are_offered_to_leads_for_their_waiting_list(
    client, lead, outsider, open_cohort
):
    open_cohort.capacity = 1
    open_cohort.save()
    enrolment_create(cohort=open_cohort, user=outsider, invite=False)
    client.force_login(lead)
    page = client.get(reverse("lead_home")).content.decode()
    assert reverse("nominate", args=[open_cohort.pk]) in page
    assert "Nominate staff for the waiting list" in page


def test_open_cohorts_on_the_lead_page_name_their_lab(client, lead, open_cohort):
    client.force_login(lead)
    page = client.get(reverse("lead_home")).content.decode()
    assert "Data Lab · Supportive Communities · from" in page
    assert "There are no upcoming cohorts" not in page


def test_a_full_cohorts_nominate_page_says_it_takes_nominations_onto_its_waiting_list(
    client, lead, outsider, open_cohort
):
    open_cohort.capacity = 1
    open_cohort.save()
    enrolment_create(cohort=open_cohort, user=outsider, invite=False)
    client.force_login(lead)
    response = client.get(reverse("nominate", args=[open_cohort.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "This cohort is full. Anyone you nominate joins its waiting list" in page
    assert "has 5 days to accept it" in page
    assert "places are left" not in page and "0 places" not in page
    assert "Put them on the waiting list" in page


def test_an_own_council_participants_email_points_to_the_list(
    client, lead, participant, open_cohort
):
    client.force_login(lead)
    response = client.post(
        reverse("nominate", args=[open_cohort.pk]),
        {"which": "new", "full_name": "Gwen", "email": participant.email.upper()},
    )
    assert "choose them from the list above" in response.content.decode()
    assert not open_cohort.enrolments.exists()


def test_a_staff_email_is_refused_neutrally_too(client, lead, make_user, open_cohort):
    staff = make_user("sioned.staff@cardiff.gov.uk", Role.STAFF)  # seconded from Cardiff
    client.force_login(lead)
    response = client.post(
        reverse("nominate", args=[open_cohort.pk]),
        {"which": "new", "full_name": "Someone", "email": staff.email},
    )
    assert "We cannot nominate this address" in response.content.decode()


def test_a_nominated_name_with_a_line_break_is_refused_and_kept(client, lead, open_cohort):
    client.force_login(lead)
    response = client.post(
        reverse("nominate", args=[open_cohort.pk]),
        {"which": "new", "full_name": "Bethan\r\nNewydd", "email": "bethan@cardiff.gov.uk"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter the full name on one line" in page
    assert 'value="bethan@cardiff.gov.uk"' in page  # nothing typed is lost
    assert not User.objects.filter(email="bethan@cardiff.gov.uk").exists()


# --- Someone new: an address at their council's email domains -------------------------


def nominate_new(client, cohort, email, full_name="Bethan Newydd"):
    return client.post(
        reverse("nominate", args=[cohort.pk]),
        {"which": "new", "full_name": full_name, "email": email},
    )


def test_a_lead_cannot_nominate_an_address_outside_their_councils_domains(
    client, lead, open_cohort, django_capture_on_commit_callbacks
):
    client.force_login(lead)
    page = client.get(reverse("nominate", args=[open_cohort.pk])).content.decode()
    assert "Their Cardiff Council address, ending @cardiff.gov.uk." in page
    for email in (
        "someone@gmail.com",
        "someone@evilcardiff.gov.uk",
        "someone@cardiff.gov.uk.example.com",
        "someone@cardiff.gov",
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = nominate_new(client, open_cohort, email, full_name="Gmail Person")
        page = response.content.decode()
        assert response.status_code == 200, email
        assert "Use a Cardiff Council address ending @cardiff.gov.uk" in page, email
        assert f'value="{email}"' in page and 'value="Gmail Person"' in page  # kept
    assert not User.objects.filter(full_name="Gmail Person").exists()
    assert not open_cohort.enrolments.exists() and not mail.outbox


def test_a_lead_can_nominate_at_their_councils_domain_or_a_subdomain(client, lead, open_cohort):
    client.force_login(lead)
    for email in ("bethan@cardiff.gov.uk", "Huw@Mail.Cardiff.gov.uk"):
        assert nominate_new(client, open_cohort, email, full_name=email).status_code == 302
    assert set(open_cohort.enrolments.values_list("user__email", flat=True)) == {
        "bethan@cardiff.gov.uk",
        "huw@mail.cardiff.gov.uk",
    }


def test_the_hint_and_the_message_name_every_domain_in_welsh_too(client, lead, open_cohort):
    lead.council.email_domains = "cardiff.gov.uk\ncaerdydd.gov.uk"
    lead.council.save()
    client.force_login(lead)
    page = client.get(reverse("nominate", args=[open_cohort.pk])).content.decode()
    assert "ending @cardiff.gov.uk or @caerdydd.gov.uk." in page
    assert nominate_new(client, open_cohort, "bethan@caerdydd.gov.uk").status_code == 302
    lead.language = "cy"
    lead.save()
    client.post(reverse("language_switch"), {"language": "cy", "next": "/"})
    page = nominate_new(client, open_cohort, "x@gmail.com").content.decode()
    error = re.search(r'id="id_email-error">(.*?)</p>', page, re.S).group(1)
    assert "Caerdydd" in error and "@cardiff.gov.uk" in error and "@caerdydd.gov.uk" in error
    assert not User.objects.filter(email="x@gmail.com").exists()


def test_a_council_without_domains_accepts_any_address(client, lead, open_cohort):
    lead.council.email_domains = ""
    lead.council.save()
    client.force_login(lead)
    page = client.get(reverse("nominate", args=[open_cohort.pk])).content.decode()
    assert "ending @" not in page
    assert nominate_new(client, open_cohort, "someone@gmail.com").status_code == 302
    assert open_cohort.enrolments.filter(user__email="someone@gmail.com").exists()


def test_the_nominate_forms_messages_name_the_field(client, lead, open_cohort):
    client.force_login(lead)
    url = reverse("nominate", args=[open_cohort.pk])
    checks = [
        ({"which": "existing", "person": ""}, "Choose the colleague you want to nominate"),
        ({"which": "existing", "person": "999999"}, "Choose a colleague from the list"),
        ({"which": "new", "full_name": "", "email": "a@cardiff.gov.uk"}, "Enter their full name"),
        (
            {"which": "new", "full_name": "B" * 500, "email": "a@cardiff.gov.uk"},
            "Full name must be 150 characters or fewer",
        ),
        ({"which": "new", "full_name": "B", "email": ""}, "Enter their work email address"),
        (
            {"which": "new", "full_name": "B", "email": "not-an-email"},
            "Enter a work email address in the correct format, like name@example.com",
        ),
        (
            {
                "which": "new",
                "full_name": "B",
                "email": "a" * 60 + "@" + "b" * 60 + ".cardiff.gov.uk" * 13,
            },
            "Work email address must be 254 characters or fewer",
        ),
    ]
    for data, message in checks:
        response = client.post(url, data)
        page = response.content.decode()
        assert response.status_code == 200, message
        assert message in page, message
        for generic in ("This field is required", "Ensure this value", "Select a valid choice"):
            assert generic not in page, (message, generic)
    assert not open_cohort.enrolments.exists()


# --- Emails in the person's language, the lab's name and calendar included ------------------


def _summaries(message) -> list[str]:
    import icalendar

    calendar = icalendar.Calendar.from_ical(message.attachments[0][1])
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def test_a_welsh_speakers_invitation_names_the_lab_in_welsh(enrolment):
    enrolment.user.language = "cy"
    enrolment.user.save()
    assert enrolment_invite(enrolment_id=enrolment.pk) is True
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    assert "Labordy Data" in message.subject and "Data Lab" not in message.subject
    assert "Labordy Data" in message.body and "Data Lab" not in message.body
    assert "Labordy Data" in html and "Data Lab" not in html
    assert _summaries(message)[0].startswith("Labordy Data, wythnos 1: ")


def test_session_and_schedule_changes_reach_each_person_in_their_language(
    enrolment, make_user, cardiff
):
    from cohorts.scheduling.services import schedule_change_notify, session_change_notify

    welsh = make_user("siarad@cardiff.test", council=cardiff)
    welsh.language = "cy"
    welsh.save()
    enrolment_create(cohort=enrolment.cohort, user=welsh, invite=False)
    session = enrolment.cohort.sessions.get(number=2)
    assert session_change_notify(session_id=session.pk, sequence=session.sequence) == 2
    assert schedule_change_notify(cohort_id=enrolment.cohort_id) == 2

    def to(person):
        messages = [m for m in mail.outbox if person.email in m.to[0]]
        assert len(messages) == 2
        return messages

    for message in to(welsh):
        assert "Labordy Data" in message.subject + message.body, message.subject
        assert "Data Lab" not in message.subject + message.body
        assert all(s.startswith("Labordy Data, wythnos ") for s in _summaries(message))
    for message in to(enrolment.user):
        assert "Data Lab" in message.subject + message.body
        assert all(s.startswith("Data Lab, week ") for s in _summaries(message))


def test_welsh_pages_name_the_lab_in_welsh(client, enrolment, participant):
    client.force_login(participant)
    client.post(reverse("language_switch"), {"language": "cy", "next": "/"})
    for url in (
        reverse("dashboard"),
        reverse("lab_detail", args=[enrolment.pk]),
        reverse("lab_week", args=[enrolment.pk, 1]),
    ):
        html = client.get(url).content.decode()
        assert "Labordy Data" in html, url
        assert "Data Lab<" not in html and "Data Lab ·" not in html, url


def test_a_nomination_with_errors_leads_with_a_summary_of_them(client, lead, make_cohort, cardiff):
    import datetime as dt

    from django.utils import timezone

    cohort = make_cohort(start=timezone.localdate() + dt.timedelta(days=21), councils=[cardiff])
    client.force_login(lead)
    response = client.post(reverse("nominate", args=[cohort.pk]), {"which": "new"})
    html = response.content.decode()
    assert 'class="govuk-error-summary"' in html
    summary = html.split('class="govuk-error-summary"')[1].split("</div>")[0]
    assert "There is a problem" in summary
    assert html.index("govuk-error-summary") < html.index('name="which" value="new"')
