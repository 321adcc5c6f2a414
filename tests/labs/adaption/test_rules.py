"""The decision rule and the step rules, pinned at every boundary: just below, at and just
above each threshold. Seven whole-number scores make some averages impossible (exactly 2.5 is
17.5 / 7), so the average's boundary is pinned by the totals either side of it and by the
threshold itself."""

from fractions import Fraction

import pytest

from labs.adaption import rules
from labs.adaption.rules import ADAPT, ADOPT, LEAVE, propose, steps_complete, steps_started

# A middling canvas: nothing triggers "leave", "adopt" is out of reach (average 3).
MIDDLE = dict(
    relative_advantage=3,
    compatibility=3,
    complexity=3,
    trialability=3,
    observability=3,
    evidence=3,
    readiness=3,
)
# A strong canvas: just inside "adopt as it is" on every line (average 4, compatibility 4,
# lowest 3).
STRONG = dict(
    relative_advantage=5,
    compatibility=4,
    complexity=4,
    trialability=4,
    observability=4,
    evidence=4,
    readiness=3,
)


def scores(base=MIDDLE, **changes):
    return {**base, **changes}


def decision(**kwargs):
    return propose(scores(**kwargs)).decision


def total_of(values) -> int:
    return sum(values[a] for a in rules.ATTRIBUTES)


# --- No proposal until all seven are scored ----------------------------------------------------


def test_no_proposal_until_all_seven_are_scored():
    for attribute in rules.ATTRIBUTES:
        assert propose(scores(**{attribute: None})) is None
    assert propose({}) is None
    assert propose(MIDDLE).decision == ADAPT


def test_missing_lists_the_attributes_not_scored_in_order():
    assert rules.missing({"compatibility": 2}) == [
        a for a in rules.ATTRIBUTES if a != "compatibility"
    ]
    assert rules.missing(MIDDLE) == []


@pytest.mark.parametrize("bad", [0, 6, -1, "3", 2.5, True])
def test_a_score_outside_one_to_five_is_refused(bad):
    with pytest.raises(ValueError):
        propose(scores(trialability=bad))


# --- Leave: evidence 1 or less -----------------------------------------------------------------


def test_evidence_at_one_anecdote_only_means_leave():
    assert decision(evidence=1) == LEAVE
    reasons = propose(scores(evidence=1)).reasons
    assert [c.code for c in reasons] == ["evidence_anecdote"]


def test_evidence_just_above_one_does_not_mean_leave():
    assert decision(evidence=2) == ADAPT


def test_evidence_one_means_leave_even_when_everything_else_is_excellent():
    excellent = dict.fromkeys(rules.ATTRIBUTES, 5)
    assert propose(scores(excellent, evidence=1)).decision == LEAVE
    assert propose(scores(excellent, evidence=2)).decision == ADAPT  # 2 < 3: not adopt


# --- Leave: average below 2.5 ------------------------------------------------------------------


def test_the_average_threshold_is_two_and_a_half():
    assert rules.LEAVE_AVERAGE_BELOW == Fraction(5, 2)


def test_average_just_below_two_and_a_half_means_leave():
    low = dict(
        relative_advantage=2,
        compatibility=2,
        complexity=3,
        trialability=3,
        observability=3,
        evidence=2,
        readiness=2,
    )
    assert total_of(low) == 17  # 17 / 7 = 2.43
    proposal = propose(low)
    assert proposal.average == Fraction(17, 7)
    assert proposal.decision == LEAVE
    assert [c.code for c in proposal.reasons] == ["average_low"]


def test_average_just_above_two_and_a_half_does_not_mean_leave():
    low = dict(
        relative_advantage=2,
        compatibility=2,
        complexity=3,
        trialability=3,
        observability=3,
        evidence=3,
        readiness=2,
    )
    assert total_of(low) == 18  # 18 / 7 = 2.57
    assert propose(low).decision == ADAPT


def test_at_two_and_a_half_exactly_the_average_line_is_not_met():
    # Not reachable with seven whole scores; the comparison itself is pinned: "below 2.5".
    assert not (Fraction(5, 2) < rules.LEAVE_AVERAGE_BELOW)
    assert Fraction(249, 100) < rules.LEAVE_AVERAGE_BELOW
    assert not (Fraction(251, 100) < rules.LEAVE_AVERAGE_BELOW)


# --- Leave: compatibility or readiness at 1 ----------------------------------------------------


@pytest.mark.parametrize("attribute", ["compatibility", "readiness"])
def test_compatibility_or_readiness_at_one_means_leave(attribute):
    proposal = propose(scores(**{attribute: 1}))
    assert proposal.decision == LEAVE
    assert [c.code for c in proposal.reasons] == [f"{attribute}_veto"]


@pytest.mark.parametrize("attribute", ["compatibility", "readiness"])
def test_compatibility_or_readiness_just_above_one_does_not_mean_leave(attribute):
    assert decision(**{attribute: 2}) == ADAPT


@pytest.mark.parametrize(
    "attribute", ["relative_advantage", "complexity", "trialability", "observability"]
)
def test_a_one_elsewhere_is_no_veto_on_its_own(attribute):
    assert decision(**{attribute: 1}) == ADAPT


def test_leave_wins_over_adopt_and_lists_every_reason():
    proposal = propose(scores(STRONG, evidence=1, readiness=1))
    assert proposal.decision == LEAVE
    assert [c.code for c in proposal.reasons] == ["evidence_anecdote", "readiness_veto"]


# --- Adopt as it is: average 4 or more -----------------------------------------------------------


def test_strong_canvas_is_adopt_at_every_adopt_boundary():
    proposal = propose(STRONG)
    assert proposal.average == Fraction(4)
    assert proposal.lowest == 3
    assert proposal.decision == ADOPT
    assert all(c.met for c in proposal.reasons)


def test_average_just_below_four_is_adapt():
    values = scores(STRONG, relative_advantage=4)
    assert total_of(values) == 27  # 3.86
    proposal = propose(values)
    assert proposal.decision == ADAPT
    assert [c.code for c in proposal.reasons] == ["average_high"]


def test_average_at_four_is_adopt():
    assert total_of(STRONG) == 28
    assert propose(STRONG).decision == ADOPT


def test_average_just_above_four_is_adopt():
    assert propose(scores(STRONG, trialability=5)).decision == ADOPT  # 29 / 7


# --- Adopt as it is: compatibility 4 or more ---------------------------------------------------


def test_compatibility_just_below_four_is_adapt():
    values = scores(STRONG, compatibility=3, relative_advantage=5, observability=5)
    assert propose(values).average >= 4
    proposal = propose(values)
    assert proposal.decision == ADAPT
    assert [c.code for c in proposal.reasons] == ["compatibility_high"]


def test_compatibility_at_four_is_adopt():
    assert STRONG["compatibility"] == 4
    assert propose(STRONG).decision == ADOPT


def test_compatibility_just_above_four_is_adopt():
    assert propose(scores(STRONG, compatibility=5)).decision == ADOPT


# --- Adopt as it is: no score below 3 ----------------------------------------------------------


def test_a_score_just_below_three_is_adapt():
    values = scores(STRONG, readiness=2, observability=5)
    assert propose(values).average >= 4
    proposal = propose(values)
    assert proposal.decision == ADAPT
    assert [c.code for c in proposal.reasons] == ["lowest_fair"]


def test_lowest_at_three_is_adopt():
    assert min(STRONG.values()) == 3
    assert propose(STRONG).decision == ADOPT


def test_lowest_just_above_three_is_adopt():
    assert propose(scores(STRONG, readiness=4)).decision == ADOPT


# --- The step rules ----------------------------------------------------------------------------

INNOVATION = dict(
    name="Community fridge",
    what_it_is="A fridge anyone can use.",
    where_it_worked="Hubbub network, UK-wide",
    problem_there="Surplus food thrown away",
    evidence_level="monitored",
)


def test_innovation_step_needs_all_four_entries_and_the_evidence():
    assert "innovation" in steps_complete(INNOVATION, core_parts=0)
    for field in ("what_it_is", "where_it_worked", "problem_there", "evidence_level"):
        assert "innovation" not in steps_complete({**INNOVATION, field: "  "}, core_parts=0)


def test_context_needs_the_problem_and_who_is_affected_but_not_the_plan():
    done = steps_complete(
        {"problem_here": "x", "who_affected": "y", "policy_fit": ""}, core_parts=0
    )
    assert "context" in done
    assert "context" not in steps_complete({"problem_here": "x"}, core_parts=0)


def test_fit_needs_all_seven_scores():
    assert "fit" in steps_complete(MIDDLE, core_parts=0)
    assert "fit" not in steps_complete({**MIDDLE, "readiness": None}, core_parts=0)


def test_core_needs_at_least_one_part_to_keep():
    assert "core" not in steps_complete({}, core_parts=0)
    assert "core" in steps_complete({}, core_parts=1)


def test_decision_needs_a_choice_and_reasons():
    assert "decision" in steps_complete(
        {"decision": ADAPT, "decision_reasons": "Fits."}, core_parts=0
    )
    assert "decision" not in steps_complete(
        {"decision": ADAPT, "decision_reasons": ""}, core_parts=0
    )
    assert "decision" not in steps_complete({"decision": "", "decision_reasons": "x"}, core_parts=0)


TEST = dict(
    test_what="One fridge",
    test_where="Bargoed library",
    test_starts_on="2026-11-16",
    test_weeks=3,
    test_prediction="Thirty visits a week",
    measure_outcome="Kilos shared",
)


def test_test_step_needs_what_where_when_prediction_and_an_outcome_measure():
    assert "test" in steps_complete(TEST, core_parts=0)
    for field in TEST:
        assert "test" not in steps_complete({**TEST, field: None}, core_parts=0)


def test_a_reasoned_leave_completes_the_test_step_too():
    leave = {"decision": LEAVE, "decision_reasons": "No readiness."}
    assert {"decision", "test"} <= steps_complete(leave, core_parts=0)
    # Without reasons, neither.
    assert "test" not in steps_complete({"decision": LEAVE, "decision_reasons": ""}, core_parts=0)
    assert "test" not in steps_complete({"decision": ADAPT, "decision_reasons": "x"}, core_parts=0)


def test_a_step_with_only_an_optional_entry_is_started_not_done():
    started = steps_started({"policy_fit": "Net Zero Wales", "name": "x"}, parts=0)
    assert started == {"context"}
    assert "core" in steps_started({}, parts=1)


# --- Adopt as it is: no change planned in step 4 (issue 23) -------------------------------------


def test_a_strong_canvas_with_a_change_planned_is_adapt_not_adopt():
    proposal = propose(STRONG, planned_changes=1)
    assert proposal.decision == ADAPT
    assert [c.code for c in proposal.reasons] == ["no_changes_planned"]
    assert proposal.reasons[0].value == 1


def test_a_strong_canvas_with_no_change_planned_is_still_adopt():
    proposal = propose(STRONG, planned_changes=0)
    assert proposal.decision == ADOPT
    assert proposal.adopt_if[-1].code == "no_changes_planned" and proposal.adopt_if[-1].met


def test_planned_changes_do_not_save_a_canvas_that_should_be_left():
    assert propose(scores(STRONG, evidence=1), planned_changes=3).decision == LEAVE


def test_planned_changes_leave_a_middling_canvas_at_adapt():
    assert propose(MIDDLE, planned_changes=2).decision == ADAPT


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True, None])
def test_planned_changes_must_be_a_whole_number_not_below_zero(bad):
    with pytest.raises(ValueError):
        propose(STRONG, planned_changes=bad)
