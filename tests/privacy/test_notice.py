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
