"""Every submit button of the portal's own pages prevents a double click (govuk-frontend's Button,
`data-prevent-double-click`), and the components are set up again in what htmx swaps in."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
BUTTON = re.compile(r"<button\b[^>]*>")


def test_every_submit_button_prevents_a_double_click():
    missing = []
    for template in sorted(TEMPLATES.rglob("*.html")):
        if "admin" in template.relative_to(TEMPLATES).parts:
            continue  # the Django admin's own pages run none of govuk-frontend's scripts
        for tag in BUTTON.findall(template.read_text()):
            if 'type="button"' in tag:
                continue
            if (
                'data-prevent-double-click="true"' not in tag
                or 'data-module="govuk-button"' not in tag
            ):
                missing.append(f"{template.relative_to(TEMPLATES)}: {tag[:80]}")
    assert not missing, "\n".join(missing)


def test_content_htmx_swaps_in_gets_its_components_set_up():
    script = (Path(settings.BASE_DIR) / "static" / "js" / "init.js").read_text()
    assert '"htmx:load"' in script and "setUp(event.detail.elt" in script
    # setUp sets up every component in the scope it is given (initAll), Welsh counts first.
    assert "initAll(onError ? { scope, onError } : { scope })" in script
