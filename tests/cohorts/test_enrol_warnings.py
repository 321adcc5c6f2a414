"""Issue 22, points 5 and 6: before someone is enrolled, whoever enrols them is warned that the
person is already on this Lab or on a cohort whose sessions overlap this one's, and may go on
("Enrol anyway", "Nominate anyway"); CSV enrolment shows it as a warning row, not an error.
One clash check (selectors.session_clashes_for). The enrol-person search offers only the
cohort's councils' people, with their council and email; the CSV preview lists errors first."""

import datetime as dt
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Cohort, Enrolment, EnrolmentStatus
from cohorts.selectors import enrolment_warnings, session_clashes_for
from cohorts.services import enrolment_create
from councils.models import Council, Role
from labs.models import Lab
from tests.cohorts.test_admin_cohort import _change_form, _enrol_inline, cohort_form


def next_tuesday(weeks_ahead: int) -> dt.date:
    today = timezone.localdate()
    return today + dt.timedelta(days=(1 - today.weekday()) % 7 + 7 * weeks_ahead)


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def data_cohort(make_cohort, cardiff, newport):
    """The cohort people are being enrolled in: Data Lab, Tuesdays 10:00-11:30."""
    return make_cohort(councils=[cardiff, newport], start=next_tuesday(2), title="Data Lab: May")


@pytest.fixture
def adaption_cohort(make_cohort, cardiff, newport):
    """Another Lab's cohort on the same Tuesdays at 10:00, two weeks earlier."""
    return make_cohort(
        lab=Lab.objects.get(code="adaption"),
        councils=[cardiff, newport],
        start=next_tuesday(0),
        title="Adaption Lab: April",
    )


@pytest.fixture
def on_adaption(adaption_cohort, participant):
    return enrolment_create(cohort=adaption_cohort, user=participant, invite=False)


# --- The one selector -------------------------------------------------------------------------


def test_enrolling_someone_whose_sessions_overlap_warns_naming_the_cohort_and_the_clash(
    data_cohort, on_adaption, participant, staff
):
    warnings = enrolment_warnings(user=staff, cohort=data_cohort, people=[participant])
    [warning] = warnings[participant.pk]
    assert warning.other == on_adaption.cohort
    # The Adaption cohort's weeks 3 to 6 fall on the Data Lab's weeks 1 to 4.
    pairs = [
        (c.first.number, c.second.number)
        if c.first.cohort_id == on_adaption.cohort_id
        else (c.second.number, c.first.number)
        for c in warning.clashes
    ]
    assert pairs == [
        (3, 1),
        (4, 2),
        (5, 3),
        (6, 4),
    ]
    first = next_tuesday(2)
    assert warning.message.startswith(
        "Gwenllian Owner is on Adaption Lab: April, whose sessions clash with this cohort's: "
        f"{first:%a} {first.day} {first:%b %Y}: their week 3, 10:00–11:30, and this cohort's "
        "week 1, 10:00–11:30;"
    )
    # The same check the participant's pages use, as if they were on both.
    assert session_clashes_for(user=participant, cohort=data_cohort, joining=True) == list(
        warning.clashes
    )
    assert session_clashes_for(user=participant, cohort=data_cohort) == []


def test_sessions_back_to_back_or_cancelled_do_not_clash(
    data_cohort, on_adaption, participant, staff
):
    on_adaption.cohort.sessions.filter(number__in=[3, 4]).update(start_time=dt.time(11, 30))
    on_adaption.cohort.sessions.filter(number=5).update(cancelled_at=timezone.now())
    [warning] = enrolment_warnings(user=staff, cohort=data_cohort, people=[participant])[
        participant.pk
    ]
    assert [max(c.first.number, c.second.number) for c in warning.clashes] == [
        6
    ]  # their week 6, this cohort's week 4


def test_already_on_the_same_lab_is_a_warning_until_that_cohort_has_finished(
    make_cohort, data_cohort, participant, staff, cardiff
):
    other = make_cohort(councils=[cardiff], start=next_tuesday(12), title="Data Lab: autumn")
    enrolment = enrolment_create(cohort=other, user=participant, invite=False)
    [warning] = enrolment_warnings(user=staff, cohort=data_cohort, people=[participant])[
        participant.pk
    ]
    assert warning.other == other and not warning.clashes
    assert warning.message == (
        "Gwenllian Owner is already on Data Lab: autumn, a Data Lab cohort that has not finished."
    )
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.save(update_fields=["status"])
    assert enrolment_warnings(user=staff, cohort=data_cohort, people=[participant]) == {
        participant.pk: []
    }
    finished = make_cohort(councils=[cardiff], start=dt.date(2025, 3, 4), title="Data Lab: old")
    enrolment_create(cohort=finished, user=participant, invite=False)
    assert enrolment_warnings(user=staff, cohort=data_cohort, people=[participant]) == {
        participant.pk: []
    }


def test_a_cohort_not_saved_yet_is_checked_against_the_sessions_it_will_have(
    on_adaption, participant, staff, data_lab
):
    new = Cohort(
        lab=data_lab,
        start_date=next_tuesday(2),
        session_weekday=1,
        session_time=dt.time(11, 0),
        session_minutes=60,
    )
    [warning] = enrolment_warnings(user=staff, cohort=new, people=[participant])[participant.pk]
    assert len(warning.clashes) == 4


def test_a_lead_is_told_only_about_their_own_councils_people(
    data_cohort, on_adaption, participant, outsider, outsider_lead
):
    enrolment_create(cohort=on_adaption.cohort, user=outsider, invite=False)
    found = enrolment_warnings(
        user=outsider_lead, cohort=data_cohort, people=[participant, outsider]
    )
    assert list(found) == [outsider.pk] and found[outsider.pk]


# --- The cohort's admin page: warned, then "Enrol anyway" or cancel ---------------------------


def enrol_post(client, cohort, staff, *people, go_on=None):
    data = _enrol_inline(
        _change_form(cohort, staff, list(cohort.councils.all()), online_url=cohort.online_url),
        *people,
    )
    if go_on is not None:
        data["enrolments-2-enrol_anyway"] = go_on
    return client.post(reverse("admin:cohorts_cohort_change", args=[cohort.pk]), data)


def shown_digest(response) -> str:
    match = re.search(r'name="enrolments-2-enrol_anyway" value="([0-9a-f]+)"', response.text)
    assert match, "no “Enrol anyway” on the page"
    return match.group(1)


def test_staff_are_warned_and_nothing_is_saved_until_they_enrol_anyway(
    staff_client, staff, data_cohort, on_adaption, participant, django_capture_on_commit_callbacks
):
    response = enrol_post(staff_client, data_cohort, staff, participant)
    assert response.status_code == 200
    assert "Check before you enrol" in response.text
    assert "Gwenllian Owner is on Adaption Lab: April, whose sessions clash" in response.text
    assert not data_cohort.enrolments.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = enrol_post(
            staff_client, data_cohort, staff, participant, go_on=shown_digest(response)
        )
    assert response.status_code == 302
    assert response.url == reverse("admin:cohorts_cohort_change", args=[data_cohort.pk])
    assert data_cohort.enrolments.get().user == participant


def test_a_double_submit_of_enrol_anyway_makes_one_enrolment(
    staff_client, staff, data_cohort, on_adaption, participant
):
    digest = shown_digest(enrol_post(staff_client, data_cohort, staff, participant))
    first = enrol_post(staff_client, data_cohort, staff, participant, go_on=digest)
    second = enrol_post(staff_client, data_cohort, staff, participant, go_on=digest)
    assert first.status_code == 302
    assert second.status_code == 200
    assert "Gwenllian Owner is already enrolled in this cohort" in second.text
    assert Enrolment.objects.filter(cohort=data_cohort, user=participant).count() == 1


def test_going_on_past_other_warnings_than_those_shown_warns_again(
    staff_client, staff, data_cohort, on_adaption, participant, make_cohort, cardiff
):
    digest = shown_digest(enrol_post(staff_client, data_cohort, staff, participant))
    # Meanwhile they were put on another Data Lab cohort too.
    other = make_cohort(councils=[cardiff], start=next_tuesday(12), title="Data Lab: autumn")
    enrolment_create(cohort=other, user=participant, invite=False)
    response = enrol_post(staff_client, data_cohort, staff, participant, go_on=digest)
    assert response.status_code == 200
    assert "already on Data Lab: autumn" in response.text
    assert not data_cohort.enrolments.exists()


def test_no_warning_no_question(staff_client, staff, data_cohort, outsider):
    response = enrol_post(staff_client, data_cohort, staff, outsider)
    assert response.status_code == 302
    assert data_cohort.enrolments.get().user == outsider


def test_a_new_cohort_warns_before_its_first_save(
    staff_client, staff, on_adaption, participant, cardiff
):
    start = next_tuesday(2)
    data = _enrol_inline(
        cohort_form(
            Lab.objects.get(code="data"),
            [cardiff],
            staff,
            start_date=start.isoformat(),
            session_weekday="1",
            title_en="Data Lab: new",
        ),
        participant,
    )
    url = reverse("admin:cohorts_cohort_add")
    response = staff_client.post(url, data)
    assert response.status_code == 200 and "Adaption Lab: April" in response.text
    assert not Cohort.objects.filter(title_en="Data Lab: new").exists()
    data["enrolments-2-enrol_anyway"] = shown_digest(response)
    response = staff_client.post(url, data)
    assert response.status_code == 302
    assert Cohort.objects.get(title_en="Data Lab: new").enrolments.get().user == participant


# --- CSV enrolment: a warning row, not an error; errors first with a count --------------------


def upload(client, cohort, text):
    file = io.BytesIO(text.encode("utf-8"))
    file.name = "people.csv"
    return client.post(reverse("admin:cohorts_cohort_enrol_csv", args=[cohort.pk]), {"file": file})


def test_the_csv_preview_shows_a_clash_as_a_warning_and_still_enrols(
    staff_client, data_cohort, on_adaption, participant
):
    text = (
        "email,full name,council\n"
        "new.person@cardiff.gov.test,New Person,cardiff\n"
        f"{participant.email},{participant.full_name},cardiff\n"
    )
    response = upload(staff_client, data_cohort, text)
    preview = response.context["preview"]
    assert preview.can_apply and not preview.errors
    assert [row.number for row in preview.warned] == [3]
    assert "whose sessions clash with this cohort's" in preview.warned[0].warnings[0]
    assert "1 row has a warning" in response.text
    assert re.search(r"csv-row--existing csv-row--warning.*Warning:", response.text, re.S)
    # Warned rows come before the rest.
    assert [row.number for row in preview.rows_in_order] == [3, 2]
    content = response.context["confirm_form"].initial["content"]
    staff_client.post(
        reverse("admin:cohorts_cohort_enrol_csv", args=[data_cohort.pk]),
        {"confirm": "1", "content": content},
    )
    assert data_cohort.enrolments.count() == 2


def test_the_csv_preview_lists_rows_with_errors_first_with_their_count(staff_client, data_cohort):
    text = (
        "email,full name,council\n"
        "one@cardiff.gov.test,One,cardiff\n"  # 2: fine
        "not-an-email,Two,cardiff\n"  # 3
        "three@cardiff.gov.test,Three,cardiff\n"  # 4: fine
        "four@x.test,Four,Atlantis\n"  # 5
        "five@x.test,Five,torfaen\n"  # 6
    )
    response = upload(staff_client, data_cohort, text)
    assert "3 rows have errors; they are listed first." in response.text
    numbers = re.findall(r'<tr class="csv-row[^"]*">\s*<td>(\d+)</td>', response.text)
    assert numbers == ["3", "5", "6", "2", "4"]


# --- A council lead's nomination ---------------------------------------------------------------


def nominate(client, cohort, person, **extra):
    return client.post(
        reverse("nominate", args=[cohort.pk]), {"which": "existing", "person": person.pk, **extra}
    )


def test_a_lead_is_warned_then_may_nominate_anyway_once(
    client, lead, data_cohort, on_adaption, participant
):
    client.force_login(lead)
    response = nominate(client, data_cohort, participant)
    assert response.status_code == 200
    assert "Check before you nominate Gwenllian Owner" in response.text
    assert "Adaption Lab: April, whose sessions clash with this cohort" in response.text
    assert not data_cohort.enrolments.exists()
    digest = re.search(r'name="go_on" value="([0-9a-f]+)"', response.text).group(1)
    response = nominate(client, data_cohort, participant, go_on=digest)
    assert response.status_code == 302
    again = nominate(client, data_cohort, participant, go_on=digest)  # a second click
    assert again.status_code == 200
    enrolment = data_cohort.enrolments.get()
    assert enrolment.user == participant and enrolment.nominated_by == lead


def test_a_lead_nominating_someone_without_a_clash_is_not_asked(
    client, lead, data_cohort, participant
):
    client.force_login(lead)
    assert nominate(client, data_cohort, participant).status_code == 302
    assert data_cohort.enrolments.get().user == participant


def test_another_councils_lead_cannot_nominate_there(client, outsider_lead, make_cohort, cardiff):
    cohort = make_cohort(councils=[cardiff], start=next_tuesday(2))
    client.force_login(outsider_lead)
    assert client.get(reverse("nominate", args=[cohort.pk])).status_code == 404


# --- The enrol-person search -----------------------------------------------------------------


def search(client, cohort, term=""):
    url = (
        reverse("admin:cohorts_cohort_people_to_enrol", args=[cohort.pk])
        if cohort is not None
        else reverse("admin:cohorts_cohort_people_to_enrol_new")
    )
    return client.get(
        url, {"term": term, "app_label": "cohorts", "model_name": "enrolment", "field_name": "user"}
    )


def test_the_search_offers_only_the_cohorts_councils_people_with_council_and_email(
    staff_client, make_cohort, make_user, cardiff, participant, outsider, lead
):
    cohort = make_cohort(councils=[cardiff], start=next_tuesday(2))
    torfaen = make_user("tor@torfaen.test", council=Council.objects.get(slug="torfaen"))
    enrolled = make_user("enrolled@cardiff.test", council=cardiff, name="Eirlys Enrolled")
    enrolment_create(cohort=cohort, user=enrolled, invite=False)
    response = search(staff_client, cohort)
    assert response.status_code == 200
    results = response.json()["results"]
    assert results == [
        {"id": str(participant.pk), "text": "Gwenllian Owner (Cardiff) <gwen.owner@cardiff.test>"}
    ]
    assert search(staff_client, cohort, "osian").json()["results"] == []
    # A cohort not saved yet: every council's participants, still labelled.
    texts = {r["text"] for r in search(staff_client, None).json()["results"]}
    assert "Osian Outsider (Newport) <osian.outsider@newport.test>" in texts
    assert str(torfaen.pk) in {r["id"] for r in search(staff_client, None).json()["results"]}
    assert not any("lead@cardiff.test" in text for text in texts)


def test_the_cohort_page_asks_its_own_search_and_labels_the_person_chosen(
    staff_client, staff, data_cohort, on_adaption, participant
):
    page = staff_client.get(reverse("admin:cohorts_cohort_change", args=[data_cohort.pk])).text
    assert (
        f'data-ajax--url="{reverse("admin:cohorts_cohort_people_to_enrol", args=[data_cohort.pk])}"'
        in page
    )
    warned = enrol_post(staff_client, data_cohort, staff, participant).text
    assert "Gwenllian Owner (Cardiff) &lt;gwen.owner@cardiff.test&gt;</option>" in warned


@pytest.mark.parametrize("role", [Role.LEAD, Role.PARTICIPANT])
def test_only_staff_may_search(client, make_user, cardiff, data_cohort, role):
    client.force_login(make_user(f"{role}@cardiff.test", role, cardiff))
    response = search(client, data_cohort)
    assert response.status_code in (302, 403)
    assert "Gwenllian" not in response.text
