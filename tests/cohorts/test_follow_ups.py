"""The six-month follow-up: the right people, the right email, exactly once, one reminder."""

import datetime as dt
import email
import threading
from email import policy

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from cohorts.messaging import follow_ups
from cohorts.messaging.follow_ups import six_months_before
from cohorts.models import EnrolmentStatus, FollowUp, FollowUpStatus
from cohorts.services import enrolment_create, enrolment_withdraw
from cohorts.tasks import send_follow_ups


def complete(enrolment):
    enrolment.status = EnrolmentStatus.COMPLETED
    enrolment.completed_on = enrolment.cohort.sessions.order_by("-date").first().date
    enrolment.save(update_fields=["status", "completed_on"])
    return enrolment


def six_months_on(cohort) -> dt.date:
    last = cohort.sessions.order_by("-date").first().date
    day = last
    while six_months_before(day) < last:
        day += dt.timedelta(days=1)
    return day


def run_on(day, monkeypatch, *, now=None):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    return follow_ups.run(today=day, now=now or timezone.now())


def test_six_months_before_keeps_the_day_or_takes_the_months_last():
    assert six_months_before(dt.date(2027, 5, 10)) == dt.date(2026, 11, 10)
    assert six_months_before(dt.date(2027, 8, 31)) == dt.date(2027, 2, 28)
    assert six_months_before(dt.date(2027, 3, 1)) == dt.date(2026, 9, 1)


def test_a_completed_participant_gets_one_follow_up_six_months_after_the_last_session(
    enrolment, cohort, monkeypatch
):
    complete(enrolment)
    day = six_months_on(cohort)
    assert run_on(day - dt.timedelta(days=1), monkeypatch) == 0
    assert run_on(day, monkeypatch) == 1
    assert run_on(day, monkeypatch) == 0  # beat firing twice
    [message] = mail.outbox
    parsed = email.message_from_bytes(message.message().as_bytes(), policy=policy.default)
    text = parsed.get_body(("plain",)).get_content()
    assert reverse("follow_up", args=[enrolment.pk]) in text
    assert "Six months on from the Data Lab" in parsed["Subject"]
    assert parsed.get_body(("html",)) is not None
    record = FollowUp.objects.get()
    assert record.status == FollowUpStatus.SENT and record.sent_at


def test_a_cancelled_last_session_does_not_move_the_six_months(enrolment, cohort, monkeypatch):
    last = cohort.sessions.order_by("-date").first()
    last.cancelled_at = timezone.now()
    last.save(update_fields=["cancelled_at"])
    complete(enrolment)
    held = cohort.sessions.filter(cancelled_at__isnull=True).order_by("-date").first().date
    day = held
    while six_months_before(day) < held:
        day += dt.timedelta(days=1)
    assert day < six_months_on(cohort)  # six months from the cancelled one would be later
    assert run_on(day, monkeypatch) == 1


def test_the_task_on_beat_sends_once(enrolment, cohort, monkeypatch):
    complete(enrolment)
    day = six_months_on(cohort)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    assert send_follow_ups.delay().get() == 1
    assert send_follow_ups.delay().get() == 0
    assert len(mail.outbox) == 1


def test_people_who_opted_out_withdrew_or_did_not_complete_get_nothing(
    enrolment, outsider_enrolment, cohort, make_user, cardiff, staff, monkeypatch
):
    complete(enrolment)
    enrolment.user.nudges_opt_out = True
    enrolment.user.save(update_fields=["nudges_opt_out"])
    enrolment_withdraw(enrolment=outsider_enrolment, by=staff, reason="Moved job")
    enrolment_create(cohort=cohort, user=make_user("still@cardiff.test", council=cardiff))
    assert run_on(six_months_on(cohort), monkeypatch) == 0
    assert mail.outbox == []


def test_someone_who_opts_out_after_the_claim_is_skipped(enrolment, cohort, monkeypatch):
    complete(enrolment)
    day = six_months_on(cohort)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    ids = follow_ups.claim(follow_ups.due_enrolments(today=day))
    enrolment.user.nudges_opt_out = True
    enrolment.user.save(update_fields=["nudges_opt_out"])
    assert follow_ups.send_claimed(ids=ids) == 0
    assert mail.outbox == []
    assert FollowUp.objects.get().status == FollowUpStatus.SKIPPED


def test_a_welsh_speaker_gets_it_in_welsh(enrolment, cohort, monkeypatch):
    complete(enrolment)
    enrolment.user.language = "cy"
    enrolment.user.save(update_fields=["language"])
    run_on(six_months_on(cohort), monkeypatch)
    [message] = mail.outbox
    assert "Chwe mis" in message.subject
    assert 'lang="cy"' in message.alternatives[0][0]


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_each_follow_up_exactly_once(
    make_cohort, make_user, cardiff, newport, monkeypatch
):
    cohort = make_cohort(councils=[cardiff, newport])
    for n in range(10):
        complete(
            enrolment_create(
                cohort=cohort, user=make_user(f"p{n}@cardiff.test", council=cardiff), invite=False
            )
        )
    day = six_months_on(cohort)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(follow_ups.run(today=day))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sum(results) == 10
    recipients = [m.to[0] for m in mail.outbox]
    assert len(recipients) == 10 == len(set(recipients))
    assert FollowUp.objects.filter(status=FollowUpStatus.SENT).count() == 10


def test_a_worker_that_dies_mid_run_leaves_the_rest_to_the_next_run_not_sent_twice(
    enrolment, outsider_enrolment, cohort, monkeypatch
):
    complete(enrolment)
    complete(outsider_enrolment)
    day = six_months_on(cohort)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    real = follow_ups._message
    calls = []

    def dies_on_the_second(record, *, reminder, connection):
        calls.append(record.pk)
        if len(calls) == 2:
            raise SystemExit("worker killed")  # not an Exception: nothing below catches it
        return real(record, reminder=reminder, connection=connection)

    monkeypatch.setattr("cohorts.messaging.follow_ups._message", dies_on_the_second)
    with pytest.raises(SystemExit):
        follow_ups.run(today=day)
    monkeypatch.setattr("cohorts.messaging.follow_ups._message", real)
    assert len(mail.outbox) == 1
    # Beat fires again at once: the claims are taken, nothing more goes.
    assert follow_ups.run(today=day) == 0
    # Half an hour on, the next run sends what the dead worker left.
    later = timezone.now() + dt.timedelta(minutes=31)
    assert follow_ups.run(today=day, now=later) == 1
    recipients = [m.to[0] for m in mail.outbox]
    assert len(recipients) == len(set(recipients)) == 2
    assert set(FollowUp.objects.values_list("status", flat=True)) == {FollowUpStatus.SENT}


def test_one_reminder_after_two_weeks_then_it_closes(client, enrolment, cohort, monkeypatch):
    complete(enrolment)
    day = six_months_on(cohort)
    run_on(day, monkeypatch)
    start = timezone.now()
    assert run_on(day, monkeypatch, now=start + dt.timedelta(days=13)) == 0
    assert run_on(day, monkeypatch, now=start + dt.timedelta(days=14, minutes=1)) == 1
    assert run_on(day, monkeypatch, now=start + dt.timedelta(days=15)) == 0
    assert len(mail.outbox) == 2 and "Reminder" in mail.outbox[1].subject
    client.force_login(enrolment.user)
    url = reverse("follow_up", args=[enrolment.pk])
    assert b'name="applied"' in client.get(url).content
    FollowUp.objects.update(sent_at=start - dt.timedelta(days=28, minutes=1))
    page = client.get(url).content.decode()
    assert 'name="applied"' not in page and "closes four weeks later" in page


def test_someone_who_answered_gets_no_reminder(enrolment, cohort, monkeypatch):
    complete(enrolment)
    day = six_months_on(cohort)
    run_on(day, monkeypatch)
    FollowUp.objects.update(responded_at=timezone.now(), applied="applied")
    later = timezone.now() + dt.timedelta(days=15)
    assert run_on(day, monkeypatch, now=later) == 0
    assert len(mail.outbox) == 1


def _open_follow_up(enrolment):
    complete(enrolment)
    return FollowUp.objects.create(
        enrolment=enrolment,
        claim="00000000-0000-4000-8000-000000000020",
        status=FollowUpStatus.SENT,
        sent_at=timezone.now(),
    )


def _statement_answers(enrolment, value="4"):
    from cohorts.learning.outcomes import statements_for

    return {f"s{s.pk}": value for s in statements_for(lab_id=enrolment.cohort.lab_id)}


def test_a_follow_up_without_its_answer_is_refused_and_nothing_saved(client, enrolment):
    _open_follow_up(enrolment)
    client.force_login(enrolment.user)
    response = client.post(reverse("follow_up", args=[enrolment.pk]), _statement_answers(enrolment))
    assert response.status_code == 400
    assert "Say whether you have used what you learned." in response.content.decode()
    assert FollowUp.objects.get().responded_at is None


def test_a_second_tab_cannot_overwrite_the_follow_up(client, enrolment):
    _open_follow_up(enrolment)
    client.force_login(enrolment.user)
    url = reverse("follow_up", args=[enrolment.pk])
    first = {**_statement_answers(enrolment), "applied": "applied", "changed": "First"}
    assert client.post(url, first).status_code == 302
    second = {**_statement_answers(enrolment, "1"), "applied": "no", "changed": "Second"}
    client.post(url, second)
    record = FollowUp.objects.get()
    assert (record.applied, record.changed) == ("applied", "First")


def test_a_lead_or_staff_cannot_open_someones_follow_up(client, enrolment, lead, staff, outsider):
    _open_follow_up(enrolment)
    url = reverse("follow_up", args=[enrolment.pk])
    for person, status in ((lead, 403), (staff, 403), (outsider, 404)):
        client.force_login(person)
        assert client.get(url).status_code == status
