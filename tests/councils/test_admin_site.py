"""The project's admin site keeps the app list it builds (councils/admin_site.py, issue 24): per
permission set, flags, language and URL prefix, never shared where those differ, and never
changed by a caller."""

from unittest import mock

import pytest
from django.contrib import admin
from django.contrib.admin import AdminSite
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from councils.admin_site import InfuseAdminSite
from councils.models import Role


@pytest.fixture
def site():
    admin.site.forget_app_lists()
    yield admin.site
    admin.site.forget_app_lists()


@pytest.fixture
def clerk(make_user):
    """Someone who may open the admin with only the permissions they are given (not staff by
    role, so councils.backends.RoleBackend does not grant everything)."""
    user = make_user("clerk@infuse.test", Role.FUNDER)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.user_permissions.add(Permission.objects.get(codename="view_cohort"))
    return user


def _request(user):
    request = RequestFactory().get("/admin/")
    request.user = type(user).objects.get(pk=user.pk)  # a fresh user: no permission cache
    return request


def _model_names(app_list):
    return [model["object_name"] for app in app_list for model in app["models"]]


def test_admin_site_is_the_projects():
    assert isinstance(admin.site, InfuseAdminSite)


def test_a_new_permission_shows_its_model_at_once(client, site, clerk):
    client.force_login(clerk)
    page = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:cohorts_cohort_changelist") in page
    assert reverse("admin:cohorts_enrolment_changelist") not in page

    clerk.user_permissions.add(Permission.objects.get(codename="view_enrolment"))
    page = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:cohorts_enrolment_changelist") in page


def test_the_kept_list_is_used_and_no_url_is_reversed_again(site, staff):
    with mock.patch("django.contrib.admin.sites.reverse", wraps=reverse) as reversing:
        first = site.get_app_list(_request(staff))
        built = reversing.call_count
        second = site.get_app_list(_request(staff))
    assert built > 20
    assert reversing.call_count == built  # the second list was the kept one
    assert second == first


def test_two_languages_never_share_a_list(site, staff):
    def names():
        return [
            (str(app["name"]), [str(model["name"]) for model in app["models"]])
            for app in site.get_app_list(_request(staff))
        ]

    with translation.override("en"):
        english = names()
    with translation.override("cy"):
        welsh = names()
        welsh_built_afresh = [
            (str(app["name"]), [str(model["name"]) for model in app["models"]])
            for app in AdminSite.get_app_list(site, _request(staff))
        ]
    assert welsh == welsh_built_afresh  # the Welsh order, not the English list's
    assert welsh != english


def test_no_caller_can_change_the_kept_list(site, staff):
    app_list = site.get_app_list(_request(staff))
    expected = site.get_app_list(_request(staff))
    app_list[0]["models"].clear()
    app_list[1]["name"] = "Changed"
    expected[2]["models"][0]["perms"]["change"] = "changed"
    app_list.pop()
    again = site.get_app_list(_request(staff))
    assert again == AdminSite.get_app_list(site, _request(staff))
    assert again != app_list


def test_permissions_and_flags_are_part_of_the_key(site, staff, clerk):
    assert _model_names(site.get_app_list(_request(clerk))) == ["Cohort"]
    assert len(_model_names(site.get_app_list(_request(staff)))) > 20
    assert _model_names(site.get_app_list(_request(clerk))) == ["Cohort"]


@pytest.mark.parametrize("who", ["clerk", "staff", "superuser"])
def test_an_admin_page_costs_no_more_queries(client, site, request, who, staff, clerk):
    if who == "superuser":
        user = staff
        user.is_superuser = True
        user.save(update_fields=["is_superuser"])
    else:
        user = request.getfixturevalue(who)
    client.force_login(user)
    url = reverse("admin:cohorts_cohort_changelist")
    client.get(url)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    with mock.patch.object(InfuseAdminSite, "get_app_list", AdminSite.get_app_list):
        unkept = queries()
    site.forget_app_lists()
    assert queries() <= unkept  # building and keeping it
    assert queries() <= unkept  # the kept one


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def _sidebar(page: str) -> str:
    start = page.index('<nav class="sticky" id="nav-sidebar"')
    return page[start : page.index("</nav>", start)]


@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:cohorts_cohort_changelist"),
        reverse("admin:cohorts_cohort_add"),
        reverse("admin:cohorts_enrolment_changelist") + "?q=x",
        reverse("admin:councils_council_changelist"),
    ],
)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_kept_sidebar_is_the_one_django_draws(staff_client, staff, site, url, language):
    """Drawn by Django's include (no kept copy) and by the kept one, first and second time:
    the same text, the page's own model and app marked current."""
    staff.language = language
    staff.save(update_fields=["language"])
    with mock.patch.object(InfuseAdminSite, "each_context", AdminSite.each_context):
        djangos = _sidebar(staff_client.get(url).content.decode())
    first = _sidebar(staff_client.get(url).content.decode())
    kept = _sidebar(staff_client.get(url).content.decode())
    assert djangos == first == kept
    assert len(site._sidebars) == 1
    if "cohort/" in url:
        assert 'class="model-cohort current-model"' in kept
    assert ("Carfannau" in kept) == (language == "cy")


def test_each_page_marks_its_own_model_in_the_kept_sidebar(staff_client, site):
    cohorts = _sidebar(
        staff_client.get(reverse("admin:cohorts_cohort_changelist")).content.decode()
    )
    people = _sidebar(
        staff_client.get(reverse("admin:cohorts_enrolment_changelist")).content.decode()
    )
    assert 'class="model-cohort current-model"' in cohorts
    assert 'class="model-enrolment current-model"' not in cohorts
    assert 'class="model-enrolment current-model"' in people
    assert len(site._sidebars) == 2


def test_a_new_permission_shows_its_model_in_the_sidebar_at_once(client, site, clerk):
    client.force_login(clerk)
    url = reverse("admin:cohorts_cohort_changelist")
    assert reverse("admin:cohorts_enrolment_changelist") not in _sidebar(
        client.get(url).content.decode()
    )
    clerk.user_permissions.add(Permission.objects.get(codename="view_enrolment"))
    assert reverse("admin:cohorts_enrolment_changelist") in _sidebar(
        client.get(url).content.decode()
    )


def test_a_page_whose_context_has_no_app_list_draws_the_sidebar_as_django_does(rf, staff):
    """An admin page some view drew without the site's each_context (or without its app list):
    Django's include says there is nothing to see; so does the kept sidebar's tag, not a 500."""
    from django.template import engines

    request = rf.get("/admin/somewhere/")
    request.user = staff
    template = engines["django"].get_template("admin/nav_sidebar.html")
    html = template.render({}, request)
    assert "permission to view or edit anything" in html
    request.infuse_admin_site = admin.site  # each_context ran, but this context has no list
    assert "permission to view or edit anything" in template.render({}, request)
