"""What the subject-access export and the erasure do with every record that points at a person.

COVERAGE has one entry for every foreign key or one-to-one field, in any installed app, that
points at the user model ("app_label.Model.field"). `tests/privacy/test_subject_access.py`
lists those fields from Django's app registry and fails on one missing here, so a new model that names
people (equality answers, say) cannot ship without a decision on both. Adding one is one line:

    "equality.EqualityAnswer.user": OWNED_DELETE,

- OWNED_* — the person's own records: exported in full (with everything that hangs off them);
  erased by deleting them (OWNED_DELETE) or, for enrolments, by the figure-keeping rules in
  `privacy.erasure`.
- ACTED — records of something the person did to someone else's record (marked a register,
  nominated someone): exported as what was done and when, without the other person's data;
  kept on erasure, where they point at the pseudonymised account.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cover:
    # "owned": exported in full with descendants; "acted": exported as a summary only;
    # "secret": exported without its secret fields (listed in `hidden`).
    export: str
    # "enrolment": privacy.erasure's figure-keeping rules; "delete": the rows (and their files)
    # are deleted; "keep": left pointing at the pseudonymised account.
    erase: str
    hidden: tuple[str, ...] = ()


OWNED_DELETE = Cover(export="owned", erase="delete")
ACTED = Cover(export="acted", erase="keep")

COVERAGE: dict[str, Cover] = {
    "cohorts.Enrolment.user": Cover(export="owned", erase="enrolment"),
    "cohorts.Enrolment.nominated_by": ACTED,
    "cohorts.EnrolmentEvent.by": ACTED,
    "cohorts.Attendance.recorded_by": ACTED,
    "cohorts.Session.unusual_day_confirmed_by": ACTED,
    "cohorts.CertificateNameChange.approved_by": ACTED,
    "cohorts.MonitoringReturn.submitted_by": ACTED,
    "cohorts.ToolComment.author": ACTED,
    "cohorts.ReportExport.requested_by": OWNED_DELETE,
    # Messages staff sent to a cohort: that one went to the person is kept (the cohort's
    # history), pointing at the pseudonym; the sender's is what they did.
    "cohorts.CohortMessageRecipient.user": Cover(export="owned", erase="keep"),
    "cohorts.CohortMessage.sent_by": ACTED,
    # A place waited for (and any offer of it): the person's own; deleted on erasure.
    "cohorts.WaitingListEntry.user": OWNED_DELETE,
    "cohorts.WaitingListEntry.added_by": ACTED,
    "account.EmailAddress.user": OWNED_DELETE,
    # Voluntary equality answers: in the person's own download, deleted on erasure, never in
    # the audit trail (councils.audit.AUDITED leaves them out).
    "equality.EqualityResponse.user": OWNED_DELETE,
    "mfa.Authenticator.user": Cover(export="secret", erase="delete", hidden=("data",)),
    "admin.LogEntry.user": ACTED,
    "auditlog.LogEntry.actor": ACTED,
}

# Fields of the account itself that never leave the portal, even to its owner.
USER_HIDDEN = ("password", "calendar_token")
