"""The waiting list of a full cohort (issue 22, point 10): nominations and staff enrolments
beyond capacity join it in order; a withdrawal offers the place to the next person by email,
once; an offer lapses to the next; accepting enrols once; each sees only what is theirs."""

import datetime as dt
import threading

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cohorts import tasks
from cohorts.enrolment import waiting
from cohorts.models import Enrolment, EnrolmentStatus, WaitingListEntry, WaitingStatus
from cohorts.services import cohort_is_full, enrolment_create, enrolment_withdraw, places_held
from councils.models import Role
from tests.support.race import at_once


@pytest.fixture
def full_cohort(make_cohort, cardiff, newport, make_user):
    """An upcoming cohort of two places, both taken."""
    cohort = make_cohort(
        start=timezone.localdate() + dt.timedelta(days=21),
        councils=[cardiff, newport],
        title="Spring cohort",
    )
    cohort.capacity = 2
    cohort.save()
    for name in ("first", "second"):
        enrolment_create(
            cohort=cohort, user=make_user(f"{name}@cardiff.test", council=cardiff), invite=False
        )
    return cohort


def _offers():
    return [m for m in mail.outbox if "A place has been freed for you" in m.subject]


def _withdraw_one(cohort, staff, capture):
    enrolment = cohort.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN).first()
    with capture(execute=True):
        enrolment_withdraw(enrolment=enrolment, by=staff, reason="Moved job")
    return enrolment


def test_a_lead_nominating_into_a_full_cohort_puts_people_on_the_waiting_list_in_order(
    client, lead, full_cohort, participant, make_user, cardiff
):
    colleague = make_user("cerys.colleague@cardiff.test", council=cardiff, name="Cerys Colleague")
    client.force_login(lead)
    url = reverse("nominate", args=[full_cohort.pk])
    page = client.get(url).content.decode()
    assert "This cohort is full. Anyone you nominate joins its waiting list" in page
    response = client.post(url, {"which": "existing", "person": participant.pk}, follow=True)
    assert "The cohort is full: Gwenllian Owner is number 1 on the waiting list." in (
        response.content.decode()
    )
    # A double click (or a second tab) is told the same number and adds nobody.
    response = client.post(url, {"which": "existing", "person": participant.pk}, follow=True)
    assert "Gwenllian Owner is number 1 on the waiting list." in response.content.decode()
    response = client.post(url, {"which": "existing", "person": colleague.pk}, follow=True)
    page = response.content.decode()
    assert "The cohort is full: Cerys Colleague is number 2 on the waiting list." in page
    assert not full_cohort.enrolments.filter(user__in=[participant, colleague]).exists()
    entries = list(full_cohort.waiting_list.order_by("joined_at", "pk"))
    assert [(e.user, e.status, e.added_by, e.nominated) for e in entries] == [
        (participant, WaitingStatus.WAITING, lead, True),
        (colleague, WaitingStatus.WAITING, lead, True),
    ]
    # The nominate page lists the council's people waiting, with their numbers.
    assert 'id="waiting-list"' in page and "Cerys Colleague" in page


def test_someone_new_nominated_into_a_full_cohort_waits_too(client, lead, full_cohort):
    client.force_login(lead)
    response = client.post(
        reverse("nominate", args=[full_cohort.pk]),
        {"which": "new", "full_name": "Bethan Newydd", "email": "bethan.newydd@cardiff.gov.uk"},
        follow=True,
    )
    assert "Bethan Newydd is number 1 on the waiting list." in response.content.decode()
    assert full_cohort.waiting_list.get().user.email == "bethan.newydd@cardiff.gov.uk"


def test_a_full_cohort_is_still_offered_to_leads_for_its_waiting_list(client, lead, full_cohort):
    client.force_login(lead)
    page = client.get(reverse("lead_home")).content.decode()
    assert reverse("nominate", args=[full_cohort.pk]) in page
    assert "Nominate staff for the waiting list" in page


def _lead_card(html: str, title: str) -> str:
    """The lead's open-cohorts entry for the cohort with this title."""
    [card] = [li for li in html.split("<li") if f"<strong>{title}</strong>" in li]
    return card


def test_the_leads_list_counts_places_held_for_open_offers_as_the_enrolment_rule_does(
    client, lead, full_cohort, staff, participant, django_capture_on_commit_callbacks
):
    """One of two places taken, the other held for an open offer: full, as cohort_is_full has
    it (the staff home agrees). Once the offer has lapsed (before the sweep has closed it) the
    place is free again: leads nominate into it, as the nominate page and the enrolment
    service would let them."""
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    client.force_login(lead)
    card = _lead_card(client.get(reverse("lead_home")).content.decode(), "Spring cohort")
    assert "1 of 2 places taken · 1 place held for a waiting-list offer" in card
    assert "Nominate staff for the waiting list" in card
    WaitingListEntry.objects.filter(user=participant).update(
        offer_expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    card = _lead_card(client.get(reverse("lead_home")).content.decode(), "Spring cohort")
    assert "held for a waiting-list offer" not in card
    assert "Full" not in card and "Nominate staff for the waiting list" not in card
    assert "Nominate staff" in card
    page = client.get(reverse("nominate", args=[full_cohort.pk])).content.decode()
    assert "1 place is left." in page


def test_a_withdrawal_offers_the_place_to_the_first_waiting_by_one_email(
    full_cohort, staff, participant, outsider, django_capture_on_commit_callbacks
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    mail.outbox.clear()
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    first, second = full_cohort.waiting_list.order_by("joined_at", "pk")
    assert first.status == WaitingStatus.OFFERED and first.offer_emailed_at
    assert second.status == WaitingStatus.WAITING
    assert first.offer_expires_at - first.offered_at == dt.timedelta(days=5)
    [offer] = _offers()
    assert offer.to == [f"Gwenllian Owner <{participant.email}>"]
    link = f"http://testserver{reverse('waiting_offer', args=[first.pk])}"
    assert link in offer.body
    assert link in offer.alternatives[0][0]


def test_the_offer_task_run_twice_sends_one_email(
    full_cohort, staff, participant, django_capture_on_commit_callbacks
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    full_cohort.enrolments.first().delete()  # a place is free; nobody has been told yet
    mail.outbox.clear()
    assert tasks.offer_waiting_places(full_cohort.pk) == 1
    assert tasks.offer_waiting_places(full_cohort.pk) == 0
    tasks.sweep_waiting_lists()
    assert len(_offers()) == 1
    assert full_cohort.waiting_list.get().status == WaitingStatus.OFFERED


def test_the_offer_days_are_a_setting(full_cohort, participant, settings):
    settings.WAITING_LIST_OFFER_DAYS = 2
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    full_cohort.enrolments.first().delete()
    tasks.offer_waiting_places(full_cohort.pk)
    entry = full_cohort.waiting_list.get()
    assert entry.offer_expires_at - entry.offered_at == dt.timedelta(days=2)


class _MeetBeforeClaiming:
    """Stands in for django.utils.timezone inside cohorts.enrolment.waiting: both runs have made (or
    found) the offer and meet before the guarded claim of its email, so they race for it."""

    def __init__(self, barrier):
        self.barrier = barrier
        self.calls = threading.local()

    def now(self):
        count = getattr(self.calls, "n", 0) + 1
        self.calls.n = count
        if count == 2:  # offer_email's claim (the first is offers_make's)
            self.barrier.wait(timeout=10)
        return timezone.now()

    def localtime(self, value=None):
        return timezone.localtime(value)

    def localdate(self, value=None):
        return timezone.localdate(value)


@pytest.mark.django_db(transaction=True)
def test_two_offer_runs_at_once_email_the_offer_once(
    full_cohort, participant, outsider, monkeypatch
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    full_cohort.enrolments.first().delete()
    mail.outbox.clear()
    barrier = threading.Barrier(2)
    monkeypatch.setattr(waiting, "timezone", _MeetBeforeClaiming(barrier))
    errors = at_once(lambda: waiting.offers_send(cohort_id=full_cohort.pk))
    assert not errors
    assert not barrier.broken
    assert [m.to for m in _offers()] == [[f"Gwenllian Owner <{participant.email}>"]]
    assert [e.status for e in full_cohort.waiting_list.order_by("joined_at", "pk")] == [
        WaitingStatus.OFFERED,
        WaitingStatus.WAITING,
    ]


def test_an_offer_not_accepted_in_time_lapses_and_the_place_goes_to_the_next(
    client, full_cohort, staff, participant, outsider, django_capture_on_commit_callbacks
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    first = full_cohort.waiting_list.get(user=participant)
    WaitingListEntry.objects.filter(pk=first.pk).update(
        offer_expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    mail.outbox.clear()
    tasks.sweep_waiting_lists()
    tasks.sweep_waiting_lists()
    first.refresh_from_db()
    second = full_cohort.waiting_list.get(user=outsider)
    assert first.status == WaitingStatus.LAPSED and first.closed_at
    assert second.status == WaitingStatus.OFFERED
    assert [m.to for m in _offers()] == [[f"Osian Outsider <{outsider.email}>"]]
    # The lapsed offer can no longer be taken.
    client.force_login(participant)
    response = client.post(reverse("waiting_offer", args=[first.pk]), follow=True)
    assert "This offer is no longer open" in response.content.decode()
    assert not full_cohort.enrolments.filter(user=participant).exists()


def test_an_open_offer_holds_its_place_against_newcomers(
    full_cohort, staff, participant, make_user, cardiff, django_capture_on_commit_callbacks
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    newcomer = make_user("newcomer@cardiff.test", council=cardiff)
    placed = waiting.enrol_or_wait(cohort=full_cohort, user=newcomer, by=staff)
    assert placed.enrolment is None and placed.position == 2
    assert "number 2 on the waiting list" in waiting.waiting_message(placed=placed)


def test_accepting_enrols_through_the_enrolment_service_once_however_often_clicked(
    client, full_cohort, staff, lead, participant, django_capture_on_commit_callbacks
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant, by=lead, nominated=True)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    entry = full_cohort.waiting_list.get()
    client.force_login(participant)
    url = reverse("waiting_offer", args=[entry.pk])
    page = client.get(url).content.decode()
    assert "Accept the place" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url)
        second = client.post(url)
    enrolment = Enrolment.objects.get(cohort=full_cohort, user=participant)
    assert first["Location"] == second["Location"] == reverse("lab_detail", args=[enrolment.pk])
    assert enrolment.status == EnrolmentStatus.INVITED and enrolment.nominated_by == lead
    assert [m.to for m in mail.outbox] == [[f"Gwenllian Owner <{participant.email}>"]]
    enrolment.refresh_from_db()
    assert enrolment.invited_at is not None
    entry.refresh_from_db()
    assert entry.status == WaitingStatus.ACCEPTED and entry.enrolment == enrolment
    assert full_cohort.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN).count() == 2


def test_someone_enrolled_directly_while_holding_an_open_offer_holds_one_place(
    full_cohort, staff, participant, django_capture_on_commit_callbacks
):
    """Staff enrol a person (admin, CSV's service) who holds an open offer: they take the
    place their offer holds, and the offer is closed as accepted in the same transaction, so
    it holds no second place until it lapses."""
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    assert places_held(cohort=full_cohort) == 2  # one taken, one held for the offer
    placed = waiting.enrol_or_wait(cohort=full_cohort, user=participant, by=staff)
    assert placed.enrolment is not None and placed.enrolment.user == participant
    entry = full_cohort.waiting_list.get(user=participant)
    assert entry.status == WaitingStatus.ACCEPTED
    assert entry.closed_at is not None and entry.enrolment == placed.enrolment
    assert places_held(cohort=full_cohort) == 2  # their place, once


def test_an_enrolment_with_a_place_to_spare_closes_the_persons_open_offer(
    full_cohort, staff, participant, django_capture_on_commit_callbacks
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    full_cohort.capacity = 3
    full_cohort.save()
    enrolment = enrolment_create(cohort=full_cohort, user=participant, by=staff, invite=False)
    entry = full_cohort.waiting_list.get(user=participant)
    assert (entry.status, entry.enrolment) == (WaitingStatus.ACCEPTED, enrolment)
    assert places_held(cohort=full_cohort) == 2
    assert not cohort_is_full(cohort=full_cohort)


def test_an_enrolment_closes_the_persons_own_waiting_entry(full_cohort, participant, outsider):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    enrolment = enrolment_create(cohort=full_cohort, user=participant, check=False, invite=False)
    mine, theirs = (full_cohort.waiting_list.get(user=u) for u in (participant, outsider))
    assert (mine.status, mine.enrolment) == (WaitingStatus.ACCEPTED, enrolment)
    assert mine.closed_at is not None
    assert waiting.queue_position(entry=theirs) == 1  # the next in line moves up
    assert theirs.status == WaitingStatus.WAITING


@pytest.mark.django_db(transaction=True)
def test_two_accepts_at_once_enrol_once(full_cohort, staff, participant):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    full_cohort.enrolments.first().delete()
    waiting.offers_make(cohort_id=full_cohort.pk)
    entry = full_cohort.waiting_list.get()
    barrier = threading.Barrier(2)
    results = []

    def accept():
        barrier.wait(timeout=10)
        results.append(waiting.offer_accept(entry=entry).pk)

    errors = at_once(accept)
    assert not errors
    assert len(set(results)) == 1 and len(results) == 2
    assert Enrolment.objects.filter(cohort=full_cohort, user=participant).count() == 1


def test_two_people_cannot_take_the_one_place(
    client, full_cohort, staff, participant, outsider, django_capture_on_commit_callbacks
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    second = full_cohort.waiting_list.get(user=outsider)
    client.force_login(outsider)
    response = client.post(reverse("waiting_offer", args=[second.pk]), follow=True)
    assert "you are still on the waiting list" in response.content.decode()
    assert "You are number 2 on the waiting list" in response.content.decode()
    assert not full_cohort.enrolments.filter(user=outsider).exists()
    # And a place taken while the offer was open (staff over the limit) is not taken twice.
    first = full_cohort.waiting_list.get(user=participant)
    full_cohort.capacity = 1
    full_cohort.save()
    with pytest.raises(waiting.OfferClosed):
        waiting.offer_accept(entry=first)


def test_an_outsider_gets_404_on_someone_elses_offer(
    client, full_cohort, staff, participant, outsider, lead, django_capture_on_commit_callbacks
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    entry = full_cohort.waiting_list.get()
    url = reverse("waiting_offer", args=[entry.pk])
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert not full_cohort.enrolments.filter(user__in=[participant, outsider]).exists()
    client.force_login(lead)  # not theirs to accept either: the page is the participant's
    assert client.get(url).status_code == 403


def test_a_lead_sees_only_their_own_councils_people_waiting(
    client, lead, outsider_lead, full_cohort, participant, outsider
):
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    client.force_login(lead)
    page = client.get(reverse("nominate", args=[full_cohort.pk])).content.decode()
    assert participant.full_name in page and outsider.full_name not in page
    assert outsider.email not in page
    table = page[page.index('id="waiting-list"') :]
    assert ">2</td>" in table  # their number on the whole list
    client.force_login(outsider_lead)
    page = client.get(reverse("nominate", args=[full_cohort.pk])).content.decode()
    assert outsider.full_name in page and participant.full_name not in page


def test_staff_enrolling_beyond_capacity_in_the_admin_fill_the_list_in_order(
    client, staff, full_cohort, participant, outsider
):
    from tests.cohorts.test_admin_cohort import _change_form, _enrol_inline

    client.force_login(staff)
    cardiff, newport = full_cohort.councils.order_by("slug")
    data = _enrol_inline(
        _change_form(
            full_cohort,
            staff,
            [cardiff, newport],
            capacity="2",
            online_url=full_cohort.online_url,
            title_en=full_cohort.title,
        ),
        participant,
        outsider,
    )
    response = client.post(
        reverse("admin:cohorts_cohort_change", args=[full_cohort.pk]), data, follow=True
    )
    page = response.content.decode()
    assert "The cohort is full: Gwenllian Owner is number 1 on the waiting list." in page
    assert "The cohort is full: Osian Outsider is number 2 on the waiting list." in page
    # The cohort's admin page lists them, in order, with the offer's state.
    page = client.get(reverse("admin:cohorts_cohort_change", args=[full_cohort.pk])).content
    page = page.decode()
    assert "Waiting list (first come first served)" in page
    assert page.index("Gwenllian Owner") < page.index("Osian Outsider")


def test_the_offer_email_is_in_welsh_for_a_welsh_speaker(full_cohort, participant):
    participant.language = "cy"
    participant.save()
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    full_cohort.enrolments.first().delete()
    mail.outbox.clear()
    tasks.offer_waiting_places(full_cohort.pk)
    [offer] = mail.outbox
    assert "Mae lle wedi dod yn rhydd i chi" in offer.subject
    assert "Derbyn y lle" in offer.body and "Derbyn y lle" in offer.alternatives[0][0]


def test_someone_not_a_participant_of_a_council_taking_part_cannot_wait(
    full_cohort, make_user, funder
):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        waiting.waiting_list_join(cohort=full_cohort, user=funder)
    assert funder.role == Role.FUNDER and not full_cohort.waiting_list.exists()


def test_an_open_offer_shows_on_its_holders_dashboard_only(
    client, full_cohort, participant, outsider
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    full_cohort.enrolments.first().delete()
    waiting.offers_make(cohort_id=full_cohort.pk)
    entry = full_cohort.waiting_list.get()
    client.force_login(participant)
    page = client.get(reverse("dashboard")).content.decode()
    assert "A place has been freed for you in Spring cohort." in page
    assert reverse("waiting_offer", args=[entry.pk]) in page
    client.force_login(outsider)
    page = client.get(reverse("dashboard")).content.decode()
    assert "Spring cohort" not in page


def test_the_cohort_admin_page_shows_each_offers_state(
    client, staff, full_cohort, participant, outsider
):
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    full_cohort.enrolments.first().delete()
    tasks.offer_waiting_places(full_cohort.pk)
    client.force_login(staff)
    page = client.get(reverse("admin:cohorts_cohort_change", args=[full_cohort.pk])).content
    section = page.decode().split('id="waiting-list"')[1]
    rows = section.split("<tr>")[2:]
    assert "Gwenllian Owner" in rows[0] and "Offered a place until" in rows[0]
    assert "emailed" in rows[0]
    assert "Osian Outsider" in rows[1] and "Waiting" in rows[1]
    # Each one's number in the queue and council (read with only what the table shows).
    assert rows[0].startswith("<td>1</td>") and rows[1].startswith("<td>2</td>")
    assert f"<td>{participant.council.name}</td>" in rows[0]
    assert f"<td>{outsider.council.name}</td>" in rows[1]


def test_someone_who_left_comes_off_the_list_and_their_offer_goes_to_the_next(
    full_cohort, staff, participant, outsider, django_capture_on_commit_callbacks
):
    from cohorts.services import person_mark_left

    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    assert full_cohort.waiting_list.get(user=participant).status == WaitingStatus.OFFERED
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        person_mark_left(user=participant, by=staff)
    assert full_cohort.waiting_list.get(user=participant).status == WaitingStatus.LAPSED
    assert full_cohort.waiting_list.get(user=outsider).status == WaitingStatus.OFFERED
    assert [m.to for m in _offers()] == [[f"Osian Outsider <{outsider.email}>"]]


def test_nobody_is_offered_a_place_they_could_not_take(
    full_cohort, staff, participant, outsider, django_capture_on_commit_callbacks
):
    # Closed while waiting (an account closed by other means than "left"): skipped, not offered.
    waiting.waiting_list_join(cohort=full_cohort, user=participant)
    waiting.waiting_list_join(cohort=full_cohort, user=outsider)
    type(participant).objects.filter(pk=participant.pk).update(is_active=False)
    mail.outbox.clear()
    _withdraw_one(full_cohort, staff, django_capture_on_commit_callbacks)
    assert full_cohort.waiting_list.get(user=participant).status == WaitingStatus.LAPSED
    assert full_cohort.waiting_list.get(user=outsider).status == WaitingStatus.OFFERED
    assert [m.to for m in _offers()] == [[f"Osian Outsider <{outsider.email}>"]]
