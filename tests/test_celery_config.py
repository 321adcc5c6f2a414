"""The Celery setup the issue asks for, pinned."""

from celery.schedules import crontab
from django.conf import settings

from cohorts import tasks
from infuse.celery import app


def test_tasks_are_acknowledged_late_and_rejected_on_worker_loss():
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert 0 < app.conf.task_soft_time_limit < app.conf.task_time_limit


def test_longest_backoff_plus_time_limit_is_well_under_the_visibility_timeout():
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert tasks.RETRY_BACKOFF_MAX + app.conf.task_time_limit <= visibility / 2
    assert all(tasks.backoff(n) <= tasks.RETRY_BACKOFF_MAX for n in range(20))


def test_pdf_work_has_its_own_queue_and_a_memory_cap():
    assert app.conf.task_routes["cohorts.tasks.issue_certificate"] == {"queue": "pdf"}
    assert app.conf.worker_max_tasks_per_child
    compose = (settings.BASE_DIR / "docker-compose.yml").read_text()
    assert "--queues pdf" in compose and "--max-tasks-per-child" in compose
    assert "celery -A infuse beat" in compose


def test_nudges_are_scheduled_at_half_past_seven_london_time():
    assert app.conf.timezone == "Europe/London"
    entry = app.conf.beat_schedule["weekly-nudges"]
    assert entry["task"] == "cohorts.tasks.send_due_nudges"
    schedule = entry["schedule"]
    assert isinstance(schedule, crontab)
    assert 7 in schedule.hour and 30 in schedule.minute and len(schedule.minute) == 1
    assert "cohorts.tasks.sweep_nudges" in {e["task"] for e in app.conf.beat_schedule.values()}


def test_certificates_whose_task_gave_up_are_swept_every_hour():
    [entry] = [
        e
        for e in app.conf.beat_schedule.values()
        if e["task"] == "cohorts.tasks.sweep_certificates"
    ]
    assert isinstance(entry["schedule"], crontab) and len(entry["schedule"].minute) == 1
    assert len(entry["schedule"].hour) == 24
