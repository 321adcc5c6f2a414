"""With MEDIA_BUCKET set, files go through django-storages to an S3 bucket (moto stands in for
S3 in process here; tests/stack proves it with real processes and moto's server) and are served
from there; nothing is written to local disk."""

import boto3
import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from moto import mock_aws
from storages.backends.s3 import S3Storage

from cohorts.models import Certificate
from tests.cohorts.test_certificates import complete

BUCKET = "infuse-media-test"


@pytest.fixture
def bucket(settings, tmp_path, monkeypatch):
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "eu-west-2",
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        s3 = boto3.client("s3", region_name="eu-west-2")
        s3.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
        )
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": BUCKET,
                    "region_name": "eu-west-2",
                    "default_acl": None,
                    "querystring_auth": True,
                    "file_overwrite": False,
                },
            },
        }
        settings.MEDIA_ROOT = tmp_path / "local-media"
        yield s3


def test_a_certificate_goes_to_the_bucket_and_its_holder_downloads_it_from_there(
    bucket, client, enrolment, participant, settings, django_capture_on_commit_callbacks
):
    assert isinstance(default_storage, S3Storage)
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
    certificate = Certificate.objects.get(enrolment=enrolment)
    stored = bucket.get_object(Bucket=BUCKET, Key=certificate.pdf.name)["Body"].read()
    assert stored.startswith(b"%PDF")
    assert not settings.MEDIA_ROOT.exists() or not list(settings.MEDIA_ROOT.rglob("*"))

    client.force_login(participant)
    response = client.get(reverse("certificate_download", args=[certificate.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == stored
