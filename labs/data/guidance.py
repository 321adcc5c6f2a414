"""The words of the Good data question builder: what each rule's code means to a council
officer, and the guidance shown beside each step. `labs.data.rules` decides; this module says."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import rules

STEP_TITLES = {
    "question": _("Write your question"),
    "kind": _("Choose the kind of question"),
    "data": _("List your data"),
    "ethics": _("Check the ethics"),
    "quality": _("Run the quality check"),
}

STEP_INTROS = {
    "question": _(
        "Turn a topic into a question an analyst can answer and a manager can act on. Name the "
        "people, place or service and the time period; then the decision the answer will "
        "change, who takes it and by when."
    ),
    "kind": _(
        "The kind of question sets the data you need, the skills involved and how much legal "
        "and ethical care it takes. If your question mixes two kinds, split it and keep the "
        "simpler one for this Lab."
    ),
    "data": _(
        "List each piece of data as a field, not a system: “daily mileage per van”, not “the "
        "telematics system”. Say where it lives and whether it is about people. Five to ten "
        "items is usual."
    ),
    "ethics": _(
        "Record how the question can be answered lawfully, fairly and openly, following the "
        "UK Data Ethics Framework’s principles of transparency, accountability and fairness. "
        "Write it down before anyone touches the data, and take it to your Data Protection "
        "Officer."
    ),
    "quality": _(
        "The portal checks your question against four tests as you work. A question that "
        "passes all four is ready to turn into a briefing in week 6. Write what you will do "
        "about anything that needs work."
    ),
}


@dataclass(frozen=True)
class KindGuide:
    asks: str
    example: str
    needs: str


KINDS = {
    "descriptive": KindGuide(
        _("What happened? Counts, rates and trends."),
        _("How many people aged 75 and over used each warm space each week last winter?"),
        _(
            "Records of what happened, usually counted or summarised. Often answerable with "
            "data you already hold, without identifying anyone."
        ),
    ),
    "diagnostic": KindGuide(
        _("Why did it happen? Comparing groups, places or periods to find causes."),
        _(
            "Why did fewer carers in our valley wards take up respite breaks in 2024-25 than "
            "in 2023-24?"
        ),
        _(
            "The outcome and the possible causes, for the same people or places. Beware: "
            "things that move together do not always cause each other."
        ),
    ),
    "predictive": KindGuide(
        _("What is likely to happen? Using the past to estimate the future."),
        _(
            "How many of our light vans reach the end of their lease in each year to 2030, "
            "and what charging demand will that put on each depot?"
        ),
        _(
            "Several years of history and a method you can explain. Predicting anything about "
            "individual residents almost always needs a DPIA and a careful fairness check."
        ),
    ),
    "prescriptive": KindGuide(
        _("What should we do? Comparing options against a goal."),
        _(
            "Which 20 streets should get LED lighting first to cut the most energy per pound "
            "in the next financial year?"
        ),
        _(
            "The options, their costs and likely effects, and your constraints. The hardest "
            "kind: it usually builds on a descriptive or predictive answer."
        ),
    ),
}

LAWFUL_BASIS_HINTS = {
    "public_task": _(
        "Needed to carry out a task in the public interest or an official function set out "
        "in law. The usual basis for council services and the analysis that supports them."
    ),
    "legal_obligation": _("A law requires you to process the data, such as a statutory return."),
    "consent": _(
        "People freely agree and can withdraw at any time. Hard to rely on where people depend "
        "on the council for a service."
    ),
    "contract": _("Needed for a contract with the person, such as a tenancy or a paid service."),
    "vital_interests": _("Needed to protect someone’s life. Rarely the right basis for analysis."),
    "legitimate_interests": _(
        "Not available to public authorities for processing done to carry out their tasks."
    ),
    "no_personal_data": _(
        "Every item is aggregate or about things rather than people, and nobody could be "
        "identified from it."
    ),
}


@dataclass(frozen=True)
class ScreeningQuestion:
    code: str
    label: str
    hint: str


SCREENING_QUESTIONS = (
    ScreeningQuestion(
        "large_scale",
        _("Will you use personal data about a large number of people?"),
        _(
            "For example a whole service’s caseload, everyone in a ward or the county, or "
            "every council tax account. Think about the number of people, how much data about "
            "each, how long you keep it and the area it covers."
        ),
    ),
    ScreeningQuestion(
        "vulnerable",
        _("Is the data about people who may be vulnerable?"),
        _(
            "For example children, older people receiving care, disabled people, carers, people "
            "in crisis or in debt: anyone less able to understand, refuse or object."
        ),
    ),
    ScreeningQuestion(
        "matching",
        _("Will you combine, compare or match personal data from different sources?"),
        _(
            "For example linking social care records with council tax or housing data, or "
            "matching survey answers to service records."
        ),
    ),
    ScreeningQuestion(
        "monitoring",
        _("Will you systematically observe or track people?"),
        _(
            "For example CCTV or sensors that can identify people, vehicle telematics linked to "
            "named drivers, tracking location or app use, or watching how people use a service "
            "over time."
        ),
    ),
    ScreeningQuestion(
        "scoring",
        _("Will you score, rank or profile people?"),
        _(
            "For example a risk score for who may become isolated, ranking households for a "
            "retrofit offer, or predicting who will miss a payment."
        ),
    ),
    ScreeningQuestion(
        "automated",
        _(
            "Will decisions with legal or similarly significant effects on people be made "
            "automatically, without meaningful human review?"
        ),
        _(
            "For example automatically refusing a grant or setting a charge. A person who only "
            "rubber-stamps the output is not meaningful review."
        ),
    ),
    ScreeningQuestion(
        "denial",
        _("Could the answer decide whether people get a service, benefit or opportunity?"),
        _(
            "For example who is offered a warm homes grant, a place at a community hub or a "
            "visit from a social worker."
        ),
    ),
    ScreeningQuestion(
        "innovative",
        _("Will you use new technology, or an existing one in a new way?"),
        _(
            "For example artificial intelligence or machine learning, new sensors, smart meter "
            "data, or a supplier’s predictive tool."
        ),
    ),
    ScreeningQuestion(
        "invisible",
        _("Will you use personal data that people were not told would be used this way?"),
        _(
            "For example data collected for one service reused for another, or data from "
            "another organisation, where no privacy notice reached the people it is about."
        ),
    ),
    ScreeningQuestion(
        "criminal",
        _("Will you use data about criminal offences or convictions?"),
        _(
            "For example anti-social behaviour records that name people, youth justice data or "
            "DBS results."
        ),
    ),
)

TRIGGER_WHY = {
    "special_category": _(
        "Your data list includes special category data (such as health, ethnicity, religion, "
        "sexual orientation, trade union membership, biometric or genetic data). Sensitive data "
        "is one of the screening criteria."
    ),
    "large_scale": _(
        "Large-scale processing is one of the screening criteria: the more people and the more "
        "data, the greater the harm if something goes wrong."
    ),
    "vulnerable": _(
        "Data about vulnerable people is one of the screening criteria: they may be less able "
        "to understand, agree or object, and harm falls harder on them."
    ),
    "matching": _(
        "Combining, comparing or matching personal data from different sources is on the ICO’s "
        "list of processing that needs a DPIA: linked records reveal things no single record "
        "does, in ways people would not expect."
    ),
    "monitoring": _(
        "Systematic monitoring, and tracking people’s location or behaviour, are on the ICO’s "
        "list: people may not know they are watched and cannot easily avoid it."
    ),
    "scoring": _("Evaluating, scoring or profiling people is one of the screening criteria."),
    "automated": _(
        "Automated decisions with legal or similarly significant effects need a DPIA under UK "
        "GDPR Article 35(3)(a), and people have the right not to be subject to them under "
        "Article 22."
    ),
    "denial": _(
        "Deciding who gets a service, benefit or opportunity is one of the screening criteria, "
        "and on the ICO’s list when it rests on profiling, automated decisions or special "
        "category data."
    ),
    "innovative": _(
        "Innovative technology is one of the screening criteria, and on the ICO’s list together "
        "with any other: its risks to people are less well understood."
    ),
    "invisible": _(
        "Invisible processing, where people are not told directly, is on the ICO’s list: "
        "people cannot use their rights over a use they do not know about."
    ),
    "criminal": _(
        "Criminal offence data is sensitive data, one of the screening criteria, and needs a "
        "condition in Schedule 1 of the Data Protection Act 2018."
    ),
}
DERIVED_MATCHING_WHY = _(
    "Your data list takes personal data from more than one kind of source, so the question "
    "matches datasets even though the answer to that screening question was not yes."
)

TRIGGER_TITLES = {
    "special_category": _("Special category data"),
    "large_scale": _("Large scale"),
    "vulnerable": _("Vulnerable people"),
    "matching": _("Matching or combining datasets"),
    "monitoring": _("Systematic monitoring or tracking"),
    "scoring": _("Scoring or profiling"),
    "automated": _("Automated decisions with significant effects"),
    "denial": _("Access to a service, benefit or opportunity"),
    "innovative": _("Innovative technology"),
    "invisible": _("People not told"),
    "criminal": _("Criminal offence data"),
}

LEVEL_LABELS = {
    "required": _("DPIA required"),
    "recommended": _("DPIA recommended"),
    "not_needed": _("No DPIA needed"),
    "no_personal_data": _("No DPIA needed"),
    "incomplete": _("Screening not finished"),
}
LEVEL_TAGS = {
    "required": "govuk-tag--red",
    "recommended": "govuk-tag--yellow",
    "not_needed": "govuk-tag--green",
    "no_personal_data": "govuk-tag--green",
    "incomplete": "govuk-tag--grey",
}
LEVEL_SUMMARIES = {
    "required": _(
        "Your answers make a DPIA likely to be required. Talk to your Data Protection Officer "
        "and complete the DPIA before anyone collects or uses the data."
    ),
    "recommended": _(
        "One screening criterion applies. A DPIA is not strictly required, but the ICO "
        "considers it good practice for any major project using personal data: ask your DPO."
    ),
    "not_needed": _(
        "No screening criterion applies, so a DPIA is not likely to be required. Keep this "
        "screening with your project papers, and screen again if the question or the data "
        "changes."
    ),
    "no_personal_data": _(
        "Your data list has no personal data and no screening criterion applies, so no DPIA is "
        "needed. Check that small numbers cannot identify anyone once figures are combined."
    ),
    "incomplete": _(
        "Answer every screening question to finish the screening. Answers that make a DPIA "
        "likely are shown as soon as you save them."
    ),
}
LEVEL_REASONS = {
    "art35_automated": _(
        "UK GDPR Article 35(3)(a): automated decisions, including profiling, with legal or "
        "similarly significant effects on people."
    ),
    "art35_sensitive_large_scale": _(
        "UK GDPR Article 35(3)(b): special category or criminal offence data on a large scale."
    ),
    "ico_monitoring": _("ICO list: systematic monitoring, or tracking location or behaviour."),
    "ico_matching": _(
        "ICO list: combining, comparing or matching personal data from multiple sources."
    ),
    "ico_invisible": _("ICO list: invisible processing, where people are not told directly."),
    "ico_large_scale_profiling": _("ICO list: profiling people on a large scale."),
    "ico_denial": _(
        "ICO list: decisions on access to a service, opportunity or benefit that rest on "
        "profiling, automated decisions or special category data."
    ),
    "ico_innovative": _("ICO list: innovative technology together with another criterion."),
    "two_criteria": _(
        "Two or more screening criteria apply. Following the European guidelines it adopts, the "
        "ICO says a DPIA is then likely to be required."
    ),
    "one_criterion": _("Exactly one screening criterion applies."),
    "no_criteria": _("None of the screening criteria applies."),
    "no_personal_data": _("No personal data, and none of the screening criteria applies."),
    "unanswered": _("Some screening questions are not answered yet."),
}

CRITERIA = {
    "specific": (
        _("Specific"),
        _(
            "Names who or what, where and when, in one question. The check looks for one "
            "question of 8 to 60 words that names a time period (a year, a month or season, "
            "“last winter”, “in the first six months”)."
        ),
    ),
    "answerable": (
        _("Answerable with the data named"),
        _(
            "The kind is chosen and the data list could answer it: at least one item, two for "
            "diagnostic, predictive and prescriptive questions; and any gap you noted has a "
            "plan (a new survey) to fill it."
        ),
    ),
    "actionable": (
        _("Actionable"),
        _(
            "Names a real decision (not “service planning” or “better understanding”), who "
            "takes it, and a date or meeting by which the answer is needed."
        ),
    ),
    "ethical": (
        _("Ethical"),
        _(
            "The ethics step is complete; the lawful basis fits the data; special category data "
            "has its Article 9 condition; and if a DPIA is likely you have committed to one."
        ),
    ),
}

FINDINGS = {
    "question_missing": _("Write the question in step 1."),
    "too_short": _(
        "The question has %(detail)s words. A specific question usually needs at least 8 to "
        "name who or what, where and when."
    ),
    "too_long": _(
        "The question has %(detail)s words. Cut it to one sentence of 60 words or fewer and "
        "move the background into the decision."
    ),
    "no_period": _(
        "Name the time period, for example “last winter”, “2024-25” or “in the first six months”."
    ),
    "several_questions": _(
        "It asks more than one question. Split it and keep the one that matters most to the "
        "decision."
    ),
    "no_kind": _("Choose the kind of question in step 2."),
    "no_items": _("List the data your question needs in step 3."),
    "needs_more_items:diagnostic": _(
        "A diagnostic question needs at least two data items: the outcome, and the possible "
        "causes you will compare it with."
    ),
    "needs_more_items:predictive": _(
        "A predictive question needs at least two data items: what you want to predict, and "
        "what you will predict it from."
    ),
    "needs_more_items:prescriptive": _(
        "A prescriptive question needs at least two data items: the options, and the outcome "
        "you will compare them on."
    ),
    "gap_without_plan": _(
        "You noted data that nobody holds, but no item comes from a new survey. Add how you "
        "will collect it, or narrow the question to the data you have."
    ),
    "survey_takes_time": _(
        "A new survey takes time to design, run and analyse: make sure its results can arrive "
        "before your date. Data Cymru gives advice on survey design."
    ),
    "sharing_agreement": _(
        "Personal data from another council or partner needs a data sharing agreement; in "
        "Wales, use the Wales Accord on the Sharing of Personal Information (WASPI)."
    ),
    "no_decision": _("Write the decision the answer informs, in step 1."),
    "vague_decision": _(
        "“%(detail)s” does not say what would change. Write the choice itself, for example "
        "“whether to fund three more warm spaces this winter”."
    ),
    "decision_too_short": _("Say more about the decision: which choice, between which options."),
    "no_owner": _(
        "Name who will act on the answer: a role, and the forum such as Cabinet or a budget board."
    ),
    "no_deadline": _("Give the date or meeting by which the answer is needed."),
    "vague_deadline": _(
        "“%(detail)s” is not a date. Give the real date or meeting; if there is none, ask "
        "whether the question matters now."
    ),
    "missing_lawful_basis": _("Choose a lawful basis in step 4."),
    "missing_screening": _("Answer every DPIA screening question in step 4."),
    "missing_fairness": _("Write who could be missed, treated unfairly or harmed, in step 4."),
    "missing_residents_told": _("Say how residents would be told, in step 4."),
    "missing_minimisation": _("Record how you kept the data to the minimum, in step 4."),
    "basis_contradicts_data": _(
        "You chose “no personal data”, but your data list includes personal data. Choose the "
        "lawful basis for it, or make those items non-personal."
    ),
    "legitimate_interests": _(
        "Public authorities cannot rely on legitimate interests for processing done to carry "
        "out their tasks (UK GDPR Article 6(1)). Council analysis usually relies on public task."
    ),
    "no_article9": _(
        "Your data list includes special category data: name the Article 9 condition, and the "
        "Data Protection Act 2018 Schedule 1 condition, that you will rely on."
    ),
    "dpia_not_planned": _(
        "The screening says a DPIA is likely to be required: confirm that you will complete one "
        "with your DPO before the data is used."
    ),
    "consent_caution": _(
        "Consent is rarely the right basis for a council: people who rely on a service may not "
        "feel free to refuse. Ask your DPO whether public task fits better."
    ),
    "dpo_to_confirm": _(
        "Your DPO has not yet confirmed the lawful basis: treat it as “to confirm with the DPO” "
        "until they do."
    ),
}

MISSING_PARTS = {
    "question": _("the question"),
    "decision": _("the decision it informs"),
    "who_acts": _("who acts"),
    "by_when": _("by when"),
    "lawful_basis": _("the lawful basis"),
    "screening": _("every screening question"),
    "fairness": _("fairness and bias"),
    "residents_told": _("how residents are told"),
    "minimisation": _("data minimisation"),
}


def finding_text(finding: rules.Finding) -> str:
    key = f"{finding.code}:{finding.detail}" if finding.code == "needs_more_items" else finding.code
    return FINDINGS[key] % {"detail": finding.detail}


def trigger_why(trigger: rules.Trigger) -> str:
    if trigger.code == "matching" and trigger.derived:
        return DERIVED_MATCHING_WHY
    return TRIGGER_WHY[trigger.code]
