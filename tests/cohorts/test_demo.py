"""The demo programme: every role at work, the cohorts in the right weeks whatever the date."""

import datetime as dt
import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from cohorts.demo import COHORTS, DEMO_PASSWORD, DEMO_STAFF_TOTP_SECRET, STAFF_EMAIL, demo_load
from cohorts.models import Cohort, Enrolment, EnrolmentStatus
from cohorts.scheduling.schedule import bank_holiday_name
from cohorts.scheduling.status import cohort_status
from councils.models import Council, Role, User

pytestmark = pytest.mark.django_db

DATES = [
    dt.date(2026, 11, 28),  # a Saturday
    dt.date(2026, 12, 29),  # the week after Christmas
    dt.date(2027, 1, 1),  # New Year's Day
    dt.date(2027, 4, 6),  # Easter Tuesday, after Easter Monday
    dt.date(2027, 5, 31),  # Spring bank holiday
    dt.date(2027, 8, 30),  # Summer bank holiday
    dt.date(2026, 10, 25),  # the day the clocks go back
]


def status_of(title: str, today: dt.date):
    cohort = Cohort.objects.get(title=title)
    return cohort_status([s.date for s in cohort.sessions.all()], today)


@pytest.mark.parametrize("today", DATES)
def test_demo_cohorts_sit_in_their_weeks_whatever_the_date(today):
    demo_load(today=today)
    by_lab = {spec.key: spec for spec in COHORTS}
    data = status_of(by_lab["data-running"].title, today)
    assert (data.code, data.week) == ("running", 3)
    cohort = Cohort.objects.get(title=by_lab["data-running"].title)
    sessions = list(cohort.sessions.order_by("number"))
    assert sessions[2].date <= today < sessions[3].date
    for key in ("adaption-running", "procurement-running"):
        status = status_of(by_lab[key].title, today)
        assert (status.code, status.week) == ("running", 5), key
    assert status_of(by_lab["data-finished"].title, today).code == "finished"
    assert status_of(by_lab["adaption-upcoming"].title, today).code == "upcoming"
    for session in cohort.sessions.all():
        assert session.date.weekday() < 5 and bank_holiday_name(session.date) is None


def test_demo_has_every_role_and_realistic_people():
    demo_load(today=DATES[0])
    assert User.objects.get(email="staff@demo.infuse.test").role == Role.STAFF
    assert User.objects.get(email="funder@demo.infuse.test").role == Role.FUNDER
    for council in Council.objects.all():
        lead = User.objects.get(email=f"lead.{council.slug}@demo.infuse.test")
        assert lead.role == Role.LEAD and lead.council == council
        people = User.objects.filter(council=council, role=Role.PARTICIPANT)
        assert people.count() >= 4
        assert all(" " in p.full_name for p in people)
    for user in User.objects.filter(email__endswith="@demo.infuse.test"):
        assert user.check_password(DEMO_PASSWORD)


def test_named_participants_are_in_the_right_cohorts():
    demo_load(today=DATES[0])
    expected = {
        "participant.cardiff@demo.infuse.test": "data",
        "participant.newport@demo.infuse.test": "data",
        "participant.caerphilly@demo.infuse.test": "adaption",
        "participant.torfaen@demo.infuse.test": "procurement",
    }
    for email, lab in expected.items():
        assert Enrolment.objects.filter(
            user__email=email, cohort__lab__code=lab, status=EnrolmentStatus.ACTIVE
        ).exists(), email
    data = Cohort.objects.get(title=COHORTS[0].title)
    assert data.enrolments.values("user__council").distinct().count() >= 3


def test_running_data_cohort_has_weeks_one_and_two_work_and_attendance():
    demo_load(today=DATES[0])
    cohort = Cohort.objects.get(title=COHORTS[0].title)
    enrolments = cohort.enrolments.all()
    assert any(e.required_done > 0 for e in enrolments)
    assert any(e.sessions_attended >= 2 for e in enrolments)
    weeks = set(
        cohort.enrolments.values_list("completions__activity__module__number", flat=True)
    ) - {None}
    assert weeks == {1, 2}


def test_finished_cohort_has_completions_and_one_withdrawal():
    demo_load(today=DATES[0])
    cohort = Cohort.objects.get(title=COHORTS[3].title)
    statuses = list(cohort.enrolments.values_list("status", flat=True))
    assert statuses.count(EnrolmentStatus.COMPLETED) >= 2
    assert statuses.count(EnrolmentStatus.WITHDRAWN) == 1
    withdrawn = cohort.enrolments.get(status=EnrolmentStatus.WITHDRAWN)
    assert withdrawn.withdrawn_reason and withdrawn.withdrawn_on


def test_upcoming_cohort_has_places_left():
    demo_load(today=DATES[0])
    cohort = Cohort.objects.get(title=COHORTS[4].title)
    assert cohort.enrolments.count() < cohort.capacity
    assert cohort.councils.count() == 10


def test_demo_load_is_idempotent():
    demo_load(today=DATES[0])
    counts = (User.objects.count(), Cohort.objects.count(), Enrolment.objects.count())
    result = demo_load(today=DATES[0])
    assert result == {"created": False}
    assert (User.objects.count(), Cohort.objects.count(), Enrolment.objects.count()) == counts


def test_a_demo_lead_can_nominate_someone_new_at_an_address_the_hint_allows(client):
    demo_load(today=timezone.localdate())
    demo_load(today=timezone.localdate())  # again: the domain is added once
    cardiff = Council.objects.get(slug="cardiff")
    assert cardiff.domain_list == ["cardiff.gov.uk", "demo.infuse.test"]
    cohort = Cohort.objects.get(title=COHORTS[4].title)  # upcoming, places left
    client.force_login(User.objects.get(email="lead.cardiff@demo.infuse.test"))
    url = reverse("nominate", args=[cohort.pk])
    assert "ending @cardiff.gov.uk or @demo.infuse.test." in client.get(url).content.decode()
    response = client.post(
        url, {"which": "new", "full_name": "Gwen Newydd", "email": "gwen.newydd@demo.infuse.test"}
    )
    assert response.status_code == 302
    assert cohort.enrolments.filter(user__email="gwen.newydd@demo.infuse.test").exists()
    response = client.post(url, {"which": "new", "full_name": "G", "email": "g@gmail.com"})
    assert "Use a Cardiff Council address ending" in response.content.decode()


def test_demo_command_refuses_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("demo")
    assert not User.objects.filter(email="staff@demo.infuse.test").exists()


def test_demo_command_with_force_loads_and_lists_logins(settings, capsys):
    settings.DEBUG = False
    call_command("demo", "--force")
    out = capsys.readouterr().out
    assert "infuse-demo" in out and "participant.cardiff@demo.infuse.test" in out


@pytest.mark.parametrize(
    ("email", "home", "shows"),
    [
        ("participant.cardiff@demo.infuse.test", "dashboard", "Data Lab"),
        ("participant.caerphilly@demo.infuse.test", "dashboard", "Adaption Lab"),
        ("participant.torfaen@demo.infuse.test", "dashboard", "Procurement Lab"),
        ("lead.cardiff@demo.infuse.test", "lead_home", COHORTS[0].title),
        ("funder@demo.infuse.test", "reports", "Data Lab"),
        ("staff@demo.infuse.test", "staff_home", COHORTS[0].title),
    ],
)
def test_each_demo_login_lands_on_a_home_showing_its_cohorts(client, email, home, shows):
    from django.utils import timezone

    demo_load(today=timezone.localdate())
    response = client.post(reverse("account_login"), {"login": email, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    if email == STAFF_EMAIL:
        # Demo staff use two-step verification, with the key the README gives.
        assert response["Location"] == reverse("mfa_authenticate")
        code = format_hotp_value(hotp_value(DEMO_STAFF_TOTP_SECRET, int(time.time()) // 30))
        response = client.post(reverse("mfa_authenticate"), {"code": code})
        assert response.status_code == 302
    response = client.get(reverse("home"), follow=True)
    assert response.redirect_chain[-1][0] == reverse(home)
    assert shows in response.content.decode()


def test_finished_cohort_completions_are_dated_when_it_ended_with_certificates(
    django_capture_on_commit_callbacks,
):
    from cohorts.models import Certificate

    with django_capture_on_commit_callbacks(execute=True):
        demo_load(today=DATES[0])
    cohort = Cohort.objects.get(title=COHORTS[3].title)
    last = cohort.sessions.order_by("-date").first().date
    completed = cohort.enrolments.filter(status=EnrolmentStatus.COMPLETED)
    assert completed and all(e.completed_on == last for e in completed)
    assert Certificate.objects.filter(enrolment__in=completed).count() == completed.count()


def test_no_demo_cohort_is_named_for_a_season():
    # The demo is loaded around whatever day it is: a season in a title would often be wrong.
    demo_load(today=DATES[0])  # the upcoming cohort starts three weeks later, in December
    upcoming = Cohort.objects.get(title=COHORTS[4].title)
    assert upcoming.title == "Adaption Lab: Supportive Communities (next cohort)"
    seasons = ("new year", "new-year", "spring", "summer", "autumn", "winter")
    for cohort in Cohort.objects.all():
        assert not any(word in f"{cohort.title} {cohort.online_url}" for word in seasons)


def test_a_demo_with_the_seasons_names_is_rebuilt_with_the_numbered_ones():
    demo_load(today=DATES[0])
    Cohort.objects.filter(title=COHORTS[0].title).update(
        title="Data Lab: Supportive Communities (autumn cohort)"
    )
    assert demo_load(today=DATES[0]) == {"created": True}
    assert not Cohort.objects.filter(title__contains="autumn").exists()
    assert Cohort.objects.filter(title="Data Lab: Supportive Communities (cohort 2)").count() == 1


def test_a_demo_from_before_the_rename_is_rebuilt_without_the_old_upcoming_cohort():
    demo_load(today=DATES[0])
    Cohort.objects.filter(title=COHORTS[4].title).update(
        title="Adaption Lab: Supportive Communities (new year cohort)"
    )
    assert demo_load(today=DATES[0]) == {"created": True}
    assert not Cohort.objects.filter(title__contains="new year").exists()
    assert Cohort.objects.filter(title=COHORTS[4].title).count() == 1


@pytest.mark.parametrize("today", [DATES[0], DATES[3]])
def test_people_enrolled_two_weeks_before_their_cohorts_first_session(today):
    from django.utils import timezone

    demo_load(today=today)
    for cohort in Cohort.objects.filter(title__in=[c.title for c in COHORTS]):
        first = cohort.sessions.order_by("date").first().date
        # The upcoming cohort starts in three weeks: its people enrolled the day before.
        enrolled_on = min(first - dt.timedelta(days=14), today - dt.timedelta(days=1))
        assert cohort.enrolments.exists()
        for enrolment in cohort.enrolments.prefetch_related("events"):
            assert timezone.localtime(enrolment.enrolled_at).date() == enrolled_on, cohort.title
            invited = enrolment.events.get(status=EnrolmentStatus.INVITED)
            assert timezone.localtime(invited.at).date() == enrolled_on
            if cohort.invitations_sent_at:
                assert timezone.localtime(enrolment.invited_at).date() == enrolled_on
                assert timezone.localtime(enrolment.activated_at).date() == first
        if cohort.invitations_sent_at:
            assert timezone.localtime(cohort.invitations_sent_at).date() == enrolled_on


def test_finished_cohort_certificates_are_issued_the_day_it_ended():
    from django.utils import timezone

    from cohorts.models import Certificate

    # 28 November 2026: the finished Data Lab cohort ended in early September.
    demo_load(today=DATES[0])
    cohort = Cohort.objects.get(title=COHORTS[3].title)
    last = cohort.sessions.order_by("-date").first().date
    assert last == dt.date(2026, 9, 29)
    certificates = Certificate.objects.filter(enrolment__cohort=cohort)
    completed = cohort.enrolments.filter(status=EnrolmentStatus.COMPLETED)
    assert certificates.count() == completed.count() >= 2
    assert {timezone.localtime(c.issued_at).date() for c in certificates} == {last}
    events = {e.status: timezone.localtime(e.at).date() for e in completed[0].events.all()}
    assert events == {
        EnrolmentStatus.INVITED: dt.date(2026, 8, 11),  # two weeks before 25 August
        EnrolmentStatus.COMPLETED: last,
    }
    withdrawn = cohort.enrolments.get(status=EnrolmentStatus.WITHDRAWN)
    at = withdrawn.events.get(status=EnrolmentStatus.WITHDRAWN).at
    assert timezone.localtime(at).date() == withdrawn.withdrawn_on < last


def test_the_dates_are_pinned_for_a_known_day():
    from django.utils import timezone

    demo_load(today=DATES[0])  # Saturday 28 November 2026
    enrolled = {
        cohort.title: timezone.localtime(cohort.enrolments.first().enrolled_at).date()
        for cohort in Cohort.objects.filter(title__in=[c.title for c in COHORTS])
    }
    assert enrolled == {
        "Data Lab: Supportive Communities (cohort 2)": dt.date(2026, 10, 30),
        "Adaption Lab: Accelerating Decarbonisation": dt.date(2026, 10, 16),
        "Procurement Lab: Supportive Communities": dt.date(2026, 10, 16),
        "Data Lab: Accelerating Decarbonisation (cohort 1)": dt.date(2026, 8, 11),
        "Adaption Lab: Supportive Communities (next cohort)": dt.date(2026, 11, 27),
    }


def test_reloading_the_demo_keeps_its_dates():
    demo_load(today=DATES[0])
    before = sorted(Enrolment.objects.values_list("pk", "enrolled_at"))
    assert demo_load(today=DATES[0]) == {"created": False}
    assert sorted(Enrolment.objects.values_list("pk", "enrolled_at")) == before


def test_the_finished_cohort_has_baselines_exits_and_follow_ups_for_every_report(db):
    from cohorts.models import Assessment, AssessmentKind, FollowUp
    from cohorts.reports import report_filters, report_for, report_options
    from councils.models import Role, User
    from equality.models import EqualityResponse

    today = dt.date(2026, 11, 28)
    demo_load(today=today)
    cohort = Cohort.objects.get(title="Data Lab: Accelerating Decarbonisation (cohort 1)")
    kinds = Assessment.objects.filter(enrolment__cohort=cohort, answered_at__isnull=False)
    assert kinds.filter(kind=AssessmentKind.BASELINE).count() >= 5
    assert kinds.filter(kind=AssessmentKind.EXIT).count() >= 5
    assert (
        FollowUp.objects.filter(enrolment__cohort=cohort, responded_at__isnull=False).count() >= 5
    )
    assert EqualityResponse.objects.filter(skipped=False).count() >= 20
    for role in (Role.FUNDER, Role.STAFF):
        user = User.objects.filter(role=role).first()
        options = report_options(user=user, today=today)
        report = report_for(
            user=user,
            filters=report_filters(options=options, data={}),
            options=options,
            today=today,
        )
        by_key = {t.key: t for t in report.tables}
        pooled = next(
            r for r in by_key["self_assessment"].rows if r.label.startswith("Data Lab: all")
        )
        # Real figures, not withheld: before, at the end and six months on. The change is
        # withheld: the person who skipped the baseline answered at the end, and the change
        # beside the end's mean would give their answers away.
        assert all(not c.withheld and c.value for c in pooled.cells[0:6:2]), [
            c.text for c in pooled.cells
        ]
        assert [c.text for c in pooled.cells[6:]] == ["[c]", "[c]"]
        # The programme's number who answered is exact; the answers are under 5 each, so
        # the share is withheld with them.
        answered, applied_it = by_key["applied"].rows[-1].cells[:2]
        share = by_key["applied"].rows[-1].cells[-1]
        assert answered.value >= 5 and not answered.withheld
        assert share.text.endswith("%") or (applied_it.withheld and share.withheld)
        assert by_key["equality_sex"].rows[-1].cells[0].value >= 20


def test_every_running_cohort_has_a_welsh_speaker_and_every_cohort_a_welsh_title():
    """Issue 26: the demo shows the Labs in Welsh: each running cohort has at least one
    participant whose language is Welsh, and every cohort has its title in Welsh."""
    today = DATES[0]
    demo_load(today=today)
    running = 0
    for spec in COHORTS:
        cohort = Cohort.objects.get(title_en=spec.title)
        assert cohort.title_cy and cohort.title_cy != cohort.title_en, spec.key
        if cohort_status([s.date for s in cohort.sessions.all()], today).code == "running":
            running += 1
            welsh = Enrolment.objects.filter(cohort=cohort, user__language="cy").exclude(
                status=EnrolmentStatus.WITHDRAWN
            )
            assert welsh.exists(), spec.key
    assert running == 3
