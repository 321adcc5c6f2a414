"""Celery's configuration changed for one test and put back as it was."""

from contextlib import contextmanager

from infuse.celery import app


@contextmanager
def celery_conf(**values):
    """Celery reads its settings through to Django's, under a layer of changes made in code.
    A test that changes a value writes to that layer; it must take its change out again rather
    than write back what it read (which would pin that value over Django's settings for every
    later test in the process: a test that read task_always_eager=False left every later task
    unrun)."""
    changes = app.conf.changes
    before = {key: changes[key] for key in values if key in changes}
    app.conf.update(values)
    try:
        yield
    finally:
        for key in values:
            if key in before:
                changes[key] = before[key]
            else:
                changes.pop(key, None)
