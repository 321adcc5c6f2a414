"""Who gets what from every URL of the Social value planner, exactly: the participant their own
plan; programme staff read it and its PDF and change nothing; another participant, a council
lead (even of the participant's own council) and a funder get 404 for the plan and its PDF.

(The tenancy walk in tests/infuse/test_access.py covers these URLs too, but it expects one
answer for every role a rule lists, so the rules accept 200 or 404; this pins each role.)"""

import pytest
from django.urls import reverse

from councils.models import Role
from infuse.access import (
    ACCESS,  # (it merges labs/procurement/access.py)
    Side,
)

GETS = ["procurement_planner", "procurement_plan", "procurement_plan_pdf"]
POSTS = [
    "procurement_plan_create",
    "procurement_plan_contract",
    "procurement_plan_outcomes",
    "procurement_plan_weighting",
    "procurement_plan_bids",
    "procurement_plan_delete",
]


def url(name, plan):
    kwargs = {"pk": plan.enrolment_id}
    if name not in ("procurement_planner", "procurement_plan_create"):
        kwargs["plan_id"] = plan.pk
    return reverse(name, kwargs=kwargs)


@pytest.fixture
def people(participant, outsider, lead, outsider_lead, funder, staff):
    return {
        "owner": participant,
        "another participant": outsider,
        "the owner's council lead": lead,
        "another council's lead": outsider_lead,
        "a funder": funder,
        "programme staff": staff,
    }


def test_every_planner_url_is_classified_in_the_labs_access_module():
    from infuse.access import routes  # noqa: I001

    names = {r.name for r in routes() if r.name and r.name.startswith("procurement_")}
    assert names == set(GETS + POSTS) == {n for n in ACCESS if n.startswith("procurement_")}


@pytest.mark.parametrize("name", GETS)
def test_the_plan_and_its_pdf_are_the_participants_and_staffs_only(
    client, people, full_plan, theirs, name
):
    expected = {
        "owner": 200,
        "programme staff": 200,
        "another participant": 404,
        "the owner's council lead": 404,
        "another council's lead": 404,
        "a funder": 404,
    }
    for who, user in people.items():
        client.force_login(user)
        assert client.get(url(name, full_plan)).status_code == expected[who], who
    client.logout()
    response = client.get(url(name, full_plan))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("name", POSTS)
def test_only_the_participant_changes_a_plan(client, people, full_plan, theirs, name):
    expected = {
        "programme staff": 403,  # reads and comments, never changes
        "another participant": 404,
        "the owner's council lead": 404,
        "another council's lead": 404,
        "a funder": 404,
    }
    side = Side(
        user=full_plan.enrolment.user,
        extra={"procurement_enrolment": full_plan.enrolment, "procurement_plan": full_plan},
    )
    data = ACCESS[name].data_for(side)  # as the owner's page would post it
    for who, user in people.items():
        if who == "owner":
            continue
        client.force_login(user)
        assert client.post(url(name, full_plan), data).status_code == expected[who], who
    full_plan.refresh_from_db()
    assert full_plan.title == "Community warm spaces and befriending service"
    assert full_plan.price_weight == 50


def test_a_participant_cannot_reach_their_own_plan_through_someone_elses_enrolment(
    client, participant, full_plan, theirs
):
    """The plan id must belong to the enrolment in the URL, and the enrolment to the caller."""
    client.force_login(participant)
    response = client.get(
        reverse("procurement_plan", kwargs={"pk": theirs.pk, "plan_id": full_plan.pk})
    )
    assert response.status_code == 404


def test_a_plan_in_another_labs_enrolment_is_not_found(client, participant, full_plan, enrolment):
    """`enrolment` is a Data Lab one: the planner answers 404 for it."""
    client.force_login(participant)
    assert client.get(reverse("procurement_planner", args=[enrolment.pk])).status_code == 404
    response = client.get(
        reverse("procurement_plan", kwargs={"pk": enrolment.pk, "plan_id": full_plan.pk})
    )
    assert response.status_code == 404


def test_the_roles_the_walk_expects_match_the_views(full_plan):
    """Staff are barred from the writing URLs as a role (403 in the walk); the reading ones
    list every role, answering 200 to the owner and staff and 404 to the rest."""
    for name in GETS:
        assert set(ACCESS[name].roles) == {Role.PARTICIPANT, Role.STAFF, Role.LEAD, Role.FUNDER}
        assert ACCESS[name].ok == (200, 404)
    for name in POSTS:
        assert Role.STAFF not in ACCESS[name].roles
