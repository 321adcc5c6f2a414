"""A comment sent twice and a download asked for twice (a double click, a retry) are one comment
and one download; a post without the form's one-time token makes nothing."""

import uuid

from django.test import Client
from django.urls import reverse

from cohorts.models import ReportExport, ToolComment

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_a_comment_sent_twice_is_one_comment(staff, enrolment):
    client = Client()
    client.force_login(staff)
    data = {"body": "Name your evidence source.", "create_token": str(uuid.uuid4())}
    for _ in range(2):
        assert client.post(reverse("tool_comment", args=[enrolment.pk]), data).status_code == 302
    assert ToolComment.objects.filter(enrolment=enrolment).count() == 1


def test_a_download_asked_for_twice_is_one_download_and_one_line(funder):
    client = Client()
    client.force_login(funder)
    token = str(uuid.uuid4())
    address = reverse("report_export_create")
    first = client.post(address, {"format": "csv", "create_token": token}, **HTMX)
    second = client.post(address, {"format": "csv", "create_token": token}, **HTMX)
    assert first.status_code == 200 and first.content.strip()
    assert second.status_code == 200 and second.content == b""
    # The PDF button of the same page is another download.
    client.post(address, {"format": "pdf", "create_token": token}, **HTMX)
    assert sorted(ReportExport.objects.values_list("format", flat=True)) == ["csv", "pdf"]


def test_a_create_without_its_token_makes_nothing(funder, staff, enrolment):
    client = Client()
    client.force_login(funder)
    assert client.post(reverse("report_export_create"), {"format": "csv"}).status_code == 400
    client.force_login(staff)
    response = client.post(reverse("tool_comment", args=[enrolment.pk]), {"body": "Hello."})
    assert response.status_code == 400
    assert not ReportExport.objects.exists() and not ToolComment.objects.exists()
