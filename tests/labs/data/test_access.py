"""Who may reach the builder: the participant (their own work) and programme staff (to read
and comment). Another participant, a council lead and a funder get 404 for the work and its
PDF, as if it did not exist; staff get 403 for the participant's writes."""

import pytest
from django.urls import reverse

from infuse import access
from labs.data.access import ACCESS as DATA_ACCESS
from tests.labs.data.conftest import READY_STEPS, url
from tests.support.work import with_token

READS = ["data_tool", "data_tool_pdf", "data_question"]


@pytest.fixture
def pages(enrolment, question, make_item):
    item = make_item(question)
    return {
        "data_tool": ("GET", url("data_tool", enrolment)),
        "data_tool_pdf": ("GET", url("data_tool_pdf", enrolment)),
        "data_question": ("GET", url("data_question", enrolment, question.pk)),
        "data_question_new": ("GET", url("data_question_new", enrolment)),
        "data_question_delete": ("GET", url("data_question_delete", enrolment, question.pk)),
        "data_question_step": (
            "POST",
            url("data_question_step", enrolment, question.pk, "question"),
        ),
        "data_item": ("GET", url("data_item", enrolment, question.pk, item.pk)),
        "data_item_add": ("POST", url("data_item_add", enrolment, question.pk)),
        "data_item_delete": ("POST", url("data_item_delete", enrolment, question.pk, item.pk)),
    }


def request(client, method, path):
    if method == "POST":
        data = {**READY_STEPS["question"], "version": "1"}
        return client.post(path, with_token(data))
    return client.get(path)


def test_every_url_of_the_builder_is_classified():
    names = {r.name for r in access.routes() if r.name and r.name.startswith("data_")}
    assert names == set(DATA_ACCESS)
    assert all(name in access.ACCESS for name in names)


@pytest.mark.parametrize("who", ["outsider", "lead", "outsider_lead", "funder"])
def test_another_participant_a_lead_and_a_funder_get_404_for_the_work_and_its_pdf(
    client, pages, who, request_fixture
):
    client.force_login(request_fixture(who))
    for name, (method, path) in pages.items():
        response = request(client, method, path)
        assert response.status_code == 404, f"{name} answered {response.status_code} to {who}"


@pytest.fixture
def request_fixture(request):
    return request.getfixturevalue


def test_the_participant_reaches_every_page(client, participant, pages):
    client.force_login(participant)
    for name, (method, path) in pages.items():
        response = request(client, method, path)
        assert response.status_code in (200, 302), f"{name}: {response.status_code}"


def test_staff_read_the_work_and_its_pdf_but_do_not_write_it(client, staff, pages):
    client.force_login(staff)
    for name, (method, path) in pages.items():
        expected = 200 if name in READS else 403
        assert request(client, method, path).status_code == expected, name


def test_anonymous_visitors_are_sent_to_sign_in(client, pages):
    for method, path in pages.values():
        response = request(client, method, path)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
