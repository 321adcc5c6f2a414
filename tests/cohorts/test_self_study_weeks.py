"""The finished weeks kept by PostgreSQL's triggers (`SelfStudyWeek`, cohorts 0017, issue 24)
always hold what the completions say, whatever writes them: a service, the admin's save, a
queryset's `update()`, `bulk_create`, a cascade, raw SQL, a change to the curriculum or an
enrolment's move. After every kind of write the table is checked twice:

- row by row against `cohorts_selfstudyweek_computed`, the view the triggers fill it from;
- as the reports read it, by Lab, council, theme and day, against `_self_study_counted`, the
  completions grouped by SQL written apart from the triggers (the query SQLite still runs),
  for the whole programme, each council (a lead's scope) and each cohort (staff's filter).

Two people's tabs finishing one week at once are worked out one after the other, each seeing
the other's completion (the last test)."""

import datetime as dt
import threading

import pytest
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from cohorts.models import Cohort, Completion, Enrolment, EnrolmentStatus, SelfStudyWeek
from cohorts.reports.queries import _self_study_counted, _self_study_rows
from cohorts.services import completion_set, enrolment_create
from councils.models import Council
from labs.models import Activity, Material, MaterialKind, Module

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the triggers are PostgreSQL's"
)

COLUMNS = ("enrolment_id", "module_id", "cohort_id", "council_id", "finished_at", "minutes")


def computed_weeks() -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(COLUMNS)} FROM cohorts_selfstudyweek_computed")
        return sorted(cursor.fetchall())


def kept_weeks() -> list[tuple]:
    return sorted(SelfStudyWeek.objects.values_list(*COLUMNS))


def by_place(rows: list[dict]) -> list[tuple]:
    return sorted((r["g_lab"], r["g_council"], r["g_theme"], r["g_q"], r["n"]) for r in rows)


def assert_kept() -> list[tuple]:
    kept = kept_weeks()
    assert kept == computed_weeks()
    scopes = [Q()]
    scopes += [Q(council_id=pk) for pk in Council.objects.values_list("pk", flat=True)]
    scopes += [Q(cohort_id=pk) for pk in Cohort.objects.values_list("pk", flat=True)]
    for scope in scopes:
        assert by_place(_self_study_rows(scope)) == by_place(_self_study_counted(scope)), scope
    return kept


def week_of(enrolment: Enrolment, module: Module) -> SelfStudyWeek | None:
    return SelfStudyWeek.objects.filter(enrolment=enrolment, module=module).first()


def unfinished(programme_cohort: Cohort) -> tuple[Enrolment, Module, list[Activity]]:
    """An enrolment of the cohort with a week it has started and not finished, and the
    required activities of it left to do."""
    for enrolment in programme_cohort.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN):
        done = set(enrolment.completions.values_list("activity_id", flat=True))
        for module in programme_cohort.lab.modules.order_by("number"):
            required = list(module.activities.filter(required=True, archived_at=None))
            left = [a for a in required if a.pk not in done]
            if required and left and len(left) < len(required):
                return enrolment, module, left
    raise AssertionError("the programme has no week started and not finished")


def finish_first_weeks(programme) -> None:
    """The people who completed D1 and A1 finish their first two weeks, on days apart: one
    `bulk_create` (the programme's own people have started weeks, not finished them)."""
    completions = []
    for key in ("D1", "A1"):
        cohort = programme["cohorts"][key]
        modules = list(cohort.lab.modules.order_by("number")[:2])
        done = cohort.enrolments.filter(status=EnrolmentStatus.COMPLETED).order_by("pk")
        for n, enrolment in enumerate(done):
            for module in modules:
                day = cohort.start_date + dt.timedelta(days=7 * module.number - 7 + n % 5)
                at = timezone.make_aware(dt.datetime.combine(day, dt.time(23, 30)))
                completions += [
                    Completion(enrolment=enrolment, activity=activity, completed_at=at)
                    for activity in module.activities.all()
                ]
    Completion.objects.bulk_create(completions, ignore_conflicts=True)


def test_the_weeks_are_kept_through_every_kind_of_write(programme):
    finish_first_weeks(programme)
    kept = assert_kept()
    assert len(kept) > 40

    # A service: someone finishes a week, then takes an activity back.
    enrolment, module, left = unfinished(programme["cohorts"]["A1"])
    assert week_of(enrolment, module) is None
    at = timezone.make_aware(dt.datetime(2026, 3, 18, 9, 30))
    for activity in left:
        completion_set(enrolment=enrolment, activity=activity, done=True, at=at)
    week = week_of(enrolment, module)
    assert week and week.finished_at == at and week.cohort_id == enrolment.cohort_id
    assert_kept()
    completion_set(enrolment=enrolment, activity=left[0], done=False)
    assert week_of(enrolment, module) is None
    assert_kept()
    completion_set(enrolment=enrolment, activity=left[0], done=True, at=at)

    # A queryset's update(): the week was finished a day later.
    Completion.objects.filter(enrolment=enrolment, activity__module=module).update(
        completed_at=at + dt.timedelta(days=1)
    )
    assert week_of(enrolment, module).finished_at == at + dt.timedelta(days=1)
    assert_kept()

    # bulk_create: several people finish a whole week in one statement.
    others = list(programme["cohorts"]["A1"].enrolments.exclude(pk=enrolment.pk).order_by("pk")[:6])
    activities = list(module.activities.all())
    Completion.objects.bulk_create(
        [Completion(enrolment=e, activity=a, completed_at=at) for e in others for a in activities],
        ignore_conflicts=True,
    )
    assert all(week_of(e, module) for e in others)
    assert_kept()

    # Raw SQL: one person's completions gone.
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM cohorts_completion WHERE enrolment_id = %s", [others[0].pk])
    assert not SelfStudyWeek.objects.filter(enrolment=others[0]).exists()
    assert_kept()

    # The curriculum, edited in the admin (saves) or in bulk: whether an activity is required,
    # its minutes, archived; a new required activity; materials' minutes; a week archived.
    optional = activities[-1]
    optional.required = not optional.required
    optional.save()
    assert_kept()
    Activity.objects.filter(pk=activities[0].pk).update(minutes=95)
    assert week_of(enrolment, module).minutes == computed_minutes(enrolment, module)
    assert_kept()
    optional.archived_at = timezone.now()
    optional.save()
    assert_kept()
    added = Activity.objects.create(
        module=module, kind=activities[0].kind, title="A new step", instructions="Do it."
    )
    assert week_of(enrolment, module) is None  # nobody has done the new required step
    assert_kept()
    added.delete()
    assert week_of(enrolment, module) is not None
    assert_kept()
    material = Material.objects.create(
        module=module, kind=MaterialKind.READING, title="More", minutes=40
    )
    assert week_of(enrolment, module).minutes == computed_minutes(enrolment, module)
    assert_kept()
    Material.objects.filter(pk=material.pk).update(minutes=5)
    assert_kept()
    material.delete()
    assert_kept()
    Module.objects.filter(pk=module.pk).update(archived_at=timezone.now())
    assert not SelfStudyWeek.objects.filter(module=module).exists()
    assert_kept()
    Module.objects.filter(pk=module.pk).update(archived_at=None)
    assert SelfStudyWeek.objects.filter(module=module).exists()
    assert_kept()

    # Enrolments moved: one to another council (a save), a cohort's to another cohort (update).
    newport = Council.objects.get(slug="newport")
    enrolment.council = newport
    enrolment.save()
    assert {w.council_id for w in SelfStudyWeek.objects.filter(enrolment=enrolment)} == {newport.pk}
    assert_kept()
    d1, d2 = programme["cohorts"]["D1"], programme["cohorts"]["D2"]
    moved = list(d1.enrolments.values_list("pk", flat=True))
    Enrolment.objects.filter(pk__in=moved).update(cohort=d2)
    assert SelfStudyWeek.objects.filter(enrolment__in=moved, cohort=d2).exists()
    assert not SelfStudyWeek.objects.filter(cohort=d1).exists()
    assert_kept()

    # Deleted: an enrolment through Django (its cascade takes the completions first), and
    # one by raw SQL before its completions (the foreign keys are checked at commit).
    assert SelfStudyWeek.objects.filter(enrolment=others[1]).exists()
    others[1].delete()
    assert not SelfStudyWeek.objects.filter(enrolment_id=others[1].pk).exists()
    assert_kept()
    gone = others[2].pk
    assert SelfStudyWeek.objects.filter(enrolment_id=gone).exists()
    with pytest.raises(RolledBack), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM cohorts_enrolment WHERE id = %s", [gone])
        assert not SelfStudyWeek.objects.filter(enrolment_id=gone).exists()
        assert_kept()
        raise RolledBack  # its completions and marks are still there: the keys would fail
    assert_kept()


class RolledBack(Exception):
    pass


def computed_minutes(enrolment: Enrolment, module: Module) -> int:
    done = Activity.objects.filter(
        module=module, archived_at=None, completions__enrolment=enrolment
    ).values_list("minutes", flat=True)
    reading = Material.objects.filter(module=module, archived_at=None).values_list(
        "minutes", flat=True
    )
    return sum(done) + sum(reading)


def test_an_edit_that_counts_for_nothing_leaves_the_weeks_alone(programme):
    """A title or instructions edit (the usual admin edit) rebuilds no week: nothing is
    deleted and put back (each rebuild would take the whole table's lock)."""
    finish_first_weeks(programme)
    module = programme["cohorts"]["A1"].lab.modules.order_by("number").first()
    before = list(SelfStudyWeek.objects.filter(module=module).values_list("pk", flat=True))
    assert before
    activity = module.activities.first()
    activity.title = "A clearer title"
    activity.instructions = "Clearer instructions."
    activity.save()
    Material.objects.filter(module=module).update(title="Renamed")
    Module.objects.filter(pk=module.pk).update(title="Renamed week")
    Enrolment.objects.filter(cohort__lab=module.lab).update(last_activity_at=timezone.now())
    after = list(SelfStudyWeek.objects.filter(module=module).values_list("pk", flat=True))
    assert after == before  # the same rows: none rebuilt
    assert_kept()


@pytest.mark.django_db(transaction=True)
def test_two_tabs_finishing_one_week_at_once_finish_it(make_cohort, participant, cardiff):
    """Each tab marks one of the week's last two required activities. Without the lock the
    triggers take, each would count the week without the other's (uncommitted) completion
    and neither would keep it: the week would be lost from the reports."""
    cohort = make_cohort(councils=[cardiff])
    enrolment = enrolment_create(cohort=cohort, user=participant, invite=False)
    module = cohort.lab.modules.order_by("number").first()
    required = list(module.activities.filter(required=True, archived_at=None))
    assert len(required) >= 2
    at = timezone.now()
    Completion.objects.bulk_create(
        [Completion(enrolment=enrolment, activity=a, completed_at=at) for a in required[:-2]]
    )
    first_marked = threading.Event()
    errors: list[Exception] = []

    def first_tab():
        try:
            with transaction.atomic():
                Completion.objects.create(enrolment=enrolment, activity=required[-2])
                first_marked.set()
                # The second tab's statement runs now, while this one is not yet committed.
                threading.Event().wait(0.5)
        except Exception as exc:
            errors.append(exc)
        finally:
            first_marked.set()
            connection.close()

    def second_tab():
        try:
            first_marked.wait(10)
            with transaction.atomic():
                Completion.objects.create(enrolment=enrolment, activity=required[-1])
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=first_tab), threading.Thread(target=second_tab)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Completion.objects.filter(enrolment=enrolment, activity__module=module).count() >= 2
    assert week_of(enrolment, module) is not None
    assert kept_weeks() == computed_weeks()
