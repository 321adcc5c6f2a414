"""The Good data question builder's rules: when a step is complete, the DPIA screening and the
quality check. Pure functions on plain values, no Django: each result carries stable codes, and
`labs.data.guidance` turns the codes into words for people.

DPIA screening follows the ICO's guidance on when a DPIA is required. Three kinds of processing
need one under UK GDPR Article 35(3); the ICO lists more that are "likely to result in high
risk"; and, following the European guidelines the ICO adopts, processing that meets two or more
of the nine screening criteria (evaluation or scoring, automated decisions with significant
effect, systematic monitoring, sensitive data, large scale, matching datasets, vulnerable people,
innovative technology, denial of a service) is likely to need one. One criterion alone makes a
DPIA good practice rather than a duty.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

# --- The vocabulary (the models use the same codes) ---------------------------------------

KINDS = ("descriptive", "diagnostic", "predictive", "prescriptive")
VALUE_TYPES = ("numbers", "words")
SOURCES = ("own_service", "another_council", "open_data", "new_survey")
PERSONAL_LEVELS = ("none", "personal", "special")
LAWFUL_BASES = (
    "public_task",
    "legal_obligation",
    "consent",
    "contract",
    "vital_interests",
    "legitimate_interests",
    "no_personal_data",
)

# The screening questions, in the order they are asked.
SCREENING = (
    "large_scale",
    "vulnerable",
    "matching",
    "monitoring",
    "scoring",
    "automated",
    "denial",
    "innovative",
    "invisible",
    "criminal",
)
# Which of the European guidelines' nine criteria each trigger meets. Special category and
# criminal offence data are the same criterion ("sensitive data").
CRITERION_OF = {
    "special_category": "sensitive",
    "criminal": "sensitive",
    "large_scale": "large_scale",
    "vulnerable": "vulnerable",
    "matching": "matching",
    "monitoring": "monitoring",
    "scoring": "scoring",
    "automated": "automated",
    "denial": "denial",
    "innovative": "innovative",
    "invisible": "invisible",
}

STEPS = ("question", "kind", "data", "ethics", "quality")

MIN_QUESTION_WORDS = 8
MAX_QUESTION_WORDS = 60
MIN_DECISION_WORDS = 4

# Phrases that name no choice: the answer would change nothing anyone does.
VAGUE_DECISION_PHRASES = (
    "service planning",
    "future planning",
    "for information",
    "for interest",
    "general interest",
    "better understanding",
    "raise awareness",
    "awareness",
    "to be decided",
    "tbc",
    "tbd",
)
# A "by when" that is no date at all.
VAGUE_DEADLINES = {
    "tbc",
    "tbd",
    "tba",
    "unknown",
    "n/a",
    "na",
    "none",
    "asap",
    "not sure",
    "ongoing",
    "no deadline",
    "whenever",
    "-",
    "?",
}

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+"
_UNITS = "days?|weeks?|fortnights?|months?|quarters?|terms?|years?|winters?|summers?"
TIME_PERIOD = re.compile(
    "|".join(
        [
            r"\b(?:19|20)\d{2}\b",  # 2024, 2024-25, 2024/25
            rf"\b(?:{_MONTHS})\b",
            r"\b(?:winter|summer|spring|autumn)\b",
            rf"\b(?:last|this|next|past|previous|each|every|per|a|the\s+(?:first|last|past|next))"
            rf"\s+(?:{_NUMBER_WORDS}\s+)?(?:financial\s+|school\s+|calendar\s+)?(?:{_UNITS})\b",
            rf"\b(?:{_NUMBER_WORDS})\s+(?:{_UNITS})\b",
            r"\b(?:daily|weekly|monthly|quarterly|annually|yearly|year-on-year)\b",
            r"\bq[1-4]\b",
            r"\bsince\b",
        ]
    ),
    re.IGNORECASE,
)


def words(text: str) -> int:
    return len(re.findall(r"\w+", text or ""))


def _filled(text: str) -> bool:
    return bool((text or "").strip())


# --- What a question holds ------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    description: str
    value_type: str
    source: str
    personal: str  # one of PERSONAL_LEVELS


@dataclass(frozen=True)
class Draft:
    """A question as the rules see it: every step's answers, none of them required."""

    question: str = ""
    decision: str = ""
    who_acts: str = ""
    by_when: str = ""
    kind: str = ""
    items: tuple[Item, ...] = ()
    data_gaps: str = ""
    lawful_basis: str = ""
    lawful_basis_detail: str = ""
    article9_condition: str = ""
    dpo_confirmed: bool = False
    screening: Mapping[str, bool | None] = field(default_factory=dict)
    dpia_commitment: bool = False
    fairness: str = ""
    residents_told: str = ""
    minimisation: str = ""

    @property
    def personal_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.personal in ("personal", "special"))

    @property
    def has_personal_data(self) -> bool:
        return bool(self.personal_items)

    @property
    def has_special_category(self) -> bool:
        return any(i.personal == "special" for i in self.items)


# --- Steps ----------------------------------------------------------------------------------


def question_missing(draft: Draft) -> tuple[str, ...]:
    """Which parts of step 1 are still empty."""
    parts = ("question", "decision", "who_acts", "by_when")
    return tuple(p for p in parts if not _filled(getattr(draft, p)))


def ethics_missing(draft: Draft) -> tuple[str, ...]:
    """Which parts of step 4 are still empty. Unanswered screening questions count as one."""
    missing = []
    if not draft.lawful_basis:
        missing.append("lawful_basis")
    if any(draft.screening.get(code) is None for code in SCREENING):
        missing.append("screening")
    for part in ("fairness", "residents_told", "minimisation"):
        if not _filled(getattr(draft, part)):
            missing.append(part)
    return tuple(missing)


def steps_complete(draft: Draft) -> set[str]:
    """The steps of this question that are complete. Quality is complete when the check says
    "ready"."""
    done = set()
    if not question_missing(draft):
        done.add("question")
    if draft.kind in KINDS:
        done.add("kind")
    if draft.items:
        done.add("data")
    if not ethics_missing(draft):
        done.add("ethics")
    if quality_check(draft).ready:
        done.add("quality")
    return done


# --- DPIA screening -------------------------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    code: str  # a SCREENING code, or "special_category" (found in the data list)
    derived: bool = False  # found from the data list rather than from an answer


@dataclass(frozen=True)
class Screening:
    """`level`: "required", "recommended", "not_needed", "no_personal_data" or "incomplete".
    `reasons`: codes of the rules that set the level (why a DPIA is or is not needed)."""

    level: str
    triggers: tuple[Trigger, ...]
    reasons: tuple[str, ...]
    unanswered: tuple[str, ...]

    @property
    def criteria(self) -> set[str]:
        return {CRITERION_OF[t.code] for t in self.triggers}

    @property
    def dpia_likely(self) -> bool:
        return self.level == "required"


def _dpia_reasons(codes: set[str], criteria: set[str]) -> list[str]:
    """Why a DPIA is required: Article 35(3), the ICO's list, or two criteria met."""
    reasons = []
    if "automated" in codes:
        reasons.append("art35_automated")
    if "sensitive" in criteria and "large_scale" in codes:
        reasons.append("art35_sensitive_large_scale")
    if "monitoring" in codes:
        reasons.append("ico_monitoring")
    if "matching" in codes:
        reasons.append("ico_matching")
    if "invisible" in codes:
        reasons.append("ico_invisible")
    if "scoring" in codes and "large_scale" in codes:
        reasons.append("ico_large_scale_profiling")
    if "denial" in codes and codes & {"automated", "scoring", "special_category"}:
        reasons.append("ico_denial")
    if "innovative" in codes and len(criteria) >= 2:
        reasons.append("ico_innovative")
    if len(criteria) >= 2:
        reasons.append("two_criteria")
    return reasons


def dpia_screening(draft: Draft) -> Screening:
    """Screen a question for a DPIA from its answers and its data list."""
    answers = draft.screening
    unanswered = tuple(code for code in SCREENING if answers.get(code) is None)
    triggers = []
    if draft.has_special_category:
        triggers.append(Trigger("special_category", derived=True))
    for code in SCREENING:
        if answers.get(code):
            triggers.append(Trigger(code))
    personal_sources = {i.source for i in draft.personal_items}
    if not answers.get("matching") and len(personal_sources) >= 2:
        # Personal data from two kinds of source is matching, whatever the answer said.
        triggers.append(Trigger("matching", derived=True))
    codes = {t.code for t in triggers}
    criteria = {CRITERION_OF[c] for c in codes}

    reasons = _dpia_reasons(codes, criteria)

    ordered = tuple(sorted(triggers, key=_trigger_order))
    if reasons:
        return Screening("required", ordered, tuple(reasons), unanswered)
    if unanswered:
        return Screening("incomplete", ordered, ("unanswered",), unanswered)
    if len(criteria) == 1:
        return Screening("recommended", ordered, ("one_criterion",), unanswered)
    if draft.has_personal_data:
        return Screening("not_needed", ordered, ("no_criteria",), unanswered)
    return Screening("no_personal_data", ordered, ("no_personal_data",), unanswered)


def _trigger_order(trigger: Trigger) -> int:
    order = ("special_category", *SCREENING)
    return order.index(trigger.code)


# --- The quality check ----------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    code: str
    detail: str = ""


@dataclass(frozen=True)
class Criterion:
    code: str  # "specific", "answerable", "actionable", "ethical"
    problems: tuple[Finding, ...] = ()
    advice: tuple[Finding, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Verdict:
    criteria: tuple[Criterion, ...]

    @property
    def ready(self) -> bool:
        return all(c.passed for c in self.criteria)

    @property
    def label(self) -> str:
        return "ready" if self.ready else "needs_work"

    def criterion(self, code: str) -> Criterion:
        return next(c for c in self.criteria if c.code == code)


def check_specific(draft: Draft) -> Criterion:
    """Names who or what, where and when, in one question."""
    text = (draft.question or "").strip()
    if not text:
        return Criterion("specific", (Finding("question_missing"),))
    problems = []
    count = words(text)
    if count < MIN_QUESTION_WORDS:
        problems.append(Finding("too_short", str(count)))
    elif count > MAX_QUESTION_WORDS:
        problems.append(Finding("too_long", str(count)))
    if not TIME_PERIOD.search(text):
        problems.append(Finding("no_period"))
    if text.count("?") > 1:
        problems.append(Finding("several_questions"))
    return Criterion("specific", tuple(problems))


def check_answerable(draft: Draft) -> Criterion:
    """The data named could answer a question of this kind."""
    problems, advice = [], []
    if draft.kind not in KINDS:
        problems.append(Finding("no_kind"))
    if not draft.items:
        problems.append(Finding("no_items"))
    elif draft.kind in ("diagnostic", "predictive", "prescriptive") and len(draft.items) < 2:
        problems.append(Finding("needs_more_items", draft.kind))
    surveys = [i for i in draft.items if i.source == "new_survey"]
    if _filled(draft.data_gaps) and not surveys:
        problems.append(Finding("gap_without_plan"))
    if surveys:
        advice.append(Finding("survey_takes_time"))
    if any(i.source == "another_council" for i in draft.personal_items):
        advice.append(Finding("sharing_agreement"))
    return Criterion("answerable", tuple(problems), tuple(advice))


def check_actionable(draft: Draft) -> Criterion:
    """A named decision, a named owner and a real date."""
    problems = []
    decision = (draft.decision or "").strip()
    if not decision:
        problems.append(Finding("no_decision"))
    else:
        vague = next(
            (
                p
                for p in VAGUE_DECISION_PHRASES
                if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", decision, re.IGNORECASE)
            ),
            None,
        )
        if vague:
            problems.append(Finding("vague_decision", vague))
        elif words(decision) < MIN_DECISION_WORDS:
            problems.append(Finding("decision_too_short"))
    if not _filled(draft.who_acts):
        problems.append(Finding("no_owner"))
    deadline = (draft.by_when or "").strip()
    if not deadline:
        problems.append(Finding("no_deadline"))
    elif deadline.lower().rstrip(".") in VAGUE_DEADLINES:
        problems.append(Finding("vague_deadline", deadline))
    return Criterion("actionable", tuple(problems))


def check_ethical(draft: Draft) -> Criterion:
    """Lawful, screened for a DPIA, fair, open with residents and minimal."""
    problems, advice = [], []
    for part in ethics_missing(draft):
        problems.append(Finding(f"missing_{part}"))
    if draft.lawful_basis == "no_personal_data" and draft.has_personal_data:
        problems.append(Finding("basis_contradicts_data"))
    if draft.lawful_basis == "legitimate_interests":
        problems.append(Finding("legitimate_interests"))
    if draft.has_special_category and not _filled(draft.article9_condition):
        problems.append(Finding("no_article9"))
    screening = dpia_screening(draft)
    if screening.dpia_likely and not draft.dpia_commitment:
        problems.append(Finding("dpia_not_planned"))
    if draft.lawful_basis == "consent":
        advice.append(Finding("consent_caution"))
    if draft.has_personal_data and not draft.dpo_confirmed:
        advice.append(Finding("dpo_to_confirm"))
    return Criterion("ethical", tuple(problems), tuple(advice))


def quality_check(draft: Draft) -> Verdict:
    """Specific, answerable with the data named, actionable, ethical: "ready" only when all four
    pass."""
    return Verdict(
        (
            check_specific(draft),
            check_answerable(draft),
            check_actionable(draft),
            check_ethical(draft),
        )
    )
