"""What erasure changes in the audit trail and the admin's log: every name and address the person
ever had (not only the current ones), in the entries about them only, as whole values or words
and never in keys; free text about them blanked; the erasure recorded without free text."""

import datetime as dt
import json

import pytest
from auditlog.models import LogEntry
from django.contrib.admin.models import CHANGE
from django.contrib.admin.models import LogEntry as AdminLogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from cohorts.messaging.certificates import certificate_reissue, certificate_revoke
from cohorts.models import Attendance, Certificate, Enrolment
from cohorts.services import attendance_mark, enrolment_create, enrolment_withdraw
from councils.audit import ERASURE
from councils.models import User
from privacy.erasure import person_erase

from .test_erasure import pg_dump

OLD_NAME = "Griselda Oldnameworth"
OLD_CERT_NAME = "Grizzy Oldnameworth"
OLD_EMAIL = "griselda.oldaddr@cardiff.gov.test"
NEW_NAME = "Griselda Newnameworth"
NEW_EMAIL = "griselda.newaddr@cardiff.gov.test"
REVOKED = "Issued in error to Griselda, wrong cohort"
WITHDRAWN = "Long-term sick leave after her surgery"


@pytest.mark.django_db(transaction=True)
def test_former_names_and_addresses_are_gone_from_the_trail_and_the_admin_log(
    cohort, cardiff, staff, make_user
):
    person = make_user(OLD_EMAIL, council=cardiff, name=OLD_NAME)
    person.certificate_name = OLD_CERT_NAME
    person.save()
    enrolment = enrolment_create(cohort=cohort, user=person, invite=False)
    attendance_mark(
        enrolment=enrolment, session=cohort.sessions.get(number=1), attended=True, by=staff
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(
        status="completed", completed_on=dt.date(2026, 1, 1)
    )
    certificate = Certificate.objects.create(
        enrolment=enrolment, code="INF-PRBE-2345", awarded_name=OLD_CERT_NAME
    )
    # The admin's own log, written while the old name was current.
    AdminLogEntry.objects.log_actions(
        user_id=staff.pk, queryset=[person], action_flag=CHANGE, change_message="Changed name."
    )
    person.full_name, person.email, person.certificate_name = NEW_NAME, NEW_EMAIL, ""
    person.save()
    certificate_reissue(certificate=certificate, by=staff)
    certificate_revoke(certificate=Certificate.objects.get(pk=certificate.pk), reason=REVOKED)
    before = pg_dump().lower()
    for text in (OLD_NAME, OLD_CERT_NAME, OLD_EMAIL, NEW_NAME, NEW_EMAIL, REVOKED):
        assert text.lower() in before, text

    person_erase(user=person, by=staff, reason="asked")

    dump = pg_dump().lower()
    for text in (OLD_NAME, OLD_CERT_NAME, OLD_EMAIL, NEW_NAME, NEW_EMAIL, REVOKED, "griselda"):
        assert text.lower() not in dump, text
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "" and certificate.revoked_at is not None
    person.refresh_from_db()
    [admin_entry] = AdminLogEntry.objects.filter(object_id=str(person.pk))
    assert admin_entry.object_repr == person.full_name


def test_a_short_name_changes_nobody_elses_entries(cohort, cardiff, staff, participant, make_user):
    """ "Ed" is in "cancelled_at" and "Sioned Staff": neither may change."""
    ed = make_user("e.d@cardiff.test", council=cardiff, name="Ed")
    enrolment_create(cohort=cohort, user=participant, invite=False)
    mine = enrolment_create(cohort=cohort, user=ed, invite=False)
    attendance_mark(enrolment=mine, session=cohort.sessions.get(number=1), attended=True, by=staff)
    user_type = ContentType.objects.get_for_model(User)
    enrolment_type = ContentType.objects.get_for_model(Enrolment)
    attendance_type = ContentType.objects.get_for_model(Attendance)
    about_ed = (
        LogEntry.objects.filter(content_type=user_type, object_pk=str(ed.pk))
        | LogEntry.objects.filter(content_type=enrolment_type, object_pk=str(mine.pk))
        | LogEntry.objects.filter(
            content_type=attendance_type,
            object_pk__in=[str(pk) for pk in mine.attendances.values_list("pk", flat=True)],
        )
    )
    others = {
        e.pk: (e.object_repr, e.changes, e.additional_data, e.actor_email)
        for e in LogEntry.objects.exclude(pk__in=about_ed.values("pk"))
    }
    assert any("cancelled_at" in json.dumps(changes) for _r, changes, _a, _e in others.values())
    assert any("Sioned Staff" in json.dumps(changes) for _r, changes, _a, _e in others.values())

    person_erase(user=ed, by=staff, reason="asked")

    ed.refresh_from_db()
    for entry in LogEntry.objects.filter(pk__in=others):
        assert (
            entry.object_repr,
            entry.changes,
            entry.additional_data,
            entry.actor_email,
        ) == others[entry.pk], entry.object_repr
    created = LogEntry.objects.filter(
        content_type=user_type, object_pk=str(ed.pk), action=LogEntry.Action.CREATE
    ).get()
    assert created.changes["full_name"] == ["None", ed.full_name]
    assert created.object_repr == ed.full_name


def test_free_text_about_the_person_is_not_kept_in_the_trail(staff, participant, enrolment):
    enrolment_withdraw(enrolment=enrolment, by=staff, reason=WITHDRAWN)
    person_erase(user=participant, by=staff, reason="asked")
    everything = json.dumps(
        list(LogEntry.objects.values("object_repr", "changes", "additional_data")), default=str
    )
    assert WITHDRAWN not in everything
    assert "Gwenllian" not in everything


def test_the_erasure_records_a_reason_from_a_list_not_free_text(client, staff, participant):
    client.force_login(staff)
    url = reverse("admin:councils_user_erase", args=[participant.pk])
    page = client.get(url).content.decode()
    assert 'type="radio" name="reason" value="asked"' in page
    refused = client.post(url, {"confirm": "erase", "reason": "Gwenllian Owner emailed us"})
    assert refused.status_code == 400
    participant.refresh_from_db()
    assert participant.erased_at is None
    assert client.post(url, {"confirm": "erase", "reason": "asked"}).status_code == 302
    [event] = LogEntry.objects.filter(additional_data__event=ERASURE)
    assert event.additional_data["reason"] == "asked"
