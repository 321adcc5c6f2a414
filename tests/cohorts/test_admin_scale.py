"""The admin's cohort list and cohort page at programme scale (issue 24): the search finds a
cohort once without a join that multiplies its rows, the list's figures are subqueries, and the
cohort's page lists its people a page at a time."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts.admin_paging import PAGE_SIZE
from cohorts.models import Enrolment, EnrolmentStatus
from councils.models import Council, Role, User


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def enrol_many(cohort, n, council):
    people = User.objects.bulk_create(
        User(
            email=f"many{cohort.pk}.{i:03d}@{council.slug}.test",
            full_name=f"Many Person {i:03d}",
            role=Role.PARTICIPANT,
            council=council,
        )
        for i in range(n)
    )
    return Enrolment.objects.bulk_create(
        Enrolment(cohort=cohort, user=person, council=council) for person in people
    )


def found(html: str) -> list[str]:
    return re.findall(r'<th class="field-title"><a href="[^"]+">([^<]+)</a></th>', html)


def test_the_search_finds_by_title_lab_or_council_once_each(staff_client, make_cohort):
    councils = list(Council.objects.order_by("name"))
    make_cohort(councils=councils, title="Everyone together")
    make_cohort(councils=councils[:1], title="One council")
    url = reverse("admin:cohorts_cohort_changelist")
    assert sorted(found(staff_client.get(url, {"q": "together"}).content.decode())) == [
        "Everyone together"
    ]
    # Every council's name holds a letter "a" or not: each cohort is listed once however many
    # of its councils match.
    by_council = found(staff_client.get(url, {"q": councils[0].name}).content.decode())
    assert sorted(by_council) == ["Everyone together", "One council"]
    assert sorted(found(staff_client.get(url, {"q": "data lab"}).content.decode())) == [
        "Everyone together",
        "One council",
    ]
    assert found(staff_client.get(url, {"q": "nothing like it"}).content.decode()) == []


SEARCH_QUERIES = 10


def test_the_search_joins_no_councils_sessions_or_enrolments(staff_client, make_cohort, cardiff):
    cohort = make_cohort(councils=list(Council.objects.all()), title="Searched for")
    enrol_many(cohort, 30, cardiff)
    url = reverse("admin:cohorts_cohort_changelist")
    with CaptureQueriesContext(connection) as queries:
        response = staff_client.get(url, {"q": "searched"})
    assert found(response.content.decode()) == ["Searched for"]
    listing = [q["sql"] for q in queries if 'FROM "cohorts_cohort"' in q["sql"]]
    assert listing
    for sql in listing:
        joins = re.findall(r'JOIN "(\w+)"', sql)
        assert not {"cohorts_cohort_councils", "cohorts_enrolment", "cohorts_session"} & set(
            joins
        ), joins
        if "datefield" not in sql:  # the date hierarchy's own DISTINCT is of dates
            assert "DISTINCT" not in sql
    # session, user, the count with and without the search, the page, its councils, the
    # filters' choices (labs, councils) and the date hierarchy.
    assert len(queries) == SEARCH_QUERIES, [q["sql"][:120] for q in queries]


def test_the_list_counts_places_and_sessions_as_before(staff_client, make_cohort, cardiff):
    cohort = make_cohort(councils=[cardiff], title="Counted")
    enrolments = enrol_many(cohort, 7, cardiff)
    Enrolment.objects.filter(pk=enrolments[0].pk).update(status=EnrolmentStatus.WITHDRAWN)
    html = staff_client.get(reverse("admin:cohorts_cohort_changelist")).content.decode()
    assert f"6 / {cohort.capacity}" in html


def test_the_cohort_page_lists_its_people_a_page_at_a_time(staff_client, make_cohort, cardiff):
    cohort = make_cohort(councils=[cardiff], title="Big cohort")
    cohort.capacity = 200
    cohort.save(update_fields=["capacity"])
    enrol_many(cohort, PAGE_SIZE + 12, cardiff)
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    with CaptureQueriesContext(connection) as first_page:
        html = staff_client.get(url).content.decode()
    rows = re.findall(r"Many Person (\d{3})</a> &lt;", html)
    assert rows == [f"{i:03d}" for i in range(PAGE_SIZE)]
    assert f"Showing 1 to {PAGE_SIZE} of {PAGE_SIZE + 12} people" in html
    assert 'href="?people=2#enrolments-group"' in html
    # Each row keeps its links: the enrolment's own page and withdraw.
    assert html.count("/admin/cohorts/enrolment/") >= PAGE_SIZE
    second = staff_client.get(url, {"people": 2}).content.decode()
    assert re.findall(r"Many Person (\d{3})</a> &lt;", second) == [
        f"{i:03d}" for i in range(PAGE_SIZE, PAGE_SIZE + 12)
    ]
    assert '<span class="this-page" aria-current="page">2</span>' in second
    # As many queries for a cohort twice the size: the rows drawn are a page's.
    enrol_many(make_cohort(councils=[cardiff], title="Other"), 1, cardiff)
    more = User.objects.bulk_create(
        User(email=f"more{i}@cardiff.test", full_name=f"Zz More {i}", council=cardiff)
        for i in range(60)
    )
    Enrolment.objects.bulk_create(
        Enrolment(cohort=cohort, user=person, council=cardiff) for person in more
    )
    with CaptureQueriesContext(connection) as bigger:
        staff_client.get(url)
    assert len(bigger) == len(first_page)


def test_saving_the_cohort_on_a_later_page_of_people_keeps_everyone(
    staff_client, make_cohort, cardiff
):
    from tests.cohorts.test_admin_cohort import _inline_management

    cohort = make_cohort(councils=[cardiff], title="Saved on page two")
    cohort.capacity = 200
    cohort.save(update_fields=["capacity"])
    enrol_many(cohort, PAGE_SIZE + 3, cardiff)
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk]) + "?people=2"
    html = staff_client.get(url).content.decode()
    data = {
        name: value
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    }
    data.update(
        {
            "lab": str(cohort.lab_id),
            "theme": cohort.theme,
            "title_en": cohort.title,
            "start_date": cohort.start_date.isoformat(),
            "session_weekday": str(cohort.session_weekday),
            "session_time": cohort.session_time.strftime("%H:%M"),
            "session_minutes": str(cohort.session_minutes),
            "online_url": cohort.online_url,
            "councils": [str(cardiff.pk)],
            "capacity": "200",
            "attendance_threshold": str(cohort.attendance_threshold),
        }
    )
    data.update({k: v for k, v in _inline_management(cohort).items() if k.startswith("sessions")})
    response = staff_client.post(url, data)
    assert response.status_code in (200, 302)
    assert cohort.enrolments.count() == PAGE_SIZE + 3
