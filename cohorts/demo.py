"""The demo programme: every role at work, with cohorts placed around a given date.

`demo_load(today=...)` is what tests call with a fixed date; `manage.py demo` calls it with
today's date. Every demo account's password is DEMO_PASSWORD.
"""

import datetime as dt
import uuid
from dataclasses import dataclass
from functools import cache

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from cohorts.scheduling.services import cohort_generate_sessions
from councils.models import Council, Language, Role, User
from councils.services import user_create, user_set_up_authenticator
from equality.models import EqualityResponse
from labs.models import Activity, ActivityKind, Lab, Statement

from .messaging.certificates import new_code
from .models import (
    Assessment,
    AssessmentAnswer,
    AssessmentKind,
    Attendance,
    Certificate,
    Cohort,
    CohortMessage,
    Completion,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    FollowUp,
    FollowUpStatus,
    Theme,
)
from .scheduling.schedule import plan_sessions, week_number_on
from .services import enrolment_refresh_progress

DEMO_PASSWORD = "infuse-demo"
# The demo staff account's authenticator-app key (base32): public, like the demo password.
DEMO_STAFF_TOTP_SECRET = "INFUSEDEMOSTAFFKEY234567WALESCCR"
DOMAIN = "demo.infuse.test"
STAFF_EMAIL = f"staff@{DOMAIN}"
FUNDER_EMAIL = f"funder@{DOMAIN}"

FIRST_NAMES = [
    "Carys",
    "Rhys",
    "Siân",
    "Dafydd",
    "Ffion",
    "Gethin",
    "Nia",
    "Owain",
    "Eleri",
    "Iwan",
    "Megan",
    "Aled",
    "Catrin",
    "Tomos",
    "Llinos",
    "Geraint",
    "Bethan",
    "Huw",
    "Elin",
    "Gareth",
    "Angharad",
    "Dylan",
    "Mared",
    "Ioan",
    "Lowri",
    "Emyr",
    "Heledd",
    "Rhodri",
    "Gwenllian",
    "Steffan",
    "Non",
    "Hywel",
    "Mererid",
    "Osian",
    "Seren",
    "Trystan",
    "Alaw",
    "Gruffydd",
    "Manon",
    "Cai",
    "Branwen",
    "Idris",
    "Lleucu",
    "Macsen",
    "Tegan",
    "Emrys",
    "Awen",
    "Deiniol",
    "Eluned",
    "Pryderi",
]
SURNAMES = [
    "Pritchard",
    "Jones",
    "Davies",
    "Evans",
    "Williams",
    "Thomas",
    "Roberts",
    "Hughes",
    "Lewis",
    "Morgan",
    "Griffiths",
    "Price",
    "Powell",
    "Jenkins",
    "Rees",
    "Bowen",
    "Lloyd",
    "Parry",
    "Vaughan",
    "Prosser",
    "Howells",
    "Llewellyn",
    "Watkins",
    "Phillips",
]
PARTICIPANTS_PER_COUNCIL = 5
# The second participant of each council prefers Welsh, so every cohort with two or more from
# a council has a Welsh speaker (each running cohort does: tests/cohorts/test_demo.py).
WELSH_SPEAKER = 1


@dataclass(frozen=True)
class DemoCohort:
    key: str
    lab: str
    theme: str
    title: str
    week: int  # the week it should be in on `today`; 0 = upcoming, 7 = finished
    councils: tuple[str, ...]
    title_cy: str = ""  # the title in Welsh (every demo cohort has one)
    location: str = ""
    online_url: str = ""
    capacity: int = 24


COHORTS = [
    DemoCohort(
        "data-running",
        "data",
        Theme.COMMUNITIES,
        "Data Lab: Supportive Communities (cohort 2)",
        3,
        ("cardiff", "newport", "bridgend", "vale-of-glamorgan", "rhondda-cynon-taf"),
        title_cy="Labordy Data: Cymunedau Cefnogol (carfan 2)",
        online_url="https://teams.microsoft.com/l/meetup-join/infuse-data-lab-2",
    ),
    DemoCohort(
        "adaption-running",
        "adaption",
        Theme.DECARBONISATION,
        "Adaption Lab: Accelerating Decarbonisation",
        5,
        ("caerphilly", "blaenau-gwent", "monmouthshire", "merthyr-tydfil"),
        title_cy="Labordy Addasu: Datgarboneiddio Cyflymach",
        location="Tŷ Penallta, Ystrad Mynach, Hengoed CF82 7PG",
    ),
    DemoCohort(
        "procurement-running",
        "procurement",
        Theme.COMMUNITIES,
        "Procurement Lab: Supportive Communities",
        5,
        ("torfaen", "monmouthshire", "newport", "cardiff"),
        title_cy="Labordy Caffael: Cymunedau Cefnogol",
        location="Civic Centre, Pontypool NP4 6YB",
    ),
    DemoCohort(
        "data-finished",
        "data",
        Theme.DECARBONISATION,
        "Data Lab: Accelerating Decarbonisation (cohort 1)",
        7,
        ("cardiff", "caerphilly", "torfaen", "monmouthshire", "newport"),
        title_cy="Labordy Data: Datgarboneiddio Cyflymach (carfan 1)",
        online_url="https://teams.microsoft.com/l/meetup-join/infuse-data-lab-1",
    ),
    DemoCohort(
        "adaption-upcoming",
        "adaption",
        Theme.COMMUNITIES,
        # It starts three weeks after the demo is loaded, whatever the season.
        "Adaption Lab: Supportive Communities (next cohort)",
        0,
        tuple(),  # all ten councils
        title_cy="Labordy Addasu: Cymunedau Cefnogol (y garfan nesaf)",
        online_url="https://teams.microsoft.com/l/meetup-join/infuse-adaption-lab-next",
        capacity=20,
    ),
]
# Titles earlier versions of the demo used, removed when the demo is rebuilt.
# (Seasons in titles went: the demo is loaded around whatever day it is.)
FORMER_TITLES = [
    "Adaption Lab: Supportive Communities (new year cohort)",
    "Data Lab: Supportive Communities (autumn cohort)",
    "Data Lab: Accelerating Decarbonisation (summer cohort)",
]
# People enrol about two weeks before their cohort's first session (the upcoming one, which
# starts in three, filled up the day before the demo was loaded).
ENROLLED_BEFORE_START = dt.timedelta(days=14)
# Who goes where: (cohort key, council slug, how many of that council's participants)
ROSTER = {
    "data-running": [
        ("cardiff", 3),
        ("newport", 3),
        ("bridgend", 2),
        ("vale-of-glamorgan", 2),
        ("rhondda-cynon-taf", 2),
    ],
    "adaption-running": [
        ("caerphilly", 3),
        ("blaenau-gwent", 2),
        ("monmouthshire", 2),
        ("merthyr-tydfil", 2),
    ],
    "procurement-running": [("torfaen", 3), ("monmouthshire", 1), ("newport", 1), ("cardiff", 1)],
    # Nine, so that six complete and the outcome figures have five or more people behind them.
    "data-finished": [
        ("cardiff", 2),
        ("caerphilly", 2),
        ("torfaen", 2),
        ("monmouthshire", 2),
        ("newport", 1),
    ],
    "adaption-upcoming": [("blaenau-gwent", 1), ("bridgend", 1), ("merthyr-tydfil", 1)],
}


def _start_for_week(today: dt.date, week: int) -> tuple[dt.date, int]:
    """A start date and weekday that put a cohort in `week` on `today` (0 upcoming, 7 finished)."""
    weekdays = [1, 2, 3, 0, 4]  # Tuesdays preferred
    if week == 0:
        start = today + dt.timedelta(days=21)
        return start, weekdays[0]
    if week == 7:
        start = today - dt.timedelta(weeks=14)
        return start, weekdays[0]
    for back in range(7 * (week - 1), 7 * (week + 2)):
        start = today - dt.timedelta(days=back)
        for weekday in weekdays:
            dates = [p.date for p in plan_sessions(start, weekday)]
            if week_number_on(dates, today) == week and dates[0] >= start:
                return start, weekday
    raise ValueError(f"No schedule puts a cohort in week {week} on {today}")


def _people(councils: dict[str, Council]) -> tuple[User, User, dict[str, list[User]]]:
    staff = _user(STAFF_EMAIL, "Elin Prosser", Role.STAFF, None)
    # Programme staff must use two-step verification: the demo's has it set up already, with a
    # secret anyone can add to an authenticator app (README, demo logins).
    user_set_up_authenticator(user=staff, secret=DEMO_STAFF_TOTP_SECRET)
    funder = _user(FUNDER_EMAIL, "Hywel Watkins", Role.FUNDER, None)
    by_council: dict[str, list[User]] = {}
    name_index = 0
    for slug, council in councils.items():
        lead_name = f"{FIRST_NAMES[(name_index + 7) % len(FIRST_NAMES)]} {SURNAMES[(name_index + 5) % len(SURNAMES)]}"
        _user(f"lead.{slug}@{DOMAIN}", lead_name, Role.LEAD, council)
        people = []
        for n in range(PARTICIPANTS_PER_COUNCIL):
            first = FIRST_NAMES[name_index % len(FIRST_NAMES)]
            last = SURNAMES[(name_index * 7 + n) % len(SURNAMES)]
            name_index += 1
            email = (
                f"participant.{slug}@{DOMAIN}"
                if n == 0
                else f"{_ascii(first)}.{_ascii(last)}.{slug}@{DOMAIN}".lower()
            )
            person = _user(email, f"{first} {last}", Role.PARTICIPANT, council)
            language = Language.WELSH if n == WELSH_SPEAKER else Language.ENGLISH
            if person.language != language:
                person.language = language
                person.save(update_fields=["language"])
            people.append(person)
        by_council[slug] = people
    return staff, funder, by_council


def _ascii(name: str) -> str:
    return name.translate(str.maketrans("âêîôûŵŷáéíóúàèìòù", "aeiouwyaeiouaeiou"))


def _user(email: str, name: str, role: str, council: Council | None) -> User:
    existing = User.objects.filter(email=email).first()
    if existing:
        return existing
    user = user_create(email=email, full_name=name, role=role, council=council)
    # One hash for every demo account: hashing sixty passwords one by one takes most of a minute.
    user.password = _demo_password_hash()
    user.save(update_fields=["password"])
    return user


@cache
def _demo_password_hash() -> str:
    return make_password(DEMO_PASSWORD)


def _is_current(today: dt.date) -> bool:
    """Whether the demo cohorts already sit where they should on `today`."""
    titles = {c.title: c for c in COHORTS}
    cohorts = list(Cohort.objects.filter(title_en__in=titles).prefetch_related("sessions"))
    if len(cohorts) != len(COHORTS):
        return False
    for cohort in cohorts:
        if cohort.title_cy != titles[cohort.title_en].title_cy:
            return False  # a demo from before the Welsh titles
        dates = sorted(s.date for s in cohort.sessions.all())
        want = titles[cohort.title_en].week
        week = week_number_on(dates, today)
        if want == 7 and not (dates and today > dates[-1]):
            return False
        if want != 7 and week != want:
            return False
    return True


def _accept_demo_addresses(councils: dict[str, Council]) -> None:
    """The demo's people have made-up addresses at DOMAIN (a .test domain: mail to it goes
    nowhere). Each council accepts it beside its real domains, so a demo lead can nominate
    someone new at a demo address, as the nominate page's hint says, and no demo invitation
    can reach a real council mailbox."""
    for council in councils.values():
        if DOMAIN not in council.domain_list:
            council.email_domains = "\n".join([*council.domain_list, DOMAIN])
            council.save(update_fields=["email_domains"])


def _name_demo_certificates() -> None:
    """A demo loaded before its certificates carried the name awarded: give each the name
    its holder has now (what it was issued under), once; a named one is left as it is."""
    unnamed = list(
        Certificate.objects.filter(
            awarded_name="", enrolment__cohort__title_en__in=[c.title for c in COHORTS]
        ).select_related("enrolment__user")
    )
    for certificate in unnamed:
        certificate.awarded_name = certificate.enrolment.user.name_for_certificate
    Certificate.objects.bulk_update(unnamed, ["awarded_name"])


@transaction.atomic
def demo_load(*, today: dt.date) -> dict:
    """Load the demo programme around `today`. Idempotent: running it again changes nothing
    when the cohorts already sit in their weeks, and rebuilds the demo cohorts when they do not.
    """
    councils = {c.slug: c for c in Council.objects.all()}
    _accept_demo_addresses(councils)
    staff, funder, by_council = _people(councils)
    _equality(by_council)
    if _is_current(today):
        _name_demo_certificates()
        return {"created": False}
    demo = Cohort.objects.filter(title__in=[c.title for c in COHORTS] + FORMER_TITLES)
    # Registers protect their sessions from a delete; the demo's own are cleared first.
    Attendance.objects.filter(session__cohort__in=demo).delete()
    # So do messages sent to them (a cohort's history): the demo's own go with them.
    CohortMessage.objects.filter(cohort__in=demo).delete()
    demo.delete()
    labs = {lab.code: lab for lab in Lab.objects.all()}
    for spec in COHORTS:
        start, weekday = _start_for_week(today, spec.week)
        cohort = Cohort.objects.create(
            lab=labs[spec.lab],
            theme=spec.theme,
            title=spec.title,
            title_cy=spec.title_cy,
            start_date=start,
            session_weekday=weekday,
            session_time=dt.time(10, 0),
            session_minutes=90,
            location=spec.location,
            online_url=spec.online_url,
            capacity=spec.capacity,
        )
        cohort.councils.set([councils[s] for s in (spec.councils or councils.keys())])
        cohort.facilitators.set([staff])
        sessions = cohort_generate_sessions(cohort=cohort)
        if spec.week:  # invitations went out as people enrolled
            cohort.invitations_sent_at = _enrolled_at(sessions, today)
            cohort.save(update_fields=["invitations_sent_at"])
        members = [p for slug, n in ROSTER[spec.key] for p in by_council[slug][:n]]
        _enrol_and_work(cohort, members, sessions, spec, today, staff)
    return {"created": True}


def _at(day: dt.date, time: dt.time) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, time))


def _enrolled_at(sessions, today: dt.date) -> dt.datetime:
    """Two weeks before the first session, or yesterday for a cohort that starts sooner."""
    day = min(sessions[0].date - ENROLLED_BEFORE_START, today - dt.timedelta(days=1))
    return _at(day, dt.time(9, 0))


def _enrol_and_work(cohort, members, sessions, spec, today, staff) -> None:
    """Enrol members and record the work a cohort at this point would have done, each dated
    when it would have happened, so that reports put it in the right quarter."""
    # Enrolled, and invited if the cohort has begun, two weeks before the first session;
    # first active at it.
    enrolled = _enrolled_at(sessions, today)
    first_session = _at(sessions[0].date, cohort.session_time)
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            cohort=cohort,
            user=user,
            council_id=user.council_id,
            status=EnrolmentStatus.ACTIVE if spec.week else EnrolmentStatus.INVITED,
            enrolled_at=enrolled,
            invited_at=enrolled if spec.week else None,
            activated_at=first_session if spec.week else None,
        )
        for user in members
    )
    EnrolmentEvent.objects.bulk_create(
        EnrolmentEvent(enrolment=e, status=EnrolmentStatus.INVITED, by=staff, at=enrolled)
        for e in enrolments
    )
    held = [s for s in sessions if s.date < today]
    activities = list(
        Activity.objects.filter(module__lab=cohort.lab)
        .select_related("module")
        .order_by("module__number", "position")
    )
    completions, marks = [], []
    for index, enrolment in enumerate(enrolments):
        diligent = index % 3 != 2  # two in three keep up; one in three falls behind
        if spec.week == 7:
            weeks_done = 6 if diligent else 3
        else:
            weeks_done = max(0, spec.week - 1) if diligent else max(0, spec.week - 2)
        for activity in activities:
            done_by_hand = activity.kind != ActivityKind.TOOL or spec.week == 7
            if activity.module.number <= weeks_done and done_by_hand:
                when = timezone.make_aware(
                    dt.datetime.combine(sessions[activity.module.number - 1].date, dt.time(14, 0))
                )
                answer = (
                    "We talked this through as a team and agreed to bring our own example to the "
                    "next session."
                    if activity.kind == ActivityKind.REFLECTION
                    else ""
                )
                completions.append(
                    Completion(
                        enrolment=enrolment, activity=activity, answer=answer, completed_at=when
                    )
                )
        for session in held:
            attended = diligent or session.number % 2 == 1
            marks.append(
                Attendance(
                    enrolment=enrolment, session=session, attended=attended, recorded_by=staff
                )
            )
    Completion.objects.bulk_create(completions)
    Attendance.objects.bulk_create(marks)
    for enrolment in enrolments:
        last = max(
            (c.completed_at for c in completions if c.enrolment_id == enrolment.pk), default=None
        )
        if last:
            Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=last)
        enrolment_refresh_progress(enrolment=enrolment, by=staff)
    if spec.week == 7:
        # They completed when the cohort ended, not on the day the demo was loaded, and their
        # certificates were issued that day (issue_certificate, queued on commit, finds each one
        # and builds its PDF).
        ended = _at(sessions[-1].date, dt.time(17, 0))
        completed = Enrolment.objects.filter(
            pk__in=[e.pk for e in enrolments], status=EnrolmentStatus.COMPLETED
        )
        completed.update(completed_on=sessions[-1].date)
        EnrolmentEvent.objects.filter(
            enrolment__in=completed, status=EnrolmentStatus.COMPLETED
        ).update(at=ended)
        # Each carries the name awarded, as issue_certificate would have written it: a blank
        # one would read as a name changed since the award, waiting for staff to approve.
        Certificate.objects.bulk_create(
            Certificate(
                enrolment=e,
                code=new_code(),
                issued_at=ended,
                awarded_name=e.user.name_for_certificate,
            )
            for e in completed.select_related("user")
        )
        behind = [e for e in enrolments if e.status != EnrolmentStatus.COMPLETED]
        if behind:
            from .services import enrolment_withdraw

            withdrawn_on = sessions[3].date
            enrolment_withdraw(
                enrolment=behind[0],
                by=staff,
                reason="Moved to a new role and could not continue.",
                on=withdrawn_on,
            )
            EnrolmentEvent.objects.filter(
                enrolment=behind[0], status=EnrolmentStatus.WITHDRAWN
            ).update(at=_at(withdrawn_on, dt.time(17, 0)))
    _outcomes(cohort, enrolments, spec, sessions, today)


# The demo's self-assessments and follow-ups: before the Lab, most people rate themselves 2 or
# 3; at the end one or two points higher; six months on about the same as at the end.
FOLLOW_UP_CHANGES = [
    "We now start every project by writing down the decision it has to inform.",
    "I used the screening questions with our data protection officer on a new project.",
    "Our team briefing now leads with the answer, and the cabinet member noticed.",
    "",
    "I shared the toolkit with two colleagues, who are using it on a housing project.",
]
APPLIED_CYCLE = ["applied", "applied", "planned", "applied", "no"]


# The participant logins the README names answer the baseline themselves when they try the demo.
LOGINS_LEFT_TO_ANSWER = {
    f"participant.{slug}@{DOMAIN}" for slug in ("cardiff", "newport", "caerphilly", "torfaen")
}


def _outcomes(cohort, enrolments, spec, sessions, today) -> None:
    """Baselines for a cohort under way or finished (the README's participant logins left to
    answer it themselves in a running cohort; one person skipped it), exits and six-month
    follow-ups for the finished one."""
    if not spec.week:
        return
    statements = list(Statement.objects.filter(lab=cohort.lab, archived=False))
    started = _at(sessions[0].date, dt.time(9, 30))
    for index, enrolment in enumerate(enrolments):
        enrolment.refresh_from_db()
        if spec.week < 7 and enrolment.user.email in LOGINS_LEFT_TO_ANSWER:
            continue
        if index == 1:  # skipped it, and then again
            Assessment.objects.create(
                enrolment=enrolment,
                kind=AssessmentKind.BASELINE,
                skips=2,
                skipped_on=sessions[0].date,
            )
        else:
            baseline = Assessment.objects.create(
                enrolment=enrolment, kind=AssessmentKind.BASELINE, answered_at=started
            )
            AssessmentAnswer.objects.bulk_create(
                AssessmentAnswer(
                    assessment=baseline,
                    statement=s,
                    # One person was not sure about the first statement.
                    value=None if (index == 3 and n == 0) else 2 + (index + n) % 2,
                )
                for n, s in enumerate(statements)
            )
        if enrolment.status != EnrolmentStatus.COMPLETED:
            continue
        ended = _at(sessions[-1].date, dt.time(16, 0))
        exit_ = Assessment.objects.create(
            enrolment=enrolment, kind=AssessmentKind.EXIT, answered_at=ended
        )
        AssessmentAnswer.objects.bulk_create(
            AssessmentAnswer(assessment=exit_, statement=s, value=min(5, 3 + (index + n) % 3))
            for n, s in enumerate(statements)
        )
        if index == 4:  # one person has not answered the follow-up
            continue
        sent = _at(today - dt.timedelta(days=5), dt.time(10, 15))
        answered = _at(today - dt.timedelta(days=4), dt.time(12, 0))
        FollowUp.objects.create(
            enrolment=enrolment,
            status=FollowUpStatus.SENT,
            claim=uuid.uuid4(),
            claimed_at=sent,
            sent_at=sent,
            responded_at=answered,
            applied=APPLIED_CYCLE[index % len(APPLIED_CYCLE)],
            why_not=(
                "No project has come up yet where I could use it."
                if APPLIED_CYCLE[index % len(APPLIED_CYCLE)] == "no"
                else ""
            ),
            changed=FOLLOW_UP_CHANGES[index % len(FOLLOW_UP_CHANGES)],
        )
        later = Assessment.objects.create(
            enrolment=enrolment, kind=AssessmentKind.FOLLOW_UP, answered_at=answered
        )
        AssessmentAnswer.objects.bulk_create(
            AssessmentAnswer(assessment=later, statement=s, value=min(5, 3 + (index + n + 1) % 3))
            for n, s in enumerate(statements)
        )


# Equality answers of the demo's participants: most answer, some skip, some never saw it (the
# named demo logins, so that the question shows when one signs in).
EQUALITY_CYCLE = {
    "sex": ["female", "male", "female", "prefer_not", "female", "male"],
    "gender_same": ["yes", "yes", "yes", "prefer_not", "yes", "yes"],
    "age_band": ["25-34", "35-44", "45-54", "35-44", "55-64", "25-34", "16-24"],
    "disability": ["no", "no", "yes", "no", "prefer_not", "no"],
    "ethnic_group": ["white", "white", "white", "asian", "white", "mixed", "white", "black"],
    "welsh_ability": ["none", "little", "fluent", "fair", "little", "none"],
    "qualification": ["level_6", "level_7_8", "level_4_5", "level_6", "level_3", "level_6"],
    "job_level": ["front_line", "team_leader", "manager", "front_line", "head", "manager"],
}


def _equality(by_council: dict[str, list[User]]) -> None:
    people = [p for members in by_council.values() for p in members[1:]]
    for index, user in enumerate(people):
        if index % 7 == 6:
            EqualityResponse.objects.get_or_create(user=user, defaults={"skipped": True})
            continue
        answers = {
            name: values[(index + offset) % len(values)]
            for offset, (name, values) in enumerate(EQUALITY_CYCLE.items())
        }
        if index % 5 == 4:
            answers["disability"] = ""  # left out
        EqualityResponse.objects.get_or_create(user=user, defaults=answers)


def demo_logins() -> list[tuple[str, str]]:
    return [
        ("Programme staff", STAFF_EMAIL),
        ("Funder", FUNDER_EMAIL),
        ("Council lead (Cardiff)", f"lead.cardiff@{DOMAIN}"),
        ("Participant, Data Lab", f"participant.cardiff@{DOMAIN}"),
        ("Participant, Data Lab", f"participant.newport@{DOMAIN}"),
        ("Participant, Adaption Lab", f"participant.caerphilly@{DOMAIN}"),
        ("Participant, Procurement Lab", f"participant.torfaen@{DOMAIN}"),
        ("Other leads", f"lead.<council-slug>@{DOMAIN}"),
    ]
