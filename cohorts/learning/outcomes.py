"""The self-assessment (before the Lab, at its end, six months on) and the six-month follow-up's
answers: what is due for a participant, and the writes. Reads for reports are in
`cohorts/reports/outcomes.py`.

A self-assessment is a snapshot: once answered it is never overwritten (a second tab, a double
click or a retry finds it answered and changes nothing). A baseline may be skipped, and is
asked again once, on a later day; an exit may be skipped for good.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from labs.models import Statement

from ..models import (
    Applied,
    Assessment,
    AssessmentAnswer,
    AssessmentKind,
    Enrolment,
    EnrolmentStatus,
    FollowUp,
)

NOT_SURE = 0  # the form's value for "not sure", stored as no value
FOLLOW_UP_OPEN_FOR = dt.timedelta(days=28)  # two weeks, one reminder, two weeks more


class AlreadyAnswered(Exception):
    """This self-assessment was answered before (in another tab, or a retry)."""


class FollowUpClosed(Exception):
    """The follow-up is not open: not sent, answered already, or closed after four weeks."""


def statements_for(*, lab_id: int) -> list[Statement]:
    return list(Statement.objects.filter(lab_id=lab_id, archived=False).order_by("position"))


def _assessments(enrolment: Enrolment) -> dict[str, Assessment]:
    return {a.kind: a for a in Assessment.objects.filter(enrolment=enrolment)}


def assessment_due(
    *, enrolment: Enrolment, today: dt.date, existing: dict[str, Assessment] | None = None
) -> str | None:
    """Which self-assessment to offer now, if any: the baseline while the Lab runs (until it
    is answered, or skipped twice, the second time on a later day), the exit once completed."""
    existing = _assessments(enrolment) if existing is None else existing
    if enrolment.status == EnrolmentStatus.COMPLETED:
        exit_ = existing.get(AssessmentKind.EXIT)
        return AssessmentKind.EXIT if exit_ is None else None
    if enrolment.status not in (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE):
        return None
    baseline = existing.get(AssessmentKind.BASELINE)
    if baseline is None:
        return AssessmentKind.BASELINE
    if baseline.answered_at is None and baseline.skips == 1 and baseline.skipped_on < today:
        return AssessmentKind.BASELINE
    return None


def assessment_may_answer(*, enrolment: Enrolment, kind: str) -> bool:
    """Whether this self-assessment can be answered now (whether or not it is being offered)."""
    if kind == AssessmentKind.BASELINE:
        return enrolment.status in (EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE)
    if kind == AssessmentKind.EXIT:
        return enrolment.status == EnrolmentStatus.COMPLETED
    return False


def _save_answers(assessment: Assessment, answers: dict[int, int]) -> None:
    AssessmentAnswer.objects.bulk_create(
        AssessmentAnswer(
            assessment=assessment,
            statement_id=statement_id,
            value=None if value == NOT_SURE else value,
        )
        for statement_id, value in answers.items()
    )


def assessment_submit(*, enrolment: Enrolment, kind: str, answers: dict[int, int]) -> Assessment:
    """Record the person's answers (statement id → 1–5, or NOT_SURE). Raises AlreadyAnswered
    if this self-assessment was answered before; then nothing changes. Participant only (the
    view passes their own enrolment)."""
    with transaction.atomic():
        assessment, _ = Assessment.objects.get_or_create(enrolment=enrolment, kind=kind)
        # The guarded update decides between racing posts: only one turns answered_at on.
        won = Assessment.objects.filter(pk=assessment.pk, answered_at__isnull=True).update(
            answered_at=timezone.now()
        )
        if not won:
            raise AlreadyAnswered
        _save_answers(assessment, answers)
    return assessment


def assessment_skip(*, enrolment: Enrolment, kind: str, today: dt.date) -> None:
    """Skip the offered self-assessment (one click). A baseline is asked again once, on a
    later day; a second skip, or any skip of the exit, is final. Idempotent within a day."""
    try:
        with transaction.atomic():
            assessment, _ = Assessment.objects.get_or_create(enrolment=enrolment, kind=kind)
    except IntegrityError:  # a racing first skip made it
        assessment = Assessment.objects.get(enrolment=enrolment, kind=kind)
    Assessment.objects.filter(pk=assessment.pk, answered_at__isnull=True).exclude(
        skipped_on=today
    ).update(skips=F("skips") + 1, skipped_on=today)


@dataclass
class OwnChange:
    statement: Statement
    baseline: int | None
    exit: int | None
    follow_up: int | None
    answered: dict[str, bool]


def own_change(
    *, enrolment: Enrolment, existing: dict[str, Assessment] | None = None
) -> list[OwnChange]:
    """The person's own answers per statement at each point (None: not sure or not answered),
    for them and for programme staff. Never for a lead or a funder. Empty when nothing is
    answered yet."""
    existing = _assessments(enrolment) if existing is None else existing
    answered = {kind: a.answered_at is not None for kind, a in existing.items()}
    if not any(answered.values()):
        return []
    values: dict[tuple[int, str], int | None] = {}
    for statement_id, kind, value in AssessmentAnswer.objects.filter(
        assessment__enrolment=enrolment
    ).values_list("statement_id", "assessment__kind", "value"):
        values[(statement_id, kind)] = value
    return [
        OwnChange(
            statement=s,
            baseline=values.get((s.pk, AssessmentKind.BASELINE)),
            exit=values.get((s.pk, AssessmentKind.EXIT)),
            follow_up=values.get((s.pk, AssessmentKind.FOLLOW_UP)),
            answered=answered,
        )
        for s in statements_for(lab_id=enrolment.cohort.lab_id)
    ]


def lab_page_outcomes(*, enrolment: Enrolment, today: dt.date) -> dict:
    """What the Lab's page shows of the outcome measures, in one query for a Lab under way
    with nothing answered (three more once answers exist)."""
    existing = _assessments(enrolment)
    follow_up = None
    if enrolment.status == EnrolmentStatus.COMPLETED:
        follow_up = FollowUp.objects.filter(enrolment=enrolment).first()
    return {
        "assessment_due": assessment_due(enrolment=enrolment, today=today, existing=existing),
        "own_change": own_change(enrolment=enrolment, existing=existing),
        "follow_up_open": follow_up_is_open(follow_up),
    }


# --- The six-month follow-up's answers -------------------------------------------------------


def follow_up_is_open(follow_up: FollowUp | None, *, now: dt.datetime | None = None) -> bool:
    now = now or timezone.now()
    return bool(
        follow_up
        and follow_up.sent_at
        and follow_up.responded_at is None
        and now < follow_up.sent_at + FOLLOW_UP_OPEN_FOR
    )


def follow_up_submit(
    *,
    enrolment: Enrolment,
    applied: str,
    why_not: str,
    changed: str,
    answers: dict[int, int],
) -> FollowUp:
    """Record the six-month answers once. Raises FollowUpClosed when the follow-up was never
    sent, is closed, or was answered already (a second tab); then nothing changes."""
    if applied not in Applied.values:
        raise ValueError(applied)
    now = timezone.now()
    with transaction.atomic():
        won = FollowUp.objects.filter(
            enrolment=enrolment,
            sent_at__isnull=False,
            sent_at__gt=now - FOLLOW_UP_OPEN_FOR,
            responded_at__isnull=True,
        ).update(responded_at=now, applied=applied, why_not=why_not, changed=changed)
        if not won:
            raise FollowUpClosed
        assessment, _ = Assessment.objects.get_or_create(
            enrolment=enrolment, kind=AssessmentKind.FOLLOW_UP
        )
        Assessment.objects.filter(pk=assessment.pk).update(answered_at=now)
        _save_answers(assessment, answers)
    return FollowUp.objects.get(enrolment=enrolment)
