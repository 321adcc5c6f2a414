"""`{% load infuse_forms %}`: the hidden inputs of infuse.concurrency, written once."""

import uuid

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .concurrency import TOKEN_FIELD, VERSION_FIELD

register = template.Library()


@register.simple_tag
def create_token():
    """A create form's one-time token: new each time the form is drawn, so the next object
    gets its own, while a double click or a retry of this form posts the same one."""
    return format_html('<input type="hidden" name="{}" value="{}">', TOKEN_FIELD, uuid.uuid4())


@register.simple_tag
def version_input(work, input_id="", oob=False, base=""):
    """The version an edit form is drawn from. With an id, a save elsewhere on the page can
    bring it up to date out of band (htmx), so that one's own saves never conflict — but only a
    form still drawn at `base`, the version that save was made over: a form already behind it
    shows fields older than the saved work, and must conflict rather than overwrite."""
    swap = ""
    if oob:
        swap = (
            format_html(" hx-swap-oob=\"outerHTML:#{}[value='{}']\"", input_id, base)
            if base != "" and input_id
            else mark_safe(' hx-swap-oob="true"')
        )
    return format_html(
        '<input type="hidden" name="{}" value="{}"{}{}>',
        VERSION_FIELD,
        getattr(work, VERSION_FIELD),
        format_html(' id="{}"', input_id) if input_id else "",
        swap,
    )
