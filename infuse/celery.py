"""The Celery app, configured from Django settings under the CELERY_ namespace."""

import os

from celery import Celery, bootsteps
from celery.schedules import crontab

from .startup import settings_or_exit

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infuse.settings")

app = Celery("infuse")
# A bad setting stops a worker or beat with one line, as manage.py does, not a traceback.
app.on_configure.connect(lambda sender, **kwargs: settings_or_exit(), weak=False)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# The beat schedule lives in code, in Europe/London (CELERY_TIMEZONE).
app.conf.beat_schedule = {
    # 07:30, and again every hour until the evening: claims make repeat runs send nothing
    # twice, and a beat that was down at 07:30 still gets the day's nudges out.
    "weekly-nudges": {
        "task": "cohorts.tasks.send_due_nudges",
        "schedule": crontab(hour="7-19", minute=30),
    },
    "sweep-nudges": {
        "task": "cohorts.tasks.sweep_nudges",
        "schedule": crontab(minute="*/10"),
    },
    # Certificates whose task ran out of retries (or was lost) are issued and emailed again.
    "sweep-certificates": {
        "task": "cohorts.tasks.sweep_certificates",
        "schedule": crontab(minute=45),
    },
    # Report downloads whose task was lost (a Redis that lost its data) are built.
    "sweep-report-exports": {
        "task": "cohorts.tasks.sweep_report_exports",
        "schedule": crontab(minute="5-59/15"),
    },
    # The privacy notice's retention period (privacy/retention.py).
    "apply-retention": {
        "task": "privacy.tasks.apply_retention",
        "schedule": crontab(hour=2, minute=30),
    },
    # Twice a day: the second run sends what a worker that died in the first left claimed.
    "six-month-follow-ups": {
        "task": "cohorts.tasks.send_follow_ups",
        "schedule": crontab(hour="10,16", minute=15),
    },
    # Messages to a cohort whose task was lost, or whose worker died mid-send.
    "sweep-cohort-messages": {
        "task": "cohorts.tasks.sweep_cohort_messages",
        "schedule": crontab(minute="*/10"),
    },
    # Waiting lists: lapsed offers pass to the next person; lost offer emails are sent.
    "sweep-waiting-lists": {
        "task": "cohorts.tasks.sweep_waiting_lists",
        "schedule": crontab(minute="*/15"),
    },
    "delete-old-report-exports": {
        "task": "cohorts.tasks.delete_old_report_exports",
        "schedule": crontab(hour=3, minute=15),
    },
    # The report figures' change rows that no kept figures need (cohorts/reports/kept.py).
    "prune-figures-changes": {
        "task": "cohorts.tasks.prune_figures_changes",
        "schedule": crontab(hour=3, minute=45),
    },
}


@app.on_after_finalize.connect
def _shortened_schedule(sender, **kwargs):
    """BEAT_EVERY_SECONDS (the stack test, trying things locally): every entry that often."""
    from django.conf import settings

    if settings.BEAT_EVERY_SECONDS:
        for entry in sender.conf.beat_schedule.values():
            entry["schedule"] = float(settings.BEAT_EVERY_SECONDS)


class Heartbeat(bootsteps.StartStopStep):
    """A worker writes "still here, consuming these queues" to Redis every few seconds, which
    /readyz reads (infuse/health.py). Runs on the worker's own timer, in its main process."""

    requires = {"celery.worker.components:Timer"}

    def __init__(self, worker, **kwargs):
        super().__init__(worker, **kwargs)
        self.tref = None

    def start(self, worker):
        from . import health

        consumed = sorted(worker.app.amqp.queues.consume_from or worker.app.amqp.queues)

        def beat():
            health.record_heartbeat(
                hostname=worker.hostname, consumed=consumed, broker_url=worker.app.conf.broker_url
            )

        beat()
        self.tref = worker.timer.call_repeatedly(health.heartbeat_every(), beat)

    def stop(self, worker):
        from . import health

        if self.tref is not None:
            self.tref.cancel()
        health.forget_heartbeat(hostname=worker.hostname, broker_url=worker.app.conf.broker_url)

    terminate = stop  # a cold shutdown too


app.steps["worker"].add(Heartbeat)
