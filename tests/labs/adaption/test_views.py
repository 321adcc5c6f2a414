"""The canvas pages: saving each step in place with htmx and without JavaScript, errors that
name the field and keep what was typed, the proposal following the scores, the decision
recorded beside the proposal, the core step's parts, and the curriculum's activities ticking."""

import datetime as dt
import re
from fractions import Fraction

import pytest
from django.urls import reverse

from cohorts.learning.tools import tool_statuses
from cohorts.models import Completion
from labs.adaption.models import Canvas, CanvasPart, PartKind
from labs.models import Activity, ActivityKind

HX = {"HTTP_HX_REQUEST": "true"}


def url(name, *args):
    return reverse(name, args=args)


def step_url(canvas, step):
    return url("adaption_step", canvas.enrolment_id, canvas.pk, step)


def ticked(enrolment) -> set[str]:
    return set(
        Completion.objects.filter(
            enrolment=enrolment, activity__kind=ActivityKind.TOOL
        ).values_list("activity__tool_step", flat=True)
    )


INNOVATION = {
    "name": "School streets",
    "what_it_is": "The road outside a primary school closes to through traffic at drop-off and pick-up.",
    "where_it_worked": "Edinburgh, then hundreds of London schools from 2020.",
    "problem_there": "Congestion, danger and poor air at the school gate.",
    "evidence_level": "evaluated",
    "evidence_source": "Edinburgh's pilot evaluation.",
}


# --- The start page and new canvases -----------------------------------------------------------


def test_the_tool_is_registered_with_the_curriculums_steps(db):
    from labs.registry import tool_for

    tool = tool_for("adaption")
    steps = {
        a.tool_step
        for a in Activity.objects.filter(module__lab__code="adaption", kind=ActivityKind.TOOL)
    }
    assert (
        {s.name for s in tool.steps}
        == steps
        == {
            "innovation",
            "context",
            "fit",
            "core",
            "decision",
            "test",
        }
    )
    for step in tool.steps:
        activity = Activity.objects.get(module__lab__code="adaption", tool_step=step.name)
        assert activity.module.number == step.week


def test_start_page_lists_my_canvases_and_starts_another(owner, mine, week5, make_canvas):
    make_canvas(
        mine,
        name="Community fridge",
        **{
            k: 4
            for k in (
                "relative_advantage",
                "compatibility",
                "complexity",
                "trialability",
                "observability",
                "evidence",
                "readiness",
            )
        },
    )
    page = owner.get(url("adaption_tool", mine.pk))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Community fridge" in text and "Adopt as it is" in text
    response = owner.post(url("adaption_canvas_create", mine.pk), {"name": "Repair café"})
    canvas = Canvas.objects.get(enrolment=mine, name="Repair café")
    assert response.status_code == 302
    assert response["Location"] == step_url(canvas, "innovation")


def test_a_canvas_needs_a_name_and_the_error_says_so(owner, mine, week5):
    response = owner.post(url("adaption_canvas_create", mine.pk), {"name": "  "})
    assert response.status_code == 200
    assert "Name of the innovation: enter a name" in response.content.decode()
    assert not Canvas.objects.filter(enrolment=mine).exists()


def test_another_lab_enrolment_is_not_found(owner, enrolment, week5):
    # The conftest's `enrolment` is in a Data Lab cohort.
    assert owner.get(url("adaption_tool", enrolment.pk)).status_code == 404


# --- Saving a step -----------------------------------------------------------------------------


def test_plain_post_saves_redirects_and_ticks_the_activity(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    before = mine.progress
    response = owner.post(step_url(canvas, "innovation"), INNOVATION)
    assert response.status_code == 302
    assert response["Location"].endswith(f"/canvas/{canvas.pk}/#step-innovation")
    canvas.refresh_from_db()
    assert canvas.what_it_is == INNOVATION["what_it_is"]
    assert canvas.evidence_level == "evaluated"
    assert ticked(mine) == {"innovation"}
    mine.refresh_from_db()
    assert mine.progress > before
    page = owner.get(response["Location"])
    assert "Step 1, The innovation, is done." in page.content.decode()


def test_htmx_save_answers_the_form_in_place_with_the_status(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    response = owner.post(step_url(canvas, "innovation"), INNOVATION, **HX)
    assert response.status_code == 200
    assert "HX-Request" in response["Vary"]
    body = response.content.decode()
    assert body.lstrip().startswith('<form id="step-form"')
    assert 'id="save-status"' in body and 'hx-swap-oob="innerHTML"' in body
    assert "is done" in body
    assert "<html" not in body
    assert ticked(mine) == {"innovation"}


def test_a_partly_filled_step_saves_without_ticking(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    owner.post(
        step_url(canvas, "innovation"), {"name": "School streets", "what_it_is": "Closures."}
    )
    canvas.refresh_from_db()
    assert canvas.what_it_is == "Closures."
    assert ticked(mine) == set()


@pytest.mark.parametrize("hx", [{}, HX])
def test_an_error_names_the_field_and_the_rule_and_keeps_what_was_typed(
    owner, mine, week5, make_canvas, hx
):
    canvas = make_canvas(mine)
    long = "x" * 2001
    data = {**INNOVATION, "what_it_is": long, "where_it_worked": "Typed & kept <b>"}
    response = owner.post(step_url(canvas, "innovation"), data, **hx)
    assert response.status_code == 200  # htmx 2 swaps only 2xx
    body = response.content.decode()
    assert "What it is must be 2,000 characters or fewer." in body
    assert long in body
    assert "Typed &amp; kept &lt;b&gt;" in body  # kept, and escaped
    assert "govuk-error-summary" in body
    canvas.refresh_from_db()
    assert canvas.what_it_is == ""


def test_context_shows_the_cohorts_theme_and_their_problem(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine, problem_there="Congestion at the school gate.")
    body = owner.get(step_url(canvas, "context")).content.decode()
    assert "Supportive Communities" in body  # the conftest cohort's theme
    assert "Congestion at the school gate." in body
    response = owner.post(
        step_url(canvas, "context"),
        {"problem_here": "Children breathe traffic fumes.", "who_affected": "Pupils of 3 schools."},
    )
    assert response.status_code == 302
    assert ticked(mine) == {"context"}


# --- Fit and the proposal ----------------------------------------------------------------------

SCORES = dict(
    relative_advantage="4",
    compatibility="4",
    complexity="4",
    trialability="4",
    observability="4",
    evidence="4",
    readiness="4",
)


def test_fit_page_gives_guidance_for_every_score_of_every_attribute(
    owner, mine, week5, make_canvas
):
    from labs.adaption.guidance import ATTRIBUTES

    canvas = make_canvas(mine)
    body = owner.get(step_url(canvas, "fit")).content.decode()
    for attribute in ATTRIBUTES.values():
        assert str(attribute.title) in body
        assert len(attribute.scores) == 5
        for text in attribute.scores.values():
            assert str(text).replace("'", "&#x27;").replace("“", "“") in body
    assert "No proposal yet" in body and "How the tool proposes" in body


def test_a_score_change_answers_the_proposal_and_saves(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    headers = {**HX, "HTTP_HX_TARGET": "proposal"}
    response = owner.post(step_url(canvas, "fit"), SCORES, **headers)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Adopt as it is" in body
    assert "<form" not in body  # the proposal, the status and the step's tag only
    assert "The tool now proposes: Adopt as it is." in body
    canvas.refresh_from_db()
    assert canvas.readiness == 4
    assert ticked(mine) == {"fit"}

    response = owner.post(step_url(canvas, "fit"), {**SCORES, "readiness": "1"}, **headers)
    body = response.content.decode()
    assert "govuk-tag--red" in body and "Leave" in body
    assert "local readiness is 1 or less: we cannot take it on now: <strong>yes</strong>" in body


def rule_lines_on(body: str) -> list[list[str]]:
    """The bulleted lines of the rule as the page shows them: [leave lines, adopt lines]."""
    rule = body[body.index("How the tool proposes") : body.index("</ol>")]
    return [
        [
            " ".join(re.sub(r"<[^>]+>", "", line).split())
            for line in re.findall(r"<li>(.*?)</li>", ul, re.S)
        ]
        for ul in re.findall(r"<ul[^>]*>(.*?)</ul>", rule, re.S)
    ]


def test_every_line_of_the_rule_on_the_page_is_worded_from_the_rules_constants(
    owner, mine, week5, make_canvas, monkeypatch
):
    from labs.adaption import rules

    # Thresholds unlike the real ones: each must turn up in its line, worded as propose() uses it.
    monkeypatch.setattr(rules, "LEAVE_EVIDENCE_AT_MOST", 2)
    monkeypatch.setattr(rules, "LEAVE_AVERAGE_BELOW", Fraction(27, 10))
    monkeypatch.setattr(rules, "LEAVE_VETO_SCORE", 2)
    monkeypatch.setattr(rules, "ADOPT_AVERAGE_AT_LEAST", Fraction(9, 2))
    monkeypatch.setattr(rules, "ADOPT_COMPATIBILITY_AT_LEAST", 5)
    monkeypatch.setattr(rules, "ADOPT_LOWEST_AT_LEAST", 4)
    scores = {**{k: int(v) for k, v in SCORES.items()}, "evidence": 2, "compatibility": 5}
    canvas = make_canvas(mine, **scores)
    proposal = rules.propose(scores)
    leave, adopt = rule_lines_on(owner.get(step_url(canvas, "fit")).content.decode())
    assert len(leave) == len(proposal.leave_if) and len(adopt) == len(proposal.adopt_if)
    assert leave == [
        "evidence strength is 2 or less (1 is anecdote only): yes (yours: 2)",
        "the average of the seven scores is below 2.7: no (yours: 3.86)",
        "compatibility is 2 or less: it clashes with something we cannot change: no (yours: 5)",
        "local readiness is 2 or less: we cannot take it on now: no (yours: 4)",
    ]
    assert adopt == [
        "the average is 4.5 or more: no (yours: 3.86)",
        "compatibility is 5 or more: yes (yours: 5)",
        "no score is below 4: no (lowest: 2)",
        "no part is listed to change in step 4: yes (0 changes planned)",
    ]
    for page in (url("adaption_compare", mine.pk), step_url(canvas, "decision")):
        body = owner.get(page).content.decode()
        for line in ["is 2 or less (1 is anecdote only)", "below 2.7", "is 4.5 or more"]:
            assert line in body, (page, line)


def test_each_line_of_the_rule_is_met_at_its_threshold_as_worded(owner, mine, week5, make_canvas):
    """“1 or less” and “4 or more” are met at 1 and 4; “below 2.5” is not met at 2.5."""
    at_thresholds = {**{k: int(v) for k, v in SCORES.items()}, "evidence": 1, "readiness": 1}
    canvas = make_canvas(mine, **at_thresholds)
    leave, adopt = rule_lines_on(owner.get(step_url(canvas, "fit")).content.decode())
    assert leave[0] == "evidence strength is 1 or less (1 is anecdote only): yes (yours: 1)"
    assert leave[3] == "local readiness is 1 or less: we cannot take it on now: yes (yours: 1)"
    assert adopt[1] == "compatibility is 4 or more: yes (yours: 4)"
    # Seven whole scores never average exactly 2.5: 17/7 is below it, 18/7 is not.
    for name, level, met in [
        ("Low", [2, 2, 2, 2, 3, 3, 3], "yes"),
        ("Fair", [2, 2, 2, 3, 3, 3, 3], "no"),
    ]:
        average = Fraction(sum(level), 7)
        canvas = make_canvas(mine, name=name, **dict(zip(SCORES, level, strict=True)))
        leave, _ = rule_lines_on(owner.get(step_url(canvas, "fit")).content.decode())
        assert leave[1] == (
            f"the average of the seven scores is below 2.5: {met} (yours: {float(average):.2f})"
        )


def test_a_phone_keeps_the_proposal_in_one_line_beside_the_scores(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    body = owner.get(step_url(canvas, "fit")).content.decode()
    assert body.count('id="proposal-brief"') == 1
    assert "No proposal yet: 0 of 7 scored." in body
    form_end, brief = body.index("</form>"), body.index('id="proposal-brief"')
    assert form_end < brief < body.index('id="proposal"')  # after the scores, before the card
    status = re.search(r'<p id="save-status"[^>]*>.*?</p>', body, re.S).group(0)
    assert "proposal-brief" not in status and "aria-live" not in body[brief : brief + 600]

    headers = {**HX, "HTTP_HX_TARGET": "proposal"}
    body = owner.post(step_url(canvas, "fit"), SCORES, **headers).content.decode()
    brief = re.search(r'<div id="proposal-brief"[^>]*>.*?</div>', body, re.S).group(0)
    assert 'hx-swap-oob="true"' in brief
    assert "The tool proposes:" in brief and "Adopt as it is" in brief
    assert body.count('role="status"') == 1  # announced once, by the status line

    data = {**SCORES, "evidence": "1", "evidence_note": "n" * 1001}
    body = owner.post(step_url(canvas, "fit"), data, **headers).content.decode()
    brief = re.search(r'<div id="proposal-brief"[^>]*>.*?</div>', body, re.S).group(0)
    assert "Leave" in brief and "(not saved yet)" in brief

    body = owner.post(step_url(canvas, "fit"), {**SCORES, "readiness": "3"}, **HX).content.decode()
    assert 'id="proposal-brief" class="adaption-brief" hx-swap-oob="true"' in body  # Save button


def test_a_score_change_with_a_note_too_long_shows_the_proposal_but_does_not_save(
    owner, mine, week5, make_canvas
):
    canvas = make_canvas(mine)
    headers = {**HX, "HTTP_HX_TARGET": "proposal"}
    data = {**SCORES, "evidence": "1", "evidence_note": "n" * 1001}
    body = owner.post(step_url(canvas, "fit"), data, **headers).content.decode()
    assert "Not saved yet" in body
    assert "Leave" in body  # the proposal follows the scores as chosen
    canvas.refresh_from_db()
    assert canvas.evidence is None


def test_plain_post_of_scores_shows_the_new_proposal_after_the_redirect(
    owner, mine, week5, make_canvas
):
    canvas = make_canvas(mine)
    response = owner.post(step_url(canvas, "fit"), {**SCORES, "compatibility": "3"}, follow=True)
    body = response.content.decode()
    assert "The tool now proposes: Adapt." in body
    assert "govuk-tag--yellow" in body


def test_an_invalid_score_names_the_attribute(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    response = owner.post(step_url(canvas, "fit"), {**SCORES, "trialability": "7"}, **HX)
    assert "Trialability: choose a score from 1 to 5." in response.content.decode()


# --- The decision ------------------------------------------------------------------------------


def test_decision_against_the_proposal_is_recorded_with_both(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine, **{**{k: int(v) for k, v in SCORES.items()}, "readiness": 1})
    page = owner.get(step_url(canvas, "decision")).content.decode()
    assert "Proposed by the tool" in page
    assert "the average of the seven scores is below 2.5" in page  # the rule, shown openly
    response = owner.post(
        step_url(canvas, "decision"),
        {
            "decision": "adapt",
            "decision_reasons": "Readiness is low only because the budget round is this month.",
            "reconsider_if": "no sponsor by January",
            "who_agrees": "Head of Education",
        },
        **HX,
    )
    assert response.status_code == 200
    canvas.refresh_from_db()
    assert (canvas.decision, canvas.proposed_decision) == ("adapt", "leave")
    assert canvas.decided_at is not None
    assert "you decided otherwise" in response.content.decode()
    assert ticked(mine) == {"fit", "decision"}


def test_a_decision_needs_reasons(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    response = owner.post(step_url(canvas, "decision"), {"decision": "adopt"}, **HX)
    assert "Why: give your reasons for this decision." in response.content.decode()
    canvas.refresh_from_db()
    assert canvas.decision == ""


def test_a_reasoned_leave_ticks_the_test_step_too(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    owner.post(
        step_url(canvas, "decision"), {"decision": "leave", "decision_reasons": "No partner."}
    )
    assert ticked(mine) == {"decision", "test"}
    canvas.refresh_from_db()
    assert canvas.proposed_decision == ""  # no proposal then: not all scored


# --- The test ----------------------------------------------------------------------------------

TEST = {
    "test_what": "Close Heol y Felin to through traffic at drop-off.",
    "test_where": "Ysgol Gymraeg Caerffili, with the head and two parent volunteers.",
    "start_day": "16",
    "start_month": "11",
    "start_year": "2026",
    "test_weeks": "3",
    "test_prediction": "Half the pupils will walk, scoot or cycle by week 3.",
    "measure_outcome": "Hands-up survey, weekly, by the class teachers.",
}


def test_the_test_step_saves_its_dates(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    response = owner.post(step_url(canvas, "test"), TEST)
    assert response.status_code == 302
    canvas.refresh_from_db()
    assert str(canvas.test_starts_on) == "2026-11-16"
    assert str(canvas.test_ends_on) == "2026-12-06"
    assert ticked(mine) == {"test"}


@pytest.mark.parametrize(
    "change, message",
    [
        ({"start_month": ""}, "Start date must include a month."),
        ({"start_day": "31", "start_month": "2"}, "Start date must be a real date"),
        ({"start_year": "26"}, "with a four-digit year"),
        ({"start_day": "3rd"}, "Start date must be a real date, in numbers"),
        ({"start_day": "123"}, "Start date must be a real date, for example 3 6 2027."),
        ({"start_year": "0000"}, "Start date must be a real date, for example 3 6 2027."),
        # Week 5 is 4 November 2026: a start from two years before to three years after.
        (
            {"start_day": "1", "start_month": "1", "start_year": "1900"},
            "Start date must be 4 November 2024 or later: a first test cannot have started "
            "more than two years ago.",
        ),
        ({"start_day": "3", "start_year": "2024"}, "Start date must be 4 November 2024 or later"),
        ({"start_day": "5", "start_year": "2029"}, "Start date must be 4 November 2029 or earlier"),
        (
            {"start_year": "10000"},
            "Start date must be 4 November 2029 or earlier: plan a first test to start within "
            "three years of today.",
        ),
        ({"start_year": "99999999999"}, "Start date must be 4 November 2029 or earlier"),
        ({"start_year": "9" * 5000}, "Start date must be 4 November 2029 or earlier"),
        ({"test_weeks": "20"}, "How many weeks: enter a number from 1 to 12."),
    ],
)
def test_the_test_step_names_a_date_or_length_that_breaks_the_rule(
    owner, mine, week5, make_canvas, change, message
):
    canvas = make_canvas(mine)
    response = owner.post(step_url(canvas, "test"), {**TEST, **change}, **HX)
    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert body.count("Start date must") <= 2  # one message, in the summary and at the field
    if "start_year" in change:
        assert "Start date must include a year" not in body
    assert TEST["test_prediction"] in body
    canvas.refresh_from_db()
    assert canvas.test_what == ""
    assert canvas.test_starts_on is None


@pytest.mark.parametrize("day, year", [("4", "2024"), ("4", "2029")])
def test_the_test_step_takes_a_start_two_years_back_or_three_years_ahead(
    owner, mine, week5, make_canvas, day, year
):
    canvas = make_canvas(mine)
    response = owner.post(step_url(canvas, "test"), {**TEST, "start_day": day, "start_year": year})
    assert response.status_code == 302
    canvas.refresh_from_db()
    assert canvas.test_starts_on == dt.date(int(year), 11, 4)


# --- The core step's parts ---------------------------------------------------------------------


def test_parts_are_added_saved_and_removed_in_place(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    add = url("adaption_part_add", mine.pk, canvas.pk)
    response = owner.post(add, {"kind": "core", "part": "Closure enforced at school times"}, **HX)
    assert response.status_code == 200
    assert 'id="parts-core"' in response.content.decode()
    part = CanvasPart.objects.get(canvas=canvas)
    assert ticked(mine) == {"core"}

    edit = url("adaption_part", mine.pk, canvas.pk, part.pk)
    owner.post(edit, {"action": "save", "part": "Closure enforced", "why": "Else it leaks."}, **HX)
    part.refresh_from_db()
    assert (part.part, part.why) == ("Closure enforced", "Else it leaks.")

    response = owner.post(edit, {"action": "remove"})
    assert response.status_code == 302
    assert not CanvasPart.objects.filter(pk=part.pk).exists()
    assert ticked(mine) == set()


def test_a_change_cannot_be_saved_without_its_plan(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    add = url("adaption_part_add", mine.pk, canvas.pk)
    response = owner.post(add, {"kind": "change", "part": "Barriers"}, **HX)
    body = response.content.decode()
    assert response.status_code == 200
    assert "What we will change: every change needs a plan" in body
    assert "Why we will change it: give the reason" in body
    assert "Risk to the core: choose none, possible or high." in body
    assert 'value="Barriers"' in body
    assert not canvas.parts.exists()
    response = owner.post(
        add,
        {
            "kind": "change",
            "part": "Barriers",
            "change": "Volunteer marshals instead of cameras",
            "reason": "No camera budget this year",
            "risk": "possible",
        },
    )
    assert response.status_code == 302
    assert canvas.parts.get().kind == PartKind.CHANGE


def test_a_step_before_its_week_is_shown_locked_and_refuses_a_post(owner, mine, week3, make_canvas):
    canvas = make_canvas(mine)
    page = owner.get(step_url(canvas, "core")).content.decode()
    assert "This step opens in week 4" in page
    assert "<form" not in page.split('id="comments-heading"')[0]
    response = owner.post(
        url("adaption_part_add", mine.pk, canvas.pk), {"kind": "core", "part": "x"}
    )
    assert response.status_code == 403
    assert "opens in week 4" in response.content.decode()
    assert not canvas.parts.exists()
    assert owner.post(step_url(canvas, "decision"), {"decision": "leave"}).status_code == 403


# --- Removing, comparing, reading ---------------------------------------------------------------


def test_removing_a_canvas_unticks_steps_no_other_canvas_completes(owner, mine, week5, make_canvas):
    first = make_canvas(mine, **{k: int(v) for k, v in SCORES.items()})
    second = make_canvas(mine, name="Repair café", **{k: int(v) for k, v in SCORES.items()})
    owner.post(step_url(first, "context"), {"problem_here": "x", "who_affected": "y"})
    owner.post(step_url(first, "fit"), SCORES)
    assert ticked(mine) == {"context", "fit"}
    assert owner.get(url("adaption_canvas_delete", mine.pk, first.pk)).status_code == 200
    owner.post(url("adaption_canvas_delete", mine.pk, first.pk))
    assert not Canvas.objects.filter(pk=first.pk).exists()
    assert ticked(mine) == {"fit"}  # the second canvas is still scored
    assert Canvas.objects.filter(pk=second.pk).exists()


def test_compare_shows_each_canvas_scores_side_by_side(owner, mine, week5, make_canvas):
    make_canvas(mine, name="School streets", **{k: int(v) for k, v in SCORES.items()})
    make_canvas(mine, name="E-cargo bikes", relative_advantage=5, compatibility=2)
    body = owner.get(url("adaption_compare", mine.pk)).content.decode()
    assert "School streets" in body and "E-cargo bikes" in body
    assert "4.00" in body  # the first's average
    assert "Not all scored" in body


def test_staff_read_and_comment_but_do_not_change(
    client, staff, participant, mine, week5, make_canvas
):
    canvas = make_canvas(mine, what_it_is="Closures at the school gate.")
    client.force_login(staff)
    page = client.get(step_url(canvas, "innovation")).content.decode()
    assert "Closures at the school gate." in page
    assert 'id="step-form"' not in page
    assert "You are reading" in page
    assert client.post(step_url(canvas, "innovation"), INNOVATION).status_code == 403
    response = client.post(url("tool_comment", mine.pk), {"body": "Name your evidence source."})
    assert response["Location"] == url("adaption_tool", mine.pk)
    client.force_login(participant)
    assert (
        "Name your evidence source." in client.get(url("adaption_tool", mine.pk)).content.decode()
    )


def test_a_leads_status_column_counts_steps_without_content(mine, theirs, make_canvas):
    make_canvas(mine, problem_here="x", who_affected="y", **{k: 3 for k in SCORES})
    make_canvas(mine, name="Second", decision="leave", decision_reasons="No.")
    statuses = tool_statuses(enrolments=[mine, theirs])
    assert statuses[mine.pk].steps_done == 4  # context, fit, decision, test (leave)
    assert statuses[theirs.pk].steps_done == 0
    assert statuses[mine.pk].steps_total == 6


# --- Query counts ------------------------------------------------------------------------------


def _many(mine, make_canvas, n):
    for i in range(n):
        canvas = make_canvas(mine, name=f"Innovation {i}", **{k: 3 for k in SCORES})
        for kind in (PartKind.CORE, PartKind.CHANGE, PartKind.CORE):
            CanvasPart.objects.create(
                canvas=canvas, kind=kind, part=f"Part {i}", change="c", reason="r", risk="none"
            )
    return canvas


@pytest.mark.parametrize("n", [1, 8])
def test_page_queries_do_not_grow_with_canvases_or_parts(
    owner, mine, week5, make_canvas, n, django_assert_max_num_queries
):
    canvas = _many(mine, make_canvas, n)
    for name, args in [
        ("adaption_tool", [mine.pk]),
        ("adaption_compare", [mine.pk]),
        ("adaption_canvas", [mine.pk, canvas.pk]),
        ("adaption_step", [mine.pk, canvas.pk, "core"]),
        ("adaption_step", [mine.pk, canvas.pk, "fit"]),
    ]:
        with django_assert_max_num_queries(12):
            assert owner.get(url(name, *args)).status_code == 200


def test_steps_done_is_one_query_for_many_enrolments(
    mine, theirs, make_canvas, django_assert_num_queries
):
    from labs.adaption.selectors import steps_done

    _many(mine, make_canvas, 5)
    _many(theirs, make_canvas, 5)
    with django_assert_num_queries(1):
        done = steps_done([mine.pk, theirs.pk])
    assert done[mine.pk] == {"fit", "core"}


def test_staff_find_canvases_in_the_admin(client, staff, mine, make_canvas):
    canvas = make_canvas(mine, **{k: 4 for k in SCORES})
    CanvasPart.objects.create(canvas=canvas, kind=PartKind.CORE, part="Enforcement")
    client.force_login(staff)
    listing = client.get(reverse("admin:lab_adaption_canvas_changelist"))
    assert listing.status_code == 200
    assert "Gwenllian Owner" in listing.content.decode()
    assert "Adopt as it is" in listing.content.decode()
    page = client.get(reverse("admin:lab_adaption_canvas_change", args=[canvas.pk]))
    assert page.status_code == 200
    assert "Enforcement" in page.content.decode()


# --- The proposal counts the changes planned in step 4 (issue 23) ------------------------------

STRONG_SCORES = dict(
    relative_advantage=5,
    compatibility=4,
    complexity=4,
    trialability=4,
    observability=4,
    evidence=4,
    readiness=3,
)


def test_a_planned_change_turns_the_proposal_from_adopt_to_adapt_on_the_page(
    owner, mine, week5, make_canvas
):
    canvas = make_canvas(mine, **STRONG_SCORES)
    assert canvas.proposal.decision == "adopt"
    CanvasPart.objects.create(
        canvas=canvas, kind=PartKind.CHANGE, part="Hours", change="Closed 8:15 to 9:00 only"
    )
    canvas = Canvas.objects.get(pk=canvas.pk)
    assert canvas.proposal.decision == "adapt"
    page = owner.get(step_url(canvas, "fit")).content.decode()
    decision = page[page.index('id="proposal-decision"') :]
    assert "Adapt" in decision[: decision.index("</p>")]
    assert "no part is listed to change in step 4" in page and "1 change planned" in page
    compare = owner.get(url("adaption_compare", mine.pk)).content.decode()
    assert "Adapt" in compare


@pytest.mark.parametrize("index", range(6))
def test_previous_and_next_go_to_the_neighbouring_steps(owner, mine, week5, make_canvas, index):
    from labs.adaption.rules import STEPS

    canvas = make_canvas(mine)
    html = owner.get(step_url(canvas, STEPS[index])).content.decode()
    prev = re.search(r'href="([^"]+)" rel="prev"', html)
    nxt = re.search(r'href="([^"]+)" rel="next"', html)
    assert (prev.group(1) if prev else None) == (
        step_url(canvas, STEPS[index - 1]) if index else None
    )
    assert (nxt.group(1) if nxt else None) == (
        step_url(canvas, STEPS[index + 1]) if index < 5 else None
    )
