"""The waiting list of a full cohort: join it in order, offer a freed place to the next person,
accept it within WAITING_LIST_OFFER_DAYS, or let it lapse to the one after. Exactly once.

- Joining: a lead's nomination or a staff enrolment that finds the cohort full (every place
  taken or held for an open offer, or people already waiting: first come first served) puts the
  person at the end of the list (`enrol_or_wait`). One row per person and cohort, so a double
  click or a second tab joins once and is told the same number.
- Offering (`offers_send`, task `offer_waiting_places`, queued when someone withdraws and run
  by the beat's `sweep_waiting_lists`): under the cohort's row lock, expired offers lapse, and
  each place neither taken nor held goes to the next person waiting, in order. An open offer
  holds its place: a second run finds no free place, and nobody else (lead, staff, CSV) can
  take it meanwhile. The email is claimed by a guarded update of `offer_emailed_at` (committed
  before it is sent), so of two runs only one sends it; a send that fails gives the claim back
  for the retry. As with certificates, a worker dying between the claim and the send leaves that
  email unsent (the offer is still on the person's page), never sent twice.
- Accepting (`offer_accept`): under the cohort's lock and the entry's, an open offer becomes an
  enrolment through `enrolment_create` (its invitation and all), counting its own held place as
  free and closing the entry as accepted; a second click finds it accepted and is answered with
  the same enrolment. Staff or a lead enrolling someone directly go through the same service:
  an open offer of theirs gives them its place, and their entry (waiting or offered) is closed
  as accepted, so it never holds a second place.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from councils.emails import send_email
from councils.models import User

from ..models import WAITING_QUEUE, Cohort, Enrolment, WaitingListEntry, WaitingStatus
from ..selectors import with_positions
from ..services import (
    CohortFull,
    cohort_finished,
    enrolment_create,
    enrolment_problem,
    places_held,
)


class OfferClosed(Exception):
    """The offer cannot be accepted (lapsed, or the place is gone); the message says why."""


@dataclass(frozen=True)
class Placed:
    """Where a person ended up: enrolled, or on the waiting list at `position`."""

    enrolment: Enrolment | None = None
    entry: WaitingListEntry | None = None
    position: int = 0


def queue_position(*, entry: WaitingListEntry) -> int:
    """The entry's number on its cohort's waiting list (1 is next); 0 once off it."""
    if entry.status not in WAITING_QUEUE:
        return 0
    return with_positions(WaitingListEntry.objects.filter(pk=entry.pk)).get().position


def waiting_message(*, placed: Placed) -> str:
    return _("The cohort is full: %(name)s is number %(n)s on the waiting list.") % {
        "name": placed.entry.user.full_name,
        "n": placed.position,
    }


@transaction.atomic
def waiting_list_join(
    *, cohort: Cohort, user: User, by: User | None = None, nominated: bool = False
) -> Placed:
    """Put a person at the end of the cohort's waiting list, or say where they already are.

    Refuses (ValidationError) whoever could not be enrolled (enrolment_problem). Idempotent: a
    second call leaves one entry at the same number. Someone whose earlier offer lapsed joins
    again at the end. For leads (their own council's people) and staff."""
    Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
    problem = enrolment_problem(cohort=cohort, user=user)
    if problem:
        raise ValidationError(problem)
    entry, created = WaitingListEntry.objects.get_or_create(
        cohort=cohort, user=user, defaults={"added_by": by, "nominated": nominated}
    )
    if not created and entry.status == WaitingStatus.LAPSED:
        entry.status = WaitingStatus.WAITING
        entry.joined_at = timezone.now()
        entry.offered_at = entry.offer_expires_at = entry.offer_emailed_at = None
        entry.closed_at = None
        entry.added_by, entry.nominated = by, nominated
        entry.save()
    if places_held(cohort=cohort) < cohort.capacity:
        # A place is free (capacity raised, say) while people wait: offer it in order.
        from ..tasks import offer_waiting_places

        offer_waiting_places.delay_on_commit(cohort.pk)
    return Placed(entry=entry, position=queue_position(entry=entry))


def waiting_list_join_many(
    *, cohort: Cohort, users: list[User], by: User | None = None
) -> list[WaitingListEntry]:
    """Put many people at the end of the waiting list in the given order (a CSV upload), in a
    fixed number of queries. The caller holds the cohort's row lock and has checked each person
    (enrolment_problem, not already waiting), in this same transaction. Someone whose earlier
    offer lapsed joins again at the end."""
    if not users:
        return []
    start = timezone.now()
    at = {u.pk: start + dt.timedelta(microseconds=i) for i, u in enumerate(users)}
    lapsed = list(
        cohort.waiting_list.filter(user__in=users, status=WaitingStatus.LAPSED).select_related(
            "user"
        )
    )
    for entry in lapsed:
        entry.status, entry.joined_at, entry.added_by = WaitingStatus.WAITING, at[entry.user_id], by
        entry.nominated = False
        entry.offered_at = entry.offer_expires_at = entry.offer_emailed_at = None
        entry.closed_at = None
    fields = ["status", "joined_at", "added_by", "nominated", "offered_at"]
    fields += ["offer_expires_at", "offer_emailed_at", "closed_at"]
    WaitingListEntry.objects.bulk_update(lapsed, fields)
    again = {e.user_id for e in lapsed}
    created = WaitingListEntry.objects.bulk_create(
        WaitingListEntry(cohort=cohort, user=u, added_by=by, joined_at=at[u.pk])
        for u in users
        if u.pk not in again
    )
    return sorted([*lapsed, *created], key=lambda e: (e.joined_at, e.pk))


@transaction.atomic
def enrol_or_wait(
    *,
    cohort: Cohort,
    user: User,
    by: User | None = None,
    nominated: bool = False,
    invite: bool = True,
) -> Placed:
    """Enrol a person (enrolment_create: checks, invitation on commit) or, if the cohort is
    full, put them on its waiting list. Refuses (ValidationError) anyone who could not be
    enrolled at all. The cohort's row is locked for the decision."""
    Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
    try:
        enrolment = enrolment_create(
            cohort=cohort, user=user, by=by, nominated=nominated, invite=invite
        )
    except CohortFull:
        return waiting_list_join(cohort=cohort, user=user, by=by, nominated=nominated)
    return Placed(enrolment=enrolment)


def offers_make(*, cohort_id: int) -> list[int]:
    """Lapse the cohort's expired offers and offer each free place to the next person waiting,
    in order. Returns the ids of open offers whose email has not gone. Safe to run twice: an
    open offer holds its place, so a second run offers nothing more."""
    now = timezone.now()
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().filter(pk=cohort_id).first()
        if cohort is None:
            return []
        WaitingListEntry.objects.filter(
            cohort_id=cohort_id, status=WaitingStatus.OFFERED, offer_expires_at__lte=now
        ).update(status=WaitingStatus.LAPSED, closed_at=now)
        # Nobody is offered a place they could not take: someone who has left (account closed),
        # been erased, or moved to a council not on this cohort leaves the queue.
        WaitingListEntry.objects.filter(cohort_id=cohort_id, status__in=WAITING_QUEUE).filter(
            Q(user__is_active=False)
            | Q(user__erased_at__isnull=False)
            | ~Q(user__council_id__in=list(cohort.councils.values_list("pk", flat=True)))
        ).update(status=WaitingStatus.LAPSED, closed_at=now)
        free = cohort.capacity - places_held(cohort=cohort)
        # A place is worth offering until the cohort's last session has passed.
        if free > 0 and not cohort_finished(cohort=cohort):
            nxt = list(
                cohort.waiting_list.filter(status=WaitingStatus.WAITING)
                .order_by("joined_at", "pk")
                .values_list("pk", flat=True)[:free]
            )
            WaitingListEntry.objects.filter(pk__in=nxt, status=WaitingStatus.WAITING).update(
                status=WaitingStatus.OFFERED,
                offered_at=now,
                offer_expires_at=now + dt.timedelta(days=settings.WAITING_LIST_OFFER_DAYS),
            )
        return list(
            cohort.waiting_list.filter(
                status=WaitingStatus.OFFERED,
                offer_expires_at__gt=now,
                offer_emailed_at__isnull=True,
            )
            .order_by("joined_at", "pk")
            .values_list("pk", flat=True)
        )


def offer_email(*, entry_id: int) -> bool:
    """Email an open offer with its link, once: the claim (`offer_emailed_at`) is a guarded
    update committed before sending, so a second run or a racing worker sends nothing. A send
    that fails gives the claim back and raises, for the task's retry. Returns whether it went."""
    now = timezone.now()
    entry = (
        WaitingListEntry.objects.select_related("cohort__lab", "user").filter(pk=entry_id).first()
    )
    if entry is None or entry.user.erased_at is not None:  # an erased address is a pseudonym
        return False
    # Only the entry's own columns in the guard: an UPDATE filtered through a join becomes
    # "pk IN (subquery)", which PostgreSQL does not check again once the other run's claim has
    # committed, so both would win.
    won = WaitingListEntry.objects.filter(
        pk=entry_id,
        status=WaitingStatus.OFFERED,
        offer_expires_at__gt=now,
        offer_emailed_at__isnull=True,
    ).update(offer_emailed_at=now)
    if not won:
        return False
    sessions = list(entry.cohort.sessions.order_by("number"))
    try:
        send_email(
            name="waiting_offer",
            to=entry.user,
            context={
                "cohort": entry.cohort,
                "first_session": sessions[0] if sessions else None,
                "expires_at": timezone.localtime(entry.offer_expires_at),
                "offer_url": settings.SITE_URL.rstrip("/")
                + reverse("waiting_offer", args=[entry.pk]),
            },
        )
    except Exception:
        WaitingListEntry.objects.filter(pk=entry_id, offer_emailed_at=now).update(
            offer_emailed_at=None
        )
        raise
    return True


def offers_send(*, cohort_id: int) -> int:
    """Make the cohort's offers (offers_make) and email each not yet emailed. Returns how many
    emails went."""
    return sum(offer_email(entry_id=pk) for pk in offers_make(cohort_id=cohort_id))


def cohorts_with_queues() -> list[int]:
    """Cohorts with someone waiting or an offer open: the beat's sweep looks at each (offers
    that lapsed, places freed by a raised capacity, offer emails a lost task never sent)."""
    return list(
        WaitingListEntry.objects.filter(status__in=WAITING_QUEUE)
        .order_by("cohort_id")
        .values_list("cohort_id", flat=True)
        .distinct()
    )


def offer_accept(*, entry: WaitingListEntry) -> Enrolment:
    """The person accepts their offer: they are enrolled (enrolment_create: their invitation
    and all), in the place the offer held. Idempotent: a double click or a second tab gets the
    same enrolment. Raises OfferClosed, changing nothing, if the offer lapsed or was never made,
    or the place is gone. For the participant whose offer it is (the view found it through
    selectors.waiting_offer_for_user)."""
    with transaction.atomic():
        Cohort.objects.select_for_update().filter(pk=entry.cohort_id).first()
        entry = (
            WaitingListEntry.objects.select_for_update(of=("self",))
            .select_related("cohort", "user", "added_by", "enrolment")
            .get(pk=entry.pk)
        )
        if entry.status == WaitingStatus.ACCEPTED and entry.enrolment is not None:
            return entry.enrolment
        if not entry.offer_is_open:
            raise OfferClosed(
                _("This offer is no longer open: it lapsed on %(date)s.")
                % {"date": date_format(timezone.localtime(entry.offer_expires_at), "j F Y, H:i")}
                if entry.offer_expires_at
                else _("There is no place to accept yet: you are still on the waiting list.")
            )
        try:
            enrolment = enrolment_create(
                cohort=entry.cohort,
                user=entry.user,
                by=entry.added_by,
                nominated=entry.nominated,
                offer=entry,
            )
        except ValidationError as exc:
            raise OfferClosed(" ".join(exc.messages)) from None
        # enrolment_create closed the entry as accepted, with this enrolment.
        return enrolment
