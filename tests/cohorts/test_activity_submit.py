"""Ticking, unticking and answering activities: in place with htmx, or as a plain form post;
refused (and nothing changed) on a locked week, someone else's enrolment or a closed one."""

import pytest
from django.urls import reverse

from cohorts.models import Completion, Enrolment, EnrolmentStatus
from cohorts.services import completion_set, enrolment_withdraw
from labs import registry
from labs.models import Activity, Lab
from tests.cohorts.participant_helpers import WEEK_3, reflection, set_today, tickable

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def in_week_three(monkeypatch):
    set_today(monkeypatch, WEEK_3)


def submit_url(enrolment, activity):
    return reverse("activity_submit", args=[enrolment.pk, activity.pk])


def snapshot(enrolment):
    enrolment = Enrolment.objects.get(pk=enrolment.pk)
    return (
        sorted(Completion.objects.filter(enrolment=enrolment).values_list("activity_id", "answer")),
        enrolment.progress,
        enrolment.required_done,
        enrolment.last_activity_at,
        enrolment.status,
    )


def test_ticking_without_javascript_records_it_and_comes_back_to_the_week(client, enrolment):
    activity = tickable(enrolment, 3)
    client.force_login(enrolment.user)
    response = client.post(submit_url(enrolment, activity), {"done": "1"})
    week_url = reverse("lab_week", args=[enrolment.pk, 3])
    assert response.status_code == 302
    assert response["Location"] == f"{week_url}#activity-{activity.pk}"
    enrolment.refresh_from_db()
    assert Completion.objects.filter(enrolment=enrolment, activity=activity).exists()
    assert enrolment.required_done == 1 and enrolment.progress > 0
    assert enrolment.last_activity_at is not None
    page = client.get(week_url).content.decode()
    assert "as done" in page  # the message says what happened


def test_ticking_with_htmx_answers_the_activity_and_the_new_progress(client, enrolment):
    activity = tickable(enrolment, 3)
    client.force_login(enrolment.user)
    response = client.post(submit_url(enrolment, activity), {"done": "1"}, **HTMX)
    assert response.status_code == 200
    assert "HX-Request" in response["Vary"]
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="activity-{activity.pk}"' in html
    assert 'id="lab-progress-figures" hx-swap-oob="true"' in html
    enrolment.refresh_from_db()
    assert f'aria-valuenow="{enrolment.progress}"' in html
    assert f'id="done-{activity.pk}" name="done" type="checkbox" value="1" checked' in html
    assert 'id="work-status"' in html and "as done" in html


def test_unticking_removes_the_completion_and_lowers_progress(client, enrolment):
    activity = tickable(enrolment, 2)
    completion_set(enrolment=enrolment, activity=activity, done=True)
    client.force_login(enrolment.user)
    response = client.post(submit_url(enrolment, activity), {}, **HTMX)
    assert response.status_code == 200
    enrolment.refresh_from_db()
    assert not Completion.objects.filter(enrolment=enrolment).exists()
    assert enrolment.progress == 0


def test_ticking_twice_keeps_one_completion(client, enrolment):
    activity = tickable(enrolment, 2)
    client.force_login(enrolment.user)
    client.post(submit_url(enrolment, activity), {"done": "1"})
    client.post(submit_url(enrolment, activity), {"done": "1"})
    assert Completion.objects.filter(enrolment=enrolment, activity=activity).count() == 1


def test_a_reflection_is_saved_and_can_be_edited(client, enrolment):
    activity = reflection(enrolment, 3)
    client.force_login(enrolment.user)
    client.post(submit_url(enrolment, activity), {"answer": "First thoughts"}, **HTMX)
    client.post(submit_url(enrolment, activity), {"answer": "Second thoughts"}, **HTMX)
    completion = Completion.objects.get(enrolment=enrolment, activity=activity)
    assert completion.answer == "Second thoughts"
    page = client.get(reverse("lab_week", args=[enrolment.pk, 3])).content.decode()
    assert "Second thoughts" in page


def test_an_empty_reflection_answers_200_with_the_error_and_saves_nothing(client, enrolment):
    activity = reflection(enrolment, 3)
    client.force_login(enrolment.user)
    response = client.post(submit_url(enrolment, activity), {"answer": "   "}, **HTMX)
    # htmx 2 does not swap 4xx answers: a validation error comes back as 200 with the partial.
    assert response.status_code == 200
    assert "Write your reflection before you save it." in response.content.decode()
    assert not Completion.objects.filter(enrolment=enrolment).exists()


def test_an_empty_reflection_without_javascript_shows_the_whole_week_with_the_error(
    client, enrolment
):
    activity = reflection(enrolment, 3)
    client.force_login(enrolment.user)
    response = client.post(submit_url(enrolment, activity), {"answer": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Write your reflection before you save it." in html
    assert "govuk-form-group govuk-form-group--error" in html


REFLECTION_NULL = (
    "Your reflection contains a hidden null character, often left by copying and pasting, and "
    "cannot be saved. Type it again, or paste it as plain text."
)


def test_a_reflection_with_a_null_character_says_so_in_welsh_and_saves_nothing(client, enrolment):
    """Django's own "Null characters are not allowed." stayed in English on Welsh pages."""
    welsh = "Mae nod nwl cudd yn eich myfyrdod"
    activity = reflection(enrolment, 3)
    client.force_login(enrolment.user)
    response = client.post(submit_url(enrolment, activity), {"answer": "Pasted\x00 text"}, **HTMX)
    assert response.status_code == 200
    assert REFLECTION_NULL in response.content.decode()
    assert "Null characters are not allowed." not in response.content.decode()
    enrolment.user.language = "cy"
    enrolment.user.save()
    for headers in ({}, HTMX):
        response = client.post(submit_url(enrolment, activity), {"answer": "\x00"}, **headers)
        assert response.status_code == 200
        assert welsh in response.content.decode()
    assert not Completion.objects.filter(enrolment=enrolment).exists()


def test_work_on_a_locked_week_is_refused_and_changes_nothing(client, enrolment):
    before = snapshot(enrolment)
    client.force_login(enrolment.user)
    for activity in [tickable(enrolment, 4), reflection(enrolment, 6)]:
        for headers in ({}, HTMX):
            response = client.post(
                submit_url(enrolment, activity), {"done": "1", "answer": "Early"}, **headers
            )
            assert response.status_code == 403
            assert "has not opened yet" in response.content.decode()
    # An invalid form on a locked week is refused too, not answered with a form error.
    response = client.post(submit_url(enrolment, reflection(enrolment, 5)), {"answer": ""})
    assert response.status_code == 403
    assert snapshot(enrolment) == before


def test_work_on_someone_elses_enrolment_is_not_found_and_changes_nothing(
    client, enrolment, outsider_enrolment
):
    activity = tickable(outsider_enrolment, 2)
    before = snapshot(outsider_enrolment)
    client.force_login(enrolment.user)
    for headers in ({}, HTMX):
        response = client.post(submit_url(outsider_enrolment, activity), {"done": "1"}, **headers)
        assert response.status_code == 404
    assert snapshot(outsider_enrolment) == before
    assert snapshot(enrolment)[0] == []


def test_an_activity_of_another_lab_is_not_found(client, enrolment):
    other = Activity.objects.filter(module__lab=Lab.objects.get(code="adaption")).first()
    client.force_login(enrolment.user)
    response = client.post(submit_url(enrolment, other), {"done": "1"})
    assert response.status_code == 404
    assert not Completion.objects.exists()


def test_other_roles_may_not_tick_for_a_participant(client, enrolment, lead, staff):
    activity = tickable(enrolment, 2)
    for person in (lead, staff):
        client.force_login(person)
        assert client.post(submit_url(enrolment, activity), {"done": "1"}).status_code == 403
    assert not Completion.objects.exists()


def test_a_withdrawn_participant_cannot_change_their_work(client, enrolment, staff):
    enrolment_withdraw(enrolment=enrolment, by=staff, reason="Left the council")
    before = snapshot(enrolment)
    client.force_login(enrolment.user)
    response = client.post(submit_url(enrolment, tickable(enrolment, 2)), {"done": "1"})
    assert response.status_code == 403
    assert "withdrawn" in response.content.decode()
    assert snapshot(enrolment) == before


def test_a_get_is_not_allowed(client, enrolment):
    client.force_login(enrolment.user)
    response = client.get(submit_url(enrolment, tickable(enrolment, 2)))
    assert response.status_code == 405


def test_tool_steps_are_ticked_by_hand_until_the_lab_has_a_tool(client, enrolment, monkeypatch):
    step = Activity.objects.filter(module__lab=enrolment.cohort.lab, kind="tool").first()
    week = step.module.number
    data_tool = registry.tool_for("data")
    monkeypatch.delitem(registry._tools, "data")  # a lab without a tool yet
    client.force_login(enrolment.user)
    page = client.get(reverse("lab_week", args=[enrolment.pk, week])).content.decode()
    assert f'id="done-{step.pk}"' in page
    assert "The tool is not available yet" in page
    assert client.post(submit_url(enrolment, step), {"done": "1"}).status_code == 302
    assert Completion.objects.filter(enrolment=enrolment, activity=step).exists()

    monkeypatch.setitem(registry._tools, "data", data_tool)
    page = client.get(reverse("lab_week", args=[enrolment.pk, week])).content.decode()
    assert f'id="done-{step.pk}"' not in page
    assert "completed in the Lab&#x27;s tool" in page or "completed in the Lab's tool" in page
    response = client.post(submit_url(enrolment, step), {})
    assert response.status_code == 403
    assert Completion.objects.filter(enrolment=enrolment, activity=step).exists()


def test_ticking_the_last_activity_with_enough_sessions_completes_the_enrolment(
    client, enrolment, monkeypatch
):
    from cohorts.services import attendance_mark

    set_today(monkeypatch, enrolment.cohort.sessions.get(number=6).date)
    activities = list(Activity.objects.filter(module__lab=enrolment.cohort.lab, required=True))
    for activity in activities[:-1]:
        completion_set(enrolment=enrolment, activity=activity, done=True)
    for session in enrolment.cohort.sessions.all()[:4]:
        attendance_mark(enrolment=enrolment, session=session, attended=True)
    client.force_login(enrolment.user)
    last = activities[-1]
    client.post(submit_url(enrolment, last), {"done": "1", "answer": "Done and dusted"})
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    assert enrolment.progress == 100 and enrolment.completed_on is not None


def test_the_lab_tool_completes_its_own_steps_but_not_in_a_locked_week(enrolment, monkeypatch):
    from cohorts.services import WorkRefused, completion_submit

    assert registry.tool_for("data") is not None
    steps = Activity.objects.filter(module__lab=enrolment.cohort.lab, kind="tool")
    open_step = steps.filter(module__number__lte=3).first()
    locked_step = steps.filter(module__number__gte=4).first()
    with pytest.raises(WorkRefused):
        completion_submit(enrolment=enrolment, activity=open_step, done=True, today=WEEK_3)
    completion_submit(
        enrolment=enrolment, activity=open_step, done=True, today=WEEK_3, by_tool=True
    )
    assert Completion.objects.filter(enrolment=enrolment, activity=open_step).exists()
    with pytest.raises(WorkRefused):
        completion_submit(
            enrolment=enrolment, activity=locked_step, done=True, today=WEEK_3, by_tool=True
        )
    assert not Completion.objects.filter(activity=locked_step).exists()
