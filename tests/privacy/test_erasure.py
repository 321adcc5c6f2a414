"""Erasure through the admin: after a confirmation page, the person's name, email and free text
are found nowhere (a pg_dump of the database, the media folder), every report's figures are the
same, nobody else's records change, and running it again changes nothing."""

import csv
import io
import os
import re
import subprocess
from html.parser import HTMLParser

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.urls import reverse

from cohorts.messaging.certificates import certificate_revoke
from cohorts.models import (
    Attendance,
    Certificate,
    Completion,
    Enrolment,
    EnrolmentEvent,
    ReportExport,
    ToolComment,
)
from councils.audit import ERASURE
from councils.models import Role, User
from equality.models import EqualityResponse
from labs.data.models import DataQuestion
from tests.cohorts.participant_helpers import set_today
from tests.cohorts.reports_data import TODAY, build_programme

from .people import EMAIL, NAME, make_rich_person

OLD_NAME = "Zephyrine Oldsurnameworth"
OLD_EMAIL = "zephyrine.before@cardiff.gov.test"
REVOKE_REASON = "Issued in error to Zephyrine, wrong cohort"
WITHDRAWN_REASON = "Long-term sick leave after her surgery"

HX = {"HTTP_HX_REQUEST": "true"}


class TableText(HTMLParser):
    """The text of every <table> on a page, row by row."""

    def __init__(self):
        super().__init__()
        self.depth, self.rows, self.row = 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.depth += 1
        elif tag == "tr" and self.depth:
            self.row = []

    def handle_endtag(self, tag):
        if tag == "table":
            self.depth -= 1
        elif tag == "tr" and self.depth:
            self.rows.append(" | ".join(cell for cell in self.row if cell))

    def handle_data(self, data):
        if self.depth and data.strip():
            self.row.append(" ".join(data.split()))


def page_tables(client) -> list[str]:
    response = client.get(reverse("reports"))
    assert response.status_code == 200
    parser = TableText()
    parser.feed(response.content.decode())
    assert parser.rows
    return parser.rows


def csv_download(client) -> list[str]:
    response = client.post(reverse("report_export_create"), {"format": "csv"}, **HX)
    assert response.status_code == 200
    export = ReportExport.objects.filter(requested_by_id=client.session["_auth_user_id"]).latest(
        "pk"
    )
    export.refresh_from_db()
    assert export.status == "ready", export.error
    download = client.get(reverse("report_export_download", args=[export.pk]))
    body = b"".join(download.streaming_content).decode("utf-8-sig")
    return [",".join(row) for row in csv.reader(io.StringIO(body))]


def figures(clients) -> dict[str, list[str]]:
    """Every report a funder, a lead and staff see: page tables and CSV rows, sorted (names
    sort differently once one is a pseudonym)."""
    out = {}
    for role, client in clients.items():
        out[f"{role} page"] = sorted(page_tables(client))
        out[f"{role} csv"] = sorted(csv_download(client))
    return out


def equality_counts() -> dict[tuple[str, str], int]:
    """The equality tables' counts before suppression: each person enrolled under their answer,
    or "Not provided"."""
    from collections import Counter

    from equality.models import QUESTIONS

    people = set(Enrolment.objects.values_list("user_id", flat=True))
    answers = {r.user_id: r for r in EqualityResponse.objects.filter(user_id__in=people)}
    counts = Counter()
    for name, choices in QUESTIONS:
        labels = dict(choices.choices)
        for label in labels.values():
            counts[(f"equality_{name}", str(label))] += 0
        for user_id in people:
            value = getattr(answers.get(user_id), name, "")
            counts[(f"equality_{name}", str(labels[value]) if value else "Not provided")] += 1
    return counts


def equality_report_lines(figures_by_report) -> set[str]:
    """The lines of the equality tables in the reports (on a page their rows start with an
    answer's label or "Not provided", in a CSV they name the question; other tables' rows do
    neither)."""
    from equality.models import QUESTIONS

    labels = {label for (_table, label) in equality_counts()}
    questions = [str(EqualityResponse._meta.get_field(name).verbose_name) for name, _c in QUESTIONS]
    return {
        line
        for lines in figures_by_report.values()
        for line in lines
        if any(line.startswith(f"{label} | ") for label in labels)
        or any(f"Participants by: {q}" in line for q in questions)
    }


def pg_dump() -> str:
    name = connection.settings_dict["NAME"]
    params = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": params.get("PASSWORD") or ""}
    result = subprocess.run(
        [
            "pg_dump",
            "--data-only",
            "-h",
            params.get("HOST") or "127.0.0.1",
            "-p",
            str(params.get("PORT") or 5432),
            "-U",
            params.get("USER") or "postgres",
            name,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout


def media_bytes(settings) -> bytes:
    chunks = []
    for folder, _dirs, files in os.walk(settings.MEDIA_ROOT):
        for name in files:
            with open(os.path.join(folder, name), "rb") as fh:
                chunks.append(fh.read())
    return b"\n".join(chunks)


def others_counts(person) -> dict:
    return {
        "enrolments": Enrolment.objects.exclude(user=person).count(),
        "attendance": Attendance.objects.exclude(enrolment__user=person).count(),
        "completions": Completion.objects.exclude(enrolment__user=person).count(),
        "events": EnrolmentEvent.objects.exclude(enrolment__user=person).count(),
        "comments": ToolComment.objects.exclude(enrolment__user=person).count(),
        "certificates": Certificate.objects.exclude(enrolment__user=person).count(),
        "people": User.objects.exclude(pk=person.pk).count(),
    }


@pytest.mark.django_db(transaction=True)
def test_erasure_keeps_every_figure_and_leaves_the_person_nowhere(
    monkeypatch, settings, make_user, client
):
    from tests.support.work import FreshFormClient as Client

    set_today(monkeypatch, TODAY)
    programme = build_programme()
    staff = make_user("erasing.staff@infuse.test", Role.STAFF, name="Sioned Staff")
    cardiff = programme["councils"]["cardiff"]
    rich = make_rich_person(cohort=programme["cohorts"]["D2"], council=cardiff, staff=staff)
    # Enrolled with the rest of D2, so that the reports (as of TODAY) count them.
    Enrolment.objects.filter(pk=rich.enrolment.pk).update(
        enrolled_at=Enrolment.objects.filter(cohort=rich.enrolment.cohort)
        .exclude(pk=rich.enrolment.pk)
        .values_list("enrolled_at", flat=True)
        .first()
    )
    # Names and an address they had before (kept by the trail), a revoked certificate with a
    # reason naming them, a withdrawal reason, and equality answers.
    person = rich.person
    for full_name, email in ((OLD_NAME, OLD_EMAIL), (NAME, EMAIL)):
        person.full_name, person.email = full_name, email
        person.save()
    certificate_revoke(certificate=rich.certificate, reason=REVOKE_REASON)
    Enrolment.objects.filter(pk=rich.enrolment.pk).update(withdrawn_reason=WITHDRAWN_REASON)
    enrolment = Enrolment.objects.get(pk=rich.enrolment.pk)
    enrolment.withdrawn_reason = WITHDRAWN_REASON + " (edited)"
    enrolment.save(update_fields=["withdrawn_reason"])
    EqualityResponse.objects.create(user=person, sex="female", ethnic_group="asian")
    secrets = (*rich.secrets, OLD_NAME, OLD_EMAIL, REVOKE_REASON, WITHDRAWN_REASON)
    clients = {}
    for role, person in (
        ("funder", make_user("funder@infuse.test", Role.FUNDER, name="Ffion Funder")),
        ("lead", make_user("lead@cardiff.test", Role.LEAD, cardiff, name="Llywelyn Lead")),
        ("staff", staff),
    ):
        clients[role] = Client()
        clients[role].force_login(person)

    before = figures(clients)
    equality_before = equality_counts()
    assert any(NAME in line for line in before["lead page"])
    dump = pg_dump()
    for secret in secrets:
        assert secret in dump, secret  # so the search below means something
    assert NAME.encode() in media_bytes(settings)
    others = others_counts(rich.person)

    admin = clients["staff"]
    url = reverse("admin:councils_user_erase", args=[rich.person.pk])
    confirm = admin.get(url)
    assert confirm.status_code == 200
    assert "This cannot be undone" in confirm.content.decode()
    # It says how the equality figures change.
    assert "The equality figures then count them as “Not provided”" in confirm.content.decode()
    assert User.objects.get(pk=rich.person.pk).erased_at is None  # the page changes nothing
    response = admin.post(url, {"confirm": "erase", "reason": "asked"})
    assert response.status_code == 302

    person = User.objects.get(pk=rich.person.pk)
    assert person.erased_at is not None and person.full_name.startswith("Erased participant")
    [event] = LogEntry.objects.filter(additional_data__event=ERASURE)
    assert event.actor == staff and event.additional_data["subject"] == person.pk

    after = figures(clients)
    pseudonym = person.full_name
    # Equality answers are deleted, so the person counts as "Not provided" afterwards: one
    # less under their answer, one more under "Not provided", the totals the same...
    equality_after = equality_counts()
    for (table, label), count in equality_before.items():
        if (table, label) in (
            ("equality_sex", "Female"),
            ("equality_ethnic_group", "Asian, Asian Welsh or Asian British"),
        ):
            count -= 1
        elif label == "Not provided" and table in ("equality_sex", "equality_ethnic_group"):
            count += 1
        assert equality_after[(table, label)] == count, (table, label)
    # ... and every other figure, page and CSV, is identical.
    equality_lines = equality_report_lines(before) | equality_report_lines(after)
    assert equality_lines  # the reports show the equality tables
    for key, lines in before.items():
        expected = sorted(
            line.replace(NAME, pseudonym).replace(EMAIL, person.email)
            for line in lines
            if line not in equality_lines
        )
        assert [line for line in after[key] if line not in equality_lines] == expected, key

    dump = pg_dump().lower()
    for secret in secrets:
        assert secret.lower() not in dump, secret
    media = media_bytes(settings).lower()
    for secret in secrets:
        assert secret.lower().encode() not in media, secret

    assert others_counts(person) == others
    assert not DataQuestion.objects.filter(enrolment__user=person).exists()
    assert Attendance.objects.filter(enrolment__user=person).count() == 2

    # Twice: nothing more happens, and the page says so.
    state = (
        person.full_name,
        person.email,
        LogEntry.objects.count(),
        Enrolment.objects.filter(user=person).values_list("status", "enrolled_at").get(),
    )
    again = admin.post(url, {"confirm": "erase"}, follow=True)
    assert "already been erased" in again.content.decode()
    person.refresh_from_db()
    assert (
        person.full_name,
        person.email,
        LogEntry.objects.count(),
        Enrolment.objects.filter(user=person).values_list("status", "enrolled_at").get(),
    ) == state


def test_the_confirmation_page_and_erasure_are_for_staff_only(client, participant, lead, outsider):
    for who in (participant, lead):
        client.force_login(who)
        url = reverse("admin:councils_user_erase", args=[outsider.pk])
        assert client.post(url, {"confirm": "erase"}).status_code in (302, 403)
        outsider.refresh_from_db()
        assert outsider.erased_at is None and outsider.full_name == "Osian Outsider"


def test_staff_cannot_erase_themselves(client, staff):
    client.force_login(staff)
    client.post(reverse("admin:councils_user_erase", args=[staff.pk]), {"confirm": "erase"})
    staff.refresh_from_db()
    assert staff.erased_at is None


def test_without_confirm_nothing_is_erased(client, staff, participant):
    client.force_login(staff)
    response = client.post(reverse("admin:councils_user_erase", args=[participant.pk]), {})
    assert response.status_code == 200
    participant.refresh_from_db()
    assert participant.erased_at is None


def test_within_the_grant_audit_period_the_evidence_is_kept_under_the_pseudonym(
    settings, staff, enrolment, participant
):
    import datetime as dt

    from privacy.erasure import person_erase

    settings.GRANT_AUDIT_RETENTION_UNTIL = dt.date(2099, 12, 31)
    session = enrolment.cohort.sessions.get(number=1)
    from cohorts.services import attendance_mark

    attendance_mark(enrolment=enrolment, session=session, attended=True, by=staff)
    result = person_erase(user=participant, by=staff)
    assert result.evidence_until == dt.date(2099, 12, 31)
    [event] = LogEntry.objects.filter(additional_data__event=ERASURE)
    assert event.additional_data["evidence_kept_until"] == "2099-12-31"
    enrolment.refresh_from_db()
    # Council, cohort, dates, attendance: kept, under the pseudonym.
    assert enrolment.user.full_name == result.user.full_name
    assert enrolment.user.council_id == participant.council_id
    assert enrolment.enrolled_at and enrolment.attendances.filter(attended=True).count() == 1
    assert re.fullmatch(r"Erased participant [A-Z2-9]{8}", result.user.full_name)


def test_an_erased_person_is_sent_nothing_more(staff, participant, enrolment, mailoutbox):
    from django.utils import timezone

    from cohorts.messaging.certificates import certificates_unfinished, issue_certificate
    from cohorts.services import enrolment_invite
    from privacy.erasure import person_erase

    person_erase(user=participant, by=staff)
    assert enrolment_invite(enrolment_id=enrolment.pk, resend=True) is False
    Enrolment.objects.filter(pk=enrolment.pk).update(
        status="completed", completed_on=timezone.localdate()
    )
    assert issue_certificate(enrolment_id=enrolment.pk) is None
    assert enrolment.pk not in certificates_unfinished()
    assert mailoutbox == []


def test_people_are_erased_not_deleted_in_the_admin(client, staff, participant):
    client.force_login(staff)
    response = client.post(
        reverse("admin:councils_user_delete", args=[participant.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert User.objects.filter(pk=participant.pk).exists()
