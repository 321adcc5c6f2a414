"""Lab materials and activity instructions are written in Markdown by programme staff.

They are rendered with `Markdown` and then sanitised with `nh3`, so that nothing typed into
the admin can put script, styles or forms on a participant's page.

Rendering is the slow part of a week page, so each text is rendered once and kept: in this
process (a small LRU) and in the shared cache (Redis in production), under a key that hashes
the text, the heading offset, the active language (the table wrap's label is translated) and
the sanitiser's rules — TAGS, ATTRIBUTES, URL_SCHEMES, CLASSES, the Markdown extensions and
the Markdown and nh3 versions. An edit, a rule change or an upgrade is a new key, rendered
anew; nothing is shared between languages; nothing needs clearing.
"""

import functools
import hashlib
import json
import re
from importlib.metadata import version as package_version
from pathlib import Path

import markdown as markdown_lib
import nh3
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from infuse.release import files_digest

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
EXTENSIONS = ["tables", "sane_lists"]
LINK_REL = "noopener noreferrer"
# A key names its content exactly, so a kept rendering never goes stale: the timeout only
# lets Redis forget texts nobody reads any more.
CACHE_SECONDS = 7 * 24 * 3600
_LIBRARIES = (markdown_lib.__version__, package_version("nh3"))


# What renders the text beyond the rules above, as paths under the project: this module's code
# (the table's wrapping, the headings' offset) and the translations of the words it adds (the
# table's label). A deploy that changes either renders anew rather than serve what the older
# code kept.
RELEASE_SOURCES = ("cohorts/markdown.py", "locale/*/LC_MESSAGES/django.mo")


def release_of(root: Path) -> str:
    """A digest of the files under `root` that RELEASE_SOURCES name, names and contents."""
    return files_digest(root, RELEASE_SOURCES)


_RELEASE = release_of(Path(__file__).resolve().parents[1])
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
    """Markdown to sanitised HTML with govuk classes. `heading_offset` 2 turns `##` into h4.
    Rendered once per text, rules and language (markdown_cache_key), then kept."""
    text = text or ""
    key = markdown_cache_key(text, heading_offset=heading_offset)
    return mark_safe(_kept(key, text, heading_offset))  # sanitised by nh3 in _render


def markdown_cache_key(text: str, *, heading_offset: int = 0, language: str | None = None) -> str:
    """The shared cache's key for `text` rendered now: a hash of the text, the offset, the
    language (the active one unless given) and every rule the rendering depends on."""
    rules = {
        "tags": sorted(TAGS),
        "attributes": {tag: sorted(names) for tag, names in sorted(ATTRIBUTES.items())},
        "url_schemes": sorted(URL_SCHEMES),
        "classes": sorted(CLASSES.items()),
        "extensions": EXTENSIONS,
        "link_rel": LINK_REL,
        "libraries": _LIBRARIES,
        "release": _RELEASE,
    }
    material = json.dumps(
        [text, heading_offset, language or get_language() or "", rules], sort_keys=True
    )
    return "markdown:" + hashlib.sha256(material.encode()).hexdigest()


@functools.lru_cache(maxsize=512)
def _kept(key: str, text: str, heading_offset: int) -> str:
    # Called under the active language, which the key names (so the label below matches).
    html = cache.get(key)
    if html is None:
        html = _render(text, heading_offset)
        cache.set(key, html, CACHE_SECONDS)
    return html


def _render(text: str, heading_offset: int) -> str:
    html = markdown_lib.markdown(text, extensions=EXTENSIONS)
    html = _shift_headings(html, heading_offset)
    clean = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        set_tag_attribute_values={tag: {"class": css} for tag, css in CLASSES.items()},
    )
    return _wrap_tables(clean)


def _wrap_tables(html: str) -> str:
    """Put each table in a focusable region that scrolls sideways on a phone, so that keyboard
    users can scroll it too (the table itself does not scroll inside the wrap)."""
    if _TABLE_OPEN not in html:
        return html
    label = escape(gettext("Table, scrolls sideways"))
    wrap = f'<div class="infuse-table-wrap" role="region" tabindex="0" aria-label="{label}">'
    html = html.replace(_TABLE_OPEN, wrap + _TABLE_OPEN)
    return html.replace(_TABLE_CLOSE, _TABLE_CLOSE + "</div>")
