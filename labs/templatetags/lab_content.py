"""Lab content (curricula, materials, the planner's measures, cohort titles) exists in English
and, field by field, in Welsh (django-modeltranslation: `<field>_en` and `<field>_cy`). On a
Welsh page a field shows its Welsh; where the Welsh is still missing it falls back to the
English, which is then marked `lang="en"` so that screen readers read it with English
pronunciation (WCAG 3.1.2). Welsh shown in Welsh carries no mark.

    {% content module "title" %}            the text, in a <span lang="en"> when it is English
    <div{% content_lang module "summary" %}>  ` lang="en"` for a block whose text is English
    {% content module "title" as title %}   the same, kept for a {% blocktranslate %}"""

from django import template
from django.utils import translation
from django.utils.html import conditional_escape, format_html

register = template.Library()


def _language() -> str:
    return (translation.get_language() or "en").split("-")[0]


def shows_english(obj, field: str) -> bool:
    """Whether `obj.<field>` is shown in English on the current page although the page is in
    another language: its `<field>_<language>` column is empty, so modeltranslation falls back
    to the English. An object without translation columns (a report's row, whose title a query
    already took in the page's language) is taken as it is."""
    language = _language()
    if language == "en" or obj is None or not hasattr(obj, f"{field}_en"):
        return False
    return not getattr(obj, f"{field}_{language}", None)


@register.simple_tag
def content(obj, field: str):
    """`{% content obj "title" %}`: the field in the page's language, marked `lang="en"` when
    it falls back to the English."""
    value = getattr(obj, field, "") if obj is not None else ""
    if value in (None, ""):
        return ""
    if shows_english(obj, field):
        return format_html('<span lang="en">{}</span>', value)
    return conditional_escape(value)


@register.simple_tag
def content_lang(obj, field: str):
    """`<p{% content_lang module "summary" %}>`: a ` lang="en"` attribute when the block's
    field falls back to the English on this page."""
    if shows_english(obj, field):
        return format_html(' lang="{}"', "en")
    return ""
