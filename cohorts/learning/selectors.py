"""Reads for a participant's six weeks: the dashboard, a Lab's overview and its weeks, what to do next, and the materials and activities of one week (each taking the participant's own enrolment, which cohorts.selectors gates)."""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import QuerySet
from django.http import Http404

from cohorts import selectors as core  # now(), which tests pin
from cohorts.models import (
    Cohort,
    Completion,
    Enrolment,
    EnrolmentStatus,
    Session,
)
from cohorts.scheduling.status import CohortStatus, cohort_status
from cohorts.selectors import (
    CURRENT,
    SessionClash,
    _overlapping,
    own_enrolment,
    participant_enrolments,
    session_still_to_come,
)
from cohorts.weeks import week_is_open
from councils.models import User
from labs.models import Activity, Material, Module

from . import curriculum


def clashes_among(overviews: list["LabOverview"], *, today: dt.date) -> list[SessionClash]:
    """session_clashes_for(user=...) worked out from a participant_dashboard(user=...) already
    loaded, in no query: the same sessions (of the person's current Labs, from `today` on, not
    cancelled) as the clash query reads, from each enrolment's sessions the dashboard fetched."""
    sessions = [
        session
        for overview in overviews
        if overview.enrolment.status in CURRENT
        for session in overview.enrolment.cohort.sessions.all()
        if session.date >= today and not session.is_cancelled
    ]
    return _overlapping(sessions, None)


@dataclass
class WeekRow:
    """One week of an enrolment: its module, when it opens, and how much of it is done."""

    number: int
    module: Module
    session: Session | None
    is_open: bool
    is_current: bool
    activities: list[Activity]
    done_ids: set[int]

    @property
    def opens_on(self) -> dt.date | None:
        return self.session.date if self.session else None

    @property
    def required(self) -> list[Activity]:
        return [a for a in self.activities if a.required]

    @property
    def required_done(self) -> int:
        return sum(1 for a in self.required if a.pk in self.done_ids)

    @property
    def left(self) -> list[Activity]:
        """What is still to do this week, required first."""
        undone = [a for a in self.activities if a.pk not in self.done_ids]
        return sorted(undone, key=lambda a: not a.required)

    @property
    def state(self) -> str:
        """locked | done | started | not_started"""
        if not self.is_open:
            return "locked"
        if self.required_done >= len(self.required):
            return "done"
        return "started" if self.required_done or self.done_ids else "not_started"


@dataclass
class LabOverview:
    """An enrolment seen by its participant: status, the six weeks, the next session."""

    enrolment: Enrolment
    status: CohortStatus
    weeks: list[WeekRow]
    next_session: Session | None
    today: dt.date
    # The link to the certificate (`_certificate_link`) once one has been issued; the dashboard
    # shows it when this is set.
    certificate: object | None = None
    # Activity id -> the enrolment's completion of it, when loaded with `answers=True`.
    answers: dict[int, Completion] | None = None

    @property
    def cohort(self) -> Cohort:
        return self.enrolment.cohort

    @property
    def current_week(self) -> WeekRow | None:
        return next((w for w in self.weeks if w.is_current), None)

    @property
    def first_week(self) -> WeekRow | None:
        return self.weeks[0] if self.weeks else None

    @property
    def catch_up(self) -> int:
        """Required activities still open in earlier weeks."""
        return sum(
            len(w.required) - w.required_done for w in self.weeks if w.is_open and not w.is_current
        )

    @property
    def is_finished(self) -> bool:
        return self.status.code == "finished" or not self.enrolment.is_current

    def week(self, number: int) -> WeekRow | None:
        return next((w for w in self.weeks if w.number == number), None)

    @property
    def continue_at(self) -> "ContinueAt":
        return continue_at(self)


@dataclass(frozen=True)
class ContinueAt:
    """Where "Continue where you left off" goes: an activity of a week, a week's first step,
    or (week None) the Lab's overview. `anchor` is the step's id on the week's page."""

    week: int | None = None
    activity: Activity | None = None
    anchor: str = ""


def continue_at(overview: LabOverview) -> ContinueAt:
    """The first unfinished required activity of the earliest open week that has one; when
    everything open is done, this week's first step (the last open week's once the Lab has
    ended); before week 1 opens, the Lab's overview."""
    open_weeks = [w for w in overview.weeks if w.is_open]
    for week in open_weeks:
        undone = [a for a in week.required if a.pk not in week.done_ids]
        if undone:
            return ContinueAt(
                week=week.number, activity=undone[0], anchor=f"activity-{undone[0].pk}"
            )
    if not open_weeks:
        return ContinueAt()
    week = overview.current_week or open_weeks[-1]
    return ContinueAt(week=week.number, anchor=first_step_anchor(week))


def first_step_anchor(week: WeekRow) -> str:
    """The id of a week's first step on its page, as the page orders them: its first material,
    else its first activity (the materials' heading when it has neither). One query, for the
    material; only when everything open is done."""
    materials = week_materials(module=week.module) if week.module is not None else []
    material = materials[0] if materials else None
    if material is not None:
        return f"material-{material.pk}"
    if week.activities:
        return f"activity-{week.activities[0].pk}"
    return "materials"


def _modules_by_lab(lab_ids: set[int], *, bodies: bool = True) -> dict[int, list[Module]]:
    """Each lab's modules in week order with their activities, kept in process memory per
    version of the curriculum (`cohorts.learning.curriculum`); what is not kept is read in two
    queries, however many labs. An archived module is kept with people's work but no longer
    shown (its week page 404s). Without `bodies`, the modules' summaries and outcomes and the
    activities' instructions are not loaded (reading one then would cost a query: pages that
    show them ask for them)."""
    return curriculum.modules_by_lab(lab_ids, bodies=bodies)


def _done_ids(*, user: User, enrolments: list[Enrolment]) -> dict[int, set[int]]:
    """Each enrolment's completed activity ids: those read with it (`with_done_ids`), else (on
    SQLite) in one query for all of them."""
    done = {e.pk: set(e.done_ids) for e in enrolments if hasattr(e, "done_ids")}
    missing = [e.pk for e in enrolments if e.pk not in done]
    if missing:
        done.update({pk: set() for pk in missing})
        rows = Completion.objects.filter(
            enrolment_id__in=missing, enrolment__user_id=user.pk
        ).values_list("enrolment_id", "activity_id")
        for enrolment_id, activity_id in rows:
            done[enrolment_id].add(activity_id)
    return done


def _overview(
    enrolment: Enrolment,
    modules: list[Module],
    done_ids: set[int],
    today: dt.date,
    now: dt.datetime,
) -> LabOverview:
    sessions = list(enrolment.cohort.sessions.all())
    by_number = {s.number: s for s in sessions}
    status = cohort_status([s.date for s in sessions], today)
    weeks = []
    for module in modules:
        session = by_number.get(module.number)
        is_open = week_is_open(session.date if session else None, today)
        activities = list(module.activities.all())  # prefetched: one queryset, not two
        weeks.append(
            WeekRow(
                number=module.number,
                module=module,
                session=session,
                is_open=is_open,
                is_current=status.code == "running" and module.number == status.week,
                activities=activities,
                done_ids={a.pk for a in activities if a.pk in done_ids},
            )
        )
    upcoming = [
        s for s in sessions if not s.is_cancelled and session_still_to_come(s, today=today, now=now)
    ]
    return LabOverview(
        enrolment=enrolment,
        status=status,
        weeks=weeks,
        next_session=upcoming[0] if upcoming else None,
        today=today,
        certificate=_certificate_link(enrolment),
    )


@dataclass(frozen=True)
class CertificateLink:
    code: str
    url: str
    verify_url: str


def _certificate_link(enrolment: Enrolment) -> CertificateLink | None:
    """The holder's own certificate, when one has been issued with its PDF and not revoked."""
    from django.urls import reverse

    try:
        certificate = enrolment.certificate
    except ObjectDoesNotExist:
        return None
    if certificate.is_revoked or not certificate.pdf:
        return None
    return CertificateLink(
        code=certificate.code,
        url=reverse("certificate_download", args=[certificate.pk]),
        verify_url=reverse("certificate_verify", args=[certificate.code]),
    )


def participant_dashboard(
    *, user: User, today: dt.date, at: dt.datetime | None = None
) -> list[LabOverview]:
    """Every enrolment of this participant, newest cohort first, in five queries. `at` is the
    moment that decides whether today's session is still to come (default: now)."""
    enrolments = list(participant_enrolments(user=user, done=True))
    if not enrolments:
        return []
    at = at or core.now()
    modules = _modules_by_lab({e.cohort.lab_id for e in enrolments}, bodies=False)
    done = _done_ids(user=user, enrolments=enrolments)
    return [
        _overview(e, modules.get(e.cohort.lab_id, []), done[e.pk], today, at) for e in enrolments
    ]


def lab_overview_for(
    *,
    user: User,
    pk: int,
    today: dt.date,
    at: dt.datetime | None = None,
    bodies: bool = True,
    answers: bool = False,
) -> LabOverview:
    """The participant's own enrolment with its six weeks; 404 for anyone else's. Without
    `bodies`, the weeks' long texts are left unloaded (see _modules_by_lab). With `answers`,
    the enrolment's completions (answers and all) are read whole, in the one query that finds
    what is done, and kept as `answers` (activity id -> completion) for the week page."""
    # What is done comes with the enrolment; the week page reads the whole completions instead
    # (answers and all), in one query for both.
    enrolment = own_enrolment(user=user, pk=pk, done=not answers)
    modules = _modules_by_lab({enrolment.cohort.lab_id}, bodies=bodies)
    if answers:
        rows = list(
            Completion.objects.filter(enrolment_id=enrolment.pk, enrolment__user_id=user.pk)
        )
        done = {c.activity_id for c in rows}
    else:
        done = _done_ids(user=user, enrolments=[enrolment])[enrolment.pk]
    overview = _overview(
        enrolment, modules.get(enrolment.cohort.lab_id, []), done, today, at or core.now()
    )
    if answers:
        overview.answers = {c.activity_id: c for c in rows}
    return overview


def week_preview(*, module_pk: int, today: dt.date) -> LabOverview:
    """A week of a Lab as a participant sees it once it has opened, for programme staff's
    "view this week as a participant": an enrolment that is never saved (nothing done, no
    sessions) on a cohort that is never saved, every week open. Curriculum only: nobody's
    work or council data is read. 404 for a week that is archived (participants never see it)
    or missing."""
    module = Module.objects.select_related("lab").filter(pk=module_pk).first()
    if module is None or module.archived_at is not None:
        raise Http404
    lab = module.lab
    enrolment = Enrolment(
        cohort=Cohort(lab=lab, title=lab.display_name, start_date=today),
        status=EnrolmentStatus.ACTIVE,
    )
    weeks = [
        WeekRow(
            number=m.number,
            module=m,
            session=None,
            is_open=True,
            is_current=m.number == module.number,
            activities=list(m.activities.all()),
            done_ids=set(),
        )
        for m in _modules_by_lab({lab.pk}).get(lab.pk, [])
    ]
    return LabOverview(
        enrolment=enrolment,
        status=CohortStatus("running", module.number),
        weeks=weeks,
        next_session=None,
        today=today,
    )


def cohort_facilitators(*, cohort: Cohort) -> QuerySet[User]:
    """The facilitators' names are the only other people a participant sees."""
    return cohort.facilitators.order_by("full_name").only("full_name")


def week_materials(*, module: Module) -> list[Material]:
    """A week's materials in order, archived ones left out (kept: see cohorts.learning.curriculum)."""
    return curriculum.week_materials(module=module)


def week_answers(
    *, enrolment: Enrolment, module: Module, overview: LabOverview | None = None
) -> dict[int, Completion]:
    """The enrolment's completions in one module, by activity id (reflections keep answers);
    from `overview` when it loaded them (no query)."""
    if overview is not None and overview.answers is not None:
        ids = {a.pk for a in module.activities.all()}
        return {pk: c for pk, c in overview.answers.items() if pk in ids}
    rows = Completion.objects.filter(enrolment_id=enrolment.pk, activity__module_id=module.pk)
    return {c.activity_id: c for c in rows}


def activity_for_enrolment(*, enrolment: Enrolment, pk: int) -> Activity:
    """An activity of the enrolment's own lab; 404 for any other."""
    try:
        return (
            Activity.objects.counting()
            .select_related("module__lab")
            .get(pk=pk, module__lab_id=enrolment.cohort.lab_id)
        )
    except Activity.DoesNotExist:
        raise Http404 from None


def material_for_enrolment(*, enrolment: Enrolment, pk: int) -> Material:
    """A material of the enrolment's own lab; 404 for any other."""
    try:
        return Material.objects.select_related("module").get(
            pk=pk,
            module__lab_id=enrolment.cohort.lab_id,
            archived_at__isnull=True,
            module__archived_at__isnull=True,
        )
    except Material.DoesNotExist:
        raise Http404 from None


def session_opening_week(*, enrolment: Enrolment, number: int) -> Session | None:
    return Session.objects.filter(cohort_id=enrolment.cohort_id, number=number).first()
