import pytest
from django.urls import reverse

from councils.models import Council


@pytest.mark.django_db
def test_the_ten_councils_are_loaded_with_welsh_names():
    councils = dict(Council.objects.values_list("name", "name_cy"))
    assert len(councils) == 10
    assert councils["Cardiff"] == "Caerdydd"
    assert councils["Vale of Glamorgan"] == "Bro Morgannwg"
    assert councils["Bridgend"] == "Pen-y-bont ar Ogwr"
    assert councils["Monmouthshire"] == "Sir Fynwy"
    assert set(councils) == {
        "Blaenau Gwent",
        "Bridgend",
        "Caerphilly",
        "Cardiff",
        "Merthyr Tydfil",
        "Monmouthshire",
        "Newport",
        "Rhondda Cynon Taf",
        "Torfaen",
        "Vale of Glamorgan",
    }


@pytest.mark.django_db
def test_each_council_has_its_staff_email_domain():
    assert dict(Council.objects.values_list("slug", "email_domains")) == {
        "blaenau-gwent": "blaenau-gwent.gov.uk",
        "bridgend": "bridgend.gov.uk",
        "caerphilly": "caerphilly.gov.uk",
        "cardiff": "cardiff.gov.uk",
        "merthyr-tydfil": "merthyr.gov.uk",
        "monmouthshire": "monmouthshire.gov.uk",
        "newport": "newport.gov.uk",
        "rhondda-cynon-taf": "rctcbc.gov.uk",
        "torfaen": "torfaen.gov.uk",
        "vale-of-glamorgan": "valeofglamorgan.gov.uk",
    }


def test_a_council_accepts_its_domains_and_their_subdomains_only():
    council = Council(name="Cardiff", email_domains="cardiff.gov.uk, @Caerdydd.gov.uk.\n")
    assert council.domain_list == ["cardiff.gov.uk", "caerdydd.gov.uk"]
    for email in (
        "a@cardiff.gov.uk",
        "A@CARDIFF.GOV.UK",
        "a@mail.cardiff.gov.uk",
        "a@caerdydd.gov.uk",
    ):
        assert council.accepts_email(email), email
    for email in (
        "a@gmail.com",
        "a@evilcardiff.gov.uk",
        "a@cardiff.gov.uk.example.com",
        "a@gov.uk",
    ):
        assert not council.accepts_email(email), email
    assert Council(name="Open", email_domains=" \n ").accepts_email("a@gmail.com")


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def change_council(client, council, domains):
    url = reverse("admin:councils_council_change", args=[council.pk])
    return client.post(
        url,
        {
            "name": council.name,
            "name_cy": council.name_cy,
            "slug": council.slug,
            "email_domains": domains,
        },
    )


def test_staff_set_a_councils_domains_in_the_admin_tidied_one_a_line(staff_client, cardiff):
    page = staff_client.get(
        reverse("admin:councils_council_change", args=[cardiff.pk])
    ).content.decode()
    assert "Staff email domains" in page and "cardiff.gov.uk" in page
    response = change_council(staff_client, cardiff, "Cardiff.gov.uk, @caerdydd.gov.uk;\r\n")
    assert response.status_code == 302
    cardiff.refresh_from_db()
    assert cardiff.email_domains == "cardiff.gov.uk\ncaerdydd.gov.uk"
    assert change_council(staff_client, cardiff, "").status_code == 302  # the check turned off
    cardiff.refresh_from_db()
    assert cardiff.email_domains == "" and cardiff.accepts_email("a@gmail.com")


def test_a_domain_that_is_not_one_is_refused_and_nothing_changes(staff_client, cardiff):
    response = change_council(staff_client, cardiff, "cardiff.gov.uk, not_a domain!, localhost")
    assert response.status_code == 200
    page = response.content.decode()
    assert "These are not email domains: not_a, domain!, localhost." in page
    cardiff.refresh_from_db()
    assert cardiff.email_domains == "cardiff.gov.uk"
