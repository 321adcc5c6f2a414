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


# --- govuk-frontend's character count -----------------------------------------------------
# Every text area with a limit counts down as people type (govuk-character-count, set up by
# static/js/init.js, also in what htmx swaps in); the words in the page's language.


def _character_count_i18n() -> dict[str, str]:
    from django.utils.translation import gettext as _

    return {
        "characters-under-limit.one": _("You have %{count} character remaining"),
        "characters-under-limit.other": _("You have %{count} characters remaining"),
        "characters-at-limit": _("You have 0 characters remaining"),
        "characters-over-limit.one": _("You have %{count} character too many"),
        "characters-over-limit.other": _("You have %{count} characters too many"),
        "textarea-description.other": _("You can enter up to %{count} characters"),
    }


# {(language, limit): attributes}: the same for everyone, so built once per language and
# limit in each process (the week page draws one per activity, the tools one per text field).
_character_count_attrs: dict[tuple[str, int], str] = {}


@register.simple_tag
def character_count_attrs(limit):
    """The form group's attributes (after its class) that make it a character count."""
    if not limit:
        return ""
    from django.utils.translation import get_language

    key = (get_language(), limit)
    attrs = _character_count_attrs.get(key)
    if attrs is None:
        attrs = format_html(' data-module="govuk-character-count" data-maxlength="{}"', limit)
        for name, text in _character_count_i18n().items():
            attrs += format_html(' data-i18n.{}="{}"', name, text)
        _character_count_attrs[key] = attrs
    return attrs


@register.simple_tag
def character_count_message(field_id, limit):
    """The count's message under the text area: before JavaScript runs (or without it), the
    limit; then govuk-frontend keeps it up to date."""
    from django.utils.translation import gettext as _

    from .numbers import grouped

    if not limit:
        return ""
    return format_html(
        '<div id="{}-info" class="govuk-hint govuk-character-count__message">{}</div>',
        field_id,
        _("You can enter up to %(limit)s characters") % {"limit": grouped(limit)},
    )
