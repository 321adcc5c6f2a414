from django import template

from cohorts.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text: str, heading_offset: int = 0):
    """`{{ material.body|markdown:2 }}`: sanitised HTML, headings moved down two levels."""
    return render_markdown(text, heading_offset=int(heading_offset))
