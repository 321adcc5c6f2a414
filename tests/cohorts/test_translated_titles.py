"""Sorting and searching enrolments by their cohort's title read the translated columns (the
title as edited in the admin), never the untranslated column beside them."""

from django.urls import reverse

from cohorts.models import Cohort
from cohorts.selectors import lead_people
from cohorts.services import enrolment_create


def _two_cohorts(make_cohort, make_user, cardiff):
    # The plain `title` column says the opposite order to the English titles edited since.
    first = make_cohort(councils=[cardiff], title="Zebra")
    second = make_cohort(councils=[cardiff], title="Aardvark", start=first.start_date)
    Cohort.objects.filter(pk=first.pk).update(title_en="Alpha cohort", title_cy="Carfan Alffa")
    Cohort.objects.filter(pk=second.pk).update(title_en="Omega cohort", title_cy="Carfan Omega")
    for cohort, name in ((first, "one"), (second, "two")):
        user = make_user(f"{name}@cardiff.test", council=cardiff)
        enrolment_create(cohort=cohort, user=user, invite=False)
    return first, second


def test_a_lead_sorts_their_people_by_the_cohorts_title(make_cohort, make_user, cardiff, lead):
    first, second = _two_cohorts(make_cohort, make_user, cardiff)
    ordered = [e.cohort_id for e in lead_people(user=lead, sort="cohort")]
    assert ordered == [first.pk, second.pk]


def test_staff_find_enrolments_by_the_cohorts_english_or_welsh_title(
    client, staff, make_cohort, make_user, cardiff
):
    first, _second = _two_cohorts(make_cohort, make_user, cardiff)
    client.force_login(staff)
    url = reverse("admin:cohorts_enrolment_changelist")
    for query in ("Alpha", "Alffa"):
        page = client.get(url, {"q": query})
        assert page.status_code == 200
        found = list(page.context["cl"].result_list)
        assert [e.cohort_id for e in found] == [first.pk], query


def test_the_roster_export_lists_cohorts_by_their_title(
    client, staff, make_cohort, make_user, cardiff
):
    first, second = _two_cohorts(make_cohort, make_user, cardiff)
    client.force_login(staff)
    response = client.post(
        reverse("admin:cohorts_cohort_changelist"),
        {"action": "export_roster", "_selected_action": [first.pk, second.pk]},
    )
    text = response.content.decode()
    assert text.index("Alpha cohort") < text.index("Omega cohort")
