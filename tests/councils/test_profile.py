"""Each person's profile: the name on their certificate, their language, weekly nudges, and
their calendar link, which they can revoke and renew."""

from django.urls import reverse

from councils.models import User


def test_profile_saves_certificate_name_language_and_nudges(client, participant):
    client.force_login(participant)
    response = client.post(
        reverse("profile"),
        {"certificate_name": "  Dr Gwenllian Owner  ", "language": "cy"},
    )
    assert response.status_code == 302
    user = User.objects.get(pk=participant.pk)
    assert user.certificate_name == "Dr Gwenllian Owner"
    assert user.name_for_certificate == "Dr Gwenllian Owner"
    assert user.language == "cy"
    assert user.nudges_opt_out  # the box was left unticked
    page = client.get(reverse("profile")).content.decode()
    assert '<html lang="cy"' in page


def test_ticking_nudges_turns_them_back_on(client, participant):
    participant.nudges_opt_out = True
    participant.save()
    client.force_login(participant)
    client.post(reverse("profile"), {"certificate_name": "", "language": "en", "nudges": "on"})
    participant.refresh_from_db()
    assert not participant.nudges_opt_out
    assert participant.name_for_certificate == participant.full_name


def test_a_bad_language_is_refused_and_nothing_changes(client, participant):
    client.force_login(participant)
    response = client.post(reverse("profile"), {"certificate_name": "X", "language": "fr"})
    assert response.status_code == 200
    assert "govuk-form-group--error" in response.content.decode()
    participant.refresh_from_db()
    assert participant.certificate_name == "" and participant.language == "en"


def test_the_profiles_messages_name_the_field_and_nothing_changes(client, participant):
    client.force_login(participant)
    checks = [
        (
            {"certificate_name": "G" * 500, "language": "en"},
            "The name on your certificate must be 150 characters or fewer",
        ),
        (
            {"certificate_name": "Dr\r\nGwen", "language": "en"},
            "Enter the name on your certificate on one line",
        ),
        ({"certificate_name": "", "language": "fr"}, "Choose English or Welsh"),
        ({"certificate_name": ""}, "Choose the language you want the portal and its emails in"),
    ]
    for data, message in checks:
        response = client.post(reverse("profile"), data)
        page = response.content.decode()
        assert response.status_code == 200, message
        assert message in page, message
        for generic in ("This field is required", "Ensure this value", "Select a valid choice"):
            assert generic not in page, (message, generic)
    participant.refresh_from_db()
    assert participant.certificate_name == "" and participant.language == "en"
    assert not participant.nudges_opt_out


def test_profile_shows_the_calendar_link_and_renewing_revokes_it(client, participant):
    client.force_login(participant)
    old = participant.calendar_token
    page = client.get(reverse("profile")).content.decode()
    assert reverse("calendar_feed", args=[old]) in page
    response = client.post(reverse("calendar_link_renew"), follow=True)
    participant.refresh_from_db()
    assert participant.calendar_token != old
    html = response.content.decode()
    assert reverse("calendar_feed", args=[participant.calendar_token]) in html
    assert reverse("calendar_feed", args=[old]) not in html
    assert "no longer works" in html


def test_renewing_the_calendar_link_needs_a_post(client, participant):
    client.force_login(participant)
    assert client.get(reverse("calendar_link_renew")).status_code == 405


def test_the_profile_offers_a_webcal_link_and_a_copy_script_and_no_instant_renewal(
    client, participant
):
    client.force_login(participant)
    page = client.get(reverse("profile")).content.decode()
    feed = reverse("calendar_feed", args=[participant.calendar_token])
    assert f'href="webcal://testserver{feed}"' in page
    assert "Subscribe in Outlook" in page
    assert 'src="/static/js/copy.js"' in page and "<script>" not in page.split("</header>")[1]
    assert 'data-copy-label="Copy link"' in page
    # The button leads to a question; the page holds no form that replaces the link at once.
    assert f'href="{reverse("calendar_link_confirm")}"' in page
    assert f'action="{reverse("calendar_link_renew")}"' not in page


def test_asking_to_replace_the_link_changes_nothing_until_confirmed(client, participant):
    client.force_login(participant)
    old = participant.calendar_token
    response = client.get(reverse("calendar_link_confirm"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Stop your old calendar link?" in html
    assert f'action="{reverse("calendar_link_renew")}"' in html
    participant.refresh_from_db()
    assert participant.calendar_token == old
    assert client.get(reverse("calendar_feed", args=[old])).status_code == 200


def test_the_confirmation_page_asks_anonymous_visitors_to_sign_in(client, db):
    response = client.get(reverse("calendar_link_confirm"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_calendar_link_controls_are_in_welsh_for_a_welsh_speaker(client, participant):
    participant.language = "cy"
    participant.save(update_fields=["language"])
    client.force_login(participant)
    page = client.get(reverse("profile")).content.decode()
    assert "Tanysgrifio yn Outlook" in page and 'data-copy-label="Copïo\'r ddolen"' in page
    confirm = client.get(reverse("calendar_link_confirm")).content.decode()
    assert "Atal eich hen ddolen calendr?" in confirm


def test_each_language_is_named_in_itself_on_a_welsh_page(client, participant):
    participant.language = "cy"
    participant.save()
    client.force_login(participant)
    page = client.get(reverse("profile")).content.decode()
    assert '<html lang="cy"' in page
    assert '<option value="en" lang="en">English</option>' in page
    assert '<option value="cy" lang="cy" selected>Cymraeg</option>' in page
    assert "Saesneg" not in page
