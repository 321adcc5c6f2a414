"""The privacy notice names the data protection officer and says what the code does, from the
same settings the retention job reads."""

import datetime as dt

import pytest
from django.urls import reverse


def test_the_notice_names_the_dpo_and_the_periods_the_job_applies(client, settings, db):
    settings.DPO_NAME = "Dr Dilys Data, Monmouthshire County Council"
    settings.DPO_EMAIL = "dpo@monmouthshire.gov.test"
    settings.PRIVACY_RETENTION_DAYS = 730
    settings.PROGRAMME_END_DATE = dt.date(2027, 3, 31)
    settings.GRANT_AUDIT_RETENTION_UNTIL = dt.date(2033, 12, 31)
    page = client.get(reverse("privacy")).content.decode()
    assert "Dr Dilys Data, Monmouthshire County Council" in page
    assert 'href="mailto:dpo@monmouthshire.gov.test"' in page
    assert "whose last cohort ended more than 2 years ago" in page
    assert "after the programme ends on 31 March 2027" in page
    assert "until 31 December 2033" in page
    assert "audit trail" in page


def test_the_notice_follows_the_settings(client, settings, db):
    settings.PRIVACY_RETENTION_DAYS = 400
    settings.GRANT_AUDIT_RETENTION_UNTIL = None
    page = client.get(reverse("privacy")).content.decode()
    assert "more than 400 days ago" in page
    assert "funders' audit" not in page


def test_the_notice_reads_in_welsh(client, settings, db):
    settings.DPO_EMAIL = "dpo@monmouthshire.gov.test"
    client.post(reverse("language_switch"), {"language": "cy"})
    page = client.get(reverse("privacy")).content.decode()
    assert "Ein swyddog diogelu data yw" in page


def test_the_new_notice_sentences_read_in_welsh(client, settings, db):
    settings.GRANT_AUDIT_RETENTION_UNTIL = dt.date(2033, 12, 31)
    client.post(reverse("language_switch"), {"language": "cy"})
    page = " ".join(client.get(reverse("privacy")).content.decode().split())
    assert "cofnod ffug yn cael ei gadw fel tystiolaeth archwilio mwyach" in page
    assert "a chod pob tystysgrif (mae gwirio" in page
    assert "gadw copïau wrth gefn am ddim mwy na 35 diwrnod" in page


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"GRANT_AUDIT_RETENTION_UNTIL": "31/12/2033"},
            "GRANT_AUDIT_RETENTION_UNTIL must be a date",
        ),
        ({"PROGRAMME_END_DATE": "next spring"}, "PROGRAMME_END_DATE must be a date"),
        ({"PRIVACY_RETENTION_DAYS": "0"}, "PRIVACY_RETENTION_DAYS must be 1 or more"),
        ({"PRIVACY_RETENTION_DAYS": "two years"}, "PRIVACY_RETENTION_DAYS must be a whole number"),
    ],
)
def test_a_malformed_privacy_setting_stops_start_up_with_one_line(changes, expected):
    from tests.councils.test_settings import run_manage

    result = run_manage(changes)
    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_the_notice_says_what_anonymising_keeps_and_what_the_job_leaves_alone(client, settings, db):
    settings.PRIVACY_RETENTION_DAYS = 730
    settings.GRANT_AUDIT_RETENTION_UNTIL = dt.date(2033, 12, 31)
    page = " ".join(client.get(reverse("privacy")).content.decode().split())
    # What stays after anonymising, as privacy.erasure keeps it.
    for kept in (
        "the activities you ticked as done",
        "the history of your enrolment's status",
        "your self-assessment scores",
        "your follow-up answer on whether you applied what you learnt",
        "each certificate's record and code (checking the code shows the certificate without a "
        "name)",
        "the equality figures then count you as “Not provided”",
    ):
        assert kept in page, kept
    assert "Programme staff accounts are not anonymised by this nightly job" in page
    # The equality answers' retention follows the job, not a fixed "two years".
    assert "two years after the programme ends" not in page
    # Backups: a duty of the operators, not something the code does.
    assert "Those who run the portal are required to keep backups" in page
    assert "After that date the made-up record is no longer kept as audit evidence" in page
