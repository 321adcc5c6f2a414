"""Lab materials: Markdown rendered, then sanitised with nh3."""

import uuid
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import translation

from cohorts import markdown as markdown_module
from cohorts.markdown import markdown_cache_key, render_markdown


def test_headings_lists_links_tables_emphasis_and_code_survive():
    html = render_markdown(
        "## Why\n\n- *one*\n- **two**\n\n1. first\n\n[ICO](https://ico.org.uk/) `code`\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    assert '<h2 class="govuk-heading-m">Why</h2>' in html
    assert '<ul class="govuk-list govuk-list--bullet">' in html and "<em>one</em>" in html
    assert '<ol class="govuk-list govuk-list--number">' in html
    assert "<strong>two</strong>" in html and "<code>code</code>" in html
    assert '<a href="https://ico.org.uk/" class="govuk-link" rel="noopener noreferrer">' in html
    assert '<td class="govuk-table__cell">1</td>' in html


def test_scripts_handlers_styles_and_dangerous_links_are_removed():
    html = render_markdown(
        "<script>alert(1)</script><style>body{}</style>"
        '<p onclick="x()" style="color:red" class="evil">hi</p>'
        "[x](javascript:alert(1)) <iframe src=https://evil.test></iframe>"
        '<form action="/"><input name=a></form><img src=x onerror=alert(1)>'
    )
    for bad in ["<script", "alert(", "<style", "onclick", "color:red", "evil", "javascript:"]:
        assert bad not in html
    for bad in ["<iframe", "<form", "<input", "<img"]:
        assert bad not in html


def test_headings_move_down_under_the_pages_own():
    html = render_markdown("# One\n\n## Two\n\n###### Six", heading_offset=2)
    assert "<h3" in html and "<h4" in html and "<h1" not in html and "<h2" not in html
    assert html.count("<h6") == 1  # never beyond h6


def test_empty_text_is_empty():
    assert render_markdown("") == ""


WRAP = '<div class="infuse-table-wrap" role="region" tabindex="0" aria-label="Table, scrolls sideways">'


def test_each_table_is_wrapped_in_a_focusable_labelled_region_that_scrolls_on_a_phone():
    html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\ntext\n\n| c |\n|---|\n| 3 |\n")
    assert html.count(WRAP + '<table class="govuk-table">') == 2
    assert html.count("</table></div>") == 2
    assert html.count("<div") == html.count("</div>") == 2


def test_the_tables_label_is_in_the_readers_language():
    from django.utils import translation

    with translation.override("cy"):
        html = render_markdown("| a |\n|---|\n| 1 |\n")
    assert 'role="region" tabindex="0" aria-label="Tabl, yn sgrolio i&#x27;r ochr"' in html


def test_table_text_in_attributes_or_prose_is_not_mistaken_for_a_table():
    html = render_markdown(
        "<abbr title='<table class=\"govuk-table\"></table>'>x</abbr> "
        "`<table>` and </table> in prose\n\n<div role=region tabindex=0>typed</div>"
    )
    assert "<div" not in html and "</div>" not in html and "tabindex" not in html


# Kept renderings (issue 24): once per text, rules and language, in the shared cache.

TABLE = "| a | b |\n|---|---|\n| 1 | 2 |\n"


@pytest.fixture
def renders(monkeypatch):
    """Counts how often Markdown itself runs, so a kept rendering shows as no new run."""
    calls = []
    real = markdown_module.markdown_lib.markdown

    def counting(text, **kwargs):
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(markdown_module.markdown_lib, "markdown", counting)
    return calls


def unique(text: str) -> str:
    """A text no other test (nor an earlier run in this process) has rendered."""
    return f"{text}\n\n{uuid.uuid4().hex}"


def test_a_text_is_rendered_once_and_kept_in_the_shared_cache(renders):
    text = unique("Some **bold** words")
    first = render_markdown(text, heading_offset=2)
    assert render_markdown(text, heading_offset=2) == first
    assert renders == [text]
    assert cache.get(markdown_cache_key(text, heading_offset=2)) == str(first)


def test_another_process_uses_the_shared_cache_without_rendering(renders):
    text = unique("Shared *between* web processes")
    key = markdown_cache_key(text)
    cache.set(key, "<p>kept elsewhere</p>")
    assert render_markdown(text) == "<p>kept elsewhere</p>"
    assert renders == []


def test_an_edit_renders_anew(renders):
    text = unique("The first wording")
    before = render_markdown(text)
    edited = text.replace("first", "second")
    after = render_markdown(edited)
    assert "second" in after and "first" not in after and "first" in before
    assert markdown_cache_key(text) != markdown_cache_key(edited)
    assert renders == [text, edited]


def test_a_change_of_the_sanitisers_rules_renders_anew(monkeypatch, renders):
    text = unique("Some **bold** words")
    assert "<strong>bold</strong>" in render_markdown(text)
    key = markdown_cache_key(text)
    monkeypatch.setattr(markdown_module, "TAGS", markdown_module.TAGS - {"strong"})
    assert markdown_cache_key(text) != key
    html = render_markdown(text)
    assert "<strong>" not in html and "bold" in html
    assert len(renders) == 2


@pytest.mark.parametrize(
    "name, change",
    [
        ("ATTRIBUTES", lambda rules: {**rules, "abbr": set()}),
        ("URL_SCHEMES", lambda rules: rules - {"mailto"}),
        ("CLASSES", lambda rules: {**rules, "p": "govuk-body-s"}),
        ("EXTENSIONS", lambda rules: ["tables"]),
        ("_LIBRARIES", lambda versions: (versions[0], "0.0.0")),
        ("LINK_REL", lambda rel: "nofollow"),
        # This module's code or the translations of the words it adds (a deploy).
        ("_RELEASE", lambda release: "0" * 16),
    ],
)
def test_every_rule_and_the_libraries_versions_are_in_the_key(monkeypatch, name, change):
    text = unique("Text")
    key = markdown_cache_key(text)
    monkeypatch.setattr(markdown_module, name, change(getattr(markdown_module, name)))
    assert markdown_cache_key(text) != key


def test_the_heading_offset_is_in_the_key():
    text = unique("## A heading")
    assert "<h2" in render_markdown(text)
    assert "<h4" in render_markdown(text, heading_offset=2)


def test_a_rendering_is_never_shared_between_languages(renders):
    text = unique(TABLE)
    with translation.override("en"):
        english = render_markdown(text)
        english_key = markdown_cache_key(text)
    with translation.override("cy"):
        welsh = render_markdown(text)
        welsh_key = markdown_cache_key(text)
    assert english_key != welsh_key
    assert markdown_cache_key(text, language="cy") == welsh_key
    assert 'aria-label="Table, scrolls sideways"' in english
    assert 'aria-label="Tabl, yn sgrolio i&#x27;r ochr"' in welsh
    assert len(renders) == 2
    assert cache.get(english_key) == str(english) and cache.get(welsh_key) == str(welsh)


def test_the_release_in_the_key_follows_the_code_and_the_translations(tmp_path):
    """A deploy that changes this module (how tables are wrapped, headings moved) or a
    catalogue (the table's label) gives another release, so the key changes too."""
    module = tmp_path / "cohorts" / "markdown.py"
    catalogue = tmp_path / "locale" / "cy" / "LC_MESSAGES" / "django.mo"
    for path, content in ((module, b"code"), (catalogue, b"catalogue")):
        path.parent.mkdir(parents=True)
        path.write_bytes(content)
    first = markdown_module.release_of(tmp_path)
    catalogue.write_bytes(b"catalogue, translated again")
    second = markdown_module.release_of(tmp_path)
    module.write_bytes(b"code, changed")
    assert len({first, second, markdown_module.release_of(tmp_path)}) == 3
    assert markdown_module._RELEASE == markdown_module.release_of(
        Path(markdown_module.__file__).resolve().parents[1]
    )
