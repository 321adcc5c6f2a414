"""Nothing lost on the "Adopt, adapt or leave" canvas: two tabs on one step, a score saved on
its own, a part changed twice, and a double click on "Start the canvas"."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from labs.adaption.models import Canvas, CanvasPart

HX = {"HTTP_HX_REQUEST": "true"}
SCORES = {
    code: "4"
    for code in (
        "relative_advantage",
        "compatibility",
        "complexity",
        "trialability",
        "observability",
        "evidence",
        "readiness",
    )
}


def step_url(canvas, step):
    return reverse("adaption_step", args=[canvas.enrolment_id, canvas.pk, step])


def decision(reasons: str, version: str) -> dict:
    return {"decision": "adapt", "decision_reasons": reasons, "version": version}


@pytest.fixture
def two_tabs(participant):
    tabs = []
    for _ in range(2):
        tab = Client()
        tab.force_login(participant)
        tabs.append(tab)
    return tabs


def test_a_stale_tab_saving_the_decision_gets_the_conflict_page_with_both_texts(
    two_tabs, mine, week5, make_canvas
):
    canvas = make_canvas(mine)
    tab_a, tab_b = two_tabs
    a_text = "Our depots differ, so the rota must change."
    b_text = "Schools here already close the road on Fridays."
    assert tab_a.post(step_url(canvas, "decision"), decision(a_text, "1")).status_code == 302
    response = tab_b.post(step_url(canvas, "decision"), decision(b_text, "1"))
    html = response.content.decode()
    assert response.status_code == 409
    assert "Not saved: this was changed somewhere else" in html
    assert a_text in html and html.count(b_text) >= 2
    assert 'name="version" value="2"' in html
    canvas.refresh_from_db()
    assert canvas.decision_reasons == a_text

    assert tab_b.post(step_url(canvas, "decision"), decision(b_text, "2")).status_code == 302
    canvas.refresh_from_db()
    assert canvas.decision_reasons == b_text and canvas.version == 3


def test_with_htmx_the_conflict_is_the_form_answered_200(two_tabs, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    tab_a, tab_b = two_tabs
    tab_a.post(step_url(canvas, "context"), {"problem_here": "Fumes.", "version": "1"}, **HX)
    response = tab_b.post(
        step_url(canvas, "context"), {"problem_here": "Danger.", "version": "1"}, **HX
    )
    html = response.content.decode()
    assert response.status_code == 200 and 'id="step-form"' in html and "<h1" not in html
    assert "Fumes." in html and "Danger." in html
    canvas.refresh_from_db()
    assert canvas.problem_here == "Fumes."


def test_a_score_saved_on_its_own_moves_the_forms_version_on(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    headers = {**HX, "HTTP_HX_TARGET": "proposal"}
    body = owner.post(
        step_url(canvas, "fit"), {**SCORES, "version": "1"}, **headers
    ).content.decode()
    assert (
        '<input type="hidden" name="version" value="2" id="canvas-version" hx-swap-oob="true">'
        in body
    )
    # The whole form, saved next from the same page, carries version 2 and is not refused.
    response = owner.post(
        step_url(canvas, "fit"), {**SCORES, "readiness": "5", "version": "2"}, **HX
    )
    assert "Not saved" not in response.content.decode()
    canvas.refresh_from_db()
    assert canvas.readiness == 5 and canvas.version == 3


def test_a_stale_score_change_shows_the_form_with_the_conflict_out_of_band(
    owner, mine, week5, make_canvas
):
    canvas = make_canvas(mine, readiness=2, version=4)
    headers = {**HX, "HTTP_HX_TARGET": "proposal"}
    response = owner.post(step_url(canvas, "fit"), {**SCORES, "version": "3"}, **headers)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="step-form"' in html and 'hx-swap-oob="true"' in html
    assert "Not saved: this was changed somewhere else" in html
    canvas.refresh_from_db()
    assert canvas.readiness == 2 and canvas.version == 4


def test_a_part_changed_in_another_tab_is_not_overwritten(two_tabs, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    part = CanvasPart.objects.create(canvas=canvas, kind="core", part="Closure at school times")
    address = reverse("adaption_part", args=[mine.pk, canvas.pk, part.pk])
    tab_a, tab_b = two_tabs
    data = {"action": "save", "part": "Closure enforced", "why": "Else it leaks.", "version": "1"}
    assert tab_a.post(address, data).status_code == 302
    response = tab_b.post(address, {**data, "why": "Parents expect it."}, **HX)
    html = response.content.decode()
    assert response.status_code == 200 and 'id="parts-core"' in html
    assert "Else it leaks." in html and "Parents expect it." in html
    part.refresh_from_db()
    assert part.why == "Else it leaks." and part.version == 2


def test_a_double_click_on_start_the_canvas_makes_one_canvas(owner, mine, week5):
    data = {"name": "Repair café", "create_token": str(uuid.uuid4())}
    first = owner.post(reverse("adaption_canvas_create", args=[mine.pk]), data)
    second = owner.post(reverse("adaption_canvas_create", args=[mine.pk]), data)
    canvas = Canvas.objects.get(enrolment=mine)
    assert first["Location"] == second["Location"] == step_url(canvas, "innovation")


def test_a_part_added_twice_by_one_form_is_one_part(owner, mine, week5, make_canvas):
    canvas = make_canvas(mine)
    data = {"kind": "core", "part": "Closure enforced", "create_token": str(uuid.uuid4())}
    for _ in range(2):
        owner.post(reverse("adaption_part_add", args=[mine.pk, canvas.pk]), data, **HX)
    assert canvas.parts.count() == 1
