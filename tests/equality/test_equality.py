"""Voluntary equality monitoring: light for the participant, seen by nobody but them."""

import json

from django.contrib import admin
from django.urls import reverse

from equality.models import EqualityResponse


def test_the_dashboard_asks_once_and_one_click_skips_for_good(client, participant, enrolment):
    client.force_login(participant)
    page = client.get(reverse("dashboard")).content.decode()
    assert reverse("equality") in page and "Skip these questions" in page
    assert client.post(reverse("equality"), {"skip": "1"}).status_code == 302
    client.post(reverse("equality"), {"skip": "1"})  # a double click
    assert EqualityResponse.objects.get(user=participant).skipped
    assert "Skip these questions" not in client.get(reverse("dashboard")).content.decode()
    # From the profile they may still choose to answer.
    assert reverse("equality") in client.get(reverse("profile")).content.decode()


def test_answers_are_saved_every_question_optional_with_prefer_not_to_say(client, participant):
    client.force_login(participant)
    form = client.get(reverse("equality")).content.decode()
    assert form.count(">Prefer not to say<") == 8
    response = client.post(reverse("equality"), {"sex": "female", "age_band": "prefer_not"})
    assert response.status_code == 302
    saved = EqualityResponse.objects.get(user=participant)
    assert (saved.sex, saved.age_band, saved.ethnic_group, saved.skipped) == (
        "female",
        "prefer_not",
        "",
        False,
    )


def test_a_made_up_answer_is_refused_and_nothing_saved(client, participant):
    client.force_login(participant)
    response = client.post(reverse("equality"), {"sex": "sentinel"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not EqualityResponse.objects.exists()


def test_the_persons_own_download_holds_their_answers_and_erasure_deletes_them(client, participant):
    client.force_login(participant)
    client.post(reverse("equality"), {"ethnic_group": "mixed"})
    download = client.get(reverse("equality_download"))
    data = json.loads(download.content)
    assert (
        data["equality_monitoring"]["ethnic_group"]["answer"] == "Mixed or multiple ethnic groups"
    )
    assert client.post(reverse("equality_delete")).status_code == 302
    assert not EqualityResponse.objects.exists()


def test_deleting_the_person_deletes_their_answers(client, participant):
    EqualityResponse.objects.create(user=participant, sex="male")
    participant.delete()
    assert not EqualityResponse.objects.exists()


def test_no_other_role_has_an_equality_page(client, lead, staff, funder):
    for person in (lead, staff, funder):
        client.force_login(person)
        for name in ("equality", "equality_download"):
            assert client.get(reverse(name)).status_code == 403


def test_the_answers_have_no_admin(db):
    assert EqualityResponse not in admin.site._registry


def test_the_privacy_notice_gives_purpose_lawful_basis_and_retention(client):
    page = client.get(reverse("privacy")).content.decode()
    assert "Equality monitoring (voluntary)" in page
    assert "Article 9(2)(g)" in page and "Purpose" in page and "Retention" in page
