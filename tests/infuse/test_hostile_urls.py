"""Hostile URLs: a null character in any part of any address the portal knows answers 404 or
400, never 500 (infuse.middleware.HostileURLMiddleware). The crawl reads the URL resolver and
the admin's registry, not a list, so a new page or filter is covered the day it is added."""

import re

import pytest
from django.contrib import admin
from django.test import Client, RequestFactory
from django.urls import reverse

from infuse import access

pytestmark = pytest.mark.django_db

_PARAMETER = re.compile(r"<(?:[^>:]+:)?[^>]+>|\(\?P<\w+>[^()]*\)")


def _paths_with_a_null_in_each_parameter(route: access.Route) -> list[str]:
    """The route once per parameter, that parameter %00 and every other a plausible value."""
    pattern = route.route.replace("^", "").replace("$", "").replace("\\", "")
    spots = list(_PARAMETER.finditer(pattern))
    paths = []
    for hostile in range(len(spots)):
        out, last = [], 0
        for n, spot in enumerate(spots):
            out.append(pattern[last : spot.start()])
            out.append("%00" if n == hostile else "1")
            last = spot.end()
        out.append(pattern[last:])
        paths.append("/" + "".join(out))
    return paths


@pytest.fixture
def clients(participant, lead, staff, funder):
    """Every role signed in, and someone who is not."""
    signed_in = []
    for user in (participant, lead, staff, funder):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        signed_in.append((user.role, client))
    return [*signed_in, ("anonymous", Client(raise_request_exception=False))]


def test_a_null_in_any_url_parameter_or_query_string_never_answers_500(clients):
    problems, requested = [], 0
    for route in access.routes():
        urls = _paths_with_a_null_in_each_parameter(route)
        plain = _PARAMETER.sub("1", route.route).replace("^", "").replace("$", "")
        urls.append(f"/{plain}?x=%00")  # and a hostile query string on every page
        for url in urls:
            for who, client in clients:
                # Every role reads; a write is refused the same way whoever sends it.
                methods = ("get", "post") if who in ("staff", "anonymous") else ("get",)
                for method in methods:
                    response = getattr(client, method)(url)
                    requested += 1
                    if response.status_code >= 500:
                        problems.append(f"{method.upper()} {url} as {who}: {response.status_code}")
    assert not problems, "\n".join(problems)
    assert requested > 800


def test_the_null_character_is_refused_before_a_view_reads_it(client, participant):
    # The addresses found answering 500 on PostgreSQL.
    assert client.get("/certificates/%00/").status_code == 404
    assert client.get("/certificates/INF-%00AB-CDEF/").status_code == 404
    assert client.get("/calendar/%00.ics").status_code == 404
    client.force_login(participant)
    response = client.get(reverse("dashboard") + "?cohort=%00")
    assert response.status_code == 400
    assert "Your request could not be read" in response.content.decode()


def test_a_null_in_any_admin_changelist_filter_never_answers_500(staff):
    client = Client(raise_request_exception=False)
    client.force_login(staff)
    factory = RequestFactory()
    problems, checked = [], 0
    for model, model_admin in admin.site._registry.items():
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        request = factory.get(url)
        request.user = staff
        changelist = model_admin.get_changelist_instance(request)
        parameters = {"x", "q", "o", "p", "e"}
        for spec in changelist.filter_specs:
            parameters.update(spec.expected_parameters())
        for parameter in sorted(parameters):
            response = client.get(f"{url}?{parameter}=%00")
            checked += 1
            if response.status_code >= 500:
                problems.append(f"{url}?{parameter}=%00: {response.status_code}")
            elif parameter == "x" and response.status_code != 400:
                problems.append(f"{url}?x=%00 answered {response.status_code}, not 400")
    assert not problems, "\n".join(problems)
    assert checked > 50
