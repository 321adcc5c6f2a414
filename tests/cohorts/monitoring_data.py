"""A small fixed programme for the monitoring figures (learning hours, councils supported,
cumulative progress, targets), every figure worked out by hand.

Today is Friday 20 March 2026 (Q4 of 2025–26). The Data Lab's minutes are pinned: week 1 has
one material of 30 minutes (the others 0) and its first required activity takes 30 minutes,
every other activity none ("an activity with no minutes"); so finishing week 1 is 60 minutes of
self-study. Sessions are 90 minutes, but session 2 of X is 60.

- X: Data Lab, Tuesdays 4 November – 9 December 2025 (Q3), enrolled 20 October 2025.
  - Cardiff, five people finish week 1 on 5 November and attend sessions 1 and 2:
    each 90 + 60 + 60 = 210 minutes (3.5 h); three of them completed on 20 December.
  - Cardiff, one person starts (one activity on 5 November), attends session 1 and is
    withdrawn on 11 November: 90 minutes.
  - Newport, a late joiner enrolled on 20 November: ticked for session 1 by mistake (not
    counted: it was held before they joined), attends session 4 (25 November) and finishes
    week 1 on 26 November: 90 + 60 = 150 minutes (2.5 h).
- Y: Data Lab, Tuesdays from 10 March 2026, enrolled 20 February 2026. Cardiff, one person:
  one activity on 10 March, attends session 1 (90 minutes) and is marked for session 3 on
  24 March, not yet held (not counted).

Learning hours: Q3 1,290 minutes (21.5 h: Cardiff 1,140, Newport 150), Q4 90 (1.5 h); Cardiff
20.5 h, Newport 2.5 h, 23 h in all. Started: Q3 7, Q4 1. Completed: Q3 3. Councils supported:
2 in Q3 (Cardiff, Newport), 1 in Q4, 2 in the year.
"""

import datetime as dt

from django.utils import timezone

from cohorts.models import (
    Attendance,
    Cohort,
    Completion,
    Enrolment,
    EnrolmentStatus,
    Theme,
)
from cohorts.scheduling.services import cohort_generate_sessions
from councils.models import Council, Role, User
from labs.models import Activity, Lab, Material, Module

TODAY = dt.date(2026, 3, 20)


def at(day: dt.date, hour: int = 14) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def build_monitoring_programme() -> dict:
    data = Lab.objects.get(code="data")
    week1 = Module.objects.get(lab=data, number=1)
    Material.objects.filter(module__lab=data).update(minutes=0)
    Activity.objects.filter(module__lab=data).update(minutes=0)
    first_material = week1.materials.order_by("position", "pk").first()
    Material.objects.filter(pk=first_material.pk).update(minutes=30)
    required = list(week1.activities.filter(required=True).order_by("position", "pk"))
    Activity.objects.filter(pk=required[0].pk).update(minutes=30)
    cardiff = Council.objects.get(slug="cardiff")
    newport = Council.objects.get(slug="newport")
    cohorts = {}
    for key, start in (("X", dt.date(2025, 11, 4)), ("Y", dt.date(2026, 3, 10))):
        cohort = Cohort.objects.create(
            lab=data,
            theme=Theme.COMMUNITIES,
            title=f"{key} Data Lab cohort",
            start_date=start,
            session_weekday=1,
            online_url="https://teams.microsoft.com/l/meetup-join/monitoring-test",
        )
        cohort.councils.set([cardiff, newport])
        cohort_generate_sessions(cohort=cohort)
        cohorts[key] = cohort
    x = list(cohorts["X"].sessions.order_by("number"))
    y = list(cohorts["Y"].sessions.order_by("number"))
    x[1].minutes = 60
    x[1].save(update_fields=["minutes"])
    people = {}

    def person(name, council, cohort, enrolled, **fields):
        user = User.objects.create(
            email=f"{name}@{council.slug}.test",
            full_name=name,
            role=Role.PARTICIPANT,
            council=council,
        )
        enrolment = Enrolment.objects.create(
            cohort=cohort,
            user=user,
            status=fields.pop("status", EnrolmentStatus.ACTIVE),
            enrolled_at=at(enrolled, 10),
            **fields,
        )
        people[name] = enrolment
        return enrolment

    completions, marks = [], []
    for i in range(1, 6):
        done = i <= 3
        e = person(
            f"finisher{i}",
            cardiff,
            cohorts["X"],
            dt.date(2025, 10, 20),
            status=EnrolmentStatus.COMPLETED if done else EnrolmentStatus.ACTIVE,
            completed_on=dt.date(2025, 12, 20) if done else None,
        )
        completions += [
            Completion(enrolment=e, activity=a, completed_at=at(dt.date(2025, 11, 5)))
            for a in required
        ]
        marks += [Attendance(enrolment=e, session=s, attended=True) for s in x[:2]]
    gone = person(
        "gone",
        cardiff,
        cohorts["X"],
        dt.date(2025, 10, 20),
        status=EnrolmentStatus.WITHDRAWN,
        withdrawn_on=dt.date(2025, 11, 11),
        withdrawn_reason="Moved team.",
    )
    completions.append(
        Completion(enrolment=gone, activity=required[0], completed_at=at(dt.date(2025, 11, 5)))
    )
    marks += [Attendance(enrolment=gone, session=x[0], attended=True)]
    late = person("late", newport, cohorts["X"], dt.date(2025, 11, 20))
    completions += [
        Completion(enrolment=late, activity=a, completed_at=at(dt.date(2025, 11, 26)))
        for a in required
    ]
    marks += [
        Attendance(enrolment=late, session=x[0], attended=True),  # before they joined
        Attendance(enrolment=late, session=x[3], attended=True),
    ]
    new = person("newcomer", cardiff, cohorts["Y"], dt.date(2026, 2, 20))
    completions.append(
        Completion(enrolment=new, activity=required[0], completed_at=at(dt.date(2026, 3, 10)))
    )
    marks += [
        Attendance(enrolment=new, session=y[0], attended=True),
        Attendance(enrolment=new, session=y[2], attended=True),  # 24 March: not yet held
    ]
    Completion.objects.bulk_create(completions)
    Attendance.objects.bulk_create(marks)
    return {"cohorts": cohorts, "people": people, "sessions": {"X": x, "Y": y}}
