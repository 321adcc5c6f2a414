"""The builder's rules, pinned at every boundary: each DPIA-screening trigger, each quality
criterion's pass and fail, and when each step counts as complete. Pure: no database."""

import dataclasses

import pytest

from labs.data import rules
from labs.data.rules import Draft, Item

NO = {code: False for code in rules.SCREENING}
OWN = Item("Visits per warm space per week", "numbers", "own_service", "none")
OPEN = Item("People aged 75+ living alone, by ward", "numbers", "open_data", "none")


def ready_draft(**changes) -> Draft:
    """A question that passes every test; each test changes one thing."""
    draft = Draft(
        question="How many people aged 75 and over used each of our warm spaces each week "
        "last winter?",
        decision="Whether to fund three more warm spaces in the valley wards next winter",
        who_acts="Head of Communities, at the budget board",
        by_when="Budget board, 10 December 2026",
        kind="descriptive",
        items=(OWN, OPEN),
        lawful_basis="no_personal_data",
        screening=dict(NO),
        fairness="People who do not sign in at the door are missed; we will count them too.",
        residents_told="A note on the warm spaces web page and on each sign-in sheet.",
        minimisation="Counts by age band and ward only; no names.",
    )
    return dataclasses.replace(draft, **changes)


def screen(*, items=(OWN,), **answers) -> rules.Screening:
    return rules.dpia_screening(Draft(items=items, screening={**NO, **answers}))


def personal(source="own_service", level="personal") -> Item:
    return Item("Date of last visit", "words", source, level)


# --- DPIA screening -------------------------------------------------------------------------


def test_a_ready_question_is_ready_and_every_step_is_complete():
    assert rules.quality_check(ready_draft()).ready
    assert rules.steps_complete(ready_draft()) == set(rules.STEPS)


def test_no_personal_data_and_no_criteria_needs_no_dpia():
    result = screen()
    assert result.level == "no_personal_data"
    assert result.triggers == () and result.reasons == ("no_personal_data",)


def test_personal_data_with_no_criteria_needs_no_dpia_but_says_to_keep_the_screening():
    result = screen(items=(personal(),))
    assert result.level == "not_needed"
    assert result.reasons == ("no_criteria",)


def test_special_category_data_in_the_data_list_is_a_criterion_found_without_an_answer():
    result = screen(items=(personal(level="special"),))
    assert [(t.code, t.derived) for t in result.triggers] == [("special_category", True)]
    assert result.level == "recommended"
    assert result.reasons == ("one_criterion",)


@pytest.mark.parametrize("code", ["large_scale", "vulnerable", "scoring", "denial", "criminal"])
def test_one_criterion_alone_makes_a_dpia_recommended(code):
    result = screen(items=(personal(),), **{code: True})
    assert [t.code for t in result.triggers] == [code]
    assert result.level == "recommended"
    assert not result.dpia_likely


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("automated", "art35_automated"),
        ("monitoring", "ico_monitoring"),
        ("matching", "ico_matching"),
        ("invisible", "ico_invisible"),
    ],
)
def test_processing_on_the_ico_list_makes_a_dpia_required_on_its_own(code, reason):
    result = screen(items=(personal(),), **{code: True})
    assert [t.code for t in result.triggers] == [code]
    assert result.level == "required"
    assert result.reasons == (reason,)
    assert result.dpia_likely


def test_innovative_technology_alone_is_one_criterion_and_with_another_is_required():
    alone = screen(items=(personal(),), innovative=True)
    assert alone.level == "recommended"
    together = screen(items=(personal(),), innovative=True, vulnerable=True)
    assert together.level == "required"
    assert "ico_innovative" in together.reasons and "two_criteria" in together.reasons


def test_special_category_data_on_a_large_scale_is_article_35_3_b():
    result = screen(items=(personal(level="special"),), large_scale=True)
    assert result.level == "required"
    assert "art35_sensitive_large_scale" in result.reasons


def test_criminal_offence_data_on_a_large_scale_is_article_35_3_b_too():
    result = screen(items=(personal(),), criminal=True, large_scale=True)
    assert "art35_sensitive_large_scale" in result.reasons


def test_special_category_and_criminal_data_are_one_criterion_not_two():
    result = screen(items=(personal(level="special"),), criminal=True)
    assert result.criteria == {"sensitive"}
    assert result.level == "recommended"


def test_scoring_people_on_a_large_scale_is_large_scale_profiling():
    result = screen(items=(personal(),), scoring=True, large_scale=True)
    assert "ico_large_scale_profiling" in result.reasons
    assert result.level == "required"


@pytest.mark.parametrize(
    "answers",
    [{"scoring": True}, {"automated": True}],
)
def test_denying_a_service_on_profiling_or_automated_decisions_is_on_the_ico_list(answers):
    result = screen(items=(personal(),), denial=True, **answers)
    assert "ico_denial" in result.reasons


def test_denying_a_service_on_special_category_data_is_on_the_ico_list():
    result = screen(items=(personal(level="special"),), denial=True)
    assert "ico_denial" in result.reasons


def test_two_criteria_make_a_dpia_required():
    result = screen(items=(personal(),), vulnerable=True, large_scale=True)
    assert result.reasons == ("two_criteria",)
    assert result.level == "required"


def test_personal_data_from_two_kinds_of_source_is_matching_even_if_answered_no():
    result = screen(items=(personal("own_service"), personal("another_council")))
    assert [(t.code, t.derived) for t in result.triggers] == [("matching", True)]
    assert result.level == "required"
    assert result.reasons == ("ico_matching",)


def test_non_personal_data_from_several_sources_is_not_matching():
    assert screen(items=(OWN, OPEN)).level == "no_personal_data"


def test_unanswered_questions_leave_the_screening_unfinished():
    result = rules.dpia_screening(Draft(items=(personal(),), screening={"large_scale": False}))
    assert result.level == "incomplete"
    assert "vulnerable" in result.unanswered and "large_scale" not in result.unanswered


def test_an_answer_that_already_requires_a_dpia_says_so_before_the_rest_are_answered():
    result = rules.dpia_screening(Draft(items=(personal(),), screening={"matching": True}))
    assert result.level == "required"
    assert result.unanswered


def test_triggers_come_in_the_order_the_questions_are_asked():
    result = screen(items=(personal(level="special"),), criminal=True, vulnerable=True)
    assert [t.code for t in result.triggers] == ["special_category", "vulnerable", "criminal"]


def test_every_screening_trigger_is_a_criterion():
    assert set(rules.SCREENING) | {"special_category"} == set(rules.CRITERION_OF)


# --- Quality: specific ----------------------------------------------------------------------


def problems(draft: Draft, criterion: str) -> list[str]:
    return [f.code for f in rules.quality_check(draft).criterion(criterion).problems]


def test_specific_passes_with_one_question_naming_a_period():
    assert problems(ready_draft(), "specific") == []


def test_specific_fails_without_a_question():
    assert problems(ready_draft(question="  "), "specific") == ["question_missing"]


def test_specific_fails_under_eight_words_and_passes_at_eight():
    seven = "How many vans were replaced in 2025"
    eight = "How many light vans were replaced in 2025"
    assert rules.words(seven) == 7 and rules.words(eight) == 8
    assert problems(ready_draft(question=seven), "specific") == ["too_short"]
    assert problems(ready_draft(question=eight), "specific") == []


def test_specific_fails_over_sixty_words():
    long = "Which " + "older " * 58 + "people used warm spaces last winter?"
    assert rules.words(long) > 60
    assert problems(ready_draft(question=long), "specific") == ["too_long"]
    sixty = "Which " + "older " * 53 + "people used warm spaces last winter?"
    assert rules.words(sixty) == 60
    assert problems(ready_draft(question=sixty), "specific") == []


def test_specific_fails_without_a_time_period():
    question = "How many people aged 75 and over use each of our warm spaces?"
    assert problems(ready_draft(question=question), "specific") == ["no_period"]


@pytest.mark.parametrize(
    "period",
    [
        "in 2024-25",
        "last winter",
        "in the first six months",
        "each week",
        "since April",
        "per year",
        "in Q3",
        "over the next three years",
        "monthly",
    ],
)
def test_these_name_a_time_period(period):
    assert rules.TIME_PERIOD.search(f"How many carers asked for a respite break {period}?")


def test_specific_fails_with_two_questions_in_one():
    question = "How many vans did we replace in 2025? And which depots had chargers then?"
    assert problems(ready_draft(question=question), "specific") == ["several_questions"]


# --- Quality: answerable --------------------------------------------------------------------


def test_answerable_fails_without_a_kind():
    assert problems(ready_draft(kind=""), "answerable") == ["no_kind"]


def test_answerable_fails_without_data_items():
    assert problems(ready_draft(items=()), "answerable") == ["no_items"]


@pytest.mark.parametrize("kind", ["diagnostic", "predictive", "prescriptive"])
def test_answerable_needs_two_items_beyond_a_descriptive_question(kind):
    one = rules.quality_check(ready_draft(kind=kind, items=(OWN,))).criterion("answerable")
    assert [(f.code, f.detail) for f in one.problems] == [("needs_more_items", kind)]
    assert problems(ready_draft(kind=kind, items=(OWN, OPEN)), "answerable") == []


def test_a_descriptive_question_is_answerable_with_one_item():
    assert problems(ready_draft(items=(OWN,)), "answerable") == []


def test_answerable_fails_when_a_gap_has_no_plan_and_passes_with_a_survey():
    gap = "Nobody records who comes without signing in."
    assert problems(ready_draft(data_gaps=gap), "answerable") == ["gap_without_plan"]
    survey = Item("Door count on two evenings", "numbers", "new_survey", "none")
    check = rules.quality_check(ready_draft(data_gaps=gap, items=(OWN, survey)))
    assert check.criterion("answerable").passed
    assert [f.code for f in check.criterion("answerable").advice] == ["survey_takes_time"]


def test_personal_data_from_another_council_advises_a_sharing_agreement():
    draft = ready_draft(items=(OWN, personal("another_council")))
    advice = rules.quality_check(draft).criterion("answerable").advice
    assert "sharing_agreement" in [f.code for f in advice]


# --- Quality: actionable --------------------------------------------------------------------


def test_actionable_passes_with_a_decision_an_owner_and_a_date():
    assert problems(ready_draft(), "actionable") == []


def test_actionable_fails_without_a_decision():
    assert problems(ready_draft(decision=""), "actionable") == ["no_decision"]


@pytest.mark.parametrize("decision", ["For service planning", "Better understanding of need"])
def test_actionable_fails_on_a_decision_that_names_no_choice(decision):
    check = rules.quality_check(ready_draft(decision=decision)).criterion("actionable")
    assert [f.code for f in check.problems] == ["vague_decision"]
    assert check.problems[0].detail.lower() in decision.lower()


def test_actionable_fails_on_a_decision_of_three_words_and_passes_at_four():
    assert problems(ready_draft(decision="Fund more spaces"), "actionable") == [
        "decision_too_short"
    ]
    assert problems(ready_draft(decision="Fund two more spaces"), "actionable") == []


def test_a_vague_phrase_inside_a_longer_word_does_not_count():
    decision = "Whether to fund the awarenesses campaign in the valley wards"
    assert problems(ready_draft(decision=decision), "actionable") == []


def test_actionable_fails_without_who_acts():
    assert problems(ready_draft(who_acts=" "), "actionable") == ["no_owner"]


def test_actionable_fails_without_a_date():
    assert problems(ready_draft(by_when=""), "actionable") == ["no_deadline"]


@pytest.mark.parametrize("deadline", ["TBC", "asap", "ongoing."])
def test_actionable_fails_on_a_date_that_is_no_date(deadline):
    assert problems(ready_draft(by_when=deadline), "actionable") == ["vague_deadline"]


# --- Quality: ethical -----------------------------------------------------------------------


def test_ethical_passes_when_the_ethics_step_is_complete_and_consistent():
    assert problems(ready_draft(), "ethical") == []


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"lawful_basis": ""}, "missing_lawful_basis"),
        ({"screening": {**NO, "criminal": None}}, "missing_screening"),
        ({"fairness": ""}, "missing_fairness"),
        ({"residents_told": ""}, "missing_residents_told"),
        ({"minimisation": ""}, "missing_minimisation"),
    ],
)
def test_ethical_fails_on_each_missing_part_of_the_ethics_step(change, code):
    assert problems(ready_draft(**change), "ethical") == [code]


def test_ethical_fails_when_no_personal_data_is_claimed_but_the_list_has_some():
    draft = ready_draft(items=(OWN, personal()), dpo_confirmed=True)
    assert problems(draft, "ethical") == ["basis_contradicts_data"]
    assert problems(dataclasses.replace(draft, lawful_basis="public_task"), "ethical") == []


def test_ethical_fails_on_legitimate_interests_which_councils_cannot_use_for_their_tasks():
    draft = ready_draft(items=(OWN, personal()), lawful_basis="legitimate_interests")
    assert problems(draft, "ethical") == ["legitimate_interests"]


def test_ethical_fails_on_special_category_data_without_an_article_9_condition():
    special = personal(level="special")
    draft = ready_draft(items=(OWN, special), lawful_basis="public_task", dpia_commitment=True)
    assert problems(draft, "ethical") == ["no_article9"]
    condition = "Substantial public interest: statutory and government purposes"
    assert problems(dataclasses.replace(draft, article9_condition=condition), "ethical") == []


def test_ethical_fails_when_a_dpia_is_required_and_not_committed_to():
    draft = ready_draft(
        items=(OWN, personal()), lawful_basis="public_task", screening={**NO, "matching": True}
    )
    assert problems(draft, "ethical") == ["dpia_not_planned"]
    assert problems(dataclasses.replace(draft, dpia_commitment=True), "ethical") == []


def test_a_recommended_dpia_does_not_fail_the_ethical_test():
    draft = ready_draft(
        items=(OWN, personal()), lawful_basis="public_task", screening={**NO, "vulnerable": True}
    )
    assert rules.dpia_screening(draft).level == "recommended"
    assert problems(draft, "ethical") == []


def test_consent_and_an_unconfirmed_basis_are_advice_not_failures():
    draft = ready_draft(items=(OWN, personal()), lawful_basis="consent")
    check = rules.quality_check(draft).criterion("ethical")
    assert check.passed
    assert [f.code for f in check.advice] == ["consent_caution", "dpo_to_confirm"]


# --- The verdict and the steps --------------------------------------------------------------


def test_one_failing_criterion_makes_the_verdict_needs_work():
    verdict = rules.quality_check(ready_draft(by_when="tbc"))
    assert not verdict.ready and verdict.label == "needs_work"
    assert [c.code for c in verdict.criteria if not c.passed] == ["actionable"]


def test_an_empty_draft_fails_all_four():
    verdict = rules.quality_check(Draft())
    assert [c.passed for c in verdict.criteria] == [False, False, False, False]


@pytest.mark.parametrize(
    ("change", "incomplete"),
    [
        ({"who_acts": ""}, {"question", "quality"}),
        ({"kind": ""}, {"kind", "quality"}),
        ({"items": ()}, {"data", "quality"}),
        ({"minimisation": ""}, {"ethics", "quality"}),
        ({"by_when": "tbc"}, {"quality"}),
    ],
)
def test_each_step_is_complete_only_when_its_parts_are(change, incomplete):
    assert rules.steps_complete(ready_draft(**change)) == set(rules.STEPS) - incomplete


def test_step_one_lists_what_is_missing():
    assert rules.question_missing(Draft(question="Which wards?")) == (
        "decision",
        "who_acts",
        "by_when",
    )
