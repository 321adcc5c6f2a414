"""Issue 23: the Data tool's question split into its steps — each step on its own page with the
question's step list (done or not) and the steps before and after it, as the canvas has."""

import re

import pytest

from labs.data.models import DataQuestion
from tests.labs.data.conftest import url
from tests.support.work import with_version

STEPS = ["question", "kind", "data", "ethics", "quality"]


@pytest.fixture
def signed_in(client, participant):
    client.force_login(participant)
    return client


def step_page(enrolment, question, step):
    return url("data_question_step", enrolment, question.pk, step)


@pytest.mark.parametrize("index", range(5))
def test_each_step_has_its_own_page_with_only_that_step(signed_in, enrolment, question, index):
    step = STEPS[index]
    response = signed_in.get(step_page(enrolment, question, step))
    html = response.content.decode()
    assert response.status_code == 200
    sections = re.findall(r'<section id="step-(\w+)"', html)
    assert sections == [step]
    # The step list links to every step's page, this one marked as the current step.
    for name in STEPS:
        link = f'href="{step_page(enrolment, question, name)}"'
        assert link in html
    current = re.search(r'<a [^>]*aria-current="step"[^>]*>', html).group(0)
    assert step_page(enrolment, question, step) in current
    # Previous and Next go to the neighbouring steps' pages.
    prev = re.search(r'href="([^"]+)" rel="prev"', html)
    nxt = re.search(r'href="([^"]+)" rel="next"', html)
    assert (prev.group(1) if prev else None) == (
        step_page(enrolment, question, STEPS[index - 1]) if index else None
    )
    assert (nxt.group(1) if nxt else None) == (
        step_page(enrolment, question, STEPS[index + 1]) if index < 4 else None
    )


def test_the_step_list_says_which_steps_are_done(signed_in, enrolment, make_question):
    question = make_question(
        enrolment,
        question="How many people aged 75 and over used each warm space each week last winter?",
        decision="Whether to fund three more warm spaces next winter",
        who_acts="Head of Communities",
        by_when="Budget board, 10 December",
    )
    html = signed_in.get(step_page(enrolment, question, "kind")).content.decode()
    status = re.search(r'id="task-question-status">(.*?)</div>', html, re.S).group(1)
    assert "Completed" in status
    status = re.search(r'id="task-kind-status">(.*?)</div>', html, re.S).group(1)
    assert "Not started" in status


def test_a_plain_post_with_errors_comes_back_to_the_step_page(signed_in, enrolment, question):
    data = with_version({"question-question": ""}, question)
    response = signed_in.post(step_page(enrolment, question, "question"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r'<section id="step-(\w+)"', html) == ["question"]
    assert "govuk-error-summary" in html
    assert DataQuestion.objects.get(pk=question.pk).question == question.question


def test_staff_read_a_step_page_without_its_form(client, staff, enrolment, question):
    client.force_login(staff)
    response = client.get(step_page(enrolment, question, "kind"))
    html = response.content.decode()
    assert response.status_code == 200 and 'id="step-kind"' in html
    assert f'action="{step_page(enrolment, question, "kind")}"' not in html


@pytest.mark.parametrize("who", ["outsider", "lead", "outsider_lead"])
def test_anyone_else_gets_404(client, request, enrolment, question, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(step_page(enrolment, question, "ethics")).status_code == 404


def test_an_unknown_step_is_404(signed_in, enrolment, question):
    assert signed_in.get(step_page(enrolment, question, "nonsense")).status_code == 404


def test_every_limited_field_counts_its_characters(signed_in, enrolment, question):
    """Issue 23: govuk-frontend's character count on each text field with a limit, one line or
    several, before anything is typed."""
    from labs.data.forms import STEP_FORMS, ItemForm

    for step, form_class in [*STEP_FORMS.items(), ("data", ItemForm)]:
        html = signed_in.get(step_page(enrolment, question, step)).content.decode()
        if f'action="{step_page(enrolment, question, step)}"' not in html:
            assert step == "quality"  # opens in a later week than this test's
            continue
        prefix = "item" if form_class is ItemForm else step
        for name, field in form_class(prefix=prefix).fields.items():
            limit = getattr(field, "max_length", None)
            if not limit or getattr(field.widget, "input_type", None) == "radio":
                continue
            field_id = f"id_{prefix}-{name}"
            assert f'id="{field_id}"' in html, (step, name)
            group = html[: html.index(f'id="{field_id}"')]
            group = group[group.rindex('<div class="govuk-form-group') :]
            assert f'data-maxlength="{limit}"' in group, (step, name)
            tag = html[html.rindex("<", 0, html.index(f'id="{field_id}"')) :]
            assert "govuk-js-character-count" in tag[: tag.index(">")], (step, name)
            assert f'id="{field_id}-info"' in html, (step, name)


def test_the_question_page_is_an_overview_without_step_forms(signed_in, enrolment, question):
    """Issue 23: the question's own page is its overview, as the canvas's is: the step list with
    done or not done and the results, no step's section or form (each step has its page)."""
    html = signed_in.get(url("data_question", enrolment, question.pk)).content.decode()
    assert re.findall(r'<section id="step-(\w+)"', html) == []
    for step in STEPS:
        assert f'action="{step_page(enrolment, question, step)}"' not in html
        assert f'href="{step_page(enrolment, question, step)}"' in html
        assert f'id="task-{step}-status"' in html
    assert "Quality check" in html and "DPIA screening" in html
    assert not re.search(r'name="(question|kind|ethics|quality)-', html)


def test_a_step_page_leads_to_the_overview_not_to_a_page_of_every_step(
    signed_in, enrolment, question
):
    html = signed_in.get(step_page(enrolment, question, "kind")).content.decode()
    assert "All five steps on one page" not in html
    assert f'href="{url("data_question", enrolment, question.pk)}"' in html
