"""The admin's cohort list, search and cohort page at programme scale (issue 24): as many
queries for a programme twice the size, the enrolled people drawn as text and links (no form
widgets), links that come back to the same page of people, cheap action checkboxes, and the
cohorts' figures as subqueries (no join that multiplies a cohort by its people)."""

import datetime as dt
import re
from urllib.parse import urlencode

import pytest
from django.contrib import admin
from django.contrib.admin.templatetags import admin_urls
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString

from cohorts import selectors
from cohorts.admin_paging import PAGE_SIZE
from cohorts.models import Cohort, Enrolment, EnrolmentStatus, WaitingListEntry
from cohorts.scheduling.status import cohort_status
from councils.models import Council, Role
from tests.cohorts.test_admin_scale import enrol_many

# session and user; labs and councils (the filters' choices); the count with the search or
# filters and without; the page of cohorts; their councils' names; the date hierarchy's range
# and years.
LIST_QUERIES = 10
SEARCH_QUERIES = 10
# session and user; the cohort (with whether it has a waiting list and messages, and its
# councils' and facilitators' keys, for the form: on PostgreSQL); its people's keys in name order and a page of them with their
# person, council and nominator (apart, so that no join reads every person: admin_paging.py);
# its sessions (once: the status is worked out from them too); the labs, staff and councils to
# choose from (each one plain query: no server-side cursor's DECLARE, FETCH and CLOSE). Nothing a
# person or a session more; the waiting list and the messages sent are read only when there are
# some (one query each more).
COHORT_PAGE_QUERIES = 9


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def grow(make_cohort, council, cohorts: int, people: int) -> list[Cohort]:
    made = []
    for i in range(cohorts):
        cohort = make_cohort(councils=list(Council.objects.all()), title=f"Grown {i:03d}")
        Cohort.objects.filter(pk=cohort.pk).update(capacity=500)
        enrol_many(cohort, people, council)
        made.append(cohort)
    return made


def queries(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(captured)


def test_the_list_and_its_search_cost_the_same_queries_for_twice_the_programme(
    staff_client, make_cohort, cardiff
):
    url = reverse("admin:cohorts_cohort_changelist")
    grow(make_cohort, cardiff, 3, 5)
    small = queries(staff_client, url), queries(staff_client, url, {"q": "grown"})
    grow(make_cohort, cardiff, 6, 20)
    large = queries(staff_client, url), queries(staff_client, url, {"q": "grown"})
    assert small == large == (LIST_QUERIES, SEARCH_QUERIES)


def test_the_list_makes_no_council_object_per_cohort(staff_client, make_cohort, cardiff):
    """Each cohort's councils are read as names (CohortChangeList), not objects: the only
    Council objects are the filter's choices, however many cohorts take part."""
    url = reverse("admin:cohorts_cohort_changelist")
    made = []

    def count(sender, **kwargs):
        made.append(sender)

    grow(make_cohort, cardiff, 2, 0)
    post_init.connect(count, sender=Council)
    try:
        staff_client.get(url)
        small = len(made)
        grow(make_cohort, cardiff, 5, 0)
        made.clear()
        html = staff_client.get(url).content.decode()
    finally:
        post_init.disconnect(count, sender=Council)
    assert len(made) == small == Council.objects.count()
    assert "All ten" in html


def test_the_cohort_page_costs_the_same_queries_for_twice_the_people(
    staff_client, make_cohort, cardiff
):
    [cohort] = grow(make_cohort, cardiff, 1, PAGE_SIZE + 5)
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    small = queries(staff_client, url)
    enrol_many(cohort, PAGE_SIZE * 2, Council.objects.get(slug="newport"))
    grow(make_cohort, cardiff, 3, 10)
    assert small == queries(staff_client, url) == COHORT_PAGE_QUERIES
    with CaptureQueriesContext(connection) as captured:
        staff_client.get(url, {"people": 3})
    assert len(captured) == COHORT_PAGE_QUERIES
    # The choices (a Lab, staff, councils) in one round trip each, not a server-side cursor's
    # three (admin_drawing.ListedChoices).
    assert not [q["sql"] for q in captured if q["sql"].startswith("DECLARE")]
    # The people are read a page at a time: their keys alone in name order, then the page's
    # (at most 50) named by their keys, never read whole; and no person is read but by their
    # key (no join hashes them all).
    people = [q["sql"] for q in captured if 'FROM "cohorts_enrolment"' in q["sql"]]
    by_key = [sql for sql in people if '"cohorts_enrolment"."id" IN (' in sql]
    assert len(by_key) == 1 and by_key[0].split(" IN (")[1].count(",") < 50, people
    keys = [sql for sql in people if sql.startswith('SELECT "cohorts_enrolment"."id" AS "pk" FROM')]
    assert len(keys) == 1 and people == keys + by_key, people


def people_table(html: str) -> str:
    start = html.index('id="enrolments-group"')
    return html[start : html.index("</table>", start)]


def test_the_cohort_pages_people_are_links_and_text_not_form_widgets(
    staff_client, make_cohort, cardiff
):
    [cohort] = grow(make_cohort, cardiff, 1, 3)
    first = cohort.enrolments.order_by("user__full_name").first()
    Enrolment.objects.filter(pk=first.pk).update(status=EnrolmentStatus.WITHDRAWN)
    html = staff_client.get(reverse("admin:cohorts_cohort_change", args=[cohort.pk])).text
    people = people_table(html)
    assert not re.search(r"<(input|select|textarea|button)\b", people), people
    for enrolment in cohort.enrolments.select_related("user"):
        link = reverse("admin:cohorts_enrolment_change", args=[enrolment.pk])
        assert f'<a href="{link}">{enrolment.user.full_name}</a>' in people
        assert f"&lt;{enrolment.user.email}&gt;" in people
    assert 'aria-label="Re-instate Many Person 000"' in people
    assert people.count('aria-label="Withdraw Many Person') == 2
    assert (
        people.count('class="field-status">Active<') + people.count('class="field-status">Invited<')
        == 2
    )
    # Nothing per person is posted with the cohort: a save carries no form for them.
    assert not re.search(r'name="enrolments-(TOTAL_FORMS|\d+-id|\d+-cohort)"', html)


def test_withdrawing_from_a_later_page_of_people_comes_back_to_that_page(
    staff_client, make_cohort, cardiff
):
    [cohort] = grow(make_cohort, cardiff, 1, PAGE_SIZE + 2)
    page = reverse("admin:cohorts_cohort_change", args=[cohort.pk]) + "?people=2"
    html = staff_client.get(page).text
    last = cohort.enrolments.order_by("-user__full_name", "-pk").first()
    withdraw = reverse("admin:cohorts_enrolment_withdraw", args=[last.pk])
    assert (
        f'href="{withdraw}?next=%2Fadmin%2Fcohorts%2Fcohort%2F{cohort.pk}%2Fchange%2F%3Fpeople%3D2"'
        in html
    )
    response = staff_client.post(
        withdraw, {"reason": "Moved job", "on": timezone.localdate().isoformat(), "next": page}
    )
    assert response.status_code == 302 and response["Location"] == page
    last.refresh_from_db()
    assert last.status == EnrolmentStatus.WITHDRAWN
    reinstate = reverse("admin:cohorts_enrolment_reinstate", args=[last.pk])
    assert f'href="{reinstate}?next=' in staff_client.get(page).text


def test_the_cohort_pages_status_is_the_one_its_sessions_give(staff_client, make_cohort, cardiff):
    """Read from the figures the page's cohort comes with (no query of its own)."""
    [cohort] = grow(make_cohort, cardiff, 1, 0)
    dates = list(cohort.sessions.values_list("date", flat=True))
    label = cohort_status(dates, timezone.localdate()).label
    html = staff_client.get(reverse("admin:cohorts_cohort_change", args=[cohort.pk])).text
    assert f'<div class="readonly">{label}</div>' in html


def test_the_cohort_page_reads_its_sessions_once_for_its_table_and_its_status(
    staff_client, make_cohort, cardiff
):
    """None of the list's figures are built for the cohort's page (CohortAdmin.get_object,
    issue 24): its status comes from the sessions its Sessions table reads, in one query, and
    its waiting list's numbers from the queue read in order, with no subquery a person."""
    [cohort] = grow(make_cohort, cardiff, 1, 2)
    other = grow(make_cohort, cardiff, 1, 3)[0]
    for enrolment in other.enrolments.all():  # three people waiting
        WaitingListEntry.objects.create(cohort=cohort, user=enrolment.user)
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    with CaptureQueriesContext(connection) as captured:
        html = staff_client.get(url).text
    assert len(captured) == COHORT_PAGE_QUERIES + 1  # the waiting list, there being one
    reads = [q["sql"] for q in captured]
    [read] = [q for q in reads if q.startswith('SELECT "cohorts_cohort"."id"')]
    # No figure of the list's: only whether there is a waiting list and messages, and the
    # staff's and councils' keys.
    assert "(SELECT" not in read.replace("EXISTS(SELECT", "").replace("ARRAY(SELECT", "")
    assert 'FROM "cohorts_session"' not in read and 'FROM "cohorts_enrolment"' not in read
    assert len([q for q in reads if q.startswith('SELECT "cohorts_session"."id"')]) == 1
    [queue] = [q for q in reads if q.startswith('SELECT "cohorts_waitinglistentry"')]
    assert "(SELECT" not in queue and '"councils_user"."password"' not in queue
    assert html.count("Many Person") >= 5 and "<td>3</td>" in html  # the queue, numbered
    # Its sessions begin today: running, week 1.
    status = str(cohort_status([s.date for s in cohort.sessions.all()], timezone.localdate()).label)
    assert f'<div class="readonly">{status}</div>' in html
    assert staff_client.get(url + "0/").status_code in (302, 404)  # no such cohort


# French: Django translates the checkbox's label there, where neither it nor the portal has
# a Welsh one (a label written in English would pass in "en" and "cy" alike).
@pytest.mark.parametrize("language", ["en", "cy", "fr"])
def test_the_quick_checkbox_draws_what_djangos_checkbox_draws(make_cohort, cardiff, language):
    """The same HTML as Django's ModelAdmin.action_checkbox (drawn through the form renderer),
    escaping and Django's translation of its label included, and marked safe as Django's is."""
    from django.utils import translation

    cohort = grow(make_cohort, cardiff, 1, 0)[0]
    cohort.title = 'Ours & "theirs" <b>'
    model_admin = admin.site._registry[Cohort]
    with translation.override(language):
        ours = model_admin.action_checkbox(cohort)
        django = admin.ModelAdmin.action_checkbox(model_admin, cohort)
    assert ours == django and isinstance(ours, SafeString)
    assert "&lt;b&gt;" in ours and "&amp;" in ours and "&quot;theirs&quot;" in ours
    if language == "fr":
        assert "Choisir" in ours


def test_the_lists_action_checkboxes_are_drawn_without_a_template(
    staff_client, make_cohort, cardiff
):
    cohorts = grow(make_cohort, cardiff, 3, 0)
    response = staff_client.get(reverse("admin:cohorts_cohort_changelist"))
    names = [t.name for t in response.templates]
    assert "django/forms/widgets/checkbox.html" not in names
    html = response.content.decode()
    for cohort in cohorts:
        expected = admin.ModelAdmin.action_checkbox(admin.site._registry[Cohort], cohort)
        assert expected in html


def test_a_row_link_on_the_list_keeps_its_search_and_filters_without_resolving_each(
    staff_client, make_cohort, cardiff, monkeypatch
):
    """As Django's own row links do (so that the cohort's page returns to the same list), but
    made once for the page, not resolved again for every row."""
    resolved = []
    resolve = admin_urls.resolve
    monkeypatch.setattr(
        admin_urls, "resolve", lambda *a, **k: resolved.append(a) or resolve(*a, **k)
    )
    url = reverse("admin:cohorts_cohort_changelist")
    query = {"q": "grown", "status": "finished", "p": "1"}
    [cohort] = grow(make_cohort, cardiff, 1, 0)
    html = staff_client.get(url, query).text
    one_row = len(resolved)  # the page's own links (Add), none a row
    change = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    djangos = admin_urls.add_preserved_filters(
        {
            "preserved_filters": urlencode({"_changelist_filters": urlencode(query)}),
            "opts": Cohort._meta,
        },
        change,
    )
    assert f'<a href="{escape(djangos)}">' in html
    assert "q%3Dgrown" in djangos and "status%3Dfinished" in djangos
    grow(make_cohort, cardiff, 4, 0)
    resolved.clear()
    staff_client.get(url, query)
    assert len(resolved) == one_row


def outer_query(sql: str) -> str:
    """The SQL without its subqueries: each "(SELECT …)", brackets balanced, taken out."""
    kept, depth, i = [], 0, 0
    while i < len(sql):
        if depth == 0 and sql.startswith("(SELECT", i):
            depth, i = 1, i + 1
            continue
        if depth:
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
        else:
            kept.append(sql[i])
        i += 1
    return "".join(kept)


def no_join_to(sql: str, *tables: str) -> bool:
    outer = outer_query(sql)
    assert 'FROM "cohorts_cohort"' in outer, outer
    return not any(f'JOIN "{table}"' in outer for table in tables) and "GROUP BY" not in outer


def test_the_cohort_figures_are_subqueries_with_the_same_answers(make_cohort, cardiff, staff):
    cohort = make_cohort(councils=[cardiff])
    enrolments = enrol_many(cohort, 4, cardiff)
    Enrolment.objects.filter(pk=enrolments[0].pk).update(status=EnrolmentStatus.WITHDRAWN)
    first = cohort.sessions.order_by("date").first()
    cohort.sessions.filter(pk=first.pk).update(cancelled_at="2026-09-01T10:00Z")
    second = cohort.sessions.order_by("date")[1].date
    empty = make_cohort(councils=[cardiff], title="Nobody yet")
    empty.sessions.all().delete()

    figured = Cohort.objects.annotate(
        taken=selectors.places_taken_count(), first_session=selectors.first_session_met()
    )
    assert no_join_to(str(figured.query), "cohorts_enrolment", "cohorts_session")
    by_pk = {c.pk: (c.taken, c.first_session) for c in figured}
    assert by_pk[cohort.pk] == (3, second)
    assert by_pk[empty.pk] == (0, None)

    placed = selectors.with_places(Cohort.objects.filter(pk=cohort.pk))
    assert no_join_to(str(placed.query), "cohorts_enrolment", "cohorts_waitinglistentry")
    assert [(c.taken, c.held, c.places_left) for c in placed] == [(3, 3, cohort.capacity - 3)]
    assert {c.pk: c.taken for c in selectors.staff_cohorts(user=staff)}[cohort.pk] == 3


def test_the_leads_upcoming_cohorts_are_one_row_each(make_cohort, cardiff, make_user):
    lead = make_user("lead.figures@cardiff.test", council=cardiff, role=Role.LEAD)
    cohort = make_cohort(councils=[cardiff], start=timezone.localdate() + dt.timedelta(days=20))
    enrol_many(cohort, 3, cardiff)
    upcoming = selectors.open_cohorts_for_lead(user=lead)
    assert no_join_to(
        str(upcoming.query), "cohorts_enrolment", "cohorts_session", "cohorts_waitinglistentry"
    )
    [found] = upcoming
    assert (found.pk, found.taken, found.waiting) == (cohort.pk, 3, 0)
    assert found.first_session == cohort.sessions.order_by("date").first().date
    assert selectors.open_cohort_for_lead(user=lead, pk=cohort.pk).taken == 3


def test_the_staff_homes_figures_are_subqueries_with_the_same_answers(make_cohort, cardiff, staff):
    cohort = make_cohort(councils=[cardiff], start=timezone.localdate() + dt.timedelta(days=7))
    enrolments = enrol_many(cohort, 4, cardiff)
    Enrolment.objects.filter(pk=enrolments[0].pk).update(status=EnrolmentStatus.WITHDRAWN)
    Enrolment.objects.filter(pk=enrolments[1].pk).update(invited_at=timezone.now())
    first = cohort.sessions.order_by("date").first()
    with CaptureQueriesContext(connection) as captured:
        overview = selectors.staff_overview(user=staff, today=first.date)
    for sql in (q["sql"] for q in captured):
        if 'FROM "cohorts_cohort"' in outer_query(sql) or 'FROM "cohorts_session"' in (
            outer_query(sql)
        ):
            assert "GROUP BY" not in outer_query(sql), sql
    assert [(s.pk, s.expected) for s in overview.today] == [(first.pk, 3)]
    assert [(c.pk, c.taken, c.first_session) for c in overview.starting_soon] == [
        (cohort.pk, 3, first.date)
    ]
    assert [(c.pk, c.waiting) for c in overview.waiting] == [(cohort.pk, 2)]


def test_the_choices_read_in_one_query_are_djangos_choices(rf, staff, make_user, make_cohort):
    """ListedChoices gives the options Django's own iterator gives, in its order, with its
    labels and the blank choice where the field has one."""
    from django.forms.models import ModelChoiceIterator

    from councils.admin_drawing import ListedChoices

    make_user("zed.staff@infuse.test", Role.STAFF, name="Zed <Staff>")
    make_user("amy.staff@infuse.test", Role.STAFF, name="Amy Staff")
    cohort = make_cohort()
    request = rf.get("/")
    request.user = staff
    model_admin = admin.site._registry[Cohort]
    form = model_admin.get_form(request, cohort)(instance=cohort)
    for name in ("lab", "facilitators", "councils"):
        field = form.fields[name]
        assert field.iterator is ListedChoices
        ours = [(str(value), str(label)) for value, label in field.choices]
        djangos = [(str(value), str(label)) for value, label in ModelChoiceIterator(field)]
        assert ours == djangos and len(ours) >= 2, name
        assert (ours[0][0] == "") == (field.empty_label is not None)
