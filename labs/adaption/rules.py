"""The rules of the "Adopt, adapt or leave" canvas, free of Django so that they can be read,
tested and shown on the page as they are.

- `propose(scores, planned_changes=)`: the decision the tool proposes from the seven fit scores
  and the number of changes planned in step 4. The participant decides; the proposal is
  advice, recorded beside their decision.
- `steps_complete(canvas, core_parts=)`: which of the six steps of one canvas count as done
  (the curriculum's tool activities tick when a step is done on any of the participant's
  canvases).

Every score runs from 1 to 5 with 5 always favourable (for complexity, 5 means simple).
Averages are exact fractions, so no boundary is lost to floating point.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

ADOPT, ADAPT, LEAVE = "adopt", "adapt", "leave"
DECISIONS = (ADOPT, ADAPT, LEAVE)

# Rogers' five attributes, then the evidence and our readiness: the seven fit scores.
ATTRIBUTES = (
    "relative_advantage",
    "compatibility",
    "complexity",
    "trialability",
    "observability",
    "evidence",
    "readiness",
)
SCORES = (1, 2, 3, 4, 5)

# The rule's thresholds. The page states them from here, so what it says is what it does.
LEAVE_EVIDENCE_AT_MOST = 1  # anecdote only
LEAVE_AVERAGE_BELOW = Fraction(5, 2)
LEAVE_VETO_ATTRIBUTES = ("compatibility", "readiness")
LEAVE_VETO_SCORE = 1  # a clash we cannot change, or no readiness at all
ADOPT_AVERAGE_AT_LEAST = Fraction(4)
ADOPT_COMPATIBILITY_AT_LEAST = 4
ADOPT_LOWEST_AT_LEAST = 3

# The evidence grade given in the innovation step, and the fit score it usually earns.
EVIDENCE_LEVEL_SCORE = {"anecdote": 1, "monitored": 2, "evaluated": 3, "independent": 4}


@dataclass(frozen=True)
class Condition:
    """One line of the rule, applied to a canvas's scores."""

    code: str
    met: bool
    value: Fraction | int  # the figure the line looked at (a score or the average)


@dataclass(frozen=True)
class Proposal:
    decision: str
    average: Fraction
    lowest: int
    leave_if: tuple[Condition, ...]  # any one met: leave
    adopt_if: tuple[Condition, ...]  # all met (and no reason to leave): adopt as it is

    @property
    def reasons(self) -> tuple[Condition, ...]:
        """The lines that decided it: the reasons to leave; for adopt, every adopt line; for
        adapt, the adopt lines not met."""
        if self.decision == LEAVE:
            return tuple(c for c in self.leave_if if c.met)
        if self.decision == ADOPT:
            return self.adopt_if
        return tuple(c for c in self.adopt_if if not c.met)


def _checked(scores: Mapping[str, int | None]) -> dict[str, int]:
    values = {}
    for attribute in ATTRIBUTES:
        value = scores.get(attribute)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value not in SCORES:
            raise ValueError(f"{attribute} must be a whole number from 1 to 5, not {value!r}")
        values[attribute] = value
    return values


def missing(scores: Mapping[str, int | None]) -> list[str]:
    """The attributes not scored yet, in order."""
    given = _checked(scores)
    return [attribute for attribute in ATTRIBUTES if attribute not in given]


def average(scores: Mapping[str, int]) -> Fraction:
    values = _checked(scores)
    return Fraction(sum(values.values()), len(values)) if values else Fraction(0)


def propose(scores: Mapping[str, int | None], *, planned_changes: int = 0) -> Proposal | None:
    """The decision the tool proposes once all seven attributes are scored; None before.

    1. Leave if the evidence is 1 or less (anecdote only), or the average of the seven is
       below 2.5, or compatibility or readiness is 1 or less.
    2. Otherwise adopt as it is if the average is 4 or more, compatibility is 4 or more, no
       score is below 3 and no change is planned in step 4 (a part listed to change means it
       is not taken as it is).
    3. Otherwise adapt: keep the core, change what does not fit, and test.
    """
    if isinstance(planned_changes, bool) or not isinstance(planned_changes, int):
        raise ValueError(f"planned_changes must be a whole number, not {planned_changes!r}")
    if planned_changes < 0:
        raise ValueError(f"planned_changes cannot be negative, not {planned_changes}")
    values = _checked(scores)
    if len(values) < len(ATTRIBUTES):
        return None
    mean = Fraction(sum(values.values()), len(values))
    lowest = min(values.values())
    leave_if = (
        Condition(
            "evidence_anecdote", values["evidence"] <= LEAVE_EVIDENCE_AT_MOST, values["evidence"]
        ),
        Condition("average_low", mean < LEAVE_AVERAGE_BELOW, mean),
        *(
            Condition(f"{attribute}_veto", values[attribute] <= LEAVE_VETO_SCORE, values[attribute])
            for attribute in LEAVE_VETO_ATTRIBUTES
        ),
    )
    adopt_if = (
        Condition("average_high", mean >= ADOPT_AVERAGE_AT_LEAST, mean),
        Condition(
            "compatibility_high",
            values["compatibility"] >= ADOPT_COMPATIBILITY_AT_LEAST,
            values["compatibility"],
        ),
        Condition("lowest_fair", lowest >= ADOPT_LOWEST_AT_LEAST, lowest),
        Condition("no_changes_planned", planned_changes == 0, planned_changes),
    )
    if any(c.met for c in leave_if):
        decision = LEAVE
    elif all(c.met for c in adopt_if):
        decision = ADOPT
    else:
        decision = ADAPT
    return Proposal(decision, mean, lowest, leave_if, adopt_if)


# --- When a step is done ---------------------------------------------------------------------

STEPS = ("innovation", "context", "fit", "core", "decision", "test")

STEP_FIELDS = {
    "innovation": ("name", "what_it_is", "where_it_worked", "problem_there", "evidence_level"),
    "context": ("problem_here", "who_affected"),
    "fit": ATTRIBUTES,
    "decision": ("decision", "decision_reasons"),
    "test": (
        "test_what",
        "test_where",
        "test_starts_on",
        "test_weeks",
        "test_prediction",
        "measure_outcome",
    ),
}

# Fields that make a step "started" though not done (the task list's "in progress").
STEP_EXTRA_FIELDS = {
    "innovation": ("evidence_source",),
    "context": ("policy_fit",),
    "fit": tuple(f"{attribute}_note" for attribute in ATTRIBUTES),
    "decision": ("reconsider_if", "who_agrees"),
    "test": ("measure_process", "measure_balancing", "test_review"),
}


def _filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def steps_complete(canvas: Mapping[str, Any], *, core_parts: int) -> set[str]:
    """The steps of one canvas that are done.

    Each of the innovation, context, fit, decision and test steps is done when its required
    entries are filled (STEP_FIELDS). The core step is done once at least one part to keep is
    named; a part that will change cannot be saved without its plan. A decision to leave
    completes the test step too: the curriculum says to skip the test when leaving.
    """
    done = {
        step
        for step, fields in STEP_FIELDS.items()
        if all(_filled(canvas.get(field)) for field in fields)
    }
    if core_parts > 0:
        done.add("core")
    if canvas.get("decision") == LEAVE and "decision" in done:
        done.add("test")
    return done


def steps_started(canvas: Mapping[str, Any], *, parts: int) -> set[str]:
    """The steps with anything entered at all."""
    started = {
        step
        for step in STEP_FIELDS
        if any(
            _filled(canvas.get(field))
            for field in STEP_FIELDS[step] + STEP_EXTRA_FIELDS.get(step, ())
            if field != "name"
        )
    }
    if parts > 0:
        started.add("core")
    return started
