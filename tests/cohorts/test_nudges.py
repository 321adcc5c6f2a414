"""Weekly nudges: the right people, the right email, exactly once."""

import datetime as dt
import threading
import uuid

import icalendar
import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts.messaging import nudges
from cohorts.models import Nudge, NudgeStatus
from cohorts.services import enrolment_create, enrolment_withdraw
from cohorts.tasks import send_due_nudges, send_nudge_batch, sweep_nudges
from tests.support import flaky_mail


@pytest.fixture
def week3_day(cohort):
    return cohort.sessions.get(number=3).date


def event_summary(message) -> str:
    [event] = icalendar.Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    return str(event["SUMMARY"])


def run_nudges(day, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    return send_due_nudges.delay().get()


def test_a_due_enrolment_gets_one_complete_nudge(enrolment, week3_day, monkeypatch):
    assert run_nudges(week3_day, monkeypatch) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Week 3 of the Data Lab opens today" in message.subject
    assert week3_day.strftime("%A") in message.subject
    html = message.alternatives[0][0]
    assert message.body and "<html" in html
    module = enrolment.cohort.lab.modules.get(number=3)
    assert module.title in message.body
    assert reverse("lab_week", args=[enrolment.pk, 3]) in message.body
    assert "Still open from earlier weeks" in message.body  # nothing of weeks 1-2 is done
    assert message.attachments[0][2] == "text/calendar"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/nudges/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    nudge = Nudge.objects.get()
    assert (nudge.enrolment, nudge.week, nudge.status) == (enrolment, 3, NudgeStatus.SENT)


def test_running_twice_sends_once(enrolment, week3_day, monkeypatch):
    run_nudges(week3_day, monkeypatch)
    run_nudges(week3_day, monkeypatch)
    assert len(mail.outbox) == 1


def test_opted_out_and_withdrawn_people_get_nothing(
    enrolment, outsider_enrolment, staff, week3_day, monkeypatch
):
    enrolment.user.nudges_opt_out = True
    enrolment.user.save()
    enrolment_withdraw(enrolment=outsider_enrolment, by=staff, reason="Left")
    assert run_nudges(week3_day, monkeypatch) == 0
    assert mail.outbox == []


def test_a_day_when_no_week_opens_sends_nothing(enrolment, week3_day, monkeypatch):
    assert run_nudges(week3_day + dt.timedelta(days=1), monkeypatch) == 0
    assert mail.outbox == [] and not Nudge.objects.exists()


def test_people_who_opt_out_after_the_claim_are_skipped(enrolment, week3_day, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: week3_day)
    [batch] = nudges.send_due_nudges()
    enrolment.user.nudges_opt_out = True
    enrolment.user.save()
    assert nudges.send_claimed(nudge_ids=batch) == []
    assert mail.outbox == []
    assert Nudge.objects.get().status == NudgeStatus.SKIPPED


def test_a_failed_smtp_send_is_retried_and_yields_one_email(
    enrolment, week3_day, monkeypatch, settings
):
    settings.EMAIL_BACKEND = "tests.support.flaky_mail.FlakyBackend"
    flaky_mail.FAILURES["remaining"] = 1
    monkeypatch.setattr("cohorts.tasks.backoff", lambda retries: 0)
    run_nudges(week3_day, monkeypatch)
    assert len(mail.outbox) == 1
    nudge = Nudge.objects.get()
    assert nudge.status == NudgeStatus.SENT and nudge.attempts == 2


def test_a_send_that_keeps_failing_is_recorded_as_failed(
    enrolment, week3_day, monkeypatch, settings
):
    settings.EMAIL_BACKEND = "tests.support.flaky_mail.FlakyBackend"
    flaky_mail.FAILURES["remaining"] = 100
    monkeypatch.setattr("cohorts.tasks.backoff", lambda retries: 0)
    try:
        run_nudges(week3_day, monkeypatch)
    finally:
        flaky_mail.FAILURES["remaining"] = 0
    nudge = Nudge.objects.get()
    assert nudge.status == NudgeStatus.FAILED and "SMTPServerDisconnected" in nudge.error
    assert mail.outbox == []


def test_the_sweeper_sends_claims_whose_worker_died(enrolment, week3_day, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: week3_day)
    nudges.send_due_nudges()  # claimed, then the worker "died" before sending
    assert sweep_nudges.delay().get() == 0  # too recent to sweep
    Nudge.objects.update(claimed_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert sweep_nudges.delay().get() == 1
    assert len(mail.outbox) == 1
    assert sweep_nudges.delay().get() == 0


def test_staff_send_this_weeks_nudges_now_under_the_same_guarantee(
    client, staff, enrolment, week3_day, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: week3_day)
    client.force_login(staff)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                reverse("admin:cohorts_cohort_changelist"),
                {"action": "send_nudges_now", "_selected_action": [enrolment.cohort.pk]},
            )
    run_nudges(week3_day, monkeypatch)  # and the morning beat finds nothing left to send
    assert len(mail.outbox) == 1


def test_unsubscribe_link_works_without_login_and_only_for_its_person(
    client, enrolment, outsider, week3_day, monkeypatch
):
    run_nudges(week3_day, monkeypatch)
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    path = link.split("testserver")[-1].split("127.0.0.1:8000")[-1]
    page = client.get(path)
    assert page.status_code == 200 and enrolment.user.full_name in page.content.decode()
    assert client.post(path).status_code == 200
    enrolment.user.refresh_from_db()
    outsider.refresh_from_db()
    assert enrolment.user.nudges_opt_out and not outsider.nudges_opt_out
    token = path.rstrip("/").split("/")[-1]
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    assert client.post(path.replace(token, forged)).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_each_nudge_exactly_once(
    make_cohort, make_user, cardiff, newport, monkeypatch
):
    cohort = make_cohort(councils=[cardiff, newport])
    for n in range(12):
        enrolment_create(
            cohort=cohort, user=make_user(f"p{n}@cardiff.test", council=cardiff), invite=False
        )
    day = cohort.sessions.get(number=2).date
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            for batch in nudges.send_due_nudges():
                results.append(len(batch))
                assert send_nudge_batch.delay(batch).get() == len(batch)
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
    assert sum(results) == 12
    recipients = [m.to[0] for m in mail.outbox]
    assert len(recipients) == 12 == len(set(recipients))
    assert Nudge.objects.filter(status=NudgeStatus.SENT).count() == 12


def test_an_smtp_server_that_is_down_is_retried_with_backoff(
    enrolment, week3_day, monkeypatch, settings
):
    settings.EMAIL_BACKEND = "tests.support.flaky_mail.DownBackend"
    flaky_mail.FAILURES["remaining"] = 2
    waits = []
    monkeypatch.setattr("cohorts.tasks.backoff", lambda retries: waits.append(retries) or 0)
    run_nudges(week3_day, monkeypatch)
    assert waits == [0, 1]  # two retries, each with its own (growing) backoff
    assert len(mail.outbox) == 1
    nudge = Nudge.objects.get()
    assert nudge.status == NudgeStatus.SENT and nudge.attempts == 3


def test_a_worker_that_died_mid_send_leaves_one_message_to_the_sweeper(
    enrolment, outsider_enrolment, week3_day, monkeypatch
):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: week3_day)
    [batch] = nudges.send_due_nudges()
    # One message went out and was recorded; the worker died while sending the other.
    first, second = Nudge.objects.filter(pk__in=batch).order_by("pk")
    Nudge.objects.filter(pk=first.pk).update(status=NudgeStatus.SENT)
    Nudge.objects.filter(pk=second.pk).update(
        status=NudgeStatus.SENDING, claimed_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    )
    assert sweep_nudges.delay().get() == 1
    assert len(mail.outbox) == 1
    assert Nudge.objects.get(pk=second.pk).status == NudgeStatus.SENT


def test_a_second_sender_of_the_same_batch_skips_rows_already_taken(
    enrolment, outsider_enrolment, week3_day, monkeypatch
):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: week3_day)
    [batch] = nudges.send_due_nudges()
    Nudge.objects.filter(pk=batch[0]).update(status=NudgeStatus.SENDING)  # another sender has it
    assert nudges.send_claimed(nudge_ids=batch) == []
    assert len(mail.outbox) == 1


def test_staff_send_now_after_opening_day_is_a_reminder_and_skips_finished_cohorts(
    enrolment, cohort, week3_day, monkeypatch
):
    later = week3_day + dt.timedelta(days=2)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: later)
    ids = nudges.claim(nudges.due_pairs_for_current_week(cohort=cohort))
    nudges.send_claimed(nudge_ids=ids)
    assert mail.outbox[0].subject.startswith("Reminder: week 3 of the Data Lab is under way")
    after_end = cohort.sessions.get(number=6).date + dt.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: after_end)
    assert nudges.due_pairs_for_current_week(cohort=cohort) == []


def test_a_welsh_speaker_gets_the_nudge_in_welsh(enrolment, week3_day, monkeypatch):
    enrolment.user.language = "cy"
    enrolment.user.save()
    run_nudges(week3_day, monkeypatch)
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    # The lab's name in Welsh too, not the English one stored on the lab.
    assert message.subject.startswith("Mae wythnos 3 o'r Labordy Data yn agor heddiw")
    assert "Data Lab" not in message.subject
    assert message.body.startswith("Annwyl Gwenllian Owner,")
    assert "Mae wythnos 3 o'ch Labordy Data yn agor heddiw." in message.body
    assert '<html lang="cy">' in html and "Labordy Data" in html and "Data Lab" not in html
    summary = event_summary(message)
    module = enrolment.cohort.lab.modules.get(number=3)
    # The week's title in Welsh too (issue 26).
    assert module.title_cy and summary == f"Labordy Data, wythnos 3: {module.title_cy}"


def test_an_english_nudge_declares_english_and_its_event_names_the_lab_once(
    enrolment, week3_day, monkeypatch
):
    run_nudges(week3_day, monkeypatch)
    message = mail.outbox[0]
    assert '<html lang="en">' in message.alternatives[0][0]
    summary = event_summary(message)
    module = enrolment.cohort.lab.modules.get(number=3)
    assert summary == f"Data Lab, week 3: {module.title}"
    assert summary.count("Data Lab") == 1


def fail_for_good(monkeypatch, settings, day):
    """Run the day's nudges with SMTP refusing every message until the task's retries run out."""
    settings.EMAIL_BACKEND = "tests.support.flaky_mail.FlakyBackend"
    flaky_mail.FAILURES["remaining"] = 100
    monkeypatch.setattr("cohorts.tasks.backoff", lambda retries: 0)
    try:
        run_nudges(day, monkeypatch)
    finally:
        flaky_mail.FAILURES["remaining"] = 0
    assert Nudge.objects.get().status == NudgeStatus.FAILED


def test_a_nudge_that_failed_after_its_retries_is_sent_by_a_later_run_that_week(
    enrolment, week3_day, monkeypatch, settings
):
    fail_for_good(monkeypatch, settings, week3_day)
    # The next hourly run, and one on the last day of the week, before week 4 opens.
    assert run_nudges(week3_day, monkeypatch) == 1
    assert len(mail.outbox) == 1
    nudge = Nudge.objects.get()
    assert nudge.status == NudgeStatus.SENT and nudge.week == 3
    assert run_nudges(week3_day + dt.timedelta(days=6), monkeypatch) == 0
    assert len(mail.outbox) == 1


def test_a_failed_nudge_is_picked_up_until_the_last_day_of_its_week(
    enrolment, week3_day, monkeypatch, settings
):
    fail_for_good(monkeypatch, settings, week3_day)
    assert run_nudges(week3_day + dt.timedelta(days=6), monkeypatch) == 1
    assert len(mail.outbox) == 1


def test_a_failed_nudge_is_not_sent_once_the_next_week_has_opened(
    enrolment, week3_day, monkeypatch, settings
):
    fail_for_good(monkeypatch, settings, week3_day)
    mail.outbox.clear()
    run_nudges(week3_day + dt.timedelta(days=7), monkeypatch)  # week 4 opens
    assert [m.subject for m in mail.outbox if "week 3" in m.subject.lower()] == []
    assert Nudge.objects.get(week=3).status == NudgeStatus.FAILED


def test_only_one_run_wins_a_failed_nudge(enrolment, outsider_enrolment, week3_day):
    Nudge.objects.bulk_create(
        Nudge(enrolment=e, week=3, claim=uuid.uuid4(), status=NudgeStatus.FAILED, attempts=6)
        for e in (enrolment, outsider_enrolment)
    )
    won = nudges.reclaim_unsent(today=week3_day)
    assert len(won) == 2
    assert nudges.reclaim_unsent(today=week3_day) == []
    assert set(Nudge.objects.values_list("status", "attempts")) == {(NudgeStatus.CLAIMED, 0)}


def test_claims_the_sweeper_gave_up_on_are_sent_by_a_later_run_that_week(
    enrolment, week3_day, monkeypatch
):
    Nudge.objects.create(
        enrolment=enrolment,
        week=3,
        claim=uuid.uuid4(),
        claimed_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
        attempts=nudges.MAX_SWEEPS,
    )
    assert sweep_nudges.delay().get() == 0
    assert run_nudges(week3_day + dt.timedelta(days=1), monkeypatch) == 1
    assert len(mail.outbox) == 1 and Nudge.objects.get().status == NudgeStatus.SENT


def test_staff_send_now_also_sends_this_weeks_failed_nudges(
    client, staff, enrolment, week3_day, monkeypatch, settings, django_capture_on_commit_callbacks
):
    fail_for_good(monkeypatch, settings, week3_day)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: week3_day)
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:cohorts_cohort_changelist"),
            {"action": "send_nudges_now", "_selected_action": [enrolment.cohort.pk]},
        )
    assert len(mail.outbox) == 1 and Nudge.objects.get().status == NudgeStatus.SENT


@pytest.mark.parametrize("after_the_update", [False, True])
def test_a_soft_time_limit_while_recording_a_send_records_it_and_hands_back_the_rest(
    enrolment, outsider_enrolment, week3_day, monkeypatch, after_the_update
):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: week3_day)
    [batch] = nudges.send_due_nudges()
    first, second = sorted(batch)
    real_mark_sent = nudges._mark_sent
    calls = []

    def out_of_time(nudge_id):
        calls.append(nudge_id)
        if len(calls) == 1:
            if after_the_update:
                real_mark_sent(nudge_id)
            raise SoftTimeLimitExceeded()
        real_mark_sent(nudge_id)

    monkeypatch.setattr("cohorts.messaging.nudges._mark_sent", out_of_time)
    assert nudges.send_claimed(nudge_ids=[first, second]) == [second]
    sent = Nudge.objects.get(pk=first)
    assert sent.status == NudgeStatus.SENT and sent.attempts == 1
    assert Nudge.objects.get(pk=second).status == NudgeStatus.CLAIMED
    assert len(mail.outbox) == 1
    # The retry sends the rest; the sweeper later finds nothing to send again.
    assert nudges.send_claimed(nudge_ids=[second]) == []
    Nudge.objects.update(claimed_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert nudges.stale_claims() == []
    assert len(mail.outbox) == 2


@pytest.fixture
def three_due(enrolment, outsider_enrolment, make_user, cardiff, week3_day, monkeypatch):
    enrolment_create(
        cohort=enrolment.cohort, user=make_user("third@cardiff.test", council=cardiff), invite=False
    )
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: week3_day)
    [batch] = nudges.send_due_nudges()
    return sorted(batch)


def test_sending_costs_one_query_per_message_beyond_a_fixed_few(three_due):
    with CaptureQueriesContext(connection) as one:
        nudges.send_claimed(nudge_ids=three_due[:1])
    with CaptureQueriesContext(connection) as two:
        nudges.send_claimed(nudge_ids=three_due[1:])
    assert len(two) - len(one) == 1
    assert len(mail.outbox) == 3


def test_a_worker_that_dies_mid_batch_leaves_the_rest_to_the_sweeper_not_to_be_sent_twice(
    three_due, monkeypatch
):
    real = nudges._message
    calls = []

    def dies_on_the_second(nudge, ctx, connection):
        calls.append(nudge.pk)
        if len(calls) == 2:
            raise SystemExit("worker killed")  # not an Exception: nothing below catches it
        return real(nudge, ctx, connection)

    monkeypatch.setattr("cohorts.messaging.nudges._message", dies_on_the_second)
    with pytest.raises(SystemExit):
        nudges.send_claimed(nudge_ids=three_due)
    monkeypatch.setattr("cohorts.messaging.nudges._message", real)
    statuses = dict(Nudge.objects.values_list("pk", "status"))
    assert [statuses[pk] for pk in three_due] == ["sent", "sending", "sending"]
    assert nudges.send_claimed(nudge_ids=three_due) == []  # the redelivered task: all taken
    assert len(mail.outbox) == 1
    Nudge.objects.update(claimed_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert sweep_nudges.delay().get() == 2
    recipients = [m.to[0] for m in mail.outbox]
    assert len(recipients) == len(set(recipients)) == 3
    assert set(Nudge.objects.values_list("status", flat=True)) == {NudgeStatus.SENT}
