"""The planner PDF's page breaks, read back page by page with pdftotext: an outcomes table
that runs over several pages shows its total once, at its end, under all the rows it adds up
(not at the foot of every page under only some of them), and a goal's heading row is never
left at the foot of a page with its measures on the next."""

from decimal import Decimal

import pytest
from django.urls import reverse

from labs.procurement.models import Goal, PlanMeasure, ProxyValue
from tests.support.pdfs import page_count, pdftotext

GOALS = [goal for goal, _label in Goal.choices]


def many_measures(plan, count: int) -> None:
    """`count` made-up measures over the seven goals, so the outcomes table spans pages."""
    for n in range(count):
        proxy = ProxyValue.objects.create(
            code=f"layout-{n}",
            goal=GOALS[n % len(GOALS)],
            measure=f"Layout measure number {n}",
            unit="hour",
            value=Decimal("10"),
            serves_decarbonisation=False,
            serves_communities=False,
            position=1000 + n,
        )
        PlanMeasure.objects.create(plan=plan, proxy=proxy, target=Decimal(n + 1))


@pytest.mark.parametrize("count", [28, 31, 34, 37, 40])
def test_the_outcomes_total_appears_once_at_the_end_and_goal_headings_keep_their_rows(
    client, participant, mine, make_plan, count
):
    plan = make_plan(mine)  # no bids: "Total" can only be the outcomes table's own
    many_measures(plan, count)
    client.force_login(participant)
    response = client.get(reverse("procurement_plan_pdf", args=[mine.pk, plan.pk]))
    data = response.content
    pages = [pdftotext(data, n) for n in range(1, page_count(data) + 1)]
    assert len(pages) > 1

    total_lines = [
        (number, line)
        for number, page in enumerate(pages, 1)
        for line in page.splitlines()
        if line.strip() == "Total"
    ]
    assert len(total_lines) == 1, total_lines
    last_row = max(n for n, page in enumerate(pages, 1) if "Layout measure number" in page)
    assert total_lines[0][0] == last_row

    for goal, label in Goal.choices:
        heading = next((n for n, page in enumerate(pages, 1) if str(label) in page), None)
        first = next(
            n
            for n, page in enumerate(pages, 1)
            if f"Layout measure number {GOALS.index(goal)}\n" in page
        )
        assert heading == first, (count, label)
