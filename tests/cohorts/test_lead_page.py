"""A council lead's people: progress, attendance and last activity, sortable and filterable by
cohort, and nothing of any other council."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Enrolment
from cohorts.services import attendance_mark, completion_set, enrolment_create
from tests.cohorts.participant_helpers import WEEK_3, first_task, set_today


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    set_today(monkeypatch, WEEK_3)


@pytest.fixture
def people(make_user, cardiff, newport, cohort, make_cohort, enrolment, outsider_enrolment):
    """Three Cardiff people in two cohorts, with different progress, attendance and activity;
    a Newport person alongside them."""
    second = make_cohort(councils=[cardiff], title="Second cohort", start=dt.date(2026, 9, 1))
    bryn = make_user("bryn@cardiff.test", council=cardiff, name="Bryn Busy")
    carys = make_user("carys@cardiff.test", council=cardiff, name="Carys Quiet")
    busy = enrolment_create(cohort=cohort, user=bryn)
    quiet = enrolment_create(cohort=second, user=carys)
    for number in (1, 2):
        completion_set(enrolment=busy, activity=first_task(busy, number), done=True)
    completion_set(enrolment=enrolment, activity=first_task(enrolment, 1), done=True)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=timezone.now())
    Enrolment.objects.filter(pk=busy.pk).update(
        last_activity_at=timezone.now() - dt.timedelta(days=3)
    )
    for session in cohort.sessions.all()[:2]:
        attendance_mark(enrolment=enrolment, session=session, attended=True)
    return {"owner": enrolment, "busy": busy, "quiet": quiet, "second": second}


def names_in_order(response) -> list[str]:
    return re.findall(
        r'<th scope="row" class="govuk-table__header">([^<]+)</th>', response.content.decode()
    )


def test_lead_sees_their_councils_people_with_progress_attendance_and_last_activity(
    client, lead, people, outsider_enrolment
):
    client.force_login(lead)
    response = client.get(reverse("lead_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert names_in_order(response) == ["Bryn Busy", "Carys Quiet", "Gwenllian Owner"]
    assert outsider_enrolment.user.full_name not in html
    assert outsider_enrolment.user.email not in html
    owner = Enrolment.objects.get(pk=people["owner"].pk)
    assert f"{owner.progress}%" in html
    assert "Sessions attended" in html and "Last activity" in html
    assert "None yet" in html  # Carys has done nothing


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("-progress", ["Bryn Busy", "Gwenllian Owner", "Carys Quiet"]),
        ("progress", ["Carys Quiet", "Gwenllian Owner", "Bryn Busy"]),
        ("-attendance", ["Gwenllian Owner", "Bryn Busy", "Carys Quiet"]),
        ("-last_activity", ["Gwenllian Owner", "Bryn Busy", "Carys Quiet"]),
        ("last_activity", ["Carys Quiet", "Bryn Busy", "Gwenllian Owner"]),
        ("-name", ["Gwenllian Owner", "Carys Quiet", "Bryn Busy"]),
        ("nonsense", ["Bryn Busy", "Carys Quiet", "Gwenllian Owner"]),
    ],
)
def test_lead_sorts_their_people(client, lead, people, sort, order):
    client.force_login(lead)
    response = client.get(reverse("lead_home"), {"sort": sort})
    assert names_in_order(response) == order


def test_sorted_column_says_so_to_screen_readers(client, lead, people):
    client.force_login(lead)
    html = client.get(reverse("lead_home"), {"sort": "-progress"}).content.decode()
    assert html.count('aria-sort="descending"') == 1
    assert "?sort=progress" in html  # the next click sorts it the other way


def test_lead_filters_by_cohort(client, lead, people):
    client.force_login(lead)
    response = client.get(reverse("lead_home"), {"cohort": people["second"].pk})
    assert names_in_order(response) == ["Carys Quiet"]
    assert "People from your council in Second cohort" in response.content.decode()


def test_filtering_by_another_councils_cohort_shows_nothing_of_it(
    client, lead, people, make_cohort, newport, make_user
):
    theirs = make_cohort(councils=[newport], title="Newport only")
    stranger = make_user("nia@newport.test", council=newport, name="Nia Newport")
    enrolment_create(cohort=theirs, user=stranger)
    client.force_login(lead)
    response = client.get(reverse("lead_home"), {"cohort": theirs.pk, "sort": "-name"})
    html = response.content.decode()
    assert "Nia Newport" not in html and "Newport only" not in html
    assert names_in_order(response) == ["Gwenllian Owner", "Carys Quiet", "Bryn Busy"]


REFUSED = (
    "That cohort is not one of your council's, so people in all cohorts are shown. "
    "Choose one of your council's cohorts from the list."
)


def test_a_cohort_that_is_not_the_councils_says_so_and_shows_all_cohorts(
    client, lead, people, make_cohort, newport
):
    """Another council's cohort, one that does not exist and one that is not a number get the
    same words (nothing tells the lead whether another council's cohort exists) and all the
    lead's people; the sort still applies."""
    theirs = make_cohort(councils=[newport], title="Newport only")
    client.force_login(lead)
    # A null character in the query string is refused before any page reads it (400, by
    # infuse.middleware.HostileURLMiddleware, as for every address).
    assert client.get(reverse("lead_home"), {"cohort": "1\x00"}).status_code == 400
    for value in (theirs.pk, 999999, "abc"):
        for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
            response = client.get(
                reverse("lead_home"), {"cohort": value, "sort": "-name"}, **headers
            )
            html = response.content.decode()
            assert response.status_code == 200, value
            assert REFUSED in html, value
            assert 'href="#people-cohort"' in html
            assert 'aria-describedby="people-cohort-error"' in html
            assert "Newport only" not in html
            assert names_in_order(response) == ["Gwenllian Owner", "Carys Quiet", "Bryn Busy"]
    # The council's own cohort, and no cohort at all, say nothing of the kind.
    for query in ({"cohort": people["second"].pk}, {"cohort": ""}, {}):
        html = client.get(reverse("lead_home"), query).content.decode()
        assert "is not one of your council" not in html
        assert "govuk-error-summary" not in html


def test_htmx_gets_the_table_alone_and_the_page_varies_on_it(client, lead, people):
    client.force_login(lead)
    response = client.get(reverse("lead_home"), {"sort": "-progress"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<table" in html and "<h1" not in html
    assert "HX-Request" in response["Vary"]
    assert "HX-Request" in client.get(reverse("lead_home"))["Vary"]


def test_the_people_table_works_without_javascript(client, lead, people):
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    assert '<form method="get" action="/council/"' in html
    assert 'href="/council/?sort=' in html


def test_participants_and_funders_cannot_open_the_lead_page(client, participant, funder):
    for person in (participant, funder):
        client.force_login(person)
        assert client.get(reverse("lead_home")).status_code == 403


def test_lead_page_queries_do_not_grow_with_people(
    client, lead, people, make_user, cardiff, cohort, django_assert_max_num_queries
):
    client.force_login(lead)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("lead_home"))
    for i in range(10):
        enrolment_create(cohort=cohort, user=make_user(f"p{i}@cardiff.test", council=cardiff))
    with django_assert_max_num_queries(len(few)):
        client.get(reverse("lead_home"))
    assert len(few) <= LEAD_PAGE_QUERIES


def test_the_people_tables_heading_sits_above_its_scroll_area_and_names_it(client, lead, people):
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    heading = '<h2 class="govuk-heading-m" id="people-caption">'
    assert heading + "People from your council in each cohort</h2>" in html
    wrap = html.index(
        '<div class="infuse-table-wrap" role="region" aria-labelledby="people-caption"'
    )
    assert html.index(heading) < wrap
    assert '<table class="govuk-table" aria-labelledby="people-caption">' in html[wrap:]
    assert "<caption" not in html


# --- A page at a time, filtered in the database (issue 24) ------------------------------------

# The session, the lead, the summary (which counts the page's enrolments too, unless a name is
# searched), the page's 50 enrolments (their person, cohort and lab joined), the steps ticked on
# weekly pages and one query for each lab's tool, the council, the cohort filter's cohorts and
# the upcoming cohorts open to the council.
LEAD_PAGE_QUERIES = 11


@pytest.fixture
def crowd(make_user, cardiff, newport, cohort):
    """62 Cardiff people in one cohort (and a Newport one), the Cardiff ones made at once."""
    from councils.models import Role, User

    people = User.objects.bulk_create(
        User(
            email=f"crowd{i:02d}@cardiff.test",
            full_name=f"Crowd Person {i:02d}",
            role=Role.PARTICIPANT,
            council=cardiff,
        )
        for i in range(62)
    )
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(cohort=cohort, user=person, council=cardiff) for person in people
    )
    Enrolment.objects.filter(pk__in=[e.pk for e in enrolments[:5]]).update(status="withdrawn")
    nia = make_user("nia@newport.test", council=newport, name="Nia Newport")
    Enrolment.objects.create(cohort=cohort, user=nia, council=newport)
    return enrolments


def test_the_lead_sees_fifty_people_a_page_with_govuk_pagination(client, lead, crowd):
    client.force_login(lead)
    first = client.get(reverse("lead_home"))
    html = first.content.decode()
    assert names_in_order(first) == [f"Crowd Person {i:02d}" for i in range(50)]
    assert "Showing 1 to 50 of 62 enrolments" in html
    assert '<nav class="govuk-pagination"' in html
    assert 'href="/council/?sort=name&amp;page=2"' in html and 'rel="next"' in html
    assert "62 enrolments from your council: invited 57, withdrawn 5." in html  # an aggregate
    second = client.get(reverse("lead_home"), {"sort": "name", "page": 2})
    assert names_in_order(second) == [f"Crowd Person {i:02d}" for i in range(50, 62)]
    assert 'aria-current="page">2</a>' in second.content.decode()
    # A page that is not one shows the last (too high) or the first (not a number).
    assert names_in_order(client.get(reverse("lead_home"), {"page": 99}))[0] == "Crowd Person 50"
    assert names_in_order(client.get(reverse("lead_home"), {"page": "x"}))[0] == "Crowd Person 00"


def test_the_lead_filters_by_status_and_name_and_the_links_keep_the_filters(
    client, lead, crowd, cohort
):
    client.force_login(lead)
    withdrawn = client.get(reverse("lead_home"), {"status": "withdrawn"})
    assert names_in_order(withdrawn) == [f"Crowd Person {i:02d}" for i in range(5)]
    # Counted by the summary's aggregate (one status of it), a name search by the paginator.
    assert "Showing 1 to 5 of 5 enrolments" in withdrawn.content.decode()
    counted = client.get(reverse("lead_home"), {"status": "invited", "q": "person 1"})
    assert "Showing 1 to 10 of 10 enrolments" in counted.content.decode()
    assert (
        "Showing 1 to 50 of 57 enrolments"
        in client.get(reverse("lead_home"), {"status": "invited"}).content.decode()
    )
    named = client.get(reverse("lead_home"), {"q": "person 6", "sort": "-name"})
    assert names_in_order(named) == ["Crowd Person 61", "Crowd Person 60"]
    html = named.content.decode()
    assert "?sort=name&amp;q=person+6" in html  # the sort links keep the search
    assert "Nia" not in html
    nobody = client.get(reverse("lead_home"), {"q": "Nia"})
    assert names_in_order(nobody) == []
    assert "Nobody from your council matches that search." in nobody.content.decode()
    # A status that is not one is dropped: everyone, the first page.
    assert len(names_in_order(client.get(reverse("lead_home"), {"status": "lost"}))) == 50


def test_the_lead_page_draws_one_page_and_the_same_queries_however_many_people(
    client, lead, crowd, make_user, cardiff, cohort, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(lead)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("lead_home"))
    Enrolment.objects.bulk_create(
        Enrolment(cohort=cohort, user=make_user(f"more{i}@cardiff.test", council=cardiff))
        for i in range(40)
    )
    with django_assert_num_queries(len(few)):
        response = client.get(reverse("lead_home"))
    assert len(names_in_order(response)) == 50
    assert len(response.content) < 120_000


def test_the_lead_page_makes_the_same_fixed_queries_with_work_in_every_lab_at_two_sizes(
    client, lead, crowd, make_user, make_cohort, cardiff, cohort, django_assert_num_queries
):
    """A page of enrolments in three labs, each with tool work, costs LEAD_PAGE_QUERIES queries
    with 63 people and with 103: nothing is asked per row or per lab tool's piece of work."""
    from labs.adaption.models import Canvas
    from labs.data.models import DataItem, DataQuestion
    from labs.models import Lab
    from labs.procurement.models import Plan

    def work(count):
        data = make_cohort(councils=[cardiff])
        adaption = make_cohort(lab=Lab.objects.get(code="adaption"), councils=[cardiff])
        procurement = make_cohort(lab=Lab.objects.get(code="procurement"), councils=[cardiff])
        for i in range(count):
            name = f"Aaron {count:03d} {i:02d}"  # first in the name order: on the first page
            person = make_user(f"a{count}-{i}@cardiff.test", council=cardiff, name=name)
            mine = enrolment_create(cohort=data, user=person)
            question = DataQuestion.objects.create(enrolment=mine, question="Q?", kind="predictive")
            DataItem.objects.create(
                question=question,
                description="d",
                value_type="numbers",
                source="own_service",
                personal="none",
            )
            mine = enrolment_create(cohort=adaption, user=person)
            Canvas.objects.create(enrolment=mine, name="School streets")
            mine = enrolment_create(cohort=procurement, user=person)
            Plan.objects.create(
                enrolment=mine, title="A contract", kind="services", value=1, duration_months=12
            )

    client.force_login(lead)
    work(3)
    with django_assert_num_queries(LEAD_PAGE_QUERIES):
        client.get(reverse("lead_home"))
    work(12)
    with django_assert_num_queries(LEAD_PAGE_QUERIES):
        html = client.get(reverse("lead_home")).content.decode()
    assert html.count("In progress (") >= 30


def test_the_people_query_reads_only_what_the_table_shows(client, lead, crowd):
    """No password, email or cohort detail is loaded for a page of 50 rows (LEAD_PAGE_FIELDS)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(lead)
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("lead_home"))
    people = next(q["sql"] for q in queries if "LIMIT 50" in q["sql"])
    assert '"councils_user"."full_name"' in people
    for column in ("password", "email", "online_url", "summary_en"):
        assert f'."{column}"' not in people, column


def test_the_lead_page_counts_enrolments_not_people_in_english_and_welsh(client, lead, people):
    """A row is an enrolment: Bryn in two cohorts is two rows, and two of what is counted."""
    enrolment_create(cohort=people["second"], user=people["busy"].user)
    client.force_login(lead)
    html = client.get(reverse("lead_home")).content.decode()
    assert "Showing 1 to 4 of 4 enrolments" in html
    assert "of 4 people" not in html
    lead.language = "cy"
    lead.save(update_fields=["language"])
    html = client.get(reverse("lead_home"), HTTP_ACCEPT_LANGUAGE="cy").content.decode()
    assert "Yn dangos 1 i 4 o 4 cofrestriad" in html


def test_each_row_shows_its_cells_as_the_template_drew_them(client, lead, people, cohort):
    """The rows built in Python (_people_rows) read as before: the last activity as a date in
    the UK's time, the status, the tool's status, a cohort title without Welsh marked as English
    on a Welsh page, and the cohort chosen in the filter marked selected."""
    from cohorts.models import Cohort

    late = dt.datetime(2026, 10, 20, 23, 30, tzinfo=dt.UTC)  # 00:30 on the 21st in London
    Enrolment.objects.filter(pk=people["busy"].pk).update(last_activity_at=late)
    Cohort.objects.filter(pk=cohort.pk).update(title_cy="Carfan brawf y Labordy Data")
    client.force_login(lead)
    html = client.get(reverse("lead_home"), {"cohort": cohort.pk}).content.decode()
    row = re.search(r"Bryn Busy</th>(.*?)</tr>", html, re.S).group(1)
    cells = re.findall(r'<td class="govuk-table__cell[^"]*">(.*?)</td>', row)
    assert cells[0] == "Data Lab test cohort"
    assert cells[1] == "Active"
    assert cells[3] == "In progress (2 of 5 steps)"  # ticked on the weekly pages
    assert cells[5] == "21 Oct 2026"
    assert f'<option value="{cohort.pk}" selected>Data Lab test cohort</option>' in html
    assert f'<option value="{people["second"].pk}">Second cohort</option>' in html

    lead.language = "cy"
    lead.save(update_fields=["language"])
    html = client.get(reverse("lead_home"), HTTP_ACCEPT_LANGUAGE="cy").content.decode()
    assert ">Carfan brawf y Labordy Data</td>" in html
    assert '<td class="govuk-table__cell"><span lang="en">Second cohort</span></td>' in html
    assert f'<option value="{cohort.pk}">Carfan brawf y Labordy Data</option>' in html
    assert f'<option value="{people["second"].pk}">Second cohort</option>' in html


@pytest.mark.parametrize("sort", ["name", "-name"])
def test_the_name_order_is_one_the_name_index_walks(client, lead, crowd, sort):
    """Sorted by name (the default), the page's query orders by the name plainly, ascending or
    descending, and people's names are indexed: at 20,000 people the first 50 are read from the
    index rather than a council's thousands sorted (councils 0008)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "councils_user")
    assert indexes["user_full_name_idx"]["columns"] == ["full_name"]
    client.force_login(lead)
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("lead_home"), {"sort": sort})
    people = next(q["sql"] for q in queries if "LIMIT 50" in q["sql"])
    order = "DESC" if sort.startswith("-") else "ASC"
    assert f'ORDER BY "councils_user"."full_name" {order}, ' in people
