"""A save in place answers with out-of-band fragments only for what the step's own page has
(each step has its own page since issue 23): any other makes htmx report oobErrorNoTarget in
the browser's console on every save."""

import pytest

from tests.labs.data.conftest import READY_STEPS, url
from tests.support.oob import missing_targets, oob_targets
from tests.support.work import with_token

HTMX = {"HTTP_HX_REQUEST": "true"}
ITEM = {
    "item-description": "Daily mileage per van",
    "item-value_type": "numbers",
    "item-source": "own_service",
    "item-source_name": "Telematics",
    "item-personal": "none",
}


@pytest.mark.parametrize("step", ["question", "kind", "ethics"])
def test_a_steps_save_swaps_out_of_band_only_what_its_page_has(client, enrolment, question, step):
    client.force_login(enrolment.user)
    address = url("data_question_step", enrolment, question.pk, step)
    page = client.get(address).content.decode()
    answer = client.post(address, {**READY_STEPS[step], "version": "1"}, **HTMX).content.decode()
    assert "Saved:" in answer
    assert oob_targets(answer)  # the overview and the status line
    assert missing_targets(answer, page) == []


def test_a_data_items_save_swaps_out_of_band_only_what_the_data_steps_page_has(
    client, enrolment, question
):
    client.force_login(enrolment.user)
    page = client.get(url("data_question_step", enrolment, question.pk, "data")).content.decode()
    answer = client.post(
        url("data_item_add", enrolment, question.pk), with_token(ITEM), **HTMX
    ).content.decode()
    assert "Saved:" in answer and "Daily mileage per van" in answer
    assert oob_targets(answer)
    assert missing_targets(answer, page) == []
