"""The capability self-assessment: offered before the Lab (skippable, asked again once) and at
its end; answered once; the person's own change shown to them; anyone else's 404."""

import datetime as dt

import pytest
from django.urls import reverse

from cohorts.learning import outcomes
from cohorts.models import Assessment, AssessmentAnswer, AssessmentKind, EnrolmentStatus
from labs.models import Statement


@pytest.fixture
def signed_in(client, participant):
    client.force_login(participant)
    return client


def answers_for(enrolment, value="4", not_sure_first=False):
    statements = outcomes.statements_for(lab_id=enrolment.cohort.lab_id)
    data = {f"s{s.pk}": value for s in statements}
    if not_sure_first:
        data[f"s{statements[0].pk}"] = "0"
    return data


def test_every_lab_has_six_to_eight_statements_in_english_and_welsh(db):
    for code in ("adaption", "data", "procurement"):
        statements = Statement.objects.filter(lab__code=code, archived=False)
        assert 6 <= statements.count() <= 8
        for s in statements:
            assert s.text_en and s.text_cy and s.text_en != s.text_cy
            assert s.module.lab.code == code


def test_the_data_labs_statements_include_the_issues_example(db):
    assert Statement.objects.filter(
        lab__code="data",
        text_en="I can turn a service problem into a question that data could answer.",
    ).exists()


def test_the_baseline_is_offered_on_the_labs_page_and_saved_once(signed_in, enrolment):
    page = signed_in.get(reverse("lab_detail", args=[enrolment.pk])).content.decode()
    url = reverse("self_assessment", args=[enrolment.pk, "baseline"])
    assert url in page
    form = signed_in.get(url).content.decode()
    assert "I can turn a service problem into a question that data could answer." in form
    response = signed_in.post(url, answers_for(enrolment, not_sure_first=True))
    assert response.status_code == 302
    again = signed_in.post(url, answers_for(enrolment, value="1"))  # a second tab
    assert again.status_code == 302
    assessment = Assessment.objects.get(enrolment=enrolment, kind=AssessmentKind.BASELINE)
    values = list(
        assessment.answers.order_by("statement__position").values_list("value", flat=True)
    )
    assert values[0] is None and set(values[1:]) == {4}
    page = signed_in.get(reverse("lab_detail", args=[enrolment.pk])).content.decode()
    assert url not in page  # no longer offered
    assert "Your self-assessment" in page and "not sure" in page


def test_a_missing_answer_is_refused_with_a_clear_message_and_nothing_saved(signed_in, enrolment):
    data = answers_for(enrolment)
    data.popitem()
    response = signed_in.post(reverse("self_assessment", args=[enrolment.pk, "baseline"]), data)
    assert response.status_code == 400
    assert "Choose a number from 1 to 5" in response.content.decode()
    assert not AssessmentAnswer.objects.exists()


def test_an_answer_outside_the_scale_is_refused(signed_in, enrolment):
    data = answers_for(enrolment, value="9")
    response = signed_in.post(reverse("self_assessment", args=[enrolment.pk, "baseline"]), data)
    assert response.status_code == 400
    assert not AssessmentAnswer.objects.exists()


def test_skipping_the_baseline_asks_once_more_on_a_later_day_then_never(
    signed_in, enrolment, monkeypatch
):
    day = dt.date(2026, 10, 6)
    monkeypatch.setattr("cohorts.selectors.today", lambda: day)
    url = reverse("self_assessment", args=[enrolment.pk, "baseline"])
    signed_in.post(url, {"skip": "1"})
    assert outcomes.assessment_due(enrolment=enrolment, today=day) is None
    signed_in.post(url, {"skip": "1"})  # a double click the same day counts once
    later = day + dt.timedelta(days=1)
    assert outcomes.assessment_due(enrolment=enrolment, today=later) == AssessmentKind.BASELINE
    monkeypatch.setattr("cohorts.selectors.today", lambda: later)
    signed_in.post(url, {"skip": "1"})
    assert outcomes.assessment_due(enrolment=enrolment, today=later + dt.timedelta(days=9)) is None


def test_the_exit_is_offered_once_completed(signed_in, enrolment):
    enrolment.status = EnrolmentStatus.COMPLETED
    enrolment.completed_on = dt.date(2026, 11, 10)
    enrolment.save()
    assert outcomes.assessment_due(enrolment=enrolment, today=dt.date(2026, 11, 11)) == "exit"
    url = reverse("self_assessment", args=[enrolment.pk, "exit"])
    assert signed_in.post(url, answers_for(enrolment, value="5")).status_code == 302
    rows = outcomes.own_change(enrolment=enrolment)
    assert rows[0].exit == 5 and rows[0].baseline is None
    # The baseline cannot be answered after the Lab.
    assert (
        signed_in.get(reverse("self_assessment", args=[enrolment.pk, "baseline"])).status_code
        == 404
    )


def test_someone_elses_self_assessment_is_404(client, outsider, enrolment, lead, staff):
    for person in (outsider, lead, staff):
        client.force_login(person)
        url = reverse("self_assessment", args=[enrolment.pk, "baseline"])
        assert client.get(url).status_code in (403, 404)
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    assert client.get(reverse("follow_up", args=[enrolment.pk])).status_code == 404


def test_an_unknown_kind_is_404(signed_in, enrolment):
    url = reverse("self_assessment", args=[enrolment.pk, "whenever"])
    assert signed_in.get(url).status_code == 404


def test_staff_see_the_persons_own_change_on_their_enrolment(client, staff, enrolment):
    outcomes.assessment_submit(
        enrolment=enrolment, kind=AssessmentKind.BASELINE, answers=answers_as_ints(enrolment, 2)
    )
    client.force_login(staff)
    page = client.get(reverse("admin:cohorts_enrolment_change", args=[enrolment.pk])).content
    assert "I can turn a service problem into a question that data could answer.: 2 → – → –" in (
        page.decode()
    )


def answers_as_ints(enrolment, value):
    return {s.pk: value for s in outcomes.statements_for(lab_id=enrolment.cohort.lab_id)}


def test_a_welsh_speaker_reads_the_statements_in_welsh(client, participant, enrolment):
    participant.language = "cy"
    participant.save(update_fields=["language"])
    client.force_login(participant)
    page = client.get(reverse("self_assessment", args=[enrolment.pk, "baseline"])).content.decode()
    assert "Gallaf droi problem gwasanaeth yn gwestiwn y gallai data ei ateb." in page
    assert "Ddim yn siŵr" in page


@pytest.mark.parametrize(
    ("today", "prompt", "title"),
    [
        (
            dt.date(2026, 10, 1),  # before week 1's session on 6 October
            "Before week 1: how do you rate yourself on what this Lab teaches?",
            "Before you start: how do you rate yourself?",
        ),
        (
            dt.date(2026, 10, 21),  # week 3
            "Week 3: how do you rate yourself on what this Lab teaches? "
            "Your answers are your starting point.",
            "Your starting point: how do you rate yourself?",
        ),
        (
            dt.date(2026, 12, 1),  # after the last session, the enrolment still active
            "How do you rate yourself on what this Lab teaches? "
            "Your answers are your starting point.",
            "Your starting point: how do you rate yourself?",
        ),
    ],
)
def test_the_baseline_is_labelled_with_where_the_lab_is(
    signed_in, enrolment, monkeypatch, today, prompt, title
):
    from tests.cohorts.participant_helpers import set_today

    set_today(monkeypatch, today)
    page = signed_in.get(reverse("lab_detail", args=[enrolment.pk])).content.decode()
    assert prompt in page
    assert ("Before week 1" in page) == (today < dt.date(2026, 10, 6))
    form = signed_in.get(reverse("self_assessment", args=[enrolment.pk, "baseline"]))
    assert title in form.content.decode()


def test_a_demo_participant_in_week_3_is_not_asked_their_self_assessment_before_week_1(client, db):
    """The README's participant logins answer the baseline themselves: in the running Data
    Lab (week 3) its prompt and its page say the week the Lab is in, not "Before week 1"."""
    from django.utils import timezone

    from cohorts.demo import COHORTS, demo_load
    from cohorts.models import Enrolment
    from councils.models import User

    demo_load(today=timezone.localdate())
    person = User.objects.get(email="participant.cardiff@demo.infuse.test")
    enrolment = Enrolment.objects.get(
        user=person, cohort__title=next(s.title for s in COHORTS if s.key == "data-running")
    )
    client.force_login(person)
    page = client.get(reverse("lab_detail", args=[enrolment.pk])).content.decode()
    assert reverse("self_assessment", args=[enrolment.pk, "baseline"]) in page
    assert "Week 3: how do you rate yourself on what this Lab teaches?" in page
    assert "Before week 1" not in page
    form = client.get(reverse("self_assessment", args=[enrolment.pk, "baseline"]))
    assert "Your starting point: how do you rate yourself?" in form.content.decode()
    assert "Before you start" not in form.content.decode()
