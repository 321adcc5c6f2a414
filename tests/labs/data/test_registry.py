"""The builder as the rest of the portal sees it: registered with the steps the Data Lab's
curriculum teaches, in the weeks it teaches them; and every rule code has its words."""

from labs.data import guidance, rules
from labs.data.curriculum import MODULES
from labs.data.models import LawfulBasis, PersonalData, QuestionKind, Source, ValueType
from labs.models import Activity, ActivityKind
from labs.registry import tool_for


def test_the_builder_is_registered_for_the_data_lab():
    tool = tool_for("data")
    assert tool.name == "Good data question builder"
    assert tool.url_name == "data_tool"
    assert [s.name for s in tool.steps] == list(rules.STEPS)


def test_each_step_is_in_the_week_whose_tool_activity_it_completes():
    taught = {
        activity["tool_step"]: module["number"]
        for module in MODULES
        for activity in module["activities"]
        if activity["kind"] == "tool"
    }
    assert {s.name: s.week for s in tool_for("data").steps} == taught
    assert taught == {"question": 1, "kind": 1, "data": 2, "ethics": 3, "quality": 4}


def test_the_loaded_curriculum_points_its_tool_activities_at_the_builders_steps(db):
    loaded = dict(
        Activity.objects.filter(module__lab__code="data", kind=ActivityKind.TOOL).values_list(
            "tool_step", "module__number"
        )
    )
    assert loaded == {s.name: s.week for s in tool_for("data").steps}


def test_the_models_speak_the_rules_vocabulary():
    assert tuple(QuestionKind.values) == rules.KINDS
    assert tuple(ValueType.values) == rules.VALUE_TYPES
    assert tuple(Source.values) == rules.SOURCES
    assert tuple(PersonalData.values) == rules.PERSONAL_LEVELS
    assert set(LawfulBasis.values) == set(rules.LAWFUL_BASES)


def test_every_code_the_rules_can_give_has_words():
    assert tuple(q.code for q in guidance.SCREENING_QUESTIONS) == rules.SCREENING
    assert set(guidance.TRIGGER_WHY) == set(rules.CRITERION_OF)
    assert set(guidance.TRIGGER_TITLES) == set(rules.CRITERION_OF)
    levels = {"required", "recommended", "not_needed", "no_personal_data", "incomplete"}
    for table in (guidance.LEVEL_LABELS, guidance.LEVEL_TAGS, guidance.LEVEL_SUMMARIES):
        assert set(table) == levels
    assert set(guidance.CRITERIA) == {"specific", "answerable", "actionable", "ethical"}
    assert set(guidance.KINDS) == set(rules.KINDS)
    assert set(guidance.LAWFUL_BASIS_HINTS) == set(rules.LAWFUL_BASES)
    assert set(guidance.STEP_TITLES) == set(guidance.STEP_INTROS) == set(rules.STEPS)
    for reason in (
        "art35_automated",
        "art35_sensitive_large_scale",
        "ico_monitoring",
        "ico_matching",
        "ico_invisible",
        "ico_large_scale_profiling",
        "ico_denial",
        "ico_innovative",
        "two_criteria",
        "one_criterion",
        "no_criteria",
        "no_personal_data",
        "unanswered",
    ):
        assert reason in guidance.LEVEL_REASONS
    for finding in [
        rules.Finding("too_short", "5"),
        rules.Finding("needs_more_items", "predictive"),
        rules.Finding("vague_decision", "tbc"),
        rules.Finding("dpo_to_confirm"),
    ]:
        assert "%(" not in guidance.finding_text(finding)
    for part in (
        "question",
        "decision",
        "who_acts",
        "by_when",
        "lawful_basis",
        "screening",
        "fairness",
        "residents_told",
        "minimisation",
    ):
        assert part in guidance.MISSING_PARTS
