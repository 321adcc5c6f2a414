"""Cancellations that calendars act on (issue 17): a cancelled session, or a person withdrawn,
drops out of the personal feed at once and is emailed as METHOD:CANCEL with STATUS:CANCELLED,
the same UID, a higher SEQUENCE, ORGANIZER and ATTENDEE (RFC 5546). Each file is read back by
two readers that did not write it: icalendar and vobject."""

import datetime as dt
import email

import icalendar
import pytest
import vobject
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Attendance, EnrolmentStatus
from cohorts.scheduling.calendar import session_uid
from cohorts.scheduling.services import session_cancel
from cohorts.services import attendance_mark, completion_set, enrolment_create, enrolment_withdraw
from labs.models import Activity
from tests.support.calendars import starts_icalendar, starts_icaljs, starts_vobject

pytestmark = pytest.mark.django_db


@pytest.fixture
def upcoming(make_cohort, cardiff, participant, django_capture_on_commit_callbacks):
    """A cohort starting in three weeks, its participant invited (their calendar holds it)."""
    cohort = make_cohort(start=timezone.localdate() + dt.timedelta(days=21), councils=[cardiff])
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = enrolment_create(cohort=cohort, user=participant)
    enrolment.refresh_from_db()
    assert enrolment.invited_at
    mail.outbox.clear()
    return enrolment


def feed_uids(client, user) -> set[str]:
    body = client.get(reverse("calendar_feed", args=[user.calendar_token])).content
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(body).walk("VEVENT")}


def calendar_part(message) -> tuple[str, bytes]:
    """The calendar attachment as the recipient's mail program sees it (Python's own parser)."""
    parsed = email.message_from_bytes(message.message().as_bytes())
    part = next(p for p in parsed.walk() if p.get_content_type() == "text/calendar")
    return part.get_param("method"), part.get_payload(decode=True)


def assert_cancels(ics: bytes, sessions, person, sent_before: dict[str, int]):
    calendar = icalendar.Calendar.from_ical(ics)
    assert str(calendar["METHOD"]) == "CANCEL"
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {session_uid(s) for s in sessions}
    for uid, event in events.items():
        assert str(event["STATUS"]) == "CANCELLED"
        assert int(event["SEQUENCE"]) > sent_before[uid]
        assert str(event["ORGANIZER"]).lower().startswith("mailto:")
        assert str(event["ATTENDEE"]).lower() == f"mailto:{person.email}"
        assert "DTSTAMP" in event and "DTSTART" in event
    # A second reader.
    read = vobject.readOne(ics.decode())
    assert read.method.value == "CANCEL"
    vevents = read.contents["vevent"]
    assert {v.uid.value for v in vevents} == set(events)
    for v in vevents:
        assert v.status.value == "CANCELLED"
        assert int(v.sequence.value) > sent_before[v.uid.value]
        assert v.organizer.value.lower().startswith("mailto:")
        assert v.attendee.value.lower() == f"mailto:{person.email}"
    # And the times, as icalendar, vobject and Mozilla's ical.js each read them, agree.
    assert starts_icalendar(ics) == starts_vobject(ics) == starts_icaljs(ics)


def test_a_cancelled_session_leaves_the_feed_and_is_emailed_as_a_cancellation(
    client, staff, upcoming, django_capture_on_commit_callbacks
):
    person = upcoming.user
    session = upcoming.cohort.sessions.get(number=2)
    before = {session_uid(session): session.sequence}
    assert session_uid(session) in feed_uids(client, person)
    with django_capture_on_commit_callbacks(execute=True):
        assert session_cancel(session=session, by=staff, reason="Facilitator ill")
        assert not session_cancel(session=session, by=staff, reason="Twice")  # once only
    assert session_uid(session) not in feed_uids(client, person)
    assert len(feed_uids(client, person)) == 5
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Cancelled" in message.subject and "Facilitator ill" in message.body
    method, ics = calendar_part(message)
    assert method == "CANCEL"  # the MIME part says so too, as Outlook expects
    assert_cancels(ics, [session], person, before)


def test_withdrawing_someone_cancels_their_sessions_still_to_come(
    client, staff, upcoming, django_capture_on_commit_callbacks
):
    person = upcoming.user
    sessions = list(upcoming.cohort.sessions.order_by("number"))
    before = {session_uid(s): s.sequence for s in sessions}
    session = sessions[0]
    assert client.force_login(person) is None
    ics_url = reverse("session_ics", args=[session.pk])
    assert client.get(ics_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_withdraw(enrolment=upcoming, by=staff, reason="Moved job")
    assert feed_uids(client, person) == set()
    assert client.get(ics_url).status_code == 404
    assert len(mail.outbox) == 1
    _, ics = calendar_part(mail.outbox[0])
    assert_cancels(ics, sessions, person, before)


def test_a_withdrawal_does_not_drop_a_session_change_still_queued_for_the_others(
    client, staff, upcoming, make_user, cardiff, django_capture_on_commit_callbacks
):
    """Week 2 moved to another room; its email to the cohort is still queued when someone
    withdraws. The others still get it, and the withdrawn person's cancellation still
    outranks what their calendar holds."""
    from cohorts.scheduling.services import session_change_notify, session_update

    cohort = upcoming.cohort
    colleague = make_user("huw.colleague@cardiff.test", council=cardiff, name="Huw Colleague")
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(cohort=cohort, user=colleague)
    mail.outbox.clear()
    week2 = cohort.sessions.get(number=2)
    week2.location = "Room 2"
    with django_capture_on_commit_callbacks(execute=False) as queued:
        session_update(session=week2, changed=["location"], by=staff)
    assert len(queued) == 1  # the change email, waiting for the worker
    week2.refresh_from_db()
    held = {session_uid(s): s.sequence for s in cohort.sessions.all()}
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_withdraw(enrolment=upcoming, by=staff, reason="Moved job")
    _, ics = calendar_part(mail.outbox[0])
    assert_cancels(ics, list(cohort.sessions.order_by("number")), upcoming.user, held)
    mail.outbox.clear()
    assert session_change_notify(session_id=week2.pk, sequence=week2.sequence) == 1
    assert [m.to[0] for m in mail.outbox] == [f"{colleague.full_name} <{colleague.email}>"]


def test_a_cancelled_session_does_not_count_as_held_and_its_week_still_opens(
    staff, enrolment, django_capture_on_commit_callbacks
):
    """The cohort (from 6 October 2026) is past; four of six sessions attended would complete
    it. One of those four is then found to have been cancelled: it was not held."""
    sessions = list(enrolment.cohort.sessions.order_by("number"))
    cancelled = sessions[4]
    with django_capture_on_commit_callbacks(execute=True):
        assert session_cancel(session=cancelled, by=staff, reason="Strike")
        for session in sessions[:3]:
            attendance_mark(enrolment=enrolment, session=session, attended=True)
        for activity in Activity.objects.filter(module__lab=enrolment.cohort.lab, required=True):
            completion_set(enrolment=enrolment, activity=activity, done=True, answer="Done")
    enrolment.refresh_from_db()
    assert enrolment.sessions_attended == 3 and enrolment.status != EnrolmentStatus.COMPLETED
    from cohorts.services import register_refusal

    assert "cancelled" in register_refusal(session=cancelled)
    # Week 5's work opened on the cancelled session's date all the same.
    week5 = Activity.objects.filter(module__lab=enrolment.cohort.lab, module__number=5).first()
    from cohorts.services import completion_refusal

    assert completion_refusal(enrolment=enrolment, activity=week5) is None
    with django_capture_on_commit_callbacks(execute=True):
        attendance_mark(enrolment=enrolment, session=sessions[3], attended=True)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED


def test_cancelling_sessions_until_fewer_than_the_threshold_are_held_lowers_the_bar(
    staff, enrolment, django_capture_on_commit_callbacks
):
    sessions = list(enrolment.cohort.sessions.order_by("number"))
    with django_capture_on_commit_callbacks(execute=True):
        for session in sessions[3:]:
            session_cancel(session=session, by=staff, reason="Cut short")
        for session in sessions[:3]:
            attendance_mark(enrolment=enrolment, session=session, attended=True)
        for activity in Activity.objects.filter(module__lab=enrolment.cohort.lab, required=True):
            completion_set(enrolment=enrolment, activity=activity, done=True, answer="Done")
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED  # all three held sessions attended


def test_staff_cancel_a_session_from_the_admin(client, staff, upcoming):
    client.force_login(staff)
    session = upcoming.cohort.sessions.get(number=3)
    url = reverse("admin:cohorts_session_changelist")
    page = client.post(url, {"action": "cancel_sessions", "_selected_action": [session.pk]})
    assert "Why the session is cancelled" in page.content.decode()
    response = client.post(
        url,
        {
            "action": "cancel_sessions",
            "_selected_action": [session.pk],
            "apply": "1",
            "reason": "Room flooded",
        },
        follow=True,
    )
    assert "1 session cancelled" in response.content.decode()
    session.refresh_from_db()
    assert session.is_cancelled and session.cancelled_reason == "Room flooded"


def test_reports_count_a_cancelled_session_as_not_held(
    monkeypatch, staff, make_cohort, make_user, django_capture_on_commit_callbacks
):
    from tests.cohorts.participant_helpers import set_today
    from tests.cohorts.reports_data import TODAY, report
    from tests.cohorts.test_reports import _procurement_cohort

    set_today(monkeypatch, TODAY)
    # Fridays from 6 February 2026: all six held before 20 March (TODAY), three people.
    cohort = _procurement_cohort(make_cohort, make_user, dt.date(2026, 2, 6), "Cut-short cohort")
    first = cohort.sessions.get(number=1)
    for enrolment in cohort.enrolments.all():
        Attendance.objects.create(enrolment=enrolment, session=first, attended=True)

    def held_and_attended():
        rep = report(staff, period="fy-2025-q4")
        line = next(c for c in rep.cohorts if c.title == "Cut-short cohort")
        return line.figures["sessions_held"].text, line.figures["sessions_attended"].text

    assert held_and_attended() == ("18", "3")  # 3 people × 6 sessions; each came to week 1
    with django_capture_on_commit_callbacks(execute=True):
        session_cancel(session=first, by=staff, reason="Snow")
    assert held_and_attended() == ("15", "0")


def test_the_participant_sees_the_session_is_cancelled_and_the_week_open(client, staff, enrolment):
    session = enrolment.cohort.sessions.get(number=3)
    session_cancel(session=session, by=staff, reason="Strike")
    client.force_login(enrolment.user)
    page = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    assert "This session is cancelled" in page
    assert reverse("session_ics", args=[session.pk]) not in page
    assert "This week opens on" not in page  # the week is open all the same


def test_a_cancelled_session_cannot_be_edited(client, staff, upcoming):
    session = upcoming.cohort.sessions.get(number=2)
    session_cancel(session=session, by=staff, reason="Ill")
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_session_change", args=[session.pk]),
        {
            "date": session.date.isoformat(),
            "start_time": "15:00",
            "minutes": "90",
            "location": "",
            "online_url": session.online_url,
            "attendances-TOTAL_FORMS": "0",
            "attendances-INITIAL_FORMS": "0",
        },
    )
    assert "so it cannot be changed" in response.content.decode()
    session.refresh_from_db()
    assert session.start_time == dt.time(10, 0)


def test_a_session_with_a_register_cannot_be_deleted_only_cancelled(client, staff, enrolment):
    from django.db.models.deletion import ProtectedError

    session = enrolment.cohort.sessions.get(number=1)
    attendance_mark(enrolment=enrolment, session=session, attended=True)
    with pytest.raises(ProtectedError):
        session.delete()
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_session_delete", args=[session.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Attendance.objects.filter(session=session).count() == 1
