"""The Celery app, configured from Django settings under the CELERY_ namespace."""

import os

from celery import Celery
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
    # Twice a day: the second run sends what a worker that died in the first left claimed.
    "six-month-follow-ups": {
        "task": "cohorts.tasks.send_follow_ups",
        "schedule": crontab(hour="10,16", minute=15),
    },
    "delete-old-report-exports": {
        "task": "cohorts.tasks.delete_old_report_exports",
        "schedule": crontab(hour=3, minute=15),
    },
}
