"""The words the canvas shows beside its questions: what each fit score means for each
attribute, and what each step asks for. Written for council officers, in line with the
Adaption Lab's curriculum (Rogers' attributes in week 3, Nesta's evidence levels in week 2)."""

from dataclasses import dataclass
from fractions import Fraction

from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import rules


@dataclass(frozen=True)
class Attribute:
    code: str
    title: str
    question: str
    scores: dict[int, str]  # what a 1, 2, 3, 4 and 5 mean for this attribute


ATTRIBUTES = {
    "relative_advantage": Attribute(
        "relative_advantage",
        _("Relative advantage"),
        _(
            "Is it clearly better than what we do now, in ways our residents, staff and members "
            "care about?"
        ),
        {
            1: _(
                "No better than what we do now, or worse, on the things that matter here: cost, "
                "outcomes for residents, carbon or people's experience."
            ),
            2: _(
                "A small gain on one measure, cancelled out by a loss or a new cost somewhere "
                "else, such as more staff time or higher running costs."
            ),
            3: _("Clearly better on one thing that matters here, and no worse on the others."),
            4: _(
                "Clearly better on several things that matter here, for example lower running "
                "costs and better outcomes for residents."
            ),
            5: _(
                "Much better than what we do now on the outcomes we care most about, and the "
                "people who must adopt it would say so too."
            ),
        },
    ),
    "compatibility": Attribute(
        "compatibility",
        _("Compatibility"),
        _(
            "Does it fit our values, our systems, our past experience and the needs of the "
            "people affected?"
        ),
        {
            1: _(
                "Clashes with something we cannot change: the law, a statutory duty, a core "
                "contract or the needs of the people affected."
            ),
            2: _(
                "Cuts across how we work in several places, such as commissioning by the hour, "
                "our IT or job roles. Big changes would be needed on our side."
            ),
            3: _(
                "Fits our values, but our systems or processes would need real changes to take it."
            ),
            4: _("Fits our values and most of our systems; a few processes or roles would change."),
            5: _(
                "Fits how we already work, our duties (such as the Well-being of Future "
                "Generations Act) and the people affected, with little change."
            ),
        },
    ),
    "complexity": Attribute(
        "complexity",
        _("Complexity (5 means simple)"),
        _("How easy is it to understand and to use? Here 5 means simple and 1 very complex."),
        {
            1: _(
                "Very hard to understand and run: many partners, skills we do not have, and "
                "legal or financial structures new to us, such as share offers, grid "
                "connections or power purchase agreements."
            ),
            2: _(
                "Hard: several roles need specialist skills or training, and several "
                "organisations must work closely together."
            ),
            3: _(
                "Moderate: staff can learn it with some training and a clear guide; a handful "
                "of partners are involved."
            ),
            4: _(
                "Fairly simple: easy to explain, needs a short induction, and one team can run it."
            ),
            5: _(
                "Simple: you can explain it in one sentence to a councillor or a resident, and "
                "staff can use it with little or no training."
            ),
        },
    ),
    "trialability": Attribute(
        "trialability",
        _("Trialability"),
        _("Can we try it on a small scale, and back out if it fails?"),
        {
            1: _(
                "Cannot be tried small: it needs full commitment up front, such as capital works "
                "or a long contract, and is hard to reverse."
            ),
            2: _(
                "Can only be trialled at a large scale or cost, and backing out would be costly "
                "or very visible."
            ),
            3: _(
                "Can be tried in part or for a limited time, though setting up the trial takes "
                "real effort."
            ),
            4: _(
                "Can be tried at one site, in one team or one street for a few weeks, with "
                "modest set-up and an easy way back."
            ),
            5: _(
                "Can be tried next week at a tiny scale (one bike, one hub, one street) and "
                "stopped at no lasting cost."
            ),
        },
    ),
    "observability": Attribute(
        "observability",
        _("Observability"),
        _("Will people be able to see that it is working?"),
        {
            1: _(
                "The results are invisible or take years to show, and we have no data to show them."
            ),
            2: _(
                "The results are slow or hard to see; we would need new data collection that we "
                "have not planned."
            ),
            3: _(
                "Some results are visible, such as counts of activity, but the outcomes would "
                "need to be measured on purpose."
            ),
            4: _(
                "The results show within months in data we already collect or can easily collect."
            ),
            5: _(
                "The results are plain to see and measured routinely: residents, staff and "
                "members can see it working, as with solar generation data or a closed school "
                "street."
            ),
        },
    ),
    "evidence": Attribute(
        "evidence",
        _("Evidence strength"),
        _("How strong is the evidence that it works, in a setting like ours?"),
        {
            1: _(
                "Anecdote only: stories, quotes and photos, or a clear account of why it should "
                "work with no data behind it (Nesta level 1)."
            ),
            2: _(
                "Monitored: data show a change among the people who used it, but not that the "
                "innovation caused it (Nesta level 2)."
            ),
            3: _(
                "Evaluated: a baseline and a comparison show it caused the change, usually "
                "checked by the scheme's own staff (Nesta level 3)."
            ),
            4: _(
                "Independently evaluated: an outside body, such as a university, an audit body "
                "or a commissioned evaluator, confirmed the results (Nesta level 4)."
            ),
            5: _(
                "Independently evaluated and repeated in several places, including settings "
                "like ours, with manuals or training to support it (Nesta level 5)."
            ),
        },
    ),
    "readiness": Attribute(
        "readiness",
        _("Local readiness"),
        _(
            "Can our council take it on now? Think of the readiness checklist: sponsor, owner, "
            "capacity, money, data, partners, rules and timing."
        ),
        {
            1: _(
                "Not ready: no sponsor, no owner and no money, and something big, such as a "
                "restructure or a budget round, is in the way."
            ),
            2: _(
                "Mostly red on the checklist: perhaps a willing officer, but no budget, no named "
                "owner, or partners who are not involved."
            ),
            3: _(
                "Mixed: a sponsor and an owner, but capacity, money or partners are amber and "
                "need work before a test."
            ),
            4: _(
                "Mostly green: a sponsor, an owner and a route to funding are in place; one or "
                "two amber items have a plan to fix them."
            ),
            5: _(
                "Ready now: a senior sponsor, a named owner with time, funding, data and partners "
                "on board, and the rules checked."
            ),
        },
    ),
}
assert tuple(ATTRIBUTES) == rules.ATTRIBUTES

EVIDENCE_LEVEL_HINTS = {
    "anecdote": _("Stories, quotes and photos: “residents love it”. Easy to cherry-pick."),
    "monitored": _(
        "The scheme counted things as it went: users, kilowatt-hours, journeys, referrals. This "
        "shows activity, not necessarily impact."
    ),
    "evaluated": _(
        "Someone asked a clear question and collected data to answer it, ideally with a "
        "baseline and a comparison. Often the scheme's own staff."
    ),
    "independent": _(
        "An outside body, such as a university, an audit body or a commissioned evaluator, ran "
        "or checked the evaluation."
    ),
}

DECISION_HINTS = {
    rules.ADOPT: _(
        "Take it largely as designed, core and periphery. For when fit is high, the evidence is "
        "strong for a setting like ours and we are ready. Rarer than people expect."
    ),
    rules.ADAPT: _(
        "Keep the core, change the parts that do not fit here on purpose, and test. The most "
        "common call."
    ),
    rules.LEAVE: _(
        "Do not go ahead, for now or for good. A reasoned leave is a valid result: it saves "
        "money and stops the next officer repeating the work."
    ),
}

RISK_HINTS = {
    "none": _("The change touches only parts that can change."),
    "possible": _("It might weaken a core part: watch it closely in the test."),
    "high": _("It changes a core part. Think again before making it."),
}

# What each step asks for, in a sentence or two, shown at the top of the step.
STEP_INTROS = {
    "innovation": _(
        "Describe the innovation as it was done elsewhere: what people actually do, where and "
        "at what scale, and the problem it solved there, in the originator's terms. Keep your "
        "own problem for the next step."
    ),
    "context": _(
        "Describe the problem here in terms of people and outcomes, without naming the "
        "innovation. “Older people in the north of the borough are isolated after hospital "
        "discharge” is a problem; “we need Local Area Coordination” is a solution in disguise."
    ),
    "fit": _(
        "Score each attribute from 1 to 5, where 5 is always favourable, from the point of view "
        "of the people who must adopt it: frontline staff, residents, members. Write one line "
        "of reasoning for each score: the reasons matter more than the numbers."
    ),
    "core": _(
        "Name the parts that make it work, which you must keep, and the parts you will change "
        "to fit here. Plan each change: what, why, and its risk to the core. Aim for "
        "fidelity to the core and flexibility in the rest."
    ),
    "decision": _(
        "Make your call: adopt as it is, adapt, or leave. The tool proposes one from your fit "
        "scores by the rule shown here. The decision is yours: you may disagree with the "
        "proposal, and both are recorded."
    ),
    "test": _(
        "Plan one small Plan-Do-Study-Act test you could start within four weeks. Go smaller "
        "than feels comfortable, write a prediction, and choose measures before you start."
    ),
}


# --- The decision rule, in words ---------------------------------------------------------------

# What a veto score means, for each attribute that has one (rules.LEAVE_VETO_ATTRIBUTES).
VETO_MEANINGS = {
    "compatibility": _("it clashes with something we cannot change"),
    "readiness": _("we cannot take it on now"),
}


@dataclass(frozen=True)
class RuleLine:
    """One line of the rule as the page states it, beside the condition it stands for."""

    code: str
    text: str
    condition: rules.Condition | None  # None before all seven are scored
    is_average: bool


def figure(value: Fraction | int) -> str:
    """A threshold or an average as the page writes it: 4, 2.5, 3.14."""
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    return number_format(round(float(value), 2))


def rule_lines(proposal: rules.Proposal | None = None) -> dict[str, list[RuleLine]]:
    """The lines of the decision rule, each worded from the thresholds in rules.py in the
    order propose() checks them, so that what the page says is what the tool does."""
    leave = [
        (
            "evidence_anecdote",
            gettext("evidence strength is %(n)s or less (1 is anecdote only)")
            % {"n": rules.LEAVE_EVIDENCE_AT_MOST},
        ),
        (
            "average_low",
            gettext("the average of the seven scores is below %(n)s")
            % {"n": figure(rules.LEAVE_AVERAGE_BELOW)},
        ),
    ]
    for attribute in rules.LEAVE_VETO_ATTRIBUTES:
        words = {"attribute": _lower(ATTRIBUTES[attribute].title), "n": rules.LEAVE_VETO_SCORE}
        if attribute in VETO_MEANINGS:
            words["meaning"] = VETO_MEANINGS[attribute]
            text = gettext("%(attribute)s is %(n)s or less: %(meaning)s") % words
        else:
            text = gettext("%(attribute)s is %(n)s or less") % words
        leave.append((f"{attribute}_veto", text))
    adopt = [
        (
            "average_high",
            gettext("the average is %(n)s or more") % {"n": figure(rules.ADOPT_AVERAGE_AT_LEAST)},
        ),
        (
            "compatibility_high",
            gettext("compatibility is %(n)s or more") % {"n": rules.ADOPT_COMPATIBILITY_AT_LEAST},
        ),
        ("lowest_fair", gettext("no score is below %(n)s") % {"n": rules.ADOPT_LOWEST_AT_LEAST}),
        ("no_changes_planned", gettext("no part is listed to change in step 4")),
    ]
    conditions = {}
    if proposal:
        conditions = {c.code: c for c in (*proposal.leave_if, *proposal.adopt_if)}
    return {
        side: [
            RuleLine(code, text, conditions.get(code), code.startswith("average"))
            for code, text in lines
        ]
        for side, lines in (("leave", leave), ("adopt", adopt))
    }


def _lower(title) -> str:
    """“Local readiness” as it reads inside a sentence."""
    title = str(title)
    return title[:1].lower() + title[1:]
