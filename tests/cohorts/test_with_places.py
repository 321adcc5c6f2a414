"""selectors.with_places: each cohort's places read with three subqueries and worked out as it
is read (issue 24: in SQL, every annotation that used another repeated its subqueries, twelve
subplans a cohort on the lead's page), by the same rule as services.places_held and
cohort_is_full; and the lead's upcoming cohorts with the first session's subquery once in the
condition."""

import datetime as dt

import pytest
from django.utils import timezone

from cohorts import selectors
from cohorts.models import Cohort, Enrolment, EnrolmentStatus, WaitingListEntry, WaitingStatus
from cohorts.services import cohort_is_full, places_held
from councils.models import Role
from tests.cohorts.test_admin_scale import enrol_many


@pytest.fixture
def five_cohorts(make_cohort, make_user, cardiff):
    """Each a different way to have places: some left; full by an open offer; full because
    someone waits though places are left; an offer that has lapsed; a withdrawal."""
    start = timezone.localdate() + dt.timedelta(days=30)
    waiting_people = [
        make_user(f"waiting{n}@cardiff.test", council=cardiff, name=f"Waiting {n}")
        for n in range(3)
    ]
    now = timezone.now()
    shapes = {
        "places left": (4, 2, None),
        "full by an offer": (2, 1, (WaitingStatus.OFFERED, now + dt.timedelta(days=2))),
        "someone waiting": (5, 1, (WaitingStatus.WAITING, None)),
        "offer lapsed": (2, 1, (WaitingStatus.OFFERED, now - dt.timedelta(hours=1))),
        "one withdrew": (3, 3, None),
    }
    made = {}
    for index, (name, (capacity, people, entry)) in enumerate(shapes.items()):
        cohort = make_cohort(councils=[cardiff], start=start, title=name)
        Cohort.objects.filter(pk=cohort.pk).update(capacity=capacity)
        enrolled = enrol_many(cohort, people, cardiff)
        if entry:
            status, expires = entry
            WaitingListEntry.objects.create(
                cohort=cohort,
                user=waiting_people[index % 3],
                status=status,
                offer_expires_at=expires,
            )
        if name == "one withdrew":
            Enrolment.objects.filter(pk=enrolled[0].pk).update(status=EnrolmentStatus.WITHDRAWN)
        made[name] = Cohort.objects.get(pk=cohort.pk)
    return made


def test_each_cohorts_places_are_those_the_services_count(five_cohorts):
    placed = {c.title: c for c in selectors.with_places(Cohort.objects.all())}
    for name, cohort in five_cohorts.items():
        found = placed[name]
        held = places_held(cohort=cohort)
        full = cohort_is_full(cohort=cohort)
        assert (found.held, found.full) == (held, full), name
        assert found.places_left == (0 if full else cohort.capacity - held), name
    assert [placed[n].full for n in five_cohorts] == [False, True, True, False, False]
    assert placed["one withdrew"].places_left == 1 and placed["offer lapsed"].places_left == 1
    # The same, read one at a time (a lead's nomination page: .get).
    one = selectors.with_places(Cohort.objects.all()).get(pk=five_cohorts["someone waiting"].pk)
    assert (one.taken, one.held, one.full, one.places_left) == (1, 1, True, 0)


def test_each_count_is_one_subquery_and_the_rest_is_worked_out_as_read(five_cohorts):
    sql = str(selectors.with_places(Cohort.objects.all()).query)
    assert sql.count('FROM "cohorts_enrolment"') == 1
    assert sql.count('FROM "cohorts_waitinglistentry"') == 2  # open offers; anyone waiting
    assert "CASE" not in sql


def test_the_leads_upcoming_cohorts_read_the_first_session_once_in_the_condition(
    five_cohorts, make_user, cardiff, make_cohort
):
    lead = make_user("lead.places@cardiff.test", Role.LEAD, cardiff, name="Lead Places")
    past = make_cohort(councils=[cardiff], start=timezone.localdate() - dt.timedelta(days=60))
    unscheduled = make_cohort(
        councils=[cardiff], start=timezone.localdate() + dt.timedelta(days=90), title="No dates"
    )
    unscheduled.sessions.all().delete()
    upcoming = selectors.open_cohorts_for_lead(user=lead)
    sql = str(upcoming.query)
    where = sql[sql.index(" WHERE ") : sql.index(" ORDER BY ")]
    assert where.count('FROM "cohorts_session"') == 1, where
    found = [c.title for c in upcoming]
    assert set(found) == {*five_cohorts, "No dates"} and past.title not in found
    assert found[-1] == "No dates"  # no first session: after those with one
    by_title = {c.title: c for c in upcoming}
    assert by_title["someone waiting"].full and by_title["someone waiting"].waiting == 1
    assert not by_title["offer lapsed"].full and by_title["offer lapsed"].waiting == 0
