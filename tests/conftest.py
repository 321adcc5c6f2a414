"""Shared people and cohorts: a participant and a lead in one council, a participant in
another, a staff member and a funder (STYLE.md, tests)."""

import datetime as dt
import os

import pytest
from django.contrib.auth.signals import user_logged_in
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from cohorts.models import Cohort, Theme
from cohorts.scheduling.services import cohort_generate_sessions
from cohorts.services import enrolment_create
from councils.middleware import mark_mfa_passed
from councils.models import Council, Role
from councils.services import user_create, user_set_up_authenticator
from labs.models import Lab
from tests.reference import ensure_reference_data

# The machines are shared and often loaded (CI runs two workers beside other work): a property
# test is judged on what it finds, never on how fast the machine made its examples, so
# Hypothesis's timing checks are off for every test (each keeps its own example count).
hypothesis_settings.register_profile(
    "shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile("shared-machine")

PASSWORD = "correct-horse-battery"
# The authenticator-app key tests give programme staff (base32).
STAFF_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

# Benchmarks run with `make bench`, not with the suite.
collect_ignore = [] if os.environ.get("INFUSE_BENCH") else ["bench"]
# The stack test runs on its own after the suite, without pytest-django (tests/stack/conftest.py).
collect_ignore.append("stack")


@pytest.fixture(autouse=True, scope="session")
def _celery_configured_from_the_test_settings():
    """Celery reads its configuration from Django's settings once, the first time it is asked.
    Ask now, before any test changes a setting: a test that set CELERY_TASK_ALWAYS_EAGER = False
    and happened to be first would otherwise leave every later task in that process unrun."""
    from infuse.celery import app

    assert app.conf.task_always_eager, "the tests run tasks in process"


@pytest.fixture(autouse=True)
def _tasks_run_in_process():
    """...and no test leaves Celery sending tasks to a broker for the tests after it (checked as
    each test starts: a failure here names the test before, in this process, as the culprit)."""
    from infuse.celery import app

    assert app.conf.task_always_eager, "the test before left Celery's task_always_eager off"


@pytest.fixture(autouse=True)
def _curriculum_kept_afresh():
    """The curriculum kept in process memory (cohorts.learning.curriculum) is forgotten before
    each test: a test's rows are rolled back after it, the memory would outlive them."""
    from cohorts.learning import curriculum

    curriculum.forget()
    yield
    curriculum.forget()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Certificates and reports written by tests go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _static_files_without_collectstatic(settings):
    """Off DEBUG the portal's static files come from `collectstatic`'s hashed copies (the
    manifest storage); the tests find them where they are written instead, as `make run` does.
    tests/infuse/test_compression.py checks the production storage itself."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Transactional tests flush the database after them, migration-loaded rows included;
    put the councils and curricula back before each one."""
    marker = request.node.get_closest_marker("django_db")
    transactional = {"transactional_db", "live_server"} & set(request.fixturenames) or (
        marker and marker.kwargs.get("transaction")
    )
    if transactional:
        request.getfixturevalue("transactional_db")
        ensure_reference_data()
    elif "db" in request.fixturenames or marker:
        # An ordinary test after a transactional one on the same worker finds the rows gone.
        request.getfixturevalue("db")
        ensure_reference_data()


@pytest.fixture(autouse=True)
def _staff_signed_in_by_tests_pass_mfa(request):
    """Programme staff must use two-step verification before any page opens
    (councils.middleware.StaffMFAMiddleware). A test that signs staff in without going through
    it (force_login, client.login, a browser sign-in) gets them an authenticator app and a
    session that has used it, so that tests of other things are not about MFA. Production code
    has no such way round; tests of MFA itself opt out with @pytest.mark.real_mfa."""
    if request.node.get_closest_marker("real_mfa"):
        yield
        return

    def passed(sender, request, user, **kwargs):
        if getattr(user, "is_privileged", False):
            user_set_up_authenticator(user=user, secret=STAFF_TOTP_SECRET)
            mark_mfa_passed(request)

    user_logged_in.connect(passed, dispatch_uid="tests_staff_pass_mfa")
    yield
    user_logged_in.disconnect(dispatch_uid="tests_staff_pass_mfa")


@pytest.fixture
def cardiff(db):
    return Council.objects.get(slug="cardiff")


@pytest.fixture
def newport(db):
    return Council.objects.get(slug="newport")


@pytest.fixture
def make_user(db):
    def make(email, role=Role.PARTICIPANT, council=None, name=None):
        return user_create(
            email=email,
            full_name=name or email.split("@")[0].replace(".", " ").title(),
            role=role,
            council=council,
            password=PASSWORD,
        )

    return make


@pytest.fixture
def participant(make_user, cardiff):
    return make_user("gwen.owner@cardiff.test", council=cardiff, name="Gwenllian Owner")


@pytest.fixture
def lead(make_user, cardiff):
    return make_user("lead@cardiff.test", Role.LEAD, cardiff, name="Llywelyn Lead")


@pytest.fixture
def outsider(make_user, newport):
    return make_user("osian.outsider@newport.test", council=newport, name="Osian Outsider")


@pytest.fixture
def outsider_lead(make_user, newport):
    return make_user("lead@newport.test", Role.LEAD, newport, name="Nerys Newportlead")


@pytest.fixture
def staff(make_user):
    return make_user("staff@infuse.test", Role.STAFF, name="Sioned Staff")


@pytest.fixture
def funder(make_user):
    return make_user("funder@infuse.test", Role.FUNDER, name="Ffion Funder")


@pytest.fixture
def data_lab(db):
    return Lab.objects.get(code="data")


@pytest.fixture
def make_cohort(db, data_lab):
    def make(
        *,
        lab=None,
        start=dt.date(2026, 10, 6),
        weekday=1,
        councils=(),
        title="Data Lab test cohort",
    ):
        cohort = Cohort.objects.create(
            lab=lab or data_lab,
            theme=Theme.COMMUNITIES,
            title=title,
            start_date=start,
            session_weekday=weekday,
            session_time=dt.time(10, 0),
            online_url="https://teams.microsoft.com/l/meetup-join/test",
        )
        cohort.councils.set(councils)
        cohort_generate_sessions(cohort=cohort)
        return cohort

    return make


@pytest.fixture
def cohort(make_cohort, cardiff, newport):
    return make_cohort(councils=[cardiff, newport])


@pytest.fixture
def enrolment(cohort, participant):
    return enrolment_create(cohort=cohort, user=participant)


@pytest.fixture
def outsider_enrolment(cohort, outsider):
    return enrolment_create(cohort=cohort, user=outsider)


@pytest.fixture(autouse=True)
def _english_to_start_with():
    """Each test starts in the default language, whatever language an earlier test in the same
    worker left active (a Welsh page or email activates Welsh for the thread)."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
