"""Lab content (curricula, materials, the planner's proxy values) is kept in English. Inside a
page, email or PDF in another language it is marked `lang="en"`, so that screen readers read it
with English pronunciation (WCAG 3.1.2)."""

from django import template
from django.utils import translation
from django.utils.html import format_html

register = template.Library()


@register.filter
def english(value):
    """`{{ module.title|english }}`: the text, in a `<span lang="en">` on a non-English page."""
    if value is None or value == "":
        return value
    if (translation.get_language() or "en").split("-")[0] == "en":
        return value
    return format_html('<span lang="en">{}</span>', value)


@register.simple_tag
def lang_en():
    """`<div{% lang_en %}>`: a ` lang="en"` attribute on a non-English page, for a block of
    lab content."""
    if (translation.get_language() or "en").split("-")[0] == "en":
        return ""
    return format_html(' lang="{}"', "en")
