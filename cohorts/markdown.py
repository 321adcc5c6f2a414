"""Lab materials and activity instructions are written in Markdown by programme staff.

They are rendered with `Markdown` and then sanitised with `nh3`, so that nothing typed into
the admin can put script, styles or forms on a participant's page.
"""

import re

import markdown as markdown_lib
import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

TAGS = {
    "a",
    "abbr",
    "blockquote",
    "br",
    "code",
    "em",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
# govuk-frontend styles content only through classes; these are added after sanitising.
CLASSES = {
    "a": "govuk-link",
    "p": "govuk-body",
    "ul": "govuk-list govuk-list--bullet",
    "ol": "govuk-list govuk-list--number",
    "table": "govuk-table",
    "thead": "govuk-table__head",
    "tbody": "govuk-table__body",
    "tr": "govuk-table__row",
    "th": "govuk-table__header",
    "td": "govuk-table__cell",
    "h2": "govuk-heading-m",
    "h3": "govuk-heading-s",
    "h4": "govuk-heading-s",
    "h5": "govuk-heading-s",
    "h6": "govuk-heading-s",
    "blockquote": "govuk-inset-text",
}
_HEADING = re.compile(r"<(/?)h([1-6])\b")
# After nh3 a table's opening tag is exactly this (nh3 drops its other attributes and sets the
# class), and nh3 escapes `<`, `>` and quotes in text and attribute values alike: so these two
# strings only ever match real tags, one closing tag for each opening one.
_TABLE_OPEN = f'<table class="{CLASSES["table"]}">'
_TABLE_CLOSE = "</table>"


def _shift_headings(html: str, offset: int) -> str:
    """Move headings down so that a body's `##` sits under the page's own headings."""
    if not offset:
        return html
    return _HEADING.sub(lambda m: f"<{m[1]}h{min(6, int(m[2]) + offset)}", html)


def render_markdown(text: str, *, heading_offset: int = 0) -> SafeString:
    """Markdown to sanitised HTML with govuk classes. `heading_offset` 2 turns `##` into h4."""
    html = markdown_lib.markdown(text or "", extensions=["tables", "sane_lists"])
    html = _shift_headings(html, heading_offset)
    clean = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        set_tag_attribute_values={tag: {"class": css} for tag, css in CLASSES.items()},
    )
    return mark_safe(_wrap_tables(clean))  # sanitised by nh3 just above


def _wrap_tables(html: str) -> str:
    """Put each table in a focusable region that scrolls sideways on a phone, so that keyboard
    users can scroll it too (the table itself does not scroll inside the wrap)."""
    if _TABLE_OPEN not in html:
        return html
    label = escape(gettext("Table, scrolls sideways"))
    wrap = f'<div class="infuse-table-wrap" role="region" tabindex="0" aria-label="{label}">'
    html = html.replace(_TABLE_OPEN, wrap + _TABLE_OPEN)
    return html.replace(_TABLE_CLOSE, _TABLE_CLOSE + "</div>")
