"""Public pages: landing, accessibility statement, privacy notice."""

import re

import pytest
from django.urls import reverse


@pytest.mark.parametrize("name", ["landing", "accessibility", "privacy", "account_login"])
def test_public_page_has_one_h1_a_title_and_a_skip_link(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    html = response.content.decode()
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert 'href="#main-content"' in html
    assert re.search(r"<title>\s*\S", html)


def test_public_pages_have_unique_titles(client, db):
    titles = set()
    for name in ["landing", "accessibility", "privacy", "account_login"]:
        html = client.get(reverse(name)).content.decode()
        titles.add(re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip())
    assert len(titles) == 4


def test_landing_page_explains_the_three_labs(client, db):
    html = client.get(reverse("landing")).content.decode()
    for words in [
        "Adaption Lab",
        "Data Lab",
        "Procurement Lab",
        "Accelerating Decarbonisation",
        "Supportive Communities",
    ]:
        assert words in html


def test_privacy_notice_says_who_what_why_how_long_and_whom_to_ask(client, db):
    html = client.get(reverse("privacy")).content.decode()
    for words in ["data controller", "lawful basis", "How long we keep it", "mailto:"]:
        assert words in html


def test_footer_links_to_statement_and_notice(client, db):
    html = client.get(reverse("landing")).content.decode()
    assert reverse("accessibility") in html and reverse("privacy") in html


def test_welsh_is_offered_and_switches_the_language(client, db):
    response = client.post(reverse("language_switch"), {"language": "cy", "next": "/"})
    assert response.status_code == 302
    assert client.cookies["django_language"].value == "cy"
    html = client.get("/").content.decode()
    assert '<html lang="cy"' in html


def test_language_switch_will_not_redirect_off_site(client, db):
    response = client.post(
        reverse("language_switch"), {"language": "cy", "next": "https://evil.test/"}
    )
    assert response["Location"] == "/"


def test_the_phase_banner_sits_in_a_labelled_landmark(client, db):
    # axe's "region" rule: all content inside a landmark, the Beta banner included.
    html = client.get(reverse("landing")).content.decode()
    assert re.search(r'<aside class="govuk-phase-banner" aria-label="[^"]+">', html)
