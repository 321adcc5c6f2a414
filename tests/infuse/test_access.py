"""Tenancy, proven: every URL pattern the resolver knows is classified in infuse/access.py,
and each scoped page answers 200 to its owner, 404 to another council or person, and 403 to a
role barred from it; no response names someone its reader should not see."""

import datetime as dt
from importlib import import_module
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from cohorts.models import Certificate, ReportExport, ReportFormat, ReportStatus
from cohorts.services import enrolment_create
from councils.models import Role
from infuse import access
from infuse.access import Side
from labs.models import Activity, ActivityKind, Material, MaterialKind, Module
from tests.infuse.walk import World, sample_path, walk

LEAKY_URLCONF = "tests.infuse.leaky_urls"


@pytest.fixture
def world(
    settings,
    tmp_path,
    make_cohort,
    make_user,
    cardiff,
    newport,
    participant,
    lead,
    outsider,
    outsider_lead,
    staff,
    funder,
):
    """Cardiff (a participant and their lead) and Newport (the same): a running cohort both
    councils share, a running and an upcoming cohort of Newport's alone, and an upcoming one
    open to both."""
    settings.MEDIA_ROOT = tmp_path
    today = timezone.localdate()
    shared = make_cohort(start=today - dt.timedelta(days=20), councils=[cardiff, newport])
    newport_only = make_cohort(
        start=today - dt.timedelta(days=20), councils=[newport], title="Newport cohort"
    )
    upcoming = make_cohort(
        start=today + dt.timedelta(days=30), councils=[cardiff, newport], title="Upcoming"
    )
    upcoming_newport = make_cohort(
        start=today + dt.timedelta(days=30), councils=[newport], title="Upcoming Newport"
    )
    mine = enrolment_create(cohort=shared, user=participant)
    theirs = enrolment_create(cohort=shared, user=outsider)
    enrolment_create(cohort=newport_only, user=outsider)
    module = Module.objects.get(lab=shared.lab, number=1)
    # A check-off (tool steps are completed in the lab's tool, not ticked).
    activity = Activity.objects.filter(module__lab=shared.lab, kind=ActivityKind.CHECKOFF).first()
    material = Material.objects.create(
        module=module,
        kind=MaterialKind.FILE,
        title="Question canvas",
        file=SimpleUploadedFile("canvas.pdf", b"%PDF-1.4 canvas"),
    )

    certificates = {
        e.pk: Certificate.objects.create(
            enrolment=e,
            code=f"INF-TEST-{e.pk:04d}",
            pdf=ContentFile(b"%PDF-1.4 cert", name=f"c{e.pk}.pdf"),
        )
        for e in (mine, theirs)
    }

    # A ready report download per person who may ask for one (a participant may not: theirs is
    # any download, which they must not reach either).
    exports = {
        user.pk: ReportExport.objects.create(
            requested_by=user,
            format=ReportFormat.CSV,
            status=ReportStatus.READY,
            file=ContentFile(b"Lab,Council,Enrolled\r\n", name=f"report-{user.pk}.csv"),
        )
        for user in (lead, staff, funder, outsider_lead)
    }
    exports[participant.pk] = exports[outsider.pk] = exports[outsider_lead.pk]

    # Each lab tool adds its own objects (tests/infuse/world_<lab>.py: make(enrolment) -> dict),
    # made once per enrolment so that every role of a side shares them.
    extras = {e.pk: {} for e in (mine, theirs)}
    for module_name in sorted(p.stem for p in Path(__file__).parent.glob("world_*.py")):
        make = import_module(f"tests.infuse.{module_name}").make
        for enrolment in (mine, theirs):
            extras[enrolment.pk].update(make(enrolment))

    def side_of(user, enrolment, cohort, upcoming_cohort):
        return Side(
            user=user,
            enrolment=enrolment,
            cohort=cohort,
            upcoming_cohort=upcoming_cohort,
            session=cohort.sessions.get(number=1),
            week=1,
            activity=activity,
            material=material,
            certificate=certificates[enrolment.pk],
            report_export=exports[user.pk],
            extra=extras[enrolment.pk],
        )

    cardiff_side = dict(enrolment=mine, cohort=shared, upcoming_cohort=upcoming)
    newport_side = dict(enrolment=theirs, cohort=newport_only, upcoming_cohort=upcoming_newport)
    newport_people = [outsider.full_name, outsider.email, outsider_lead.email]
    cardiff_people = [participant.full_name, participant.email]
    return World(
        mine={
            Role.PARTICIPANT: side_of(participant, **cardiff_side),
            Role.LEAD: side_of(lead, **cardiff_side),
            Role.STAFF: side_of(staff, **cardiff_side),
            Role.FUNDER: side_of(funder, **cardiff_side),
        },
        theirs={
            Role.PARTICIPANT: side_of(outsider, **newport_side),
            Role.LEAD: side_of(outsider_lead, **newport_side),
            Role.STAFF: None,  # staff see every council: nothing is someone else's
            Role.FUNDER: side_of(outsider, **newport_side),
        },
        forbidden_names={
            None: newport_people + cardiff_people,
            Role.PARTICIPANT: newport_people,
            Role.LEAD: newport_people,
            Role.FUNDER: newport_people + cardiff_people,
        },
    )


def test_every_url_is_classified_and_scoped_pages_keep_to_their_owners(world):
    problems = walk(world)
    assert not problems, "\n".join(problems)
    # The walk did reach the pages that matter, as owner and as outsider.
    assert world.statuses["lab_week at /dashboard/labs/<int:pk>/weeks/<int:number>/"] == [
        200,
        404,
        403,
        403,
        403,
        403,
        403,
    ]
    assert world.requests > 150


def test_the_walk_covers_every_pattern_the_resolver_knows(db):
    names = {route.name for route in access.routes() if route.name}
    for name in ["dashboard", "lab_detail", "lab_week", "activity_submit", "lead_home"]:
        assert name in names
    unclassified = [str(route) for route in access.routes() if access.classify(route) is None]
    assert not unclassified, "classify these in infuse/access.py: " + ", ".join(unclassified)


def test_the_walk_reports_a_pattern_nobody_classified(world, settings):
    settings.ROOT_URLCONF = LEAKY_URLCONF
    problems = walk(world, urlconf=LEAKY_URLCONF)
    assert any(
        "leaky_enrolment" in problem and "not classified" in problem for problem in problems
    ), problems


def test_the_walk_catches_an_unscoped_view_that_leaks_another_persons_object(world, settings):
    settings.ROOT_URLCONF = LEAKY_URLCONF
    access_map = {
        **access.ACCESS,
        "leaky_enrolment": access.scoped(Role.PARTICIPANT, kwargs=lambda s: {"pk": s.enrolment.pk}),
    }
    problems = walk(world, urlconf=LEAKY_URLCONF, access_map=access_map)
    leaks = [p for p in problems if "leaky_enrolment" in p]
    assert any("answered 200, expected 404" in p for p in leaks), problems
    assert any("Osian Outsider" in p for p in leaks), problems


def test_sample_paths_fill_converters_and_regex_groups():
    routes = {r.name: r for r in access.routes() if r.name}
    assert sample_path(routes["admin:index"]) == "/admin/"
    assert sample_path(routes["account_reset_password_from_key"]).startswith(
        "/accounts/password/reset/key/"
    )
    assert sample_path(routes["lab_week"]) == "/dashboard/labs/1/weeks/1/"


def test_each_lab_app_registers_its_own_classification():
    # Registered from each lab app's AppConfig.ready: infuse/access.py imports none of them.
    from labs.adaption.access import ACCESS as ADAPTION
    from labs.data.access import ACCESS as DATA
    from labs.procurement.access import ACCESS as PROCUREMENT

    for lab_access in (ADAPTION, DATA, PROCUREMENT):
        assert lab_access
        assert all(access.ACCESS[name] is rule for name, rule in lab_access.items())


def test_a_name_classified_twice_two_ways_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    before = dict(access.ACCESS)
    access.register({"data_tool": before["data_tool"]})  # the same rule again: nothing changes
    with pytest.raises(ImproperlyConfigured, match="data_tool"):
        access.register({"data_tool": access.scoped(Role.STAFF)})
    assert access.ACCESS == before
