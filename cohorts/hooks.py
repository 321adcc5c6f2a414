"""Side effects of cohort events, sent out once the transaction commits."""


def enrolment_completed(*, enrolment_id: int) -> None:
    """An enrolment has just completed: certificate issuing starts here."""
    # Certificates are issued by the task that the certificates work adds; until then,
    # completing records the date and the status, and nothing else happens.
    return None
