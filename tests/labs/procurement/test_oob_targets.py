"""A plan's step saved in place answers with out-of-band fragments only for what the step's
own page has (each step has its own page since issue 23): any other makes htmx report
oobErrorNoTarget in the browser's console on every save."""

import pytest
from django.urls import reverse

from tests.support.oob import missing_targets, oob_targets

HTMX = {"HTTP_HX_REQUEST": "true"}
SAVES = {
    "contract": {
        "contract-title": "Community warm spaces and befriending service",
        "contract-kind": "services",
        "contract-value": "£400,000",
        "contract-duration_months": "36",
    },
    "outcomes": {
        "outcomes-target-apprenticeship-weeks": "20",
        "outcomes-target-befriending-hours": "500",
    },
    "weighting": {
        "weighting-price": "70",
        "weighting-quality": "20",
        "weighting-social_value": "10",
    },
    "bids": {
        "bids-bid1-bidder": "Cwmbran Care",
        "bids-bid1-price": "380000",
        "bids-bid1-quality": "70",
        "bids-bid2-bidder": "Gwent Partners",
        "bids-bid2-price": "420000",
        "bids-bid2-quality": "75",
    },
}


@pytest.mark.parametrize("step", list(SAVES))
def test_a_steps_save_swaps_out_of_band_only_what_its_page_has(
    client, participant, full_plan, step
):
    client.force_login(participant)
    address = reverse(f"procurement_plan_{step}", args=[full_plan.enrolment_id, full_plan.pk])
    page = client.get(address).content.decode()
    data = {**SAVES[step], "version": str(full_plan.version)}
    response = client.post(address, data, **HTMX)
    answer = response.content.decode()
    assert response.status_code == 200 and "Not saved" not in answer
    assert oob_targets(answer)  # the step list and the status line at least
    assert missing_targets(answer, page) == []
