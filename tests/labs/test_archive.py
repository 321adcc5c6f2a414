"""Content that people's records hang off is archived, not deleted (issue 17)."""

import pytest
from django.db.models.deletion import ProtectedError
from django.urls import reverse

from cohorts.models import Certificate, Completion, EnrolmentStatus
from cohorts.services import attendance_mark, completion_set
from labs.models import Activity, Material, Module
from labs.services import content_archive

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def _required(enrolment):
    return list(
        Activity.objects.filter(module__lab=enrolment.cohort.lab, required=True).order_by(
            "module__number", "position", "pk"
        )
    )


def test_deleting_a_module_with_records_is_refused_and_says_what_to_do(staff_client, enrolment):
    activity = _required(enrolment)[0]
    completion_set(enrolment=enrolment, activity=activity, done=True, answer="My reflection")
    module = activity.module
    with pytest.raises(ProtectedError):
        module.delete()
    response = staff_client.post(
        reverse("admin:labs_module_delete", args=[module.pk]), {"post": "yes"}, follow=True
    )
    page = response.content.decode()
    assert "cannot be deleted: 1 participant" in page and "Archive it instead" in page
    assert Module.objects.filter(pk=module.pk).exists()
    assert Completion.objects.get(enrolment=enrolment, activity=activity).answer == "My reflection"


def test_deleting_an_activity_with_answers_is_refused(staff_client, enrolment):
    activity = _required(enrolment)[0]
    completion_set(enrolment=enrolment, activity=activity, done=True, answer="Kept")
    response = staff_client.post(
        reverse("admin:labs_activity_delete", args=[activity.pk]), {"post": "yes"}, follow=True
    )
    assert "Archive it instead" in response.content.decode()
    assert Completion.objects.filter(activity=activity).count() == 1


def test_a_module_page_offers_no_delete_box_on_its_activities(staff_client, data_lab):
    module = Module.objects.filter(lab=data_lab).first()
    page = staff_client.get(reverse("admin:labs_module_change", args=[module.pk])).content.decode()
    assert "activities-0-DELETE" not in page and "materials-0-DELETE" not in page


def test_a_module_nobody_has_worked_on_can_still_be_deleted(data_lab):
    module = Module.objects.create(lab=data_lab, number=7, title="Spare", summary="", outcomes="")
    Activity.objects.create(module=module, kind="checkoff", title="Nothing", instructions="")
    module.delete()
    assert not Module.objects.filter(pk=module.pk).exists()


def test_archiving_the_last_required_activity_completes_someone_whose_other_work_is_done(
    enrolment, django_capture_on_commit_callbacks
):
    *done, last = _required(enrolment)
    with django_capture_on_commit_callbacks(execute=True):
        for session in enrolment.cohort.sessions.all():
            attendance_mark(enrolment=enrolment, session=session, attended=True)
        for activity in done:
            completion_set(enrolment=enrolment, activity=activity, done=True, answer="Done")
    enrolment.refresh_from_db()
    assert enrolment.status != EnrolmentStatus.COMPLETED
    with django_capture_on_commit_callbacks(execute=True):
        assert content_archive(queryset=Activity.objects.filter(pk=last.pk)) == 1
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    assert enrolment.required_total == len(done) and enrolment.progress == 100
    assert Certificate.objects.filter(enrolment=enrolment).exists()  # as usual


def test_archiving_never_uncompletes_and_restoring_never_uncompletes(
    enrolment, django_capture_on_commit_callbacks
):
    required = _required(enrolment)
    with django_capture_on_commit_callbacks(execute=True):
        for session in enrolment.cohort.sessions.all():
            attendance_mark(enrolment=enrolment, session=session, attended=True)
        for activity in required:
            completion_set(enrolment=enrolment, activity=activity, done=True, answer="Done")
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    new = Activity.objects.create(
        module=required[0].module, kind="checkoff", title="Added later", instructions=""
    )
    content_archive(queryset=Activity.objects.filter(pk=required[0].pk))
    content_archive(queryset=Activity.objects.filter(pk=required[0].pk), archive=False)
    content_archive(queryset=Module.objects.filter(pk=new.module_id))
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED and enrolment.completed_on


def test_archived_activities_and_materials_leave_the_participants_week(client, enrolment):
    activity = _required(enrolment)[0]
    module = activity.module
    material = Material.objects.create(module=module, kind="reading", title="Old reading")
    client.force_login(enrolment.user)
    url = reverse("lab_week", args=[enrolment.pk, module.number])
    page = client.get(url).content.decode()
    assert activity.title in page and "Old reading" in page
    content_archive(queryset=Activity.objects.filter(pk=activity.pk))
    content_archive(queryset=Material.objects.filter(pk=material.pk))
    page = client.get(url).content.decode()
    assert activity.title not in page and "Old reading" not in page


def test_an_archived_module_leaves_the_participants_lab_and_its_week_page_404s(client, enrolment):
    module = _required(enrolment)[0].module
    client.force_login(enrolment.user)
    overview = reverse("lab_detail", args=[enrolment.pk])
    url = reverse("lab_week", args=[enrolment.pk, module.number])
    assert client.get(url).status_code == 200
    assert module.title in client.get(overview).content.decode()
    content_archive(queryset=Module.objects.filter(pk=module.pk))
    assert client.get(url).status_code == 404
    assert module.title not in client.get(overview).content.decode()


def test_the_admin_archive_action_recomputes_progress(staff_client, enrolment):
    activity = _required(enrolment)[0]
    before = enrolment.required_total
    response = staff_client.post(
        reverse("admin:labs_activity_changelist"),
        {"action": "archive", "_selected_action": [activity.pk]},
        follow=True,
    )
    assert "1 item archived" in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.required_total == before - 1


def test_reloading_a_curriculum_updates_in_place_and_archives_what_is_gone(enrolment):
    import copy

    from django.apps import apps

    from labs.curriculum import load_curriculum
    from labs.data.curriculum import MODULES

    activity = _required(enrolment)[0]
    completion_set(enrolment=enrolment, activity=activity, done=True, answer="My reflection")
    others = list(activity.module.activities.exclude(pk=activity.pk).values_list("pk", flat=True))
    modules = copy.deepcopy(MODULES)
    week = next(m for m in modules if m["number"] == activity.module.number)
    item = next(a for a in week["activities"] if a["title"] == activity.title)
    item["instructions"] = "Reworded instructions."
    load_curriculum(apps, "data", modules)
    activity.refresh_from_db()
    assert activity.instructions == "Reworded instructions." and activity.archived_at is None
    assert Completion.objects.filter(activity=activity, enrolment=enrolment).exists()
    assert set(others) <= set(activity.module.activities.values_list("pk", flat=True))

    week["activities"].remove(item)  # the activity leaves the curriculum
    load_curriculum(apps, "data", modules)
    activity.refresh_from_db()
    assert activity.archived_at is not None
    assert Completion.objects.filter(activity=activity, enrolment=enrolment).exists()
    assert Activity.objects.filter(module=activity.module, archived_at__isnull=True).count() == (
        len(week["activities"])
    )


@pytest.mark.parametrize("model", ["module", "activity", "material"])
def test_the_bulk_delete_action_is_not_offered_for_content(staff_client, data_lab, model):
    page = staff_client.get(reverse(f"admin:labs_{model}_changelist")).content.decode()
    assert 'value="delete_selected"' not in page and 'value="archive"' in page
