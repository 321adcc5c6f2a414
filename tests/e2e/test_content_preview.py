"""Issue 22 (4) in a real browser: programme staff type Markdown into a material's body in the
admin and see the participant's rendering beside it, in English and Welsh, with a <script> in
the text neither run nor shown; then open "View this week as a participant" from the week's
admin page and see the week read-only. The CSP is on: the page fixture fails on a violation."""

from playwright.sync_api import expect

from councils.models import Role
from councils.services import user_create
from labs.models import Lab, Material, MaterialKind, Module
from tests.e2e.conftest import sign_in

PASSWORD = "a-long-staff-passphrase"
TYPED = (
    "## Before the session\n\n"
    "Read **the council's data strategy**.\n\n"
    "<script>window.previewRan = true;</script>\n\n"
    "- one\n- two\n"
)


def test_staff_preview_a_materials_markdown_and_view_the_week_as_a_participant(page, db):
    user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )
    module = Module.objects.get(lab=Lab.objects.get(code="data"), number=1)
    material = Material.objects.create(
        module=module, kind=MaterialKind.READING, title="Strategy reading", position=0
    )
    sign_in(page, "sioned@infuse.test", PASSWORD)
    page.axe()

    page.goto(f"/admin/labs/material/{material.pk}/change/")
    english = page.locator("#id_body_en-preview")
    welsh = page.locator("#id_body_cy-preview")
    expect(english).to_be_attached()
    expect(page.locator("#id_body_en-preview-label")).to_have_text("Preview (English)")
    # Typed as a person types, key by key: the preview follows.
    page.locator("#id_body_en").press_sequentially(TYPED, delay=5)
    heading = english.locator("h4.govuk-heading-s")
    expect(heading).to_have_text("Before the session")
    expect(english.locator("strong")).to_have_text("the council's data strategy")
    expect(english.locator("ul.govuk-list--bullet li")).to_have_count(2)
    assert english.locator("script").count() == 0
    assert "<script" not in english.inner_html()
    assert page.evaluate("window.previewRan") is None  # never run
    # On a 1,280-pixel screen the English and the Welsh body are side by side (issue 26), each
    # with its preview under it, inside its own column.
    field_box = page.locator("#id_body_en").bounding_box()
    welsh_box = page.locator("#id_body_cy").bounding_box()
    preview_box = english.bounding_box()
    assert welsh_box["x"] > field_box["x"] + field_box["width"] - 1, (field_box, welsh_box)
    assert abs(welsh_box["y"] - field_box["y"]) < 5, (field_box, welsh_box)
    assert preview_box["y"] >= field_box["y"] + field_box["height"] - 1, (field_box, preview_box)
    assert preview_box["x"] + preview_box["width"] <= welsh_box["x"], (preview_box, welsh_box)

    page.locator("#id_body_cy").fill("## Cyn y sesiwn\n\nDarllenwch **hwn**.")
    page.locator("#id_body_cy").press("End")
    expect(welsh.locator("h4")).to_have_text("Cyn y sesiwn")
    page.click("input[name=_continue]")
    page.wait_for_load_state("load")
    material.refresh_from_db()
    assert material.body_en.startswith("## Before the session")

    page.goto(f"/admin/labs/module/{module.pk}/change/")
    page.get_by_role("link", name="View this week as a participant").click()
    page.wait_for_load_state("load")
    page.axe()
    expect(page.locator("h1")).to_have_text(module.title)
    expect(
        page.get_by_text("This is the week as a participant sees it once it has opened.")
    ).to_be_visible()
    section = page.locator(f"section[aria-labelledby='material-{material.pk}']")
    expect(section.locator("h4")).to_have_text("Before the session")
    assert section.locator("script").count() == 0
    assert page.evaluate("window.previewRan") is None
    # Read-only: every reflection's box is switched off.
    boxes = page.locator("textarea[name=answer]")
    assert boxes.count() > 0
    for i in range(boxes.count()):
        expect(boxes.nth(i)).to_be_disabled()
    page.get_by_role("link", name="Back to this week in the admin").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/admin/labs/module/{module.pk}/change/")
