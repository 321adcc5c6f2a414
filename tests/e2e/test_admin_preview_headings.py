"""The admin's Markdown preview shows a body's headings as the participant's page does
(govuk-heading-s: 19 px bold, black, no indent, as typed) rather than in the admin's own heading
styles (small and grey, an h5 in capitals, a `.module h4` indented, an inline's h4 a grey bar)."""

from playwright.sync_api import expect

from councils.models import Role
from councils.services import user_create
from labs.models import Lab, Material, MaterialKind, Module
from tests.e2e.conftest import sign_in

PASSWORD = "a-long-staff-passphrase"
# "#" is an h3 there, "##" an h4 and "###" an h5 (a body's headings sit under the page's own).
TYPED = "# Top heading\n\n## Before the session\n\n### Small print\n\nSome text."
# govuk-heading-s on a screen at least 40.0625em wide, as on the participant's week page.
PARTICIPANT = {
    "fontSize": "19px",
    "fontWeight": "700",
    "color": "rgb(11, 12, 12)",
    "paddingLeft": "0px",
    "paddingBottom": "0px",
    "marginTop": "0px",
    "marginBottom": "20px",
    "textTransform": "none",
    "letterSpacing": "normal",
    "backgroundColor": "rgba(0, 0, 0, 0)",
    "borderTopWidth": "0px",
}


def _style(locator) -> dict:
    return locator.evaluate(
        "(el, keys) => Object.fromEntries(keys.map(k => [k, getComputedStyle(el)[k]]))",
        list(PARTICIPANT),
    )


def _check_headings(preview) -> None:
    for tag, text in (("h3", "Top heading"), ("h4", "Before the session"), ("h5", "Small print")):
        heading = preview.locator(f"{tag}.govuk-heading-s")
        expect(heading).to_have_text(text)
        assert _style(heading) == PARTICIPANT, (tag, _style(heading))


def test_preview_headings_look_as_the_participant_sees_them(page, db):
    user_create(
        email="sioned@infuse.test", full_name="Sioned Staff", role=Role.STAFF, password=PASSWORD
    )
    module = Module.objects.get(lab=Lab.objects.get(code="data"), number=1)
    material = Material.objects.create(
        module=module, kind=MaterialKind.READING, title="Strategy reading", position=0
    )
    sign_in(page, "sioned@infuse.test", PASSWORD)
    page.axe()

    # A material's own page: the body sits in the admin's `.module` fieldset.
    page.goto(f"/admin/labs/material/{material.pk}/change/")
    page.locator("#id_body_en").fill(TYPED)
    page.locator("#id_body_en").press("End")
    _check_headings(page.locator("#id_body_en-preview"))

    # The week's page: each material is an inline (`.inline-related`).
    page.goto(f"/admin/labs/module/{module.pk}/change/")
    field = page.locator("textarea[id$='-body_en'][data-preview-ready]").first
    expect(field).to_be_attached()
    field.fill(TYPED)
    field.press("End")
    _check_headings(page.locator(f"#{field.get_attribute('id')}-preview"))
