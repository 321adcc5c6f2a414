"""What every page shares (issue 24): pages gzip-compressed for a browser that accepts it,
static files hashed, compressed and cached for ever by the production storage."""

import gzip
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

PRODUCTION = "infuse.staticfiles.ManifestStaticFilesStorage"
FOR_EVER = "max-age=315360000, public, immutable"


@pytest.mark.django_db
def test_a_page_is_gzipped_when_the_browser_accepts_it(client, participant):
    client.force_login(participant)
    response = client.get(reverse("dashboard"), HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content).decode()
    assert "<html" in html and participant.full_name in html


@pytest.mark.django_db
def test_a_page_is_not_compressed_for_a_browser_that_does_not_accept_it(client, participant):
    client.force_login(participant)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    assert b"<html" in response.content


def production_static(root) -> dict:
    return {
        "STATIC_ROOT": root,
        "STORAGES": {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION}},
        # Only the portal's own folder, to keep the collecting quick.
        "STATICFILES_FINDERS": ["django.contrib.staticfiles.finders.FileSystemFinder"],
    }


@pytest.fixture(scope="module")
def collected_root(tmp_path_factory):
    """Collected once, with the production storage, as the image and `make stack` do."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(**production_static(root)):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def collected(collected_root):
    with override_settings(**production_static(collected_root)):
        yield collected_root


@pytest.mark.django_db
def test_static_files_have_hashed_names_and_are_cached_for_ever_compressed(collected):
    client = Client()  # WhiteNoise reads the collected files when its middleware starts
    page = client.get(reverse("landing")).content.decode()
    stylesheet = re.search(r'href="(/static/css/infuse\.[0-9a-f]{12}\.css)"', page)[1]
    response = client.get(stylesheet, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Cache-Control"] == FOR_EVER
    assert response["Content-Encoding"] == "gzip"
    body = gzip.decompress(b"".join(response.streaming_content))
    assert body == (collected / stylesheet.removeprefix("/static/")).read_bytes()
    brotli = client.get(stylesheet, HTTP_ACCEPT_ENCODING="br")
    assert brotli["Content-Encoding"] == "br"


@pytest.mark.django_db
def test_a_file_without_a_hash_in_its_name_is_not_cached_for_ever(collected):
    response = Client().get("/static/favicon.svg")
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
