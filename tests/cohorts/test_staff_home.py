"""The staff home answers "what's on" (issue 22): today's and this week's sessions with place and
register, cohorts starting soon with places left, invitations not sent, certificates issued this
week; every count leaves out withdrawn people, as the admin does."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cohorts import selectors
from cohorts.models import Certificate, Session, WaitingListEntry, WaitingStatus
from cohorts.services import enrolment_create, enrolment_withdraw


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def _with_session_on(make_cohort, cardiff, day: dt.date, title: str, **place):
    """A cohort whose week 1 is on `day` (its later weeks after it)."""
    cohort = make_cohort(start=day, councils=[cardiff], title=title)
    Session.objects.filter(cohort=cohort, number=1).update(date=day, **place)
    return cohort


def _people(cohort, make_user, cardiff, n: int, prefix: str):
    return [
        enrolment_create(
            cohort=cohort,
            user=make_user(f"{prefix}{i}@cardiff.test", council=cardiff, name=f"{prefix} {i}"),
            invite=False,
        )
        for i in range(n)
    ]


def _section(html: str, heading_id: str) -> str:
    """The part of the page from the heading with this id to the next h2."""
    match = re.search(rf'<h2[^>]*id="{heading_id}".*?(?=<h2|\Z)', html, re.S)
    assert match, heading_id
    return match.group(0)


def test_today_shows_the_session_with_place_link_and_register(staff_client, make_cohort, cardiff):
    today = timezone.localdate()
    cohort = _with_session_on(
        make_cohort,
        cardiff,
        today,
        "Data Lab: the one today",
        location="Ty Pont, Pontypool",
        online_url="https://teams.example/today",
    )
    session = cohort.sessions.get(number=1)
    html = staff_client.get(reverse("staff_home")).content.decode()
    today_part = _section(html, "today")
    assert "Data Lab: the one today: week 1" in today_part
    assert "Ty Pont, Pontypool" in today_part
    assert 'href="https://teams.example/today"' in today_part
    assert reverse("register", args=[session.pk]) in today_part
    assert "10:00 to 11:30" in today_part


def test_this_week_shows_the_other_days_and_leaves_out_cancelled_and_next_week(
    staff_client, make_cohort, cardiff
):
    today = timezone.localdate()
    week_start = today - dt.timedelta(days=today.weekday())
    other_day = week_start if today != week_start else week_start + dt.timedelta(days=1)
    _with_session_on(make_cohort, cardiff, other_day, "Earlier or later this week")
    cancelled = _with_session_on(make_cohort, cardiff, other_day, "Called off")
    Session.objects.filter(cohort=cancelled, number=1).update(
        cancelled_at=timezone.now(), cancelled_reason="Storm"
    )
    _with_session_on(make_cohort, cardiff, week_start + dt.timedelta(days=8), "Next week's")

    html = staff_client.get(reverse("staff_home")).content.decode()
    week_part = _section(html, "this-week")
    assert "Earlier or later this week: week 1" in week_part
    assert "Called off: week" not in html
    assert "Next week&#x27;s: week" not in html and "Next week's: week" not in html
    assert "No sessions today." in _section(html, "today")


def test_counts_leave_out_withdrawn_people_as_the_admin_does(
    staff_client, staff, make_cohort, make_user, cardiff
):
    """9 enrolled, 1 withdrawn: the home says 8 / 24, as the admin's list does."""
    today = timezone.localdate()
    cohort = _with_session_on(make_cohort, cardiff, today + dt.timedelta(days=10), "Nine in")
    people = _people(cohort, make_user, cardiff, 9, "Person")
    enrolment_withdraw(enrolment=people[0], by=staff, reason="Moved job")

    html = staff_client.get(reverse("staff_home")).content.decode()
    assert "9 / 24" not in html
    soon = _section(html, "starting-soon")
    assert "Nine in" in soon and "8 / 24" in soon
    assert re.search(r"8 / 24</td>\s*<td[^>]*>16</td>", soon), soon  # places left
    assert "8 / 24" in _section(html, "all-cohorts")
    # The invitations not sent: the eight still enrolled, not the withdrawn one.
    waiting = _section(html, "invitations-waiting")
    assert re.search(r"Nine in</a></td>\s*<td[^>]*>8</td>", waiting), waiting
    admin_list = staff_client.get(reverse("admin:cohorts_cohort_changelist")).content.decode()
    assert "8 / 24" in admin_list


def _offer(cohort, user, *, open_for: dt.timedelta):
    """`user` on the cohort's waiting list, offered a place until now + `open_for`."""
    now = timezone.now()
    return WaitingListEntry.objects.create(
        cohort=cohort,
        user=user,
        status=WaitingStatus.OFFERED,
        offered_at=now,
        offer_expires_at=now + open_for,
    )


def test_places_left_count_the_places_held_for_open_offers_as_the_enrolment_rule_does(
    staff_client, make_cohort, make_user, cardiff
):
    """Two of four places taken and one held for an open waiting-list offer: one place is
    left (as `services.places_held` has it), not two; an offer that has lapsed holds none."""
    today = timezone.localdate()
    cohort = _with_session_on(make_cohort, cardiff, today + dt.timedelta(days=10), "Held one")
    cohort.capacity = 4
    cohort.save()
    _people(cohort, make_user, cardiff, 2, "Taker")
    _offer(cohort, make_user("offered@cardiff.test", council=cardiff), open_for=dt.timedelta(1))
    lapsed = make_user("lapsed@cardiff.test", council=cardiff)
    _offer(cohort, lapsed, open_for=-dt.timedelta(minutes=1))
    soon = _section(staff_client.get(reverse("staff_home")).content.decode(), "starting-soon")
    assert re.search(r"2 / 4</td>\s*<td[^>]*>1</td>", soon), soon


def test_no_place_is_left_while_people_wait_for_one(staff_client, make_cohort, make_user, cardiff):
    """Someone waiting (their offer not made yet): a newcomer joins the list behind them, so
    the home shows no place left, as the enrolment rule (`cohort_is_full`) has it."""
    today = timezone.localdate()
    cohort = _with_session_on(make_cohort, cardiff, today + dt.timedelta(days=10), "Queue")
    cohort.capacity = 4
    cohort.save()
    _people(cohort, make_user, cardiff, 1, "Taker")
    WaitingListEntry.objects.create(
        cohort=cohort, user=make_user("waits@cardiff.test", council=cardiff)
    )
    soon = _section(staff_client.get(reverse("staff_home")).content.decode(), "starting-soon")
    assert re.search(r"1 / 4</td>\s*<td[^>]*>0</td>", soon), soon


def test_session_card_counts_people_enrolled_without_the_withdrawn(
    staff_client, staff, make_cohort, make_user, cardiff
):
    cohort = _with_session_on(make_cohort, cardiff, timezone.localdate(), "Today's three")
    people = _people(cohort, make_user, cardiff, 3, "Someone")
    enrolment_withdraw(enrolment=people[0], by=staff, reason="Left")
    today_part = _section(staff_client.get(reverse("staff_home")).content.decode(), "today")
    assert re.search(r"People enrolled</dt>\s*<dd[^>]*>2</dd>", today_part), today_part


def test_starting_soon_is_the_next_four_weeks_by_the_first_session(
    staff_client, make_cohort, cardiff
):
    today = timezone.localdate()
    _with_session_on(make_cohort, cardiff, today + dt.timedelta(days=27), "Starts in 27 days")
    _with_session_on(make_cohort, cardiff, today + dt.timedelta(days=40), "Starts in 40 days")
    _with_session_on(make_cohort, cardiff, today - dt.timedelta(days=20), "Started already")
    soon = _section(staff_client.get(reverse("staff_home")).content.decode(), "starting-soon")
    assert "Starts in 27 days" in soon
    assert "Starts in 40 days" not in soon
    assert "Started already" not in soon


def test_invitations_sent_are_not_waiting(staff_client, make_cohort, make_user, cardiff):
    cohort = _with_session_on(
        make_cohort, cardiff, timezone.localdate() + dt.timedelta(days=50), "All invited"
    )
    for enrolment in _people(cohort, make_user, cardiff, 2, "Invited"):
        type(enrolment).objects.filter(pk=enrolment.pk).update(invited_at=timezone.now())
    html = staff_client.get(reverse("staff_home")).content.decode()
    waiting = _section(html, "invitations-waiting")
    assert "All invited" not in waiting
    assert "Everyone enrolled has been sent their invitation." in waiting


def test_certificates_issued_this_week_leave_out_revoked_and_earlier_ones(
    staff_client, make_cohort, make_user, cardiff
):
    cohort = _with_session_on(
        make_cohort, cardiff, timezone.localdate() - dt.timedelta(days=60), "Finished one"
    )
    this_week, revoked, earlier = _people(cohort, make_user, cardiff, 3, "Holder")
    now = timezone.now()
    Certificate.objects.create(enrolment=this_week, code="THISWEEK1", awarded_name="Holder Now")
    Certificate.objects.create(
        enrolment=revoked, code="REVOKED01", awarded_name="Holder Revoked", revoked_at=now
    )
    Certificate.objects.create(
        enrolment=earlier,
        code="EARLIER01",
        awarded_name="Holder Earlier",
        issued_at=now - dt.timedelta(days=8),
    )
    part = _section(
        staff_client.get(reverse("staff_home")).content.decode(), "certificates-this-week"
    )
    assert "Holder Now" in part
    assert "Holder Revoked" not in part
    assert "Holder Earlier" not in part


def test_staff_home_queries_do_not_grow_with_cohorts_and_people(
    staff_client, make_cohort, make_user, cardiff
):
    url = reverse("staff_home")
    today = timezone.localdate()
    _with_session_on(make_cohort, cardiff, today, "First")
    staff_client.get(url)  # fills per-process caches
    with CaptureQueriesContext(connection) as one:
        staff_client.get(url)
    for n in range(4):
        cohort = _with_session_on(make_cohort, cardiff, today + dt.timedelta(days=n), f"More {n}")
        _people(cohort, make_user, cardiff, 3, f"P{n}x")
        _offer(cohort, make_user(f"o{n}@cardiff.test", council=cardiff), open_for=dt.timedelta(1))
        WaitingListEntry.objects.create(
            cohort=cohort, user=make_user(f"w{n}@cardiff.test", council=cardiff)
        )
    with CaptureQueriesContext(connection) as many:
        assert "More 3" in staff_client.get(url).content.decode()
    assert len(many.captured_queries) == len(one.captured_queries)


@pytest.mark.parametrize("who", ["participant", "lead", "outsider", "funder"])
def test_only_programme_staff_may_open_the_staff_home(client, db, request, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("staff_home"))
    assert response.status_code == 403


@pytest.mark.parametrize("who", ["participant", "lead", "funder"])
def test_the_overview_selector_refuses_anyone_but_staff(db, request, who):
    with pytest.raises(Http404):
        selectors.staff_overview(user=request.getfixturevalue(who), today=timezone.localdate())
    with pytest.raises(Http404):
        selectors.staff_cohorts(user=request.getfixturevalue(who))


def test_the_staff_home_speaks_welsh(client, staff, make_cohort, cardiff):
    staff.language = "cy"
    staff.save(update_fields=["language"])
    client.force_login(staff)
    _with_session_on(make_cohort, cardiff, timezone.localdate(), "Heddiw")
    html = client.get(reverse("staff_home")).content.decode()
    assert '<html lang="cy"' in html
    assert "Cymryd y gofrestr" in html  # Take the register
    assert "Yn dechrau yn y pedair wythnos nesaf" in html  # Starting in the next four weeks
