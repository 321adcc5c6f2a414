from celery import shared_task


@shared_task
def apply_retention() -> int:
    """Beat, every night: anonymise the people past the privacy notice's retention period."""
    from .retention import retention_apply

    return retention_apply()
