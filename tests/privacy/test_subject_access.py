"""Subject access: a participant downloads everything held about them; staff produce the same
for anyone from the admin (recorded). Every model that points at the user model is covered."""

import io
import json
import subprocess
import zipfile

import pytest
from auditlog.models import LogEntry
from django.apps import apps
from django.conf import settings
from django.urls import reverse

from councils.audit import SUBJECT_ACCESS_EXPORT
from privacy.coverage import COVERAGE
from privacy.export import subject_access_records
from tests.support.pdfs import pdftotext

from .people import COMMENT, NAME, REFLECTION, TOOL_TEXT, make_rich_person


def fields_pointing_at_people() -> set[str]:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                getattr(field, "concrete", False)
                and field.is_relation
                and (field.many_to_one or field.one_to_one)
                and field.related_model is user_model
            ):
                found.add(f"{model._meta.label}.{field.name}")
    return found


def test_every_foreign_key_or_one_to_one_to_the_user_model_is_covered():
    """A new model that names people (equality answers, say) fails here until COVERAGE says
    what the export and the erasure do with it."""
    missing = fields_pointing_at_people() - set(COVERAGE)
    assert not missing, f"Not covered by privacy.coverage.COVERAGE: {sorted(missing)}"
    stale = set(COVERAGE) - fields_pointing_at_people()
    assert not stale, f"COVERAGE names fields that do not exist: {sorted(stale)}"


def test_the_coverage_check_catches_a_model_it_does_not_know(monkeypatch):
    import privacy.coverage

    trimmed = {k: v for k, v in COVERAGE.items() if k != "cohorts.ToolComment.author"}
    monkeypatch.setattr(privacy.coverage, "COVERAGE", trimmed)
    assert fields_pointing_at_people() - set(privacy.coverage.COVERAGE) == {
        "cohorts.ToolComment.author"
    }


@pytest.fixture
def rich(cohort, cardiff, staff):
    return make_rich_person(cohort=cohort, council=cardiff, staff=staff)


def read_zip(data: bytes, tmp_path) -> dict[str, bytes]:
    # A second reader nobody here wrote: Info-ZIP's unzip tests every member's CRC.
    path = tmp_path / "export.zip"
    path.write_bytes(data)
    checked = subprocess.run(["unzip", "-t", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0 and "No errors detected" in checked.stdout, checked.stdout
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_a_participant_downloads_everything_held_about_them(client, rich, tmp_path):
    client.force_login(rich.person)
    page = client.get(reverse("subject_access"))
    assert page.status_code == 200
    response = client.post(reverse("subject_access_download"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    files = read_zip(response.content, tmp_path)

    records = {name: json.loads(body) for name, body in files.items() if name.endswith(".json")}
    for label in (
        "councils.User",
        "cohorts.Enrolment",
        "cohorts.Completion",
        "cohorts.Attendance",
        "cohorts.EnrolmentEvent",
        "cohorts.ToolComment",
        "cohorts.Certificate",
        "lab_data.DataQuestion",
        "account.EmailAddress",
    ):
        assert f"records/{label}.json" in records, label
    [account] = records["records/councils.User.json"]
    assert account["fields"]["full_name"] == NAME
    assert "password" not in account["fields"] and "calendar_token" not in account["fields"]
    assert REFLECTION in files["reflections.txt"].decode()
    assert COMMENT in files["comments-received.txt"].decode()
    assert TOOL_TEXT in files["records/lab_data.DataQuestion.json"].decode()
    assert files[f"files/{rich.certificate.pdf.name}"].startswith(b"%PDF")
    assert "history.json" in files and json.loads(files["history.json"])
    [tool_pdf] = [name for name in files if name.startswith("tool-pdfs/")]
    assert files[tool_pdf].startswith(b"%PDF")
    assert TOOL_TEXT in pdftotext(files[tool_pdf])  # a second reader: poppler
    [event] = LogEntry.objects.filter(additional_data__event=SUBJECT_ACCESS_EXPORT)
    assert event.actor == rich.person and event.additional_data["subject"] == rich.person.pk


def test_the_export_holds_a_record_for_every_covered_field_the_person_appears_in(
    rich, staff, make_user, cardiff
):
    """Staff appear in records they made about others; those come as what and when only."""
    records, _files = subject_access_records(user=staff)
    acted = {(row["record"], row["as"]) for row in records["acted"]}
    assert ("cohorts.Attendance", "recorded_by") in acted
    assert ("cohorts.ToolComment", "author") in acted
    assert ("cohorts.EnrolmentEvent", "by") in acted
    text = json.dumps(records["acted"], default=str)
    assert NAME not in text and COMMENT not in text  # nothing of the other person
    mine, _ = subject_access_records(user=rich.person)
    for key, cover in COVERAGE.items():
        label, _sep, field = key.rpartition(".")
        model = apps.get_model(label)
        if cover.export != "acted" and model._default_manager.filter(**{field: rich.person}):
            assert label in mine, key


def test_staff_download_anyones_data_from_the_admin_and_it_is_recorded(
    client, staff, rich, tmp_path
):
    client.force_login(staff)
    url = reverse("admin:councils_user_subject_access", args=[rich.person.pk])
    response = client.post(url)
    assert response.status_code == 200
    files = read_zip(response.content, tmp_path)
    assert REFLECTION in files["reflections.txt"].decode()
    [event] = LogEntry.objects.filter(additional_data__event=SUBJECT_ACCESS_EXPORT)
    assert event.actor == staff and event.additional_data["subject"] == rich.person.pk
    page = client.get(reverse("admin:councils_user_audit", args=[rich.person.pk]))
    assert SUBJECT_ACCESS_EXPORT in page.content.decode()


def test_the_authenticator_secret_never_leaves(client, staff, tmp_path):
    client.force_login(staff)  # gives staff an authenticator app (tests/conftest.py)
    records, _files = subject_access_records(user=staff)
    [authenticator, *_] = records["mfa.Authenticator"]
    assert "data" not in authenticator["fields"]


@pytest.mark.parametrize("who", ["participant", "lead", "funder"])
def test_the_admin_download_is_for_staff_only(client, request, rich, who):
    client.force_login(request.getfixturevalue(who))
    response = client.post(reverse("admin:councils_user_subject_access", args=[rich.person.pk]))
    assert response.status_code in (302, 403)
    assert response.get("Content-Type") != "application/zip"


def test_someone_else_downloading_their_own_data_gets_nothing_of_this_person(
    client, rich, outsider, tmp_path
):
    client.force_login(outsider)
    files = read_zip(client.post(reverse("subject_access_download")).content, tmp_path)
    everything = b"".join(files.values()).decode("utf-8", "replace")
    for secret in rich.secrets:
        assert secret not in everything


def test_every_lab_tool_lists_its_pdfs_for_the_export():
    from labs.registry import tool_for

    tools = [tool_for(code) for code in ("adaption", "data", "procurement")]
    assert all(tool is not None for tool in tools)
    assert all(tool.pdf_urls is not None for tool in tools)


def test_the_export_holds_the_pdf_of_each_canvas_and_each_plan(make_cohort, participant, cardiff):
    import uuid
    from decimal import Decimal

    from cohorts.services import enrolment_create
    from labs.adaption.models import Canvas
    from labs.models import Lab
    from labs.procurement.models import Plan
    from privacy.export import _tool_pdfs

    adaption = make_cohort(lab=Lab.objects.get(code="adaption"), councils=[cardiff], title="A")
    procurement = make_cohort(
        lab=Lab.objects.get(code="procurement"), councils=[cardiff], title="P"
    )
    canvas_enrolment = enrolment_create(cohort=adaption, user=participant, invite=False)
    plan_enrolment = enrolment_create(cohort=procurement, user=participant, invite=False)
    Canvas.objects.create(
        enrolment=canvas_enrolment, name="Robot library porters", create_token=uuid.uuid4()
    )
    Plan.objects.create(
        enrolment=plan_enrolment,
        title="Gritting lorries for the valleys",
        kind=Plan._meta.get_field("kind").choices[0][0],
        value=Decimal("250000"),
        duration_months=24,
        create_token=uuid.uuid4(),
    )
    texts = " ".join(pdftotext(content) for _name, content in _tool_pdfs(participant))
    assert "Robot library porters" in texts
    assert "Gritting lorries for the valleys" in texts


def test_a_leads_zip_lists_their_report_files_but_leaves_out_the_files(
    client, lead, participant, tmp_path
):
    """A lead's report downloads name every participant of their council: the ZIP says they
    exist (records/cohorts.ReportExport.json), the files stay out."""
    from django.core.files.base import ContentFile

    from cohorts.models import ReportExport

    export = ReportExport.objects.create(requested_by=lead, format="csv", status="ready")
    export.file.save("report-lead.csv", ContentFile(f"Name\n{participant.full_name}\n".encode()))
    client.force_login(lead)
    files = read_zip(client.post(reverse("subject_access_download")).content, tmp_path)
    [row] = json.loads(files["records/cohorts.ReportExport.json"])
    assert row["pk"] == export.pk
    assert not [name for name in files if name.startswith("files/")]
    assert participant.full_name.encode() not in b"".join(files.values())
