"""The Good data question builder's pages: saved as the participant works (htmx in place, and
plain posts that redirect), errors that name the field and keep what was typed, steps opened
week by week, activities ticked through the progress service, and staff reading and commenting."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from cohorts.models import Completion, Enrolment, EnrolmentStatus
from cohorts.services import enrolment_create
from labs.data.models import DataItem, DataQuestion
from labs.models import Activity
from tests.cohorts.participant_helpers import set_today
from tests.labs.data.conftest import READY_STEPS, url
from tests.support.work import with_token, with_version

HTMX = {"HTTP_HX_REQUEST": "true"}


def ticked(enrolment, step: str) -> bool:
    activity = Activity.objects.get(module__lab=enrolment.cohort.lab, tool_step=step)
    return Completion.objects.filter(enrolment=enrolment, activity=activity).exists()


@pytest.fixture
def signed_in(client, participant):
    client.force_login(participant)
    return client


def save(client, enrolment, question, step, data, **extra):
    data = with_version(data, question)
    return client.post(url("data_question_step", enrolment, question.pk, step), data, **extra)


# --- Starting a question --------------------------------------------------------------------


def test_the_tool_page_lists_the_five_steps_with_their_weeks(signed_in, enrolment):
    response = signed_in.get(url("data_tool", enrolment))
    assert response.status_code == 200
    html = response.content.decode()
    for title in ["Write your question", "List your data", "Check the ethics", "Run the quality"]:
        assert title in html
    assert "27 October 2026" in html  # week 4, when the quality step opens
    assert html.count("<h1") == 1


def test_starting_a_question_saves_it_ticks_step_one_and_moves_progress(signed_in, enrolment):
    before = Enrolment.objects.get(pk=enrolment.pk).progress
    response = signed_in.post(
        url("data_question_new", enrolment),
        with_token(
            {key.removeprefix("question-"): v for key, v in READY_STEPS["question"].items()}
        ),
    )
    question = DataQuestion.objects.get(enrolment=enrolment)
    assert response.status_code == 302
    # Step 1 is complete: the browser goes on to the page of step 2, the next step to do.
    assert response["Location"] == url("data_question_step", enrolment, question.pk, "kind")
    assert question.who_acts == "Head of Communities, at the budget board"
    assert ticked(enrolment, "question")
    assert not ticked(enrolment, "kind")
    assert Enrolment.objects.get(pk=enrolment.pk).progress > before


def test_starting_a_question_with_htmx_sends_the_browser_to_it(signed_in, enrolment):
    response = signed_in.post(
        url("data_question_new", enrolment),
        with_token({"question": "Which wards lack a warm space?"}),
        **HTMX,
    )
    question = DataQuestion.objects.get(enrolment=enrolment)
    assert response.status_code == 200
    # Step 1 lacks its decision, who and when: its page is the first with work to do.
    assert response["HX-Redirect"] == url("data_question_step", enrolment, question.pk, "question")
    assert not ticked(enrolment, "question")  # decision, who and when are still to come


def test_a_question_left_empty_answers_200_naming_the_field_and_keeps_the_rest(
    signed_in, enrolment
):
    typed = {"decision": "Whether to open a hub in Ely", "by_when": "Cabinet, March 2027"}
    for extra in ({}, HTMX):
        response = signed_in.post(url("data_question_new", enrolment), with_token(typed), **extra)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Enter your question." in html
        assert 'href="#id_question"' in html  # the error summary links to the field
        assert "Whether to open a hub in Ely" in html and "Cabinet, March 2027" in html
    assert not DataQuestion.objects.exists()


def test_the_htmx_error_is_the_form_alone(signed_in, enrolment):
    response = signed_in.post(url("data_question_new", enrolment), {}, **HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith("<form") and "<h1" not in html
    assert "HX-Request" in response["Vary"]


LIMIT = (
    "You have 10 questions, the most the builder keeps. To start another, delete one you no "
    "longer need. Or reuse one: open it and change its question, since every step can be changed."
)
A_NEW_QUESTION = {
    key.removeprefix("question-"): value for key, value in READY_STEPS["question"].items()
}


def test_a_participant_keeps_at_most_ten_questions(signed_in, enrolment, make_question):
    for _ in range(10):
        make_question(enrolment)
    page = signed_in.get(url("data_tool", enrolment)).content.decode()
    assert "the most the builder keeps" in page
    response = signed_in.post(url("data_question_new", enrolment), with_token(A_NEW_QUESTION))
    assert response.status_code == 200
    assert LIMIT in response.content.decode()
    assert DataQuestion.objects.count() == 10


def test_at_ten_questions_the_new_page_says_what_to_do_instead_and_has_no_form(
    signed_in, enrolment, make_question
):
    for _ in range(10):
        make_question(enrolment)
    response = signed_in.get(url("data_question_new", enrolment))
    html = response.content.decode()
    assert response.status_code == 200
    assert LIMIT in html
    assert f'action="{url("data_question_new", enrolment)}"' not in html  # no form
    assert "Save and continue" not in html
    assert "You can save the question on its own" not in html
    assert f'href="{url("data_tool", enrolment)}"' in html
    assert "Your question was not saved" not in html  # nothing was sent


def test_a_post_at_ten_questions_says_so_in_place_of_the_form_and_saves_nothing(
    signed_in, enrolment, make_question
):
    for _ in range(10):
        make_question(enrolment)
    for extra in ({}, HTMX):
        response = signed_in.post(
            url("data_question_new", enrolment), with_token(A_NEW_QUESTION), **extra
        )
        html = response.content.decode()
        assert response.status_code == 200  # htmx swaps it in; a 403 would say "Reload"
        assert "Your question was not saved" in html and LIMIT in html
        assert "Save and continue" not in html
    assert html.lstrip().startswith('<div id="new-question">') and "<h1" not in html
    assert DataQuestion.objects.count() == 10
    assert not DataQuestion.objects.filter(decision=A_NEW_QUESTION["decision"]).exists()


def test_the_tenth_question_started_elsewhere_meanwhile_gets_the_same_answer(
    signed_in, enrolment, make_question, monkeypatch
):
    """The limit is checked again when saving: a question started in another tab between the
    check and the save still gets the message, not a refusal."""
    from labs.data import services

    for _ in range(10):
        make_question(enrolment)
    answers = iter([False])  # the page's check passes; the service's, when saving, does not
    monkeypatch.setattr(services, "at_question_limit", lambda ctx: next(answers, True))
    response = signed_in.post(
        url("data_question_new", enrolment), with_token(A_NEW_QUESTION), **HTMX
    )
    assert response.status_code == 200
    assert "Your question was not saved" in response.content.decode()
    assert DataQuestion.objects.count() == 10


def test_a_null_character_in_a_question_field_names_the_field_and_saves_nothing(
    signed_in, enrolment, question
):
    """Django's own "Null characters are not allowed." was English on Welsh pages and did not
    say which field."""
    typed = {**A_NEW_QUESTION, "decision": "Whether to fund\x00 three more warm spaces"}
    for extra in ({}, HTMX):
        response = signed_in.post(url("data_question_new", enrolment), with_token(typed), **extra)
        html = response.content.decode()
        assert response.status_code == 200
        assert (
            "“The decision it informs” contains a hidden null character, often left by copying "
            "and pasting, and cannot be saved."
        ) in html
        assert 'href="#id_decision"' in html
    typed = {"kind-kind": "descriptive", "kind-kind_reason": "Counts\x00 first"}
    response = save(signed_in, enrolment, question, "kind", typed, **HTMX)
    assert response.status_code == 200
    assert "“Why this kind” contains a hidden null character" in response.content.decode()
    assert DataQuestion.objects.count() == 1
    assert DataQuestion.objects.get().kind == question.kind


# --- Saving steps ---------------------------------------------------------------------------


def test_saving_a_step_with_htmx_answers_the_step_and_the_overview_out_of_band(
    signed_in, enrolment, question
):
    response = save(signed_in, enrolment, question, "kind", READY_STEPS["kind"], **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('\n<section id="step-kind"') or 'id="step-kind"' in html
    assert '<div id="question-overview" hx-swap-oob="true">' in html
    assert '<div id="tool-status" hx-swap-oob="innerHTML">' in html
    assert "Saved: Choose the kind of question." in html
    assert "Builder step 2: choose the kind of question" in html  # the activity it ticked
    assert "<h1" not in html
    assert "HX-Request" in response["Vary"]
    assert DataQuestion.objects.get(pk=question.pk).kind == "descriptive"
    assert ticked(enrolment, "kind")


def test_a_plain_post_saves_and_redirects_back_to_the_step(signed_in, enrolment, question):
    response = save(signed_in, enrolment, question, "question", READY_STEPS["question"])
    assert response.status_code == 302
    # Back to the step's own page (issue 23).
    assert response["Location"] == url("data_question_step", enrolment, question.pk, "question")
    page = signed_in.get(response["Location"]).content.decode()
    assert "Saved: Write your question." in page
    assert "Budget board, 10 December 2026" in page
    assert ticked(enrolment, "question")


def test_a_step_only_writes_its_own_fields(signed_in, enrolment, question):
    save(signed_in, enrolment, question, "kind", {**READY_STEPS["kind"], "kind-question": "X"})
    assert DataQuestion.objects.get(pk=question.pk).question == question.question


def test_a_too_long_answer_names_the_field_and_the_rule_and_changes_nothing(
    signed_in, enrolment, question
):
    data = {**READY_STEPS["question"], "question-by_when": "x" * 201}
    response = save(signed_in, enrolment, question, "question", data, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "“By when” must be 200 characters or fewer." in html
    assert "Whether to fund three more warm spaces in the valley wards" in html  # kept
    assert "Not saved" in html
    assert DataQuestion.objects.get(pk=question.pk).decision == ""


def test_choosing_no_kind_says_so(signed_in, enrolment, question):
    response = save(signed_in, enrolment, question, "kind", {"kind-kind_reason": "Because"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose the kind of question." in html and "Because" in html


def test_an_unknown_step_is_404(signed_in, enrolment, question):
    assert save(signed_in, enrolment, question, "nonsense", {}).status_code == 404


def test_the_ethics_step_shows_the_dpia_screening_and_why(
    signed_in, enrolment, question, make_item
):
    make_item(question, description="Health conditions of visitors", personal="special")
    data = {**READY_STEPS["ethics"], "ethics-screen_large_scale": "yes"}
    html = save(signed_in, enrolment, question, "ethics", data, **HTMX).content.decode()
    assert "DPIA required" in html
    assert "Special category data" in html and "Large scale" in html
    assert "Article 35(3)(b)" in html
    saved = DataQuestion.objects.get(pk=question.pk)
    assert saved.screen_large_scale is True and saved.screen_vulnerable is False
    assert saved.screen_monitoring is False


def test_an_unanswered_screening_question_stays_unanswered(signed_in, enrolment, question):
    data = {k: v for k, v in READY_STEPS["ethics"].items() if k != "ethics-screen_criminal"}
    save(signed_in, enrolment, question, "ethics", data)
    saved = DataQuestion.objects.get(pk=question.pk)
    assert saved.screen_criminal is None
    assert not ticked(enrolment, "ethics")


def test_the_quality_step_is_refused_before_week_four_opens(signed_in, enrolment, question):
    response = save(signed_in, enrolment, question, "quality", {"quality-quality_actions": "Do"})
    assert response.status_code == 403
    assert "opens with week 4, on 27 October 2026" in response.content.decode()
    assert DataQuestion.objects.get(pk=question.pk).quality_actions == ""


def test_a_ready_question_ticks_the_quality_activity_once_week_four_opens(
    signed_in, enrolment, question, make_item, monkeypatch
):
    make_item(question)
    for step in ("question", "kind", "ethics"):
        save(signed_in, enrolment, question, step, READY_STEPS[step])
    page = signed_in.get(url("data_question", enrolment, question.pk)).content.decode()
    assert "It passes all four tests" in page
    assert {s: ticked(enrolment, s) for s in ("question", "kind", "data", "ethics", "quality")} == {
        "question": True,
        "kind": True,
        "data": True,
        "ethics": True,
        "quality": False,  # week 4 has not opened
    }
    set_today(monkeypatch, dt.date(2026, 10, 28))
    response = save(signed_in, enrolment, question, "quality", {"quality-quality_actions": "None"})
    assert response.status_code == 302
    assert ticked(enrolment, "quality")


def test_a_question_that_needs_work_says_why_on_its_page(signed_in, enrolment, question):
    assert (
        "Needs work" in signed_in.get(url("data_question", enrolment, question.pk)).content.decode()
    )
    page = signed_in.get(
        url("data_question_step", enrolment, question.pk, "quality")
    ).content.decode()
    assert "Needs work" in page
    assert "Write the decision the answer informs, in step 1." in page
    assert "List the data your question needs in step 3." in page
    assert "How it is checked:" in page  # the rule, shown openly


# --- Data items -----------------------------------------------------------------------------


def test_adding_an_item_with_htmx_answers_the_data_step_and_ticks_step_three(
    signed_in, enrolment, question
):
    data = {
        "item-description": "Daily mileage per van",
        "item-value_type": "numbers",
        "item-source": "own_service",
        "item-source_name": "Telematics",
        "item-personal": "personal",
    }
    response = signed_in.post(
        url("data_item_add", enrolment, question.pk), with_token(data), **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="step-data"' in html and "Daily mileage per van" in html
    assert DataItem.objects.get(question=question).source_name == "Telematics"
    assert ticked(enrolment, "data")


def test_an_item_without_its_choices_names_each_missing_one(signed_in, enrolment, question):
    data = {"item-description": "Ward of each visitor"}
    response = signed_in.post(url("data_item_add", enrolment, question.pk), data, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose whether the item is numbers or words." in html
    assert "Choose where the item comes from." in html
    assert "Choose whether the item is personal or special category data." in html
    assert 'value="Ward of each visitor"' in html
    assert not DataItem.objects.exists()


def test_an_item_is_changed_in_place_and_removed(signed_in, enrolment, question, make_item):
    item = make_item(question)
    item_url = url("data_item", enrolment, question.pk, item.pk)
    form = signed_in.get(item_url, **HTMX).content.decode()
    assert f'action="{item_url}"' in form and "Save this item" in form
    whole_page = signed_in.get(item_url).content.decode()
    assert "<h1" in whole_page and "Save this item" in whole_page  # without JavaScript
    prefix = f"item-{item.pk}"
    response = signed_in.post(
        item_url,
        {
            f"{prefix}-description": "Visits per warm space per evening",
            f"{prefix}-value_type": "numbers",
            f"{prefix}-source": "new_survey",
            f"{prefix}-personal": "none",
            "version": "1",
        },
    )
    assert response.status_code == 302
    assert DataItem.objects.get(pk=item.pk).source == "new_survey"
    signed_in.post(url("data_item_delete", enrolment, question.pk, item.pk))
    assert not DataItem.objects.exists()
    assert not ticked(enrolment, "data")


def test_someone_elses_item_is_404(signed_in, enrolment, question, make_question, make_item):
    other = make_item(make_question(enrolment))
    assert signed_in.get(url("data_item", enrolment, question.pk, other.pk)).status_code == 404


# --- Deleting -------------------------------------------------------------------------------


def test_deleting_a_question_asks_first_then_unticks_steps_no_other_question_completes(
    signed_in, enrolment, question
):
    save(signed_in, enrolment, question, "kind", READY_STEPS["kind"])
    assert ticked(enrolment, "kind")
    delete_url = url("data_question_delete", enrolment, question.pk)
    assert "Are you sure" in signed_in.get(delete_url).content.decode()
    response = signed_in.post(delete_url)
    assert response.status_code == 302 and response["Location"] == url("data_tool", enrolment)
    assert not DataQuestion.objects.exists()
    assert not ticked(enrolment, "kind")


# --- Who may do what ------------------------------------------------------------------------


def test_a_closed_enrolment_shows_the_work_but_takes_no_changes(
    client, participant, enrolment, question
):
    Enrolment.objects.filter(pk=enrolment.pk).update(status=EnrolmentStatus.COMPLETED)
    client.force_login(participant)
    page = client.get(url("data_question", enrolment, question.pk)).content.decode()
    assert "This Lab is closed for you" in page
    assert question.question in page
    # No form posts there (its address is a link to the step's own page, issue 23).
    assert f'action="{url("data_question_step", enrolment, question.pk, "kind")}"' not in page
    response = save(client, enrolment, question, "kind", READY_STEPS["kind"])
    assert response.status_code == 403
    assert DataQuestion.objects.get(pk=question.pk).kind == ""


def test_staff_read_without_forms_and_their_comment_shows_to_the_participant(
    client, staff, participant, enrolment, question
):
    client.force_login(staff)
    page = client.get(url("data_question", enrolment, question.pk)).content.decode()
    assert "You are reading Gwenllian Owner" in page
    assert question.question in page
    assert f'action="{url("data_question_step", enrolment, question.pk, "question")}"' not in page
    assert save(client, enrolment, question, "kind", READY_STEPS["kind"]).status_code == 403
    response = client.post(
        reverse("tool_comment", args=[enrolment.pk]),
        with_token({"body": "Name the wards <b>you</b> mean, and the dates."}),
    )
    assert response.status_code == 302
    assert response["Location"] == url("data_tool", enrolment)

    client.force_login(participant)
    for page_url in (url("data_tool", enrolment), url("data_question", enrolment, question.pk)):
        html = client.get(page_url).content.decode()
        assert "Name the wards &lt;b&gt;you&lt;/b&gt; mean, and the dates." in html
        assert "Sioned Staff" in html


def test_nothing_typed_is_rendered_unescaped(signed_in, enrolment, make_question):
    question = make_question(enrolment, question='<script>alert("x")</script> in 2025?')
    html = signed_in.get(url("data_question", enrolment, question.pk)).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_the_weekly_page_links_the_tool_step_to_the_builder(signed_in, enrolment):
    html = signed_in.get(reverse("lab_week", args=[enrolment.pk, 1])).content.decode()
    assert f'href="{url("data_tool", enrolment)}"' in html
    assert "Open Good data question builder" in html


# --- Queries --------------------------------------------------------------------------------


def test_tool_pages_do_not_grow_their_queries_with_questions_or_items(
    signed_in, enrolment, question, make_question, make_item, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_item(question)
    pages = [url("data_tool", enrolment), url("data_question", enrolment, question.pk)]
    # The question was made without the services: the first visit to the tool page ticks the
    # data step's activity (a write, once); count the pages as they are read after that.
    signed_in.get(pages[0])
    counts = []
    for page in pages:
        with CaptureQueriesContext(connection) as few:
            assert signed_in.get(page).status_code == 200
        counts.append(len(few))
    for _ in range(6):
        other = make_question(enrolment)
        for n in range(4):
            make_item(other, description=f"Item {n}")
            make_item(question, description=f"Item {n}")
    for page, count in zip(pages, counts, strict=True):
        with django_assert_max_num_queries(count):
            signed_in.get(page)
    assert max(counts) <= 15


def test_saving_a_step_takes_a_fixed_number_of_queries(
    signed_in, enrolment, question, make_item, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_item(question)
    with CaptureQueriesContext(connection) as few:
        save(signed_in, enrolment, question, "kind", READY_STEPS["kind"], **HTMX)
    for n in range(8):
        make_item(question, description=f"Item {n}")
    data = {**READY_STEPS["kind"], "kind-kind": "diagnostic"}
    with django_assert_max_num_queries(len(few)):
        save(signed_in, enrolment, question, "kind", data, **HTMX)


def test_another_enrolment_of_the_same_person_keeps_its_own_questions(
    signed_in, participant, enrolment, question, make_cohort, cardiff
):
    other_cohort = make_cohort(councils=[cardiff], title="Second Data cohort")
    second = enrolment_create(cohort=other_cohort, user=participant)
    page = signed_in.get(url("data_tool", second)).content.decode()
    assert question.question not in page
    assert signed_in.get(url("data_question", second, question.pk)).status_code == 404
    assert re.search(r"You have not written a question yet", page)


# --- Steps count only once their week has opened -------------------------------------------


@pytest.fixture
def ready_in_week_three(signed_in, enrolment, question, make_item):
    """A question that passes the quality check in week 3, before step 5's week opens."""
    make_item(question)
    for step in ("question", "kind", "ethics"):
        save(signed_in, enrolment, question, step, READY_STEPS[step])
    return question


def _step_status(html: str, title: str) -> str:
    row = re.search(rf"{re.escape(title)}</th>.*?</tr>", html, re.S).group(0)
    return re.search(r'<strong class="govuk-tag[^"]*">([^<]+)</strong>', row).group(1)


def test_a_ready_question_does_not_show_step_five_done_before_week_four(
    signed_in, enrolment, ready_in_week_three
):
    html = signed_in.get(url("data_tool", enrolment)).content.decode()
    assert (
        "It passes all four tests"
        in signed_in.get(url("data_question", enrolment, ready_in_week_three.pk)).content.decode()
    )
    assert _step_status(html, "Write your question") == "Done"
    assert _step_status(html, "Check the ethics") == "Done"
    assert _step_status(html, "Run the quality check") == "Not open yet"
    assert "4 of 5" in html  # the question's card counts the open steps only


def test_opening_the_tool_in_week_four_ticks_the_quality_activity_of_a_ready_question(
    signed_in, enrolment, ready_in_week_three, monkeypatch
):
    assert not ticked(enrolment, "quality")
    before = Enrolment.objects.get(pk=enrolment.pk).progress
    set_today(monkeypatch, dt.date(2026, 10, 27))  # week 4's session: it opens today
    html = signed_in.get(url("data_tool", enrolment)).content.decode()
    assert ticked(enrolment, "quality")
    assert Enrolment.objects.get(pk=enrolment.pk).progress > before
    assert _step_status(html, "Run the quality check") == "Done"
    assert "5 of 5" in html
    # A second visit finds everything in step and writes nothing.
    count = Completion.objects.filter(enrolment=enrolment).count()
    signed_in.get(url("data_tool", enrolment))
    assert Completion.objects.filter(enrolment=enrolment).count() == count


def test_staff_reading_the_tool_in_week_four_tick_nothing(
    client, staff, enrolment, ready_in_week_three, monkeypatch
):
    set_today(monkeypatch, dt.date(2026, 10, 28))
    client.force_login(staff)
    assert client.get(url("data_tool", enrolment)).status_code == 200
    assert not ticked(enrolment, "quality")


# --- A staff reader's words, and comments from a question page ------------------------------


def test_staff_reading_a_question_see_it_named_as_the_participants(
    client, staff, enrolment, question
):
    client.force_login(staff)
    html = client.get(url("data_question", enrolment, question.pk)).content.decode()
    assert "Their question" in html and "Your question" not in html
    assert "Download their questions as a PDF" in html
    assert "Download all your questions" not in html
    assert "Comments to the participant" in html
    assert "Comments from your facilitators" not in html


def test_the_participant_still_reads_their_own_words(signed_in, enrolment, question):
    html = signed_in.get(url("data_question", enrolment, question.pk)).content.decode()
    assert "Your question" in html and "Their question" not in html
    assert "Download all your questions as a PDF" in html
    assert "Comments from your facilitators" in html


def test_a_comment_from_a_question_page_returns_there_and_names_its_step(
    client, staff, participant, enrolment, question
):
    client.force_login(staff)
    question_url = url("data_question", enrolment, question.pk)
    html = client.get(question_url).content.decode()
    assert f'name="next" value="{question_url}"' in html
    assert '<select class="govuk-select" id="comment-step" name="step">' in html
    assert '<option value="ethics">4. Check the ethics</option>' in html
    response = client.post(
        reverse("tool_comment", args=[enrolment.pk]),
        with_token({"body": "Say which wards.", "step": "ethics", "next": question_url}),
    )
    assert response.status_code == 302
    assert response["Location"] == question_url
    comment = enrolment.tool_comments.get()
    assert comment.step == "ethics"
    client.force_login(participant)
    html = client.get(question_url).content.decode()
    assert "Say which wards." in html
    assert "about the step “Check the ethics”" in html


def test_a_comment_with_a_null_character_says_so_and_saves_nothing(
    client, staff, enrolment, question
):
    """It reached the database, which cannot store it: a 500."""
    client.force_login(staff)
    response = client.post(
        reverse("tool_comment", args=[enrolment.pk]), {"body": "Say\x00 which wards."}
    )
    assert response.status_code == 302
    assert not enrolment.tool_comments.exists()
    page = client.get(response["Location"]).content.decode()
    assert "This text contains a hidden null character" in page


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/steal", "//evil.example/", "javascript:alert(1)", ""]
)
def test_a_comment_never_redirects_off_the_site(client, staff, enrolment, question, next_url):
    client.force_login(staff)
    response = client.post(
        reverse("tool_comment", args=[enrolment.pk]),
        with_token({"body": "Fine.", "step": "not-a-step", "next": next_url}),
    )
    assert response.status_code == 302
    assert response["Location"] == url("data_tool", enrolment)
    assert enrolment.tool_comments.get().step == ""  # an unknown step is the work as a whole


def test_opening_a_steps_address_shows_that_step_not_a_blank_405(
    client, question, enrolment, outsider
):
    client.force_login(enrolment.user)
    step_page = url("data_question_step", enrolment, question.pk, "ethics")
    response = client.get(step_page)
    assert response.status_code == 200 and 'id="step-ethics"' in response.content.decode()
    response = client.get(url("data_item_add", enrolment, question.pk))
    assert response.status_code == 302
    assert response["Location"] == url("data_question_step", enrolment, question.pk, "data")
    client.force_login(outsider)
    assert client.get(step_page).status_code == 404
