"""Report figures remembered (cohorts/reports/summary_cache.py, issue 24): read again on unchanged
data without a query, counted anew after every kind of write that changes them, and never
shared between viewers' scopes."""

import datetime as dt
import re

import pytest
from django.contrib.auth.signals import user_logged_in
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts.models import (
    Assessment,
    AssessmentAnswer,
    AssessmentKind,
    Enrolment,
    EnrolmentStatus,
    Target,
    TargetMeasure,
)
from cohorts.reports import report_filters, report_for, report_options, summary_cache
from cohorts.reports.exports import report_csv
from cohorts.scheduling.services import session_cancel
from cohorts.services import attendance_mark, completion_set, enrolment_create, enrolment_withdraw
from councils.models import Role
from equality.services import equality_save
from labs.models import Activity, Statement
from tests.cohorts.reports_data import TODAY


def options_and_filters(user, **data):
    options = report_options(user=user, today=TODAY)
    return options, report_filters(options=options, data=data)


def remembered(user, **data):
    options, filters = options_and_filters(user, **data)
    return summary_cache.cached_report_for(user=user, filters=filters, options=options)


def counted(user, **data):
    options, filters = options_and_filters(user, **data)
    return report_for(user=user, filters=filters, options=options)


def one(programme, cohort, slug, kind):
    user = programme["people"][(cohort, slug, kind)][0]
    return Enrolment.objects.get(user=user, cohort=programme["cohorts"][cohort])


# Each kind of write that changes what a report counts, through the services where they exist
# (and a queryset's update(), which sends no signal).
def enrol(programme, make_user, staff):
    person = make_user("new.person@cardiff.test", council=programme["councils"]["cardiff"])
    enrolment_create(cohort=programme["cohorts"]["D2"], user=person, invite=False)


def complete(programme, make_user, staff):
    enrolment = one(programme, "D2", "bridgend", "off")
    activity = Activity.objects.filter(module__lab=enrolment.cohort.lab_id).order_by("pk").first()
    at = dt.datetime.combine(TODAY - dt.timedelta(days=2), dt.time(10), tzinfo=dt.UTC)
    completion_set(enrolment=enrolment, activity=activity, done=True, at=at)


def attend(programme, make_user, staff):
    enrolment = one(programme, "D2", "bridgend", "off")
    session = enrolment.cohort.sessions.order_by("number")[1]
    attendance_mark(enrolment=enrolment, session=session, attended=True, by=staff)


def withdraw(programme, make_user, staff):
    enrolment = one(programme, "D2", "bridgend", "on")
    on = TODAY - dt.timedelta(days=2)
    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Changed jobs.", on=on)


def finish_by_update(programme, make_user, staff):
    Enrolment.objects.filter(pk=one(programme, "D1", "cardiff", "stuck").pk).update(
        status=EnrolmentStatus.COMPLETED, completed_on=dt.date(2025, 7, 1)
    )


def cancel_session(programme, make_user, staff):
    session = programme["cohorts"]["D2"].sessions.order_by("number").first()
    session_cancel(session=session, by=staff, reason="The facilitator is ill.")


def new_cohort(programme, make_user, staff):
    cohort = programme["cohorts"]["D2"]
    cohort.pk = None
    cohort.title = "D3 another cohort"
    cohort.save()
    cohort.councils.set(programme["councils"].values())
    person = make_user("third@cardiff.test", council=programme["councils"]["cardiff"])
    enrolment_create(cohort=cohort, user=person, invite=False)


def outcome(programme, make_user, staff):
    enrolment = one(programme, "D1", "cardiff", "done")
    statement = Statement.objects.filter(lab=enrolment.cohort.lab_id).order_by("pk").first()
    assessment = Assessment.objects.create(
        enrolment=enrolment,
        kind=AssessmentKind.BASELINE,
        answered_at=dt.datetime(2025, 5, 6, 9, 0, tzinfo=dt.UTC),
    )
    AssessmentAnswer.objects.create(assessment=assessment, statement=statement, value=4)


def equality(programme, make_user, staff):
    for kind in ("done", "stuck", "on", "off", "gone", "recent"):
        for user in programme["people"].get(("D1", "bridgend", kind), []):
            equality_save(user=user, answers={"sex": "female", "age_band": "35-44"})


def target(programme, make_user, staff):
    Target.objects.create(
        lab=programme["cohorts"]["D1"].lab,
        council=None,
        measure=TargetMeasure.values[0],
        value=40,
    )


WRITES = [
    enrol,
    complete,
    attend,
    withdraw,
    finish_by_update,
    cancel_session,
    new_cohort,
    outcome,
    equality,
    target,
]


@pytest.mark.parametrize("write", WRITES, ids=[w.__name__ for w in WRITES])
def test_remembered_figures_change_after_each_kind_of_write(programme, staff, make_user, write):
    before = report_csv(remembered(staff))
    options, filters = options_and_filters(staff)
    with CaptureQueriesContext(connection) as queries:
        again = summary_cache.cached_report_for(user=staff, filters=filters, options=options)
    assert len(queries) == 0 and report_csv(again) == before  # read, not counted
    write(programme, make_user, staff)
    after = report_csv(remembered(staff))
    assert after == report_csv(counted(staff))  # the remembered figures are today's
    assert after != before  # and this write did change them


def test_every_table_a_report_reads_is_watched(programme, staff, funder, lead):
    tables = set()
    for user in (staff, funder, lead):
        with CaptureQueriesContext(connection) as queries:
            counted(user, period="fy-2025")
        for query in queries:
            tables |= set(re.findall(r'(?:FROM|JOIN)\s+"?([a-z_]+)"?', query["sql"], re.I))
    tables -= {"select", "lateral", "counted", "weeks"}  # the self-study query's CTEs
    # Figures kept per cohort (kept.py) are read only while no change row (appended by triggers
    # on the counted tables, in the writing statement) is newer than them: a write to a counted
    # table moves the version on as before. The others are functions and a view of the
    # server's locks (keeping asks whether it holds the one a prune takes alone), not tables.
    tables -= {"cohorts_keptfigures", "cohorts_keptfigure", "cohorts_figureschange", "current"}
    tables -= {"pg_snapshot_xip", "unnest", "pg_locks", "s"}  # s: the snapshot's CTE
    assert tables, "no tables found: the pattern above no longer reads the SQL"
    assert tables <= summary_cache.counted_tables(), tables - summary_cache.counted_tables()


def test_scopes_never_share_an_entry(programme, staff, funder, lead, make_user, newport, cardiff):
    other_lead = make_user("lead@newport.test", Role.LEAD, newport)
    colleague = make_user("lead2@cardiff.test", Role.LEAD, cardiff)
    version = summary_cache.data_version()
    keys = {}
    for name, user in [
        ("staff", staff),
        ("funder", funder),
        ("cardiff", lead),
        ("newport", other_lead),
        ("cardiff again", colleague),
    ]:
        options, _filters = options_and_filters(user)
        # The same filters for everyone (a lead's council is their own whatever is asked).
        filters = report_filters(options=options, data={"period": "fy-2025"})
        keys[name] = summary_cache.report_key(options, filters, version, "figures")
    assert len({keys[n] for n in ("staff", "funder", "cardiff", "newport")}) == 4
    assert keys["cardiff"] == keys["cardiff again"]  # one council's leads: one report by design
    cardiff_people = {row.name for row in remembered(lead).people}
    newport_people = {row.name for row in remembered(other_lead).people}
    assert cardiff_people and newport_people and not cardiff_people & newport_people
    assert remembered(funder).audience == "funder" and remembered(staff).audience == "staff"
    assert remembered(staff).cohorts and remembered(funder).cohorts is None


def test_signing_in_does_not_throw_the_figures_away(programme, staff, client):
    version = summary_cache.data_version()
    client.force_login(staff)
    user_logged_in.send(sender=type(staff), request=None, user=staff)
    staff.save(update_fields=["last_login"])
    assert summary_cache.data_version() == version
    staff.full_name = "Sioned Staff-Jones"
    staff.save(update_fields=["full_name"])
    assert summary_cache.data_version() > version


def test_statements_are_read_as_writes_or_not():
    watched = summary_cache.changes_counted_data
    assert watched('INSERT INTO "cohorts_completion" ("enrolment_id") VALUES (%s)')
    assert watched('UPDATE "cohorts_enrolment" SET "status" = %s WHERE "id" = %s')
    assert watched('DELETE FROM "cohorts_attendance" WHERE "id" IN (%s)')
    assert watched('UPDATE "councils_user" SET "full_name" = %s, "last_login" = %s WHERE 1')
    assert not watched('UPDATE "councils_user" SET "last_login" = %s WHERE "id" = %s')
    assert not watched('SELECT * FROM "cohorts_enrolment"')
    assert not watched('INSERT INTO "django_session" ("session_key") VALUES (%s)')
    assert not watched('UPDATE "cohorts_reportexport" SET "status" = %s WHERE "id" = %s')


# The page read again on unchanged data: session, user, the options (bounds, councils, labs,
# [cohorts]) and recent downloads; none of the counting.
QUERIES_REMEMBERED = {Role.FUNDER: 6, Role.LEAD: 7, Role.STAFF: 7}


@pytest.mark.parametrize("role", [Role.FUNDER, Role.LEAD, Role.STAFF])
def test_the_page_read_again_takes_a_fixed_few_queries(
    client, programme, funder, lead, staff, role, django_assert_num_queries
):
    user = {Role.FUNDER: funder, Role.LEAD: lead, Role.STAFF: staff}[role]
    client.force_login(user)
    first = client.get(reverse("reports"), {"period": "fy-2025"})
    with django_assert_num_queries(QUERIES_REMEMBERED[role]):
        again = client.get(reverse("reports"), {"period": "fy-2025"})
    assert again.status_code == 200
    figures = re.findall(r'data-figure="(\d+)"', again.content.decode())
    assert figures and figures == re.findall(r'data-figure="(\d+)"', first.content.decode())


def test_a_leads_people_are_shown_fifty_a_page_and_downloads_hold_everyone(
    client, programme, lead, cardiff
):
    from councils.models import User

    cohort = programme["cohorts"]["D1"]
    people = User.objects.bulk_create(
        User(email=f"more{i:02d}@cardiff.test", full_name=f"Zz More {i:02d}", council=cardiff)
        for i in range(40)
    )
    Enrolment.objects.bulk_create(
        Enrolment(
            cohort=cohort,
            user=person,
            council=cardiff,
            enrolled_at=dt.datetime.combine(cohort.start_date, dt.time(9), tzinfo=dt.UTC),
        )
        for person in people
    )
    everyone = len(remembered(lead).people)
    assert everyone > 50
    client.force_login(lead)
    rows = (
        r'<tr class="govuk-table__row">\s*<th scope="row" class="govuk-table__header">([^<]+)</th>'
    )
    first = client.get(reverse("reports")).content.decode()
    second = client.get(reverse("reports"), {"people": 2}).content.decode()

    def table(html):
        start = html.index('id="people-table"')
        return html[start : html.index("</table>", start)]

    shown = re.findall(rows, table(first))
    shown_next = re.findall(rows, table(second))
    assert len(shown) == 50 and len(shown_next) == everyone - 50
    assert not set(shown) & set(shown_next)
    assert f"Showing 1 to 50 of {everyone} people" in first
    assert re.search(r'href="\?[^"]*council=cardiff[^"]*&amp;people=2#people-table"', first)
    assert "Everyone is in the PDF and the Excel workbook." in first


# --- The page's body, drawn once and kept beside the figures ------------------------------------


def page(client, user, **data):
    client.force_login(user)
    response = client.get(reverse("reports"), data)
    assert response.status_code == 200
    return response.content.decode()


def drawn_part(html):
    """The report as drawn (after the filters' form, before the downloads' form)."""
    return html[html.index("</form>") : html.index('id="downloads"')]


def page_figures(html):
    return re.findall(r'data-figure="(\d+)"', html)


@pytest.mark.parametrize("write", [enrol, finish_by_update], ids=lambda w: w.__name__)
def test_a_page_read_again_draws_only_the_frame_until_the_data_changes(
    client, programme, staff, make_user, monkeypatch, write
):
    from cohorts.reports import views

    drawn, counted_again = [], []
    real_drawn, real_report = views._drawn, views.cached_report_for
    monkeypatch.setattr(views, "_drawn", lambda *a, **k: drawn.append(1) or real_drawn(*a, **k))
    monkeypatch.setattr(
        views, "cached_report_for", lambda **k: counted_again.append(1) or real_report(**k)
    )
    first = page(client, staff)
    again = page(client, staff)
    assert len(drawn) == 1 and len(counted_again) == 1  # the report was not even read back
    assert drawn_part(again) == drawn_part(first)
    write(programme, make_user, staff)
    after = page(client, staff)
    assert len(drawn) == 2
    assert page_figures(after) != page_figures(first)  # the write is seen at once


def test_the_drawn_report_is_never_shared_between_languages_viewers_or_filters(
    client, programme, staff, funder, lead, make_user, newport, cardiff
):
    from django.core.cache import cache

    other_lead = make_user("lead@newport.test", Role.LEAD, newport)
    welsh_staff = make_user("staff.cy@infuse.test", Role.STAFF, name="Siân Staff")
    welsh_staff.language = "cy"
    welsh_staff.save(update_fields=["language"])
    # Each differs from the one before in one thing only: the language, the viewer's scope,
    # the filters, the page of the lines.
    asked = [
        (staff, {}),
        (welsh_staff, {}),
        (funder, {}),
        (lead, {}),
        (other_lead, {}),
        (staff, {"period": "fy-2025"}),
        (staff, {"period": "fy-2025", "lab": programme["cohorts"]["D1"].lab.code}),
        (staff, {"period": "fy-2025", "cohorts": "2"}),
    ]
    kept = [drawn_part(page(client, user, **data)) for user, data in asked]
    assert ">Crynodeb<" in kept[1] and ">Summary<" not in kept[1]
    assert ">Summary<" in kept[0] and 'id="cohorts-table"' not in kept[2]
    assert "Llywelyn Lead" not in kept[4]
    fresh = []
    for user, data in asked:
        cache.clear()
        fresh.append(drawn_part(page(client, user, **data)))
    for (user, data), one, other in zip(asked, kept, fresh, strict=True):
        assert one == other, (user.email, data)
    assert len(set(kept[:-1])) == len(kept) - 1


def test_staffs_cohorts_are_shown_fifty_a_page_newest_first(client, programme, staff, monkeypatch):
    from cohorts.reports import views

    assert views.LINES_PAGE_SIZE == 50
    everyone = remembered(staff).cohorts
    assert len(everyone) > 1
    monkeypatch.setattr(views, "LINES_PAGE_SIZE", 1)

    def titles(html):
        start = html.index('id="cohorts-table"')
        table = html[start : html.index("</table>", start)]
        return re.findall(r'infuse-report-table__cohort">([^<]+)<br>', table)

    first = page(client, staff)
    second = page(client, staff, cohorts=2)
    assert titles(first) == [everyone[0].title] and titles(second) == [everyone[1].title]
    newest = [c.first_session for c in everyone if c.first_session]
    assert newest == sorted(newest, reverse=True)
    assert f"Showing 1 to 1 of {len(everyone)} cohorts, newest first" in first
    assert "Every cohort is in the PDF and the Excel workbook." in first
    assert 'class="govuk-pagination"' in first
    assert re.search(r'href="\?[^"]*&amp;cohorts=2#cohorts-table"', first)
    assert titles(page(client, staff, cohorts="not a number")) == titles(first)
    assert titles(page(client, staff, cohorts=999)) == [everyone[-1].title]


def test_a_write_while_the_figures_are_counted_is_seen_on_the_next_page(
    client, programme, staff, make_user, monkeypatch
):
    """The page's parts are kept under the version read before any is built: a write landing
    while the figures are counted left the body drawn from the older data kept under the newer
    version, and every later page showed it (fresh-eyes review of issue 24)."""
    from cohorts.reports import summary_cache as cache_module

    real_report_for, wrote = cache_module.report_for, []

    def counted_then_someone_enrols(**kwargs):
        report = real_report_for(**kwargs)
        if not wrote:
            wrote.append(1)
            enrol(programme, make_user, staff)  # another person's write, committed meanwhile
        return report

    monkeypatch.setattr(cache_module, "report_for", counted_then_someone_enrols)
    first = page(client, staff)
    monkeypatch.setattr(cache_module, "report_for", real_report_for)
    again = page(client, staff)
    counted_anew = page_figures(again)
    assert wrote
    assert page_figures(first) != counted_anew  # the enrolment is counted at once
    from django.core.cache import cache

    cache.clear()
    assert page_figures(page(client, staff)) == counted_anew


def test_a_deploy_that_changes_how_reports_are_made_or_drawn_reads_nothing_kept_before(
    client, programme, staff, monkeypatch
):
    from cohorts.reports import views

    drawn, counted_again = [], []
    real_drawn, real_report_for = views._drawn, summary_cache.report_for
    monkeypatch.setattr(views, "_drawn", lambda *a, **k: drawn.append(1) or real_drawn(*a, **k))
    monkeypatch.setattr(
        summary_cache, "report_for", lambda **k: counted_again.append(1) or real_report_for(**k)
    )
    page(client, staff)
    page(client, staff)
    assert len(drawn) == 1 and len(counted_again) == 1
    monkeypatch.setattr(summary_cache, "release", lambda: "the next release")  # data unchanged
    page(client, staff)
    assert len(drawn) == 2 and len(counted_again) == 2


KEPT_BY = [
    "cohorts/reports/build.py",
    "cohorts/reports/views.py",  # PageHead
    "cohorts/models.py",
    "labs/models.py",  # Lab instances kept in the figures, their display_name in the body
    "councils/models.py",  # the lead's Council, likewise
    "equality/models.py",  # the outcome tables' labels
    "templates/cohorts/reports/body.html",
    "templates/cohorts/reports/table.html",
    "locale/cy/LC_MESSAGES/django.mo",
]
# The page's frame is drawn each time; the rest is drawn by other pages.
NOT_KEPT_BY = ["templates/cohorts/reports.html", "cohorts/views.py", "labs/views.py"]


def test_the_release_follows_the_code_and_templates_a_kept_report_is_made_and_drawn_by(tmp_path):
    from django.conf import settings

    for name in KEPT_BY + NOT_KEPT_BY:
        assert (settings.BASE_DIR / name).is_file(), name
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("as deployed")
    before = summary_cache.release_of(tmp_path)
    for name in KEPT_BY + NOT_KEPT_BY:
        (tmp_path / name).write_text("changed")
        assert (summary_cache.release_of(tmp_path) != before) == (name in KEPT_BY), name
        (tmp_path / name).write_text("as deployed")
    assert summary_cache.release_of(tmp_path) == before
    assert summary_cache.release() == summary_cache.release_of(settings.BASE_DIR)


class Renamed:
    """Kept by an older release, under a name the code no longer has."""


def test_a_kept_copy_that_cannot_be_read_back_is_counted_again(
    programme, staff, monkeypatch, caplog
):
    import sys

    from django.core.cache import cache

    from cohorts.reports.build import Report

    options, filters = options_and_filters(staff)
    key = summary_cache.report_key(options, filters, summary_cache.data_version(), "figures")
    cache.set(key, Renamed())
    monkeypatch.delattr(sys.modules[__name__], "Renamed")  # unpickling it raises AttributeError
    report = remembered(staff)
    assert isinstance(report, Report) and report.audience == "staff"
    assert "A remembered report could not be read." in caplog.text
    assert isinstance(cache.get(key), Report)  # kept anew
