"""A Lab's curriculum kept in process memory (cohorts/learning/curriculum.py, issue 24): read
once, then kept per version of the curriculum held in the shared cache; every kind of staff edit
(a save, a queryset's update(), bulk_create, raw SQL) moves the version on, so the next page
shows it; never shared between languages; not kept at all when the shared cache is down, and
read again after TTL seconds whatever the version."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from cohorts.learning import curriculum
from labs.models import Activity, Material, MaterialKind, Module
from tests.cohorts.participant_helpers import WEEK_3, set_today

# Asked again, the curriculum kept: the session, the person, their enrolment(s) with what is
# done, its sessions, and the page's own (equality question and offers; self-assessments and
# facilitators; the week's completions).
DASHBOARD_KEPT_QUERIES = 6
LAB_PAGE_KEPT_QUERIES = 6
WEEK_PAGE_KEPT_QUERIES = 5


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    set_today(monkeypatch, WEEK_3)


def week3(enrolment) -> Module:
    return Module.objects.get(lab=enrolment.cohort.lab, number=3)


def reads(call) -> int:
    with CaptureQueriesContext(connection) as queries:
        call()
    return len(queries)


def test_a_labs_weeks_and_a_weeks_materials_are_read_once_then_kept(enrolment):
    lab_id = enrolment.cohort.lab_id
    module = week3(enrolment)
    assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=False)) == 2
    assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=False)) == 0
    assert reads(lambda: curriculum.week_materials(module=module)) == 1
    assert reads(lambda: curriculum.week_materials(module=module)) == 0
    # With the long texts is another entry, the weeks' materials loaded with it.
    assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=True)) == 3
    kept = curriculum.modules_by_lab({lab_id}, bodies=True)[lab_id]
    week = next(m for m in kept if m.pk == module.pk)
    assert reads(lambda: curriculum.week_materials(module=week)) == 0
    assert curriculum.week_materials(module=week) == curriculum.week_materials(module=module)


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("dashboard", DASHBOARD_KEPT_QUERIES),
        ("lab_detail", LAB_PAGE_KEPT_QUERIES),
        ("lab_week", WEEK_PAGE_KEPT_QUERIES),
    ],
)
def test_pages_asked_again_read_no_curriculum(
    client, enrolment, django_assert_num_queries, url, queries
):
    args = {"dashboard": [], "lab_detail": [enrolment.pk], "lab_week": [enrolment.pk, 3]}[url]
    client.force_login(enrolment.user)
    first = client.get(reverse(url, args=args))
    with django_assert_num_queries(queries):
        again = client.get(reverse(url, args=args))
    assert again.status_code == first.status_code == 200


def edit_material_by_save(enrolment):
    row = week3(enrolment).materials.order_by("position", "pk")[0]
    row.title = "Edited by save"
    row.save()
    return "lab_week", "Edited by save"


def edit_material_by_update(enrolment):
    Material.objects.filter(module=week3(enrolment)).update(title_en="Edited by update")
    return "lab_week", "Edited by update"


def add_material_by_bulk_create(enrolment):
    Material.objects.bulk_create(
        [Material(module=week3(enrolment), kind=MaterialKind.READING, title="Added in bulk")]
    )
    return "lab_week", "Added in bulk"


def edit_activity_by_update(enrolment):
    Activity.objects.filter(module=week3(enrolment)).update(title_en="Activity edited")
    return "dashboard", "Activity edited"


def edit_module_by_raw_sql(enrolment):
    with connection.cursor() as cursor:
        cursor.execute(
            f'UPDATE "{Module._meta.db_table}" SET "title_en" = %s WHERE "id" = %s',
            ["Module edited in SQL", week3(enrolment).pk],
        )
    return "lab_detail", "Module edited in SQL"


def archive_module_by_update(enrolment):
    from django.utils import timezone

    Module.objects.filter(pk=week3(enrolment).pk).update(archived_at=timezone.now())
    return "lab_detail", None


@pytest.mark.parametrize(
    "edit",
    [
        edit_material_by_save,
        edit_material_by_update,
        add_material_by_bulk_create,
        edit_activity_by_update,
        edit_module_by_raw_sql,
        archive_module_by_update,
    ],
)
def test_a_staff_edit_shows_on_the_next_page(client, enrolment, edit):
    client.force_login(enrolment.user)
    pages = {
        "dashboard": reverse("dashboard"),
        "lab_detail": reverse("lab_detail", args=[enrolment.pk]),
        "lab_week": reverse("lab_week", args=[enrolment.pk, 3]),
    }
    title = week3(enrolment).title
    before = {name: client.get(url).content.decode() for name, url in pages.items()}
    assert title in before["lab_detail"]
    version = curriculum.version()
    page, shown = edit(enrolment)
    assert curriculum.version() != version
    after = client.get(pages[page]).content.decode()
    if shown is None:  # the archived week is gone from the Lab's page
        assert title not in after
    else:
        assert shown not in before[page] and shown in after


def test_a_write_elsewhere_leaves_the_curriculum_kept(enrolment):
    version = curriculum.version()
    enrolment.user.full_name = "Someone Else"
    enrolment.user.save()
    assert curriculum.version() == version


def test_never_shared_between_languages(client, enrolment):
    module = week3(enrolment)
    Module.objects.filter(pk=module.pk).update(title_en="Week in English", title_cy="Wythnos")
    lab_id = enrolment.cohort.lab_id
    with translation.override("en"):
        curriculum.modules_by_lab({lab_id}, bodies=False)
    with translation.override("cy"):
        # The Welsh page's own entry, read from the database, not the English page's.
        assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=False)) == 2
        assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=False)) == 0
    client.force_login(enrolment.user)
    url = reverse("lab_detail", args=[enrolment.pk])
    assert "Week in English" in client.get(url).content.decode()
    enrolment.user.language = "cy"
    enrolment.user.save()
    welsh = client.get(url).content.decode()
    assert "Wythnos" in welsh and "Week in English" not in welsh


def test_nothing_is_kept_when_the_shared_cache_is_down(enrolment, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("the shared cache is down")

    monkeypatch.setattr(cache, "get", down)
    lab_id = enrolment.cohort.lab_id
    assert curriculum.version() is None
    assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=False)) == 2
    assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=False)) == 2
    module = week3(enrolment)
    assert reads(lambda: curriculum.week_materials(module=module)) == 1
    assert reads(lambda: curriculum.week_materials(module=module)) == 1


def test_a_kept_entry_is_read_again_after_its_time(enrolment, monkeypatch):
    lab_id = enrolment.cohort.lab_id
    now = [1000.0]
    monkeypatch.setattr(curriculum, "_clock", lambda: now[0])
    curriculum.modules_by_lab({lab_id}, bodies=False)
    now[0] += curriculum.TTL - 1
    assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=False)) == 0
    now[0] += 2
    assert reads(lambda: curriculum.modules_by_lab({lab_id}, bodies=False)) == 2
