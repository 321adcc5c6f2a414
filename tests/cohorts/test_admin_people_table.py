"""The people on a cohort's admin page as a table, not an inline (cohorts/admin_paging.py,
issue 24): each row what the enrolment shows, escaped, in English and Welsh; only for those
who may read enrolments, and only the enrolments they may read; after the sessions and before
the form to enrol more; and a page open from when the people were an inline still enrols."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _

from cohorts.admin_paging import PeoplePage
from cohorts.models import Enrolment, EnrolmentStatus
from cohorts.services import enrolment_create
from councils.models import Council, Role, User
from labs.registry import tool_for

BACK = "/admin/cohorts/cohort/1/change/?people=1&q=<b>"


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def cohort_of_four(make_cohort, make_user, cardiff, newport, lead):
    """People whose rows differ: a name and address to escape, in a council whose names need
    escaping too, nominated by a lead; one withdrawn (re-instate); one withdrawn who has left the
    programme (nothing to do) and one whose account is closed but not erased (nothing to do
    either); one who completed (nothing to do), enrolled with no council on record and nominated
    by someone with no name (their address is shown)."""
    Council.objects.filter(pk=cardiff.pk).update(
        name='Cardiff & "Vale" <b>', name_cy="Caerdydd & <i>'r Fro</i>"
    )
    cohort = make_cohort(councils=[cardiff, newport])
    hostile = make_user(
        "ann+o'hara@cardiff.test", council=cardiff, name='Ann <b>"O\'Hara"</b> & co'
    )
    withdrawn = make_user("bryn@newport.test", council=newport, name="Bryn Withdrawn")
    left = make_user("cai@newport.test", council=newport, name="Cai Left")
    closed = make_user("eli@newport.test", council=newport, name="Eli Closed")
    done = make_user("dilys@cardiff.test", council=cardiff, name="Dilys Done")
    nameless = make_user("<nameless>&@cardiff.test", Role.LEAD, cardiff, name="x")
    User.objects.filter(pk=nameless.pk).update(full_name="")
    first = enrolment_create(cohort=cohort, user=hostile, invite=False)
    Enrolment.objects.filter(pk=first.pk).update(nominated_by=lead, progress=40)
    for person, status in (
        (withdrawn, EnrolmentStatus.WITHDRAWN),
        (left, EnrolmentStatus.WITHDRAWN),
        (closed, EnrolmentStatus.WITHDRAWN),
        (done, EnrolmentStatus.COMPLETED),
    ):
        enrolment = enrolment_create(cohort=cohort, user=person, invite=False)
        Enrolment.objects.filter(pk=enrolment.pk).update(status=status, sessions_attended=3)
    User.objects.filter(pk=left.pk).update(is_active=False, erased_at=timezone.now())
    User.objects.filter(pk=closed.pk).update(is_active=False)
    Enrolment.objects.filter(user=done).update(council=None, nominated_by=nameless)
    return cohort


def reference_row(enrolment: Enrolment) -> str:
    """The row as Django's own escaping (format_html) writes it, from the enrolment object."""
    user = enrolment.user
    person = format_html(
        '<a href="{}">{}</a> &lt;{}&gt;',
        reverse("admin:cohorts_enrolment_change", args=[enrolment.pk]),
        user.full_name,
        user.email,
    )
    tool = tool_for("data")
    work = format_html(
        '<a href="{}">{}<span class="visually-hidden"> ({}, {})</span></a>',
        reverse(tool.url_name, args=[enrolment.pk]),
        _("Read"),
        tool.name,
        user.full_name,
    )
    if enrolment.status == EnrolmentStatus.COMPLETED:
        button = "—"
    elif enrolment.status == EnrolmentStatus.WITHDRAWN and (not user.is_active or user.erased_at):
        button = "—"
    else:
        name, text, label = (
            ("reinstate", _("Re-instate"), _("Re-instate %(name)s"))
            if enrolment.status == EnrolmentStatus.WITHDRAWN
            else ("withdraw", _("Withdraw"), _("Withdraw %(name)s"))
        )
        button = format_html(
            '<a class="button" href="{}" aria-label="{}">{}</a>',
            reverse(f"admin:cohorts_enrolment_{name}", args=[enrolment.pk])
            + "?"
            + urlencode({"next": BACK}),
            label % {"name": user.full_name},
            text,
        )
    cells = [
        ("person", person),
        ("council", enrolment.council or "—"),
        ("status", enrolment.get_status_display()),
        ("progress", enrolment.progress),
        ("sessions_attended", enrolment.sessions_attended),
        ("nominated_by", enrolment.nominated_by or "—"),
        ("tool_work", work),
        ("withdraw_or_reinstate", button),
    ]
    return (
        "<tr>"
        + "".join(format_html('<td class="field-{}">{}</td>', name, cell) for name, cell in cells)
        + "</tr>\n"
    )


@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_row_is_what_its_enrolment_shows_escaped(cohort_of_four, staff, language):
    with translation.override(language):
        page = PeoplePage(user=staff, cohort=cohort_of_four, back=BACK)
        expected = "".join(
            reference_row(enrolment)
            for enrolment in cohort_of_four.enrolments.select_related(
                "user", "council", "nominated_by"
            ).order_by("user__full_name")
        )
    assert page.rows_html == expected
    rows = page.rows_html
    assert rows.count("<tr>") == 5 and page.page.paginator.count == 5
    assert "&lt;b&gt;&quot;O&#x27;Hara&quot;&lt;/b&gt; &amp; co" in rows
    assert "<b>" not in rows and "<i>" not in rows and "q=<b>" not in rows
    assert "&lt;nameless&gt;&amp;@cardiff.test" in rows  # a nominator with no name
    for name in ("Cai Left", "Eli Closed"):  # nobody to re-instate
        row = rows[rows.index(name) :]
        assert row[: row.index("</tr>")].endswith('<td class="field-withdraw_or_reinstate">—</td>')
    bryn = rows[rows.index("Bryn Withdrawn") :]
    assert "/reinstate/" in bryn[: bryn.index("</tr>")]  # withdrawn, still here: re-instate
    if language == "cy":  # the council's Welsh name and the Welsh words, not the English
        assert "Caerdydd &amp; &lt;i&gt;&#x27;r Fro&lt;/i&gt;" in rows and "Vale" not in rows
        assert "Darllen" in rows and "Tynnu %(name)s" not in rows
    else:
        assert "Cardiff &amp; &quot;Vale&quot; &lt;b&gt;" in rows


def test_the_table_follows_the_sessions_and_comes_before_the_form_to_enrol(
    staff_client, cohort_of_four
):
    html = staff_client.get(reverse("admin:cohorts_cohort_change", args=[cohort_of_four.pk])).text
    sessions = html.index('id="sessions-group"')
    people = html.index('id="enrolments-group"')
    assert sessions < people < html.index('id="enrolments-2-group"')
    assert html.count('id="enrolments-group"') == 1
    assert "Showing 1 to 5 of 5 people" in html
    # A new cohort has nobody yet: no table.
    assert 'id="enrolments-group"' not in staff_client.get(reverse("admin:cohorts_cohort_add")).text


def test_the_table_is_for_those_who_may_read_enrolments_and_shows_only_theirs(
    client, cohort_of_four, make_user, newport
):
    """As the inline was: shown to a user who may read or change enrolments, not to one who may
    only edit cohorts; and read through the selector, so a user given the admin who is no
    programme staff (here a Newport lead) sees their own council's people only."""
    clerk = make_user("clerk@newport.test", Role.LEAD, newport, name="Newport Clerk")
    User.objects.filter(pk=clerk.pk).update(is_staff=True)
    clerk.refresh_from_db()
    clerk.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="cohorts", codename__in=["view_cohort", "change_cohort"]
        )
    )
    client.force_login(clerk)
    url = reverse("admin:cohorts_cohort_change", args=[cohort_of_four.pk])
    response = client.get(url)
    assert response.status_code == 200 and "Bryn Withdrawn" not in response.text
    assert 'id="enrolments-group"' not in response.text
    clerk.user_permissions.add(Permission.objects.get(codename="view_enrolment"))
    html = client.get(url).text
    table = html[
        html.index('id="enrolments-group"') : html.index(
            "</table>", html.index('id="enrolments-group"')
        )
    ]
    assert "Bryn Withdrawn" in table and "Cai Left" in table
    assert "Ann &lt;b&gt;" not in table and "Dilys Done" not in table  # Cardiff's, or no council


def test_a_page_open_from_when_the_people_were_an_inline_still_enrols(
    staff_client, staff, cohort_of_four, make_user, cardiff
):
    """Its form posted both formsets' counters ("enrolments" with none, "enrolments-2" with the
    people to enrol): the people to enrol are still read under the same names."""
    from tests.cohorts.test_admin_cohort import _change_form

    newcomer = make_user("newcomer@cardiff.test", council=cardiff, name="Nia Newcomer")
    data = _change_form(cohort_of_four, staff, list(cohort_of_four.councils.all()))
    sessions = list(cohort_of_four.sessions.order_by("number"))
    data.update(
        {
            "sessions-TOTAL_FORMS": str(len(sessions)),
            "sessions-INITIAL_FORMS": str(len(sessions)),
            "enrolments-TOTAL_FORMS": "0",
            "enrolments-INITIAL_FORMS": "0",
            "enrolments-2-TOTAL_FORMS": "1",
            "enrolments-2-INITIAL_FORMS": "0",
            "enrolments-2-0-user": str(newcomer.pk),
        }
    )
    for i, session in enumerate(sessions):
        data.update(
            {
                f"sessions-{i}-id": str(session.pk),
                f"sessions-{i}-cohort": str(cohort_of_four.pk),
                f"sessions-{i}-date": session.date.isoformat(),
                f"initial-sessions-{i}-date": session.date.isoformat(),
                f"sessions-{i}-start_time": session.start_time.strftime("%H:%M"),
                f"initial-sessions-{i}-start_time": session.start_time.strftime("%H:%M"),
                f"sessions-{i}-minutes": str(session.minutes),
                f"initial-sessions-{i}-minutes": str(session.minutes),
                f"sessions-{i}-location": session.location,
                f"initial-sessions-{i}-location": session.location,
            }
        )
    before = list(cohort_of_four.sessions.order_by("number").values_list("date", "start_time"))
    url = reverse("admin:cohorts_cohort_change", args=[cohort_of_four.pk])
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.text[:2000]
    assert cohort_of_four.enrolments.filter(user=newcomer).exists()
    assert cohort_of_four.enrolments.count() == 6
    after = list(cohort_of_four.sessions.order_by("number").values_list("date", "start_time"))
    assert after == before


@pytest.mark.parametrize("chosen", [False, True])
def test_the_enrol_search_offers_what_djangos_widget_offers(
    rf, staff, cohort_of_four, participant, monkeypatch, chosen
):
    """PeopleToEnrolSelect.optgroups: Django's options, and with nobody chosen (the row to fill
    in, its spare copy) without building a query of people by no keys."""
    from django.contrib import admin
    from django.contrib.admin.widgets import AutocompleteSelect
    from django.db.models import QuerySet

    from cohorts.admin import NewEnrolmentInline
    from cohorts.models import Cohort

    request = rf.get("/")
    request.user = staff
    formset = NewEnrolmentInline(Cohort, admin.site).get_formset(request, cohort_of_four)
    widget = formset(instance=cohort_of_four).forms[0].fields["user"].widget.widget
    value = [str(participant.pk)] if chosen else []
    djangos = AutocompleteSelect.optgroups(widget, "enrolments-2-0-user", value)
    if not chosen:
        monkeypatch.setattr(QuerySet, "filter", lambda *a, **k: pytest.fail("a query built"))
    assert widget.optgroups("enrolments-2-0-user", value) == djangos
    assert [len(options) for _name, options, _index in djangos] == [1 if chosen else 0]


def test_a_page_open_from_then_enrols_for_one_who_could_not_read_the_people(
    client, staff, cohort_of_four, make_user, newport
):
    """Without the right to read enrolments, the people's inline was not drawn for them, so
    their form to enrol was named "enrolments-…": a tab still open from then enrols as ever."""
    from tests.cohorts.test_admin_cohort import _change_form

    clerk = make_user("enrols@newport.test", Role.LEAD, newport, name="Newport Enroller")
    User.objects.filter(pk=clerk.pk).update(is_staff=True)
    clerk.refresh_from_db()
    clerk.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="cohorts",
            codename__in=["view_cohort", "change_cohort", "add_enrolment"],
        )
    )
    newcomer = make_user("newcomer@newport.test", council=newport, name="Nia Newcomer")
    data = _change_form(cohort_of_four, staff, list(cohort_of_four.councils.all()))
    for key in [k for k in data if k.startswith("enrolments")]:
        del data[key]
    data.update(
        {
            "enrolments-TOTAL_FORMS": "1",
            "enrolments-INITIAL_FORMS": "0",
            "enrolments-0-user": str(newcomer.pk),
        }
    )
    client.force_login(clerk)
    url = reverse("admin:cohorts_cohort_change", args=[cohort_of_four.pk])
    assert 'id="enrolments-group"' not in client.get(url).text
    response = client.post(url, data)
    assert response.status_code == 302, response.text[:3000]
    assert cohort_of_four.enrolments.filter(user=newcomer).exists()


def test_the_cohort_form_starts_from_its_staff_and_councils_read_with_the_cohort(
    rf, staff, make_cohort, cardiff, newport, make_user
):
    """CohortAdmin.get_object reads the cohort's staff and councils as keys, and the form starts
    from them (forms._seed_chosen) as it would from Django's own reads, with no query of its
    own; the key-only objects are gone once the form has its starting values."""
    from django.contrib import admin
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cohorts.models import Cohort

    second = make_user("staff.two@infuse.test", Role.STAFF, name="Second Staff")
    cohort = make_cohort(councils=[cardiff, newport])
    cohort.facilitators.set([staff, second])
    request = rf.get("/")
    request.user = staff
    model_admin = admin.site._registry[Cohort]
    read = model_admin.get_object(request, str(cohort.pk))
    on_postgresql = connection.vendor == "postgresql"
    if on_postgresql:  # elsewhere no ARRAY: the form reads them as Django does
        assert sorted(read.facilitators_keys) == sorted([staff.pk, second.pk])
    else:
        assert not hasattr(read, "facilitators_keys")
    form_class = model_admin.get_form(request, read, change=True)
    with CaptureQueriesContext(connection) as captured:
        form = form_class(instance=read)
    if on_postgresql:
        assert not [q for q in captured if "cohorts_cohort_facilitators" in q["sql"]]
        assert not [q for q in captured if "cohorts_cohort_councils" in q["sql"]]
    djangos = form_class(instance=Cohort.objects.get(pk=cohort.pk))  # Django's own reads
    for name in ("facilitators", "councils"):
        ours = {str(v) for v in form.fields[name].prepare_value(form.initial[name])}
        theirs = {str(v) for v in djangos.fields[name].prepare_value(djangos.initial[name])}
        assert ours == theirs and ours, name
    assert "_prefetched_objects_cache" not in read.__dict__  # as it was
    assert {str(person) for person in read.facilitators.all()} == {"Sioned Staff", "Second Staff"}
    # Posted back as they were, nothing has changed; another council is a change.
    data = {
        "facilitators": [str(staff.pk), str(second.pk)],
        "councils": [str(cardiff.pk), str(newport.pk)],
    }
    bound = form_class(data, instance=model_admin.get_object(request, str(cohort.pk)))
    assert "facilitators" not in bound.changed_data and "councils" not in bound.changed_data
    data["councils"] = [str(cardiff.pk)]
    bound = form_class(data, instance=model_admin.get_object(request, str(cohort.pk)))
    assert "councils" in bound.changed_data
