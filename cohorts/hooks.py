"""Side effects of cohort events, sent out once the transaction commits."""


def enrolment_completed(*, enrolment_id: int) -> None:
    """An enrolment has just completed: issue its certificate once the completion commits."""
    from .tasks import issue_certificate

    issue_certificate.delay_on_commit(enrolment_id)
