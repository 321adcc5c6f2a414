"""The project's tenancy walk (tests/infuse/walk.py), over the builder's URLs and the comment
URL: other apps' URLs are proven by tests/infuse/test_access.py. The walk's world has cohorts
placed around the real date, so this module does not pin today."""

import pytest

from infuse import access
from labs.data.access import ACCESS as DATA_ACCESS
from tests.infuse.test_access import world  # noqa: F401  (the walk's world, as a fixture)
from tests.infuse.walk import walk


@pytest.fixture(autouse=True)
def in_week_three():
    """Overrides the package's pinned date: the walk's cohorts sit around the real today."""


def test_the_tenancy_walk_passes_for_the_builder(world):  # noqa: F811
    """Owner 200, another council 404, lead and funder 404, staff reading 200 and writing 403;
    the comment URL staff only."""
    mine = {**DATA_ACCESS, "tool_comment": access.ACCESS["tool_comment"]}
    problems = walk(world, access_map=mine)
    ours = [p for p in problems if "data_" in p.split(":")[0] or "tool_comment" in p]
    assert not ours, "\n".join(ours)
    statuses = world.statuses
    # participant (mine, theirs), lead (mine, theirs), staff (mine), funder (mine, theirs)
    assert statuses["data_tool at /dashboard/labs/<int:pk>/data-questions/"] == [
        200,
        404,
        404,
        404,
        200,
        404,
        404,
    ]
    assert statuses["data_tool_pdf at /dashboard/labs/<int:pk>/data-questions/pdf/"] == [
        200,
        404,
        404,
        404,
        200,
        404,
        404,
    ]
    assert statuses[
        "data_question_step at /dashboard/labs/<int:pk>/data-questions/<int:question_pk>"
        "/steps/<slug:step>/"
    ] == [302, 404, 404, 404, 403, 404, 404]
    assert statuses["tool_comment at /dashboard/labs/<int:pk>/tool/comments/"] == [
        403,
        403,
        403,
        403,
        302,
        403,
        403,
    ]
