"""Lab materials: Markdown rendered, then sanitised with nh3."""

from cohorts.markdown import render_markdown


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
