"""Programme staff schedule cohorts in the admin."""

import csv
import datetime as dt
import io
import re

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Cohort, Enrolment, EnrolmentEvent, EnrolmentStatus, Session
from cohorts.services import enrolment_create
from labs.models import Lab


def cohort_form(lab, councils, staff, **overrides):
    data = {
        "lab": lab.pk,
        "theme": "decarbonisation",
        "title_en": "Adaption Lab: winter cohort",  # English and Welsh (django-modeltranslation)
        "start_date": "2026-12-21",
        "session_weekday": "0",
        "session_time": "10:00",
        "session_minutes": "90",
        "online_url": "https://teams.microsoft.com/l/meetup-join/winter",
        "location": "",
        "facilitators": [staff.pk],
        "councils": [c.pk for c in councils],
        "capacity": "20",
        "attendance_threshold": "4",
    }
    for prefix in ("sessions", "enrolments", "enrolments-2"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(overrides)
    return data


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def test_saving_a_new_cohort_generates_six_sessions_with_the_bank_holiday_moved(
    staff_client, staff, cardiff
):
    lab = Lab.objects.get(code="adaption")
    response = staff_client.post(
        reverse("admin:cohorts_cohort_add"), cohort_form(lab, [cardiff], staff)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    cohort = Cohort.objects.get(title="Adaption Lab: winter cohort")
    sessions = list(cohort.sessions.order_by("number"))
    assert len(sessions) == 6
    assert sessions[1].moved_from == dt.date(2026, 12, 28)
    assert sessions[1].date == dt.date(2026, 12, 29)
    page = staff_client.get(
        reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    ).content.decode()
    assert "Moved from Mon 28 Dec 2026: Boxing Day" in page


def test_changing_the_start_before_the_cohort_begins_moves_the_sessions_once_confirmed(
    staff_client, staff, make_cohort, cardiff
):
    cohort = make_cohort(start=timezone.localdate() + dt.timedelta(days=30), councils=[cardiff])
    old = list(cohort.sessions.order_by("number").values_list("pk", "date"))
    new_start = timezone.localdate() + dt.timedelta(days=60)
    data = cohort_form(
        cohort.lab,
        [cardiff],
        staff,
        title=cohort.title,
        start_date=new_start.isoformat(),
        session_weekday="1",
    )
    data.update(_inline_management(cohort))
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    response = staff_client.post(url, data)
    assert response.status_code == 200  # the confirmation: nothing saved yet
    assert "Confirm the change of schedule" in response.content.decode()
    assert list(cohort.sessions.order_by("number").values_list("pk", "date")) == old
    data.update(confirm_schedule="on", schedule_digest=shown_digest(response))
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    sessions = list(cohort.sessions.order_by("number"))
    # The same sessions, moved: their registers and calendar identities are kept.
    assert [s.pk for s in sessions] == [pk for pk, _ in old]
    assert sessions[0].date >= new_start


def test_changing_the_start_after_the_cohort_began_is_refused(
    staff_client, staff, cohort, cardiff, newport
):
    before = list(cohort.sessions.values_list("pk", "date"))
    data = cohort_form(
        cohort.lab,
        [cardiff, newport],
        staff,
        title=cohort.title,
        start_date="2026-10-20",
        session_weekday="1",
    )
    data.update(_inline_management(cohort))
    response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)
    assert response.status_code == 200
    assert "Edit the sessions below instead" in response.content.decode()
    assert list(cohort.sessions.values_list("pk", "date")) == before


def _inline_management(cohort):
    sessions = list(cohort.sessions.order_by("number"))
    data = {
        "sessions-TOTAL_FORMS": str(len(sessions)),
        "sessions-INITIAL_FORMS": str(len(sessions)),
        "enrolments-TOTAL_FORMS": str(cohort.enrolments.count()),
        "enrolments-INITIAL_FORMS": str(cohort.enrolments.count()),
    }
    for i, e in enumerate(cohort.enrolments.order_by("user__full_name")):
        data[f"enrolments-{i}-id"] = str(e.pk)
        data[f"enrolments-{i}-cohort"] = str(cohort.pk)
    for i, s in enumerate(sessions):
        data.update(
            {
                f"sessions-{i}-id": str(s.pk),
                f"sessions-{i}-cohort": str(cohort.pk),
                f"sessions-{i}-date": s.date.isoformat(),
                f"sessions-{i}-start_time": s.start_time.strftime("%H:%M"),
                f"sessions-{i}-minutes": str(s.minutes),
                f"sessions-{i}-location": s.location,
                f"sessions-{i}-online_url": s.online_url,
            }
        )
        # The values the page was drawn with, posted back as the page does (hidden initials).
        for name in ("date", "start_time", "minutes", "location"):
            data[f"initial-sessions-{i}-{name}"] = data[f"sessions-{i}-{name}"]
    return data


def shown_digest(response) -> str:
    """The fingerprint of the plan the confirmation page showed (its hidden field)."""
    match = re.search(r'name="schedule_digest" value="([0-9a-f]+)"', response.content.decode())
    assert match, "no confirmation on the page"
    return match.group(1)


def test_moving_a_session_after_invitations_emails_each_person_once_with_the_new_time(
    staff_client,
    staff,
    cohort,
    participant,
    outsider,
    cardiff,
    newport,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=cohort, user=participant)
        enrolment_create(cohort=cohort, user=outsider)
    assert len(mail.outbox) == 2  # the invitations
    cohort.refresh_from_db()
    assert cohort.invitations_sent_at
    mail.outbox.clear()
    data = cohort_form(
        cohort.lab,
        [cardiff, newport],
        staff,
        title=cohort.title,
        start_date=cohort.start_date.isoformat(),
        session_weekday="1",
        theme=cohort.theme,
        online_url=cohort.online_url,
    )
    data.update(_inline_management(cohort))
    data["sessions-3-start_time"] = "14:30"
    data["sessions-3-location"] = "Room 2, County Hall"
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert sorted(m.to[0].split("<")[1].rstrip(">") for m in mail.outbox) == sorted(
        [participant.email, outsider.email]
    )
    message = mail.outbox[0]
    assert "14:30" in message.body and "Room 2, County Hall" in message.body
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    event = next(iter(icalendar.Calendar.from_ical(content).walk("VEVENT")))
    session = cohort.sessions.get(number=4)
    assert event.decoded("dtstart").hour == 14 and event.decoded("dtstart").minute == 30
    assert event["sequence"] == session.sequence == 1
    assert str(event["location"]) == "Room 2, County Hall"


def test_editing_a_session_before_invitations_emails_nobody(
    staff_client, staff, cohort, cardiff, newport
):
    data = cohort_form(
        cohort.lab,
        [cardiff, newport],
        staff,
        title=cohort.title,
        start_date=cohort.start_date.isoformat(),
        session_weekday="1",
        theme=cohort.theme,
    )
    data.update(_inline_management(cohort))
    data["sessions-0-location"] = "Room 9"
    staff_client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)
    assert cohort.sessions.get(number=1).location == "Room 9"
    assert mail.outbox == []


def test_cohort_list_shows_status_councils_and_places(staff_client, cohort, participant):
    enrolment_create(cohort=cohort, user=participant)
    page = staff_client.get(reverse("admin:cohorts_cohort_changelist")).content.decode()
    assert "Cardiff, Newport" in page
    assert "1 / 24" in page
    assert re.search(r"Running \(week \d of 6\)|Finished|Upcoming", page)


@pytest.mark.parametrize("status", ["upcoming", "running", "finished"])
def test_cohort_list_filters_by_status(staff_client, make_cohort, cardiff, status):
    today = timezone.localdate()
    make_cohort(start=today + dt.timedelta(days=20), councils=[cardiff], title="Future cohort")
    make_cohort(start=today - dt.timedelta(days=15), councils=[cardiff], title="Current cohort")
    make_cohort(start=today - dt.timedelta(days=200), councils=[cardiff], title="Past cohort")
    page = staff_client.get(
        reverse("admin:cohorts_cohort_changelist") + f"?status={status}"
    ).content.decode()
    expected = {"upcoming": "Future cohort", "running": "Current cohort", "finished": "Past cohort"}
    for key, title in expected.items():
        assert (title in page) == (key == status), title


def _count_queries(client, url, django_assert_max_num_queries, limit):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # A first request fills the per-process caches (content types, the session) that a test
    # running first in its worker would otherwise count once.
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_cohort_list_queries_do_not_grow_with_cohorts_or_enrolments(
    staff_client, make_cohort, make_user, cardiff, newport
):
    url = reverse("admin:cohorts_cohort_changelist")
    make_cohort(councils=[cardiff], title="One")
    first = _count_queries(staff_client, url, None, None)
    for n in range(5):
        c = make_cohort(councils=[cardiff, newport], title=f"More {n}")
        for m in range(3):
            enrolment_create(
                cohort=c, user=make_user(f"p{n}{m}@x.test", council=cardiff), invite=False
            )
    assert _count_queries(staff_client, url, None, None) == first


def test_cohort_page_queries_do_not_grow_with_enrolments(staff_client, cohort, make_user, cardiff):
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    enrolment_create(cohort=cohort, user=make_user("first@x.test", council=cardiff), invite=False)
    first = _count_queries(staff_client, url, None, None)
    for m in range(8):
        enrolment_create(
            cohort=cohort, user=make_user(f"more{m}@x.test", council=cardiff), invite=False
        )
    assert _count_queries(staff_client, url, None, None) == first
    # Whatever each row shows (a nominator, a withdrawal by someone who has left, a finish) is
    # read with the page, not a query a row (the rows read only some columns: admin_paging).
    people = list(cohort.enrolments.order_by("pk"))
    lead = make_user("lead.nominator@x.test", council=cardiff)
    Enrolment.objects.filter(pk__in=[e.pk for e in people[:4]]).update(nominated_by=lead)
    Enrolment.objects.filter(pk=people[1].pk).update(status=EnrolmentStatus.COMPLETED)
    Enrolment.objects.filter(pk__in=[people[2].pk, people[3].pk]).update(
        status=EnrolmentStatus.WITHDRAWN, withdrawn_on=timezone.localdate()
    )
    type(people[2].user).objects.filter(pk=people[2].user_id).update(is_active=False)
    page = staff_client.get(url).content.decode()
    assert "Re-instate" in page and "Withdraw" in page and str(lead) in page
    assert _count_queries(staff_client, url, None, None) == first


def test_enrolling_inline_records_who_and_sends_one_invitation(
    staff_client, staff, cohort, participant, cardiff, newport, django_capture_on_commit_callbacks
):
    data = cohort_form(
        cohort.lab,
        [cardiff, newport],
        staff,
        title=cohort.title,
        start_date=cohort.start_date.isoformat(),
        session_weekday="1",
        theme=cohort.theme,
    )
    data.update(_inline_management(cohort))
    data.update(
        {
            "enrolments-2-TOTAL_FORMS": "1",
            "enrolments-2-INITIAL_FORMS": "0",
            "enrolments-2-0-user": str(participant.pk),
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    enrolment = cohort.enrolments.get(user=participant)
    assert enrolment.status == EnrolmentStatus.INVITED and enrolment.invited_at
    assert EnrolmentEvent.objects.get(enrolment=enrolment).by == staff
    assert len(mail.outbox) == 1 and participant.email in mail.outbox[0].to[0]
    assert "ics" in mail.outbox[0].attachments[0][0]


def test_inline_enrolment_refuses_a_council_not_taking_part(
    staff_client, staff, make_cohort, make_user, cardiff
):
    cohort = make_cohort(councils=[cardiff])
    stranger = make_user("x@torfaen.test", council=cardiff.__class__.objects.get(slug="torfaen"))
    data = cohort_form(
        cohort.lab,
        [cardiff],
        staff,
        title=cohort.title,
        start_date=cohort.start_date.isoformat(),
        session_weekday="1",
        theme=cohort.theme,
    )
    data.update(_inline_management(cohort))
    data.update(
        {
            "enrolments-2-TOTAL_FORMS": "1",
            "enrolments-2-INITIAL_FORMS": "0",
            "enrolments-2-0-user": str(stranger.pk),
        }
    )
    response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)
    assert response.status_code == 200
    assert "Torfaen is not taking part in this cohort" in response.content.decode()
    assert not cohort.enrolments.exists()


def test_resend_invitations_action_sends_again(
    staff_client, cohort, participant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=cohort, user=participant)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            reverse("admin:cohorts_cohort_changelist"),
            {
                "action": "resend_invitations",
                "_selected_action": [cohort.pk],
                "shown_at": timezone.now().isoformat(),
                "apply": "1",
            },
        )
    assert len(mail.outbox) == 1


def test_roster_export_is_csv_with_formula_cells_neutralised(
    staff_client, cohort, make_user, cardiff
):
    evil = make_user("evil@x.test", council=cardiff, name='=HYPERLINK("http://evil")')
    enrolment_create(cohort=cohort, user=evil, invite=False)
    response = staff_client.post(
        reverse("admin:cohorts_cohort_changelist"),
        {"action": "export_roster", "_selected_action": [cohort.pk]},
    )
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    assert "'=HYPERLINK" in body and "evil@x.test" in body


def test_roster_export_starts_with_a_byte_order_mark_and_writes_iso_dates(
    staff_client, cohort, make_user, cardiff
):
    """Excel on a UK Windows machine reads a CSV without the mark as Windows-1252."""
    welsh = make_user("geraint@cardiff.test", council=cardiff, name="Geraint Ŵyn Morgan")
    enrolment = enrolment_create(cohort=cohort, user=welsh, invite=False)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_on=dt.date(2026, 11, 10))
    response = staff_client.post(
        reverse("admin:cohorts_cohort_changelist"),
        {"action": "export_roster", "_selected_action": [cohort.pk]},
    )
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r[3] == "geraint@cardiff.test")
    assert row[2] == "Geraint Ŵyn Morgan"
    assert row[-1] == "2026-11-10"


def test_session_page_links_to_the_register(staff_client, cohort):
    session = cohort.sessions.get(number=1)
    page = staff_client.get(reverse("admin:cohorts_session_changelist")).content.decode()
    assert reverse("register", args=[session.pk]) in page
    assert Session.objects.count() == 6


def test_moving_the_start_before_it_begins_after_invitations_emails_the_new_dates(
    staff_client, staff, make_cohort, participant, cardiff, django_capture_on_commit_callbacks
):
    cohort = make_cohort(start=timezone.localdate() + dt.timedelta(days=30), councils=[cardiff])
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=cohort, user=participant)
    mail.outbox.clear()
    cohort.refresh_from_db()
    new_start = timezone.localdate() + dt.timedelta(days=60)
    data = cohort_form(
        cohort.lab,
        [cardiff],
        staff,
        title=cohort.title,
        start_date=new_start.isoformat(),
        session_weekday="1",
    )
    data.update(_inline_management(cohort))
    data["sessions-0-location"] = "A room typed in the same save"
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    data.update(confirm_schedule="on", schedule_digest=shown_digest(staff_client.post(url, data)))
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "New dates" in message.subject
    first = cohort.sessions.get(number=1)
    assert first.date.strftime("%-d %B %Y") in message.body
    events = list(icalendar.Calendar.from_ical(message.attachments[0][1]).walk("VEVENT"))
    assert len(events) == 6 and all(int(e["sequence"]) >= 1 for e in events)
    # The room typed for week 1 in the same save is kept (and is in the one email).
    assert first.location == "A room typed in the same save" and first.edited_by_hand
    ics = message.attachments[0][1]
    assert "A room typed in the same save" in (ics if isinstance(ics, str) else ics.decode())


@pytest.mark.parametrize("start", ["9999-12-01", "1990-01-01"])
def test_a_start_date_far_from_today_is_refused_clearly(staff_client, staff, cardiff, start):
    lab = Lab.objects.get(code="data")
    response = staff_client.post(
        reverse("admin:cohorts_cohort_add"), cohort_form(lab, [cardiff], staff, start_date=start)
    )
    assert response.status_code == 200
    assert (
        "Choose a start date within two years before and three years after today"
        in response.content.decode()
    )
    assert not Cohort.objects.filter(title="Adaption Lab: winter cohort").exists()


def test_capacity_cannot_drop_below_the_places_taken(
    staff_client, staff, cohort, participant, outsider, cardiff, newport
):
    enrolment_create(cohort=cohort, user=participant, invite=False)
    enrolment_create(cohort=cohort, user=outsider, invite=False)
    data = cohort_form(
        cohort.lab,
        [cardiff, newport],
        staff,
        title=cohort.title,
        start_date=cohort.start_date.isoformat(),
        session_weekday="1",
        theme=cohort.theme,
        capacity="1",
    )
    data.update(_inline_management(cohort))
    response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)
    assert "2 people already hold a place" in response.content.decode()


def test_enrolments_cannot_be_deleted_only_withdrawn(staff_client, enrolment):
    response = staff_client.post(
        reverse("admin:cohorts_enrolment_delete", args=[enrolment.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert enrolment.__class__.objects.filter(pk=enrolment.pk).exists()


def _enrol_inline(data, *users):
    data.update({"enrolments-2-TOTAL_FORMS": str(len(users)), "enrolments-2-INITIAL_FORMS": "0"})
    for i, user in enumerate(users):
        data[f"enrolments-2-{i}-user"] = str(user.pk)
    return data


def _change_form(cohort, staff, councils, **overrides):
    data = cohort_form(
        cohort.lab,
        councils,
        staff,
        title=cohort.title,
        start_date=cohort.start_date.isoformat(),
        session_weekday="1",
        theme=cohort.theme,
        **overrides,
    )
    data.update(_inline_management(cohort))
    return data


def test_removing_a_council_while_enrolling_its_person_is_a_form_error_not_a_500(
    staff_client, staff, make_cohort, make_user, cardiff
):
    from councils.models import Council

    torfaen = Council.objects.get(slug="torfaen")
    cohort = make_cohort(councils=[cardiff, torfaen])
    person = make_user("tor.person@torfaen.test", council=torfaen)
    data = _enrol_inline(_change_form(cohort, staff, [cardiff]), person)
    response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)
    assert response.status_code == 200
    assert "Torfaen is not taking part in this cohort" in response.content.decode()
    assert not cohort.enrolments.exists()
    assert set(cohort.councils.all()) == {cardiff, torfaen}  # nothing saved


def test_adding_a_council_and_enrolling_its_person_in_one_save_works(
    staff_client, staff, make_cohort, make_user, cardiff
):
    from councils.models import Council

    torfaen = Council.objects.get(slug="torfaen")
    cohort = make_cohort(councils=[cardiff])
    person = make_user("tor.person@torfaen.test", council=torfaen)
    data = _enrol_inline(_change_form(cohort, staff, [cardiff, torfaen]), person)
    response = staff_client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert cohort.enrolments.get().user == person


def test_a_new_cohort_can_enrol_people_inline_on_its_first_save(
    staff_client, staff, make_user, cardiff
):
    person = make_user("first.save@cardiff.test", council=cardiff)
    lab = Lab.objects.get(code="adaption")
    data = _enrol_inline(cohort_form(lab, [cardiff], staff), person)
    response = staff_client.post(reverse("admin:cohorts_cohort_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Cohort.objects.get(title="Adaption Lab: winter cohort").enrolments.get().user == person


def test_people_beyond_the_places_left_join_the_waiting_list_in_order(
    staff_client,
    staff,
    cohort,
    participant,
    outsider,
    make_user,
    cardiff,
    newport,
    django_capture_on_commit_callbacks,
):
    cohort.capacity = 2
    cohort.save()
    enrolment_create(cohort=cohort, user=make_user("first@cardiff.test", council=cardiff))
    data = _enrol_inline(
        _change_form(cohort, staff, [cardiff, newport], capacity="2"), participant, outsider
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data, follow=True
        )
    assert response.status_code == 200
    page = response.content.decode()
    assert "1 person enrolled; their invitation is on the way." in page
    assert "The cohort is full: Osian Outsider is number 1 on the waiting list." in page
    assert cohort.enrolments.filter(user=participant).exists()
    assert cohort.waiting_list.get().user == outsider
    assert [m.to for m in mail.outbox] == [[f"Gwenllian Owner <{participant.email}>"]]


def test_resend_and_nudge_messages_are_singular_for_one(
    staff_client, cohort, participant, monkeypatch
):
    enrolment_create(cohort=cohort, user=participant, invite=False)
    url = reverse("admin:cohorts_cohort_changelist")
    response = staff_client.post(
        url, {"action": "resend_invitations", "_selected_action": [cohort.pk]}, follow=True
    )
    assert "1 person will be emailed their invitation again." in response.content.decode()
    response = staff_client.post(
        url,
        {
            "action": "resend_invitations",
            "_selected_action": [cohort.pk],
            "shown_at": timezone.now().isoformat(),
            "apply": "1",
        },
        follow=True,
    )
    assert "1 invitation will be sent again." in response.content.decode()
    monkeypatch.setattr("cohorts.messaging.nudges.claim", lambda pairs: [1])
    monkeypatch.setattr("cohorts.tasks.send_nudge_batch.delay_on_commit", lambda ids: None)
    response = staff_client.post(
        url, {"action": "send_nudges_now", "_selected_action": [cohort.pk]}, follow=True
    )
    assert "1 nudge queued." in response.content.decode()


def test_the_enrolment_page_links_to_the_participants_lab_tool_work(
    staff_client, cohort, participant
):
    """Found through labs.registry (the cohort is a Data Lab one): staff follow it to read the
    work and comment, and come back to the enrolment."""
    enrolment = enrolment_create(cohort=cohort, user=participant, invite=False)
    page = staff_client.get(
        reverse("admin:cohorts_enrolment_change", args=[enrolment.pk])
    ).content.decode()
    tool_url = reverse("data_tool", args=[enrolment.pk])
    assert "Lab tool work" in page
    assert f'<a href="{tool_url}">Read their work and comment' in page
    work = staff_client.get(tool_url).content.decode()
    assert "You are reading Gwenllian Owner" in work
    assert reverse("admin:cohorts_enrolment_change", args=[enrolment.pk]) in work


def test_the_cohort_page_links_each_enrolment_to_its_lab_tool_work(
    staff_client, cohort, participant, outsider
):
    enrolments = [
        enrolment_create(cohort=cohort, user=person, invite=False)
        for person in (participant, outsider)
    ]
    page = staff_client.get(
        reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    ).content.decode()
    assert "Lab tool work" in page
    for enrolment in enrolments:
        assert f'<a href="{reverse("data_tool", args=[enrolment.pk])}">Read' in page


def test_session_names_give_the_day_without_a_leading_zero(cohort):
    session = Session(cohort=cohort, number=3, date=dt.date(2027, 1, 4), start_time=dt.time(10))
    assert str(session) == "Data Lab test cohort · Week 3 (4 Jan 2027)"


def test_a_council_whose_people_hold_places_cannot_be_taken_off_the_cohort(
    staff_client, staff, make_cohort, make_user, cardiff
):
    from councils.models import Council

    torfaen = Council.objects.get(slug="torfaen")
    cohort = make_cohort(councils=[cardiff, torfaen])
    for i in range(2):
        person = make_user(f"tor{i}@torfaen.test", council=torfaen)
        enrolment_create(cohort=cohort, user=person, invite=False)
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    response = staff_client.post(url, _change_form(cohort, staff, [cardiff]))
    assert response.status_code == 200
    assert (
        "Torfaen still has 2 people on this cohort: withdraw them before taking the council "
        "off it." in response.content.decode()
    )
    assert set(cohort.councils.all()) == {cardiff, torfaen}  # nothing saved

    # Once they have withdrawn, the council can go; their history stays.
    cohort.enrolments.update(status=EnrolmentStatus.WITHDRAWN, withdrawn_on=dt.date(2026, 10, 1))
    response = staff_client.post(url, _change_form(cohort, staff, [cardiff]))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert set(cohort.councils.all()) == {cardiff}
    assert cohort.enrolments.count() == 2


def test_drawing_the_cohort_page_leaves_the_admin_passing_the_system_check(staff_client, cardiff):
    # django-modeltranslation once copied the form's fields onto the admin as a page was drawn,
    # and from then on `manage.py check` refused the admin (admin.E005).
    from django.contrib import admin
    from django.core import checks

    staff_client.get(reverse("admin:cohorts_cohort_add"))
    cohort_admin = admin.site._registry[Cohort]
    assert cohort_admin.fields is None
    errors = [e for e in checks.run_checks(tags=[checks.Tags.admin]) if e.is_serious()]
    assert not errors, errors


def test_each_persons_links_are_in_the_staff_members_language_page_after_page(
    staff_client, staff, cohort, make_user, cardiff
):
    """The rows' texts are looked up once per language (admin_shared.text_once): a Welsh page
    after an English one is Welsh, and the English one after it English again."""
    enrolment_create(cohort=cohort, user=make_user("row@x.test", council=cardiff), invite=False)
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    pages = {}
    for language in ["en", "cy", "en"]:
        staff.language = language
        staff.save(update_fields=["language"])
        pages.setdefault(language, []).append(staff_client.get(url).content.decode())
    for page in pages["en"]:
        assert ">Withdraw</a>" in page and ">Read<span" in page
    assert ">Tynnu&#x27;n ôl</a>" in pages["cy"][0] and ">Darllen<span" in pages["cy"][0]


def test_a_status_no_choice_names_is_shown_as_stored_not_a_500(client, staff, cohort, enrolment):
    """As get_status_display() shows it: a row written by other code or an older release."""
    Enrolment.objects.filter(pk=enrolment.pk).update(status="paused")
    client.force_login(staff)
    page = client.get(reverse("admin:cohorts_cohort_change", args=[cohort.pk]))
    assert page.status_code == 200
    assert '<td class="field-status">paused</td>' in page.content.decode()
