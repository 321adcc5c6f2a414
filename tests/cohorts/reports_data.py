"""A fixed programme for the report tests, with every figure worked out by hand.

Today is Friday 20 March 2026 (Q4 of the financial year 2025–26). Three councils — Bridgend (B),
Cardiff (C) and Newport (N) — and three cohorts:

- D1, Data Lab, Supportive Communities: Tuesdays 6 May – 10 June 2025 (finished in Q1),
  everyone enrolled on 15 April 2025 (Q1);
- A1, Adaption Lab, Accelerating Decarbonisation: Tuesdays 7 October – 11 November 2025
  (finished in Q3), everyone enrolled on 16 September 2025 (Q2);
- D2, Data Lab, Accelerating Decarbonisation: Tuesdays from 3 March 2026, running (three
  sessions held before today), everyone enrolled on 10 February 2026 (Q4).

People come in kinds (see KINDS): "done" completed (10 days after the last session, certificate
the same day; attended 5 of 6), "stuck" started but not finished (attended 2), "recent" like
stuck but also did an activity on 12 March 2026, "never" did nothing, "gone" started and
withdrew on the day of session 2 (attended session 1), and in D2 "on" (activities on 3 and
10 March, attended 3 of 3) and "off" (nothing, attended 1 of 3).

    cohort council  done stuck recent never gone on off   enrolled
    D1     C           9     1      .     1    1  .   .     12
    D1     N           2     .      .     .    1  .   .      3
    D1     B          15     2      .     1    2  .   .     20
    A1     C           6     2      2     .    .  .   .     10
    A1     N           7     .      .     .    2  .   .      9
    A1     B          11     3      .     .    1  .   .     15
    D2     B           .     .      .     .    .  6   2      8

One D1 Bridgend completer has no certificate yet; one A1 Newport certificate is revoked.
"""

import datetime as dt
import itertools

from django.utils import timezone

from cohorts.models import (
    Attendance,
    Certificate,
    Cohort,
    Completion,
    Enrolment,
    EnrolmentStatus,
    Theme,
)
from cohorts.reports import report_filters, report_for, report_options
from cohorts.scheduling.services import cohort_generate_sessions
from councils.models import Council, Role, User
from labs.models import Activity, Lab

TODAY = dt.date(2026, 3, 20)

ROSTER = {
    ("D1", "cardiff"): {"done": 9, "stuck": 1, "never": 1, "gone": 1},
    ("D1", "newport"): {"done": 2, "gone": 1},
    ("D1", "bridgend"): {"done": 15, "stuck": 2, "never": 1, "gone": 2},
    ("A1", "cardiff"): {"done": 6, "stuck": 2, "recent": 2},
    ("A1", "newport"): {"done": 7, "gone": 2},
    ("A1", "bridgend"): {"done": 11, "stuck": 3, "gone": 1},
    ("D2", "bridgend"): {"on": 6, "off": 2},
}
COHORTS = {
    "D1": ("data", Theme.COMMUNITIES, dt.date(2025, 5, 6), dt.date(2025, 4, 15)),
    "A1": ("adaption", Theme.DECARBONISATION, dt.date(2025, 10, 7), dt.date(2025, 9, 16)),
    "D2": ("data", Theme.DECARBONISATION, dt.date(2026, 3, 3), dt.date(2026, 2, 10)),
}
RECENT = dt.date(2026, 3, 12)


def _at(day: dt.date, hour: int = 14) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def _progress(kind: str, enrolment: Enrolment, held: list) -> tuple[list[dt.date], int]:
    """What a participant of this kind did: the days they ticked activities, the sessions they
    attended; completers and leavers get their status."""
    if kind == "done":
        enrolment.status = EnrolmentStatus.COMPLETED
        enrolment.completed_on = held[-1].date + dt.timedelta(days=10)
        return [held[0].date], 5
    if kind == "gone":
        enrolment.status = EnrolmentStatus.WITHDRAWN
        enrolment.withdrawn_on = held[1].date
        enrolment.withdrawn_reason = "Moved to another team."
        return [held[0].date], 1
    return {
        "stuck": ([held[0].date], 2),
        "recent": ([held[0].date, RECENT], 2),
        "on": ([held[0].date, held[1].date], 3),
        "off": ([], 1),
    }.get(kind, ([], 0))


def build_programme() -> dict:
    """Create the programme above; returns the cohorts, councils and people by role."""
    councils = {
        c.slug: c for c in Council.objects.filter(slug__in=["cardiff", "newport", "bridgend"])
    }
    labs = {lab.code: lab for lab in Lab.objects.all()}
    cohorts, sessions = {}, {}
    for key, (lab, theme, start, _enrolled) in COHORTS.items():
        cohort = Cohort.objects.create(
            lab=labs[lab],
            theme=theme,
            title=f"{key} {labs[lab].name} cohort",
            start_date=start,
            session_weekday=1,
            online_url="https://teams.microsoft.com/l/meetup-join/report-test",
        )
        cohort.councils.set(councils.values())
        cohort_generate_sessions(cohort=cohort)
        cohorts[key] = cohort
        sessions[key] = list(cohort.sessions.order_by("number"))
    activities = {
        code: list(Activity.objects.filter(module__lab=lab).order_by("module__number", "position"))
        for code, lab in labs.items()
    }
    counter = itertools.count(1)
    completions, marks, certificates = [], [], []
    people: dict[tuple, list[User]] = {}
    for (key, slug), kinds in ROSTER.items():
        cohort = cohorts[key]
        lab_code, _theme, _start, enrolled_on = COHORTS[key]
        held = sessions[key]
        for kind, count in kinds.items():
            for i in range(1, count + 1):
                n = next(counter)
                user = User.objects.create(
                    email=f"p{n}.{key.lower()}.{kind}@{slug}.test",
                    full_name=f"{key} {slug.title()} {kind} {i}",
                    role=Role.PARTICIPANT,
                    council=councils[slug],
                )
                people.setdefault((key, slug, kind), []).append(user)
                enrolment = Enrolment(
                    cohort=cohort,
                    user=user,
                    status=EnrolmentStatus.ACTIVE,
                    enrolled_at=_at(enrolled_on, 10),
                )
                done_days, attended = _progress(kind, enrolment, held)
                enrolment.save()
                for day, activity in zip(done_days, activities[lab_code], strict=False):
                    completions.append(
                        Completion(enrolment=enrolment, activity=activity, completed_at=_at(day))
                    )
                for session in held[:attended]:
                    marks.append(Attendance(enrolment=enrolment, session=session, attended=True))
                # Sessions held but missed are marked absent, as a register would.
                for session in held[attended:]:
                    if session.date < TODAY and (
                        enrolment.withdrawn_on is None or session.date <= enrolment.withdrawn_on
                    ):
                        marks.append(
                            Attendance(enrolment=enrolment, session=session, attended=False)
                        )
                if kind == "done":
                    certificates.append(
                        Certificate(
                            enrolment=enrolment,
                            code=f"INF-REP-{n:04d}",
                            issued_at=_at(enrolment.completed_on, 12),
                        )
                    )
    Completion.objects.bulk_create(completions)
    Attendance.objects.bulk_create(marks)
    Certificate.objects.bulk_create(certificates)
    # One D1 Bridgend completer still waits for a certificate; one A1 Newport one is revoked.
    Certificate.objects.filter(enrolment__user=people[("D1", "bridgend", "done")][0]).delete()
    Certificate.objects.filter(enrolment__user=people[("A1", "newport", "done")][0]).update(
        revoked_at=_at(dt.date(2025, 12, 1)), revoked_reason="Issued in error."
    )
    return {"cohorts": cohorts, "councils": councils, "people": people}


def report(user, **data):
    """The report `user` sees on TODAY with these filters (as the page reads its query)."""
    options = report_options(user=user, today=TODAY)
    return report_for(
        user=user, filters=report_filters(options=options, data=data), options=options
    )
