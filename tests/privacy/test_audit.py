"""The audit trail (django-auditlog), through the real admin views: every register mark, each
person a CSV upload enrols, roster exports, staff opening someone's work, and a person's
history in the admin."""

import io

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from cohorts.models import Attendance, Cohort, Enrolment
from councils.audit import AUDITED, ROSTER_EXPORT, WORK_OPENED
from councils.models import Role, User


def entries_for(obj):
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_pk=str(obj.pk)
    ).order_by("timestamp", "pk")


def mark(client, session, enrolment, attended: bool, existing: Attendance | None = None):
    data = {
        "date": session.date.isoformat(),
        "start_time": "10:00",
        "minutes": "90",
        "location": "",
        "online_url": session.online_url,
        "attendances-TOTAL_FORMS": "1",
        "attendances-INITIAL_FORMS": "1" if existing else "0",
        "attendances-0-enrolment": str(enrolment.pk),
        "attendances-0-session": str(session.pk),
    }
    if existing:
        data["attendances-0-id"] = str(existing.pk)
    if attended:
        data["attendances-0-attended"] = "on"
    response = client.post(reverse("admin:cohorts_session_change", args=[session.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_two_register_marks_by_two_staff_on_one_session_are_both_kept(staff, make_user, enrolment):
    other_staff = make_user("tomos@infuse.test", Role.STAFF, name="Tomos Trefnydd")
    session = enrolment.cohort.sessions.get(number=1)
    first, second = Client(), Client()
    first.force_login(staff)
    second.force_login(other_staff)

    mark(first, session, enrolment, attended=True)
    attendance = Attendance.objects.get(enrolment=enrolment, session=session)
    mark(second, session, enrolment, attended=False, existing=attendance)
    mark(first, session, enrolment, attended=True, existing=attendance)

    entries = list(entries_for(attendance))
    assert [e.actor for e in entries] == [staff, other_staff, staff]
    assert [e.action for e in entries] == [
        LogEntry.Action.CREATE,
        LogEntry.Action.UPDATE,
        LogEntry.Action.UPDATE,
    ]
    assert entries[1].changes_dict["attended"] == ["True", "False"]
    assert entries[2].changes_dict["attended"] == ["False", "True"]


def test_a_csv_enrolment_is_recorded_for_each_person(
    client, staff, cohort, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    text = (
        "email,full name,council\n"
        "gareth.bowen@cardiff.gov.test,Gareth Bowen,cardiff\n"
        "eleri.rees@newport.gov.test,Eleri Rees,newport\n"
    )
    file = io.BytesIO(text.encode())
    file.name = "people.csv"
    url = reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk])
    preview = client.post(url, {"file": file})
    content = preview.context["confirm_form"].initial["content"]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"confirm": "1", "content": content}).status_code == 302

    for email in ("gareth.bowen@cardiff.gov.test", "eleri.rees@newport.gov.test"):
        person = User.objects.get(email=email)
        enrolment = Enrolment.objects.get(user=person, cohort=cohort)
        [made] = entries_for(enrolment).filter(action=LogEntry.Action.CREATE)
        assert made.actor == staff
        assert made.changes_dict["user"][1] == str(person.pk)
        [account] = entries_for(person).filter(action=LogEntry.Action.CREATE)
        assert account.actor == staff
        assert account.changes_dict["email"][1] == email
        # The invitation (a QuerySet.update() in the task) is recorded too.
        assert (
            entries_for(enrolment)
            .filter(action=LogEntry.Action.UPDATE, changes__has_key="invited_at")
            .exists()
        )


def test_activation_at_first_sign_in_is_recorded(participant, enrolment):
    from cohorts.services import enrolments_activate_for

    enrolments_activate_for(user=participant)  # what allauth's user_logged_in runs
    enrolment.refresh_from_db()
    assert enrolment.status == "active"
    activated = entries_for(enrolment).get(
        action=LogEntry.Action.UPDATE, changes__has_key="activated_at"
    )
    assert activated.changes_dict["status"] == ["invited", "active"]
    assert activated.actor == participant


def test_a_roster_export_is_recorded_with_who_and_how_many(client, staff, enrolment):
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_cohort_changelist"),
        {"action": "export_roster", "_selected_action": [enrolment.cohort.pk]},
    )
    assert response["Content-Type"].startswith("text/csv")
    [event] = LogEntry.objects.filter(additional_data__event=ROSTER_EXPORT)
    assert event.actor == staff
    assert event.object_pk == str(enrolment.cohort.pk)
    assert event.additional_data["people"] == 1


def test_a_report_export_is_recorded(client, staff):
    from tests.support.work import FreshFormClient

    client = FreshFormClient()
    client.force_login(staff)
    response = client.post(reverse("report_export_create"), {"format": "csv"})
    assert response.status_code == 302
    assert LogEntry.objects.filter(additional_data__event="report_export", actor=staff).count() == 1


def test_staff_opening_a_participants_work_is_recorded_and_the_owner_opening_it_is_not(
    client, staff, participant, enrolment
):
    url = reverse("data_tool", args=[enrolment.pk])
    client.force_login(participant)
    assert client.get(url).status_code == 200
    assert not LogEntry.objects.filter(additional_data__event=WORK_OPENED).exists()
    client.force_login(staff)
    assert client.get(url).status_code == 200
    [event] = LogEntry.objects.filter(additional_data__event=WORK_OPENED)
    assert event.actor == staff and event.additional_data["subject"] == participant.pk


def test_staff_see_a_persons_history_in_the_admin(client, staff, participant, enrolment):
    session = enrolment.cohort.sessions.get(number=1)
    client.force_login(staff)
    mark(client, session, enrolment, attended=True)
    page = client.get(reverse("admin:councils_user_audit", args=[participant.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Audit trail" in html
    assert html.count("Sioned Staff") >= 1  # the register mark, by whom
    assert "attendance" in html.lower() and "enrolment" in html.lower()
    change = client.get(reverse("admin:councils_user_change", args=[participant.pk]))
    assert reverse("admin:councils_user_audit", args=[participant.pk]) in change.content.decode()


@pytest.mark.parametrize("who", ["participant", "lead", "funder"])
def test_the_audit_trail_page_is_for_staff_only(client, request, participant, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("admin:councils_user_audit", args=[participant.pk]))
    assert response.status_code in (302, 403)
    assert "Audit trail" not in response.content.decode()


def test_cohorts_sessions_materials_and_certificates_are_audited():
    for label in (
        "cohorts.Enrolment",
        "cohorts.Attendance",
        "cohorts.Session",
        "cohorts.Certificate",
        "labs.Material",
        "councils.User",
    ):
        assert label in AUDITED
    assert Cohort  # facilitators and councils are recorded as many-to-many changes
    assert AUDITED["cohorts.Cohort"]["m2m_fields"] == {"facilitators", "councils"}


def test_a_role_change_in_the_admin_is_recorded(client, staff, participant, cardiff):
    client.force_login(staff)
    response = client.post(
        reverse("admin:councils_user_change", args=[participant.pk]),
        {
            "email": participant.email,
            "full_name": participant.full_name,
            "certificate_name": "",
            "council": cardiff.pk,
            "role": Role.LEAD,
            "language": "en",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    [change] = entries_for(participant).filter(action=LogEntry.Action.UPDATE)
    assert change.actor == staff
    assert change.changes_dict["role"] == ["participant", "lead"]


def test_bulk_schedule_changes_cancellations_and_archiving_are_recorded(cohort, staff):
    """Writes made with QuerySet.update(), which auditlog cannot see, are recorded beside it."""
    import datetime as dt

    from cohorts.models import Session
    from cohorts.scheduling.services import cohort_save, session_cancel
    from labs.models import Module
    from labs.services import content_archive

    session_type = ContentType.objects.get_for_model(Session)

    def session_updates(session):
        return LogEntry.objects.filter(
            content_type=session_type, object_pk=str(session.pk), action=LogEntry.Action.UPDATE
        )

    first = cohort.sessions.get(number=1)
    old_date = first.date
    cohort.start_date = cohort.start_date + dt.timedelta(days=7)
    cohort_save(cohort=cohort, changed={"start_date"}, by=staff)
    first.refresh_from_db()
    assert first.date != old_date
    [moved] = session_updates(first)
    assert moved.changes["date"] == [str(old_date), str(first.date)]
    assert moved.actor == staff

    second = cohort.sessions.get(number=2)
    assert session_cancel(session=second, by=staff, reason="Room flooded")
    [cancelled] = session_updates(second).filter(changes__has_key="cancelled_at")
    assert cancelled.changes["cancelled_reason"] == ["", "Room flooded"]
    assert cancelled.actor == staff

    module_type = ContentType.objects.get_for_model(Module)
    modules = Module.objects.filter(lab=cohort.lab)[:2]
    pks = [m.pk for m in modules]
    assert content_archive(queryset=Module.objects.filter(pk__in=pks)) == 2
    assert content_archive(queryset=Module.objects.filter(pk__in=pks), archive=False) == 2
    for pk in pks:
        archived, restored = LogEntry.objects.filter(
            content_type=module_type,
            object_pk=str(pk),
            action=LogEntry.Action.UPDATE,
            changes__has_key="archived_at",
        ).order_by("pk")
        assert archived.changes["archived_at"][0] == "None"
        assert restored.changes["archived_at"][1] == "None"


def test_staff_search_the_audit_trail_by_who_acted_and_what_changed(client, staff, enrolment):
    """auditlog's own search names first_name and last_name, which people here have not: every
    search answered 500. Searched by the actor's name or address, or the object, it finds."""
    client.force_login(staff)
    client.post(  # an event with staff as its actor
        reverse("admin:cohorts_cohort_changelist"),
        {"action": "export_roster", "_selected_action": [enrolment.cohort.pk]},
    )
    export = LogEntry.objects.get(actor=staff, action=LogEntry.Action.ACCESS)
    assert staff.full_name not in export.object_repr + export.changes_text
    url = reverse("admin:auditlog_logentry_changelist")
    found = {}
    for term in [staff.full_name.split()[0], staff.email, "<script>", "nobody-at-all"]:
        response = client.get(url, {"q": term})
        assert response.status_code == 200, term
        found[term] = {entry.pk for entry in response.context["cl"].queryset}
    # The export is found by its actor's name and address alone.
    assert export.pk in found[staff.full_name.split()[0]] and export.pk in found[staff.email]
    assert found["nobody-at-all"] == set()
    # A resource type that is not a number is refused as a bad filter, not answered 500.
    response = client.get(url, {"resource_type": "abc"})
    assert response.status_code == 302 and response.url.endswith("?e=1")
