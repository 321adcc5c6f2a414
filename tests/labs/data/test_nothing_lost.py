"""Nothing lost in the Good data question builder: a save over a newer version is refused with
both texts kept (two tabs), and a create makes one question however often it is posted."""

import threading
import uuid

import pytest
from django.db import connection
from django.test import Client

from labs.data.models import DataItem, DataQuestion
from tests.labs.data.conftest import READY_STEPS, url
from tests.support.work import with_token

HTMX = {"HTTP_HX_REQUEST": "true"}


def step_one(question_text: str, version) -> dict:
    return {**READY_STEPS["question"], "question-question": question_text, "version": version}


@pytest.fixture
def two_tabs(participant):
    """The same person signed in twice: two tabs, each with the page as it was loaded."""
    tabs = []
    for _ in range(2):
        tab = Client()
        tab.force_login(participant)
        tabs.append(tab)
    return tabs


def test_a_stale_tab_saving_the_same_step_gets_the_conflict_page_with_both_texts(
    two_tabs, enrolment, question
):
    tab_a, tab_b = two_tabs
    address = url("data_question_step", enrolment, question.pk, "question")
    for tab in two_tabs:  # both load the question at version 1
        assert 'name="version" value="1"' in tab.get(address).content.decode()
    a_text = "Which wards had no warm space open after 6pm last winter?"
    b_text = "How many over-75s used each warm space on weekday mornings?"
    assert tab_a.post(address, step_one(a_text, "1")).status_code == 302

    response = tab_b.post(address, step_one(b_text, "1"))
    html = response.content.decode()
    assert response.status_code == 409
    assert "Not saved: this was changed somewhere else" in html
    assert a_text in html  # what was saved meanwhile, shown beside ...
    assert html.count(b_text) >= 2  # ... what tab B typed, in the table and still in the form
    assert 'name="version" value="2"' in html  # saving again is a knowing choice
    question.refresh_from_db()
    assert question.question == a_text and question.version == 2  # A's edit is not lost

    # Tab B merges by hand and saves again over the version it has now seen.
    merged = f"{a_text} And {b_text.lower()}"
    assert tab_b.post(address, step_one(merged, "2")).status_code == 302
    question.refresh_from_db()
    assert question.question == merged and question.version == 3


def test_with_htmx_the_conflict_is_the_step_answered_200_so_it_is_swapped_in(
    two_tabs, enrolment, question
):
    tab_a, tab_b = two_tabs
    address = url("data_question_step", enrolment, question.pk, "kind")
    tab_a.post(address, {**READY_STEPS["kind"], "version": "1"}, **HTMX)
    typed = {"kind-kind": "diagnostic", "kind-kind_reason": "We want to know why.", "version": "1"}
    response = tab_b.post(address, typed, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="step-kind"' in html and "<h1" not in html
    assert "Not saved: this was changed somewhere else" in html
    assert "Descriptive" in html and "Diagnostic" in html  # saved now, and typed
    assert "We need counts before causes." in html and "We want to know why." in html
    question.refresh_from_db()
    assert question.kind == "descriptive"


def test_ones_own_save_in_place_then_the_next_step_is_not_a_conflict(
    signed_in_participant, enrolment, question
):
    """One tab saving step 1 and then step 2 is not a conflict: step 2 has a page of its own,
    drawn at the question's new version. The answer to the first save carries no other step's
    version out of band: no other step's form is on step 1's page (htmx would report each as
    oobErrorNoTarget)."""
    client = signed_in_participant
    saved = client.post(
        url("data_question_step", enrolment, question.pk, "question"),
        step_one("Which wards lack a warm space?", "1"),
        **HTMX,
    ).content.decode()
    assert 'name="version" value="2" id="question-version-question"' in saved
    for step in ("kind", "data", "ethics"):
        assert f'id="question-version-{step}"' not in saved
    page = client.get(url("data_question_step", enrolment, question.pk, "kind")).content.decode()
    assert 'name="version" value="2" id="question-version-kind"' in page
    response = client.post(
        url("data_question_step", enrolment, question.pk, "kind"),
        {**READY_STEPS["kind"], "version": "2"},
        **HTMX,
    )
    assert "Not saved" not in response.content.decode()
    question.refresh_from_db()
    assert question.kind == "descriptive" and question.version == 3


def test_a_stale_tabs_forms_are_not_moved_on_by_an_item_save_or_a_conflict(
    signed_in_participant, enrolment, question
):
    """Tab A saves step 1; stale tab B then gets a conflict on step 1, or adds a data item: B's
    answers must not bring its other step forms up to date, or B's next save of step 2 would
    overwrite A's work without a word."""
    client = signed_in_participant
    client.post(
        url("data_question_step", enrolment, question.pk, "question"),
        step_one("Which wards lack a warm space?", "1"),
        **HTMX,
    )
    conflict = client.post(
        url("data_question_step", enrolment, question.pk, "question"),
        step_one("A stale tab's question", "1"),
        **HTMX,
    ).content.decode()
    assert "Not saved" in conflict
    assert 'id="question-version-kind"' not in conflict


@pytest.mark.parametrize("version", ["", "abc", "-1", "99999999999999999999999", "٣"])
def test_a_missing_or_malformed_version_is_a_conflict_not_an_error(
    signed_in_participant, enrolment, question, version
):
    data = step_one("Which wards lack a warm space?", version)
    if not version:
        del data["version"]
    response = signed_in_participant.post(
        url("data_question_step", enrolment, question.pk, "question"), data
    )
    assert response.status_code == 409
    question.refresh_from_db()
    assert question.version == 1 and question.question.startswith("How many people aged 75")


def test_a_data_item_changed_in_another_tab_is_not_overwritten(
    two_tabs, enrolment, question, make_item
):
    item = make_item(question)
    tab_a, tab_b = two_tabs
    prefix = f"item-{item.pk}"
    address = url("data_item", enrolment, question.pk, item.pk)

    def item_data(description):
        return {
            f"{prefix}-description": description,
            f"{prefix}-value_type": "numbers",
            f"{prefix}-source": "own_service",
            f"{prefix}-personal": "none",
            "version": "1",
        }

    assert tab_a.post(address, item_data("Visits per warm space per evening")).status_code == 302
    response = tab_b.post(address, item_data("Visits per warm space per morning"), **HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and "Not saved: this was changed somewhere else" in html
    assert "per evening" in html and "per morning" in html
    item.refresh_from_db()
    assert item.description == "Visits per warm space per evening" and item.version == 2


def test_a_double_click_on_save_and_continue_makes_one_question(signed_in_participant, enrolment):
    data = with_token({"question": "Which wards lack a warm space?"})
    first = signed_in_participant.post(url("data_question_new", enrolment), data)
    second = signed_in_participant.post(url("data_question_new", enrolment), data)
    question = DataQuestion.objects.get(enrolment=enrolment)
    # Step 1 still lacks its decision, who and when: the browser goes on to step 1's page.
    step_one_page = url("data_question_step", enrolment, question.pk, "question")
    assert first["Location"] == second["Location"] == step_one_page
    # The next question has a token of its own.
    signed_in_participant.post(url("data_question_new", enrolment), with_token(data))
    assert DataQuestion.objects.filter(enrolment=enrolment).count() == 2


def test_a_create_without_its_token_is_refused_and_makes_nothing(
    signed_in_participant, enrolment, question
):
    for token in (None, "not-a-token", "\u0663"):
        data = {"question": "Which wards lack a warm space?"}
        if token:
            data["create_token"] = token
        response = signed_in_participant.post(url("data_question_new", enrolment), data)
        assert response.status_code == 400
        assert "send the form again" in response.content.decode()
    assert DataQuestion.objects.filter(enrolment=enrolment).count() == 1


def test_an_item_posted_twice_is_added_once(signed_in_participant, enrolment, question):
    data = with_token(
        {
            "item-description": "Visits per warm space per week",
            "item-value_type": "numbers",
            "item-source": "own_service",
            "item-personal": "none",
        }
    )
    for _ in range(2):
        response = signed_in_participant.post(
            url("data_item_add", enrolment, question.pk), data, **HTMX
        )
        assert response.status_code == 200
    assert DataItem.objects.filter(question=question).count() == 1


@pytest.mark.django_db(transaction=True)
def test_four_racing_posts_of_one_new_question_form_make_one_question(participant, enrolment):
    token = str(uuid.uuid4())
    data = {"question": "Which wards lack a warm space?", "create_token": token}
    barrier = threading.Barrier(4)
    statuses, errors = [], []

    def post():
        try:
            client = Client()
            client.force_login(participant)
            barrier.wait(timeout=10)
            statuses.append(client.post(url("data_question_new", enrolment), data).status_code)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert statuses == [302] * 4
    assert DataQuestion.objects.filter(enrolment=enrolment).count() == 1
