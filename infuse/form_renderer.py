"""Form widgets drawn without the template engine where Django's own widget template is a plain
`<input>` or `<select>` (issue 24).

Django draws every widget through a template: a hidden field is `hidden.html`, which includes
`input.html`, which includes `attrs.html` — some 0.3 ms a widget. The admin's cohort page has
about a hundred (its sessions' fields, the hidden "initial" copies that detect a colleague's
edit, the formsets' counters), which made a third of its time. `FastRenderer` writes the same
HTML, character for character, in Python for Django's own input, select and option templates,
and hands everything else (every other widget, form and error template, and any of these
templates that an installed app overrides) to the template engine as Django does.

So is a field's label; and an empty list of a field's errors (every field draws one, every
time) is drawn as nothing.

`tests/infuse/test_form_renderer.py` draws each of these templates both ways over many values
(None, numbers, booleans, lazy and safe strings, markup to escape, option groups) and requires the
same text, so a Django upgrade that changes a template fails there, not on a page."""

import html
import weakref
from pathlib import Path
from types import SimpleNamespace

import django
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.forms.renderers import DjangoTemplates
from django.template.base import render_value_in_context
from django.utils.functional import Promise
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, SafeString, mark_safe
from django.utils.translation import get_language

WIDGETS = "django/forms/widgets/"
ADMIN = "admin/widgets/"
DJANGO = Path(django.__file__).parent
# Django's templates that are `{% include "django/forms/widgets/input.html" %}` and no more.
INPUTS = frozenset(
    WIDGETS + name
    for name in (
        "input.html",
        "text.html",
        "number.html",
        "email.html",
        "url.html",
        "password.html",
        "hidden.html",
        "date.html",
        "datetime.html",
        "time.html",
        "search.html",
        "tel.html",
        "color.html",
        "checkbox.html",
    )
)
SELECT = WIDGETS + "select.html"
OPTION = WIDGETS + "select_option.html"
# A field's errors: drawn as nothing when there are none (every field asks, every time).
ERRORS = {
    "django/forms/errors/list/default.html": "django/forms/errors/list/ul.html",
    "django/forms/errors/list/ul.html": "django/forms/errors/list/ul.html",
}
# A field's label (`BoundField.label_tag`), and the attributes it includes.
LABEL = "django/forms/label.html"
LABEL_ATTRS = "django/forms/attrs.html"
# What each of them includes.
BENEATH = (WIDGETS + "input.html", WIDGETS + "attrs.html")
# The admin's date and time fields: Django's date or time input in a paragraph of that class.
ADMIN_PARAGRAPHS = {ADMIN + "date.html": "date", ADMIN + "time.html": "time"}
# What `{{ value }}` reads in a template: the page's time zone and number formats, escaped.
_CONTEXT = SimpleNamespace(use_tz=None, use_l10n=None, autoescape=True)


def _escape(text: str) -> SafeString:
    """`django.utils.html.escape` of a plain str, without its check for lazy arguments (some
    thousand calls a page on the admin's cohort page)."""
    return SafeString(html.escape(text))


def as_template_shows(value) -> str:
    """`{{ value }}`."""
    kind = type(value)
    if kind is str:  # the usual: nothing to localise, not marked safe
        return _escape(value)
    if kind is SafeString:  # already HTML: shown as it is
        return value
    return render_value_in_context(value, _CONTEXT)


def _formatted(value) -> str:
    """`{{ value|stringformat:'s' }}`: the value as text, safe text kept as it is."""
    if type(value) is str:
        return _escape(value)
    text = str(value)  # a tuple too: stringformat formats it whole
    return conditional_escape(mark_safe(text) if isinstance(value, SafeData) else text)


def _attrs(attrs: dict) -> str:
    """`attrs.html`: each attribute but False ones, True ones without a value."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {as_template_shows(name)}")
        else:
            parts.append(f' {as_template_shows(name)}="{_formatted(value)}"')
    return "".join(parts)


def _input(widget: dict) -> str:
    value = widget["value"]
    shown = "" if value is None else f' value="{_formatted(value)}"'
    return (
        f'<input type="{as_template_shows(widget["type"])}" name="{as_template_shows(widget["name"])}"'
        f"{shown}{_attrs(widget['attrs'])}>"
    )


def _paragraph(kind: str, widget: dict) -> str:
    """`admin/widgets/date.html` and `time.html` (their includes' line ends kept)."""
    return f'<p class="{kind}">\n  {_input(widget)}\n\n\n</p>'


def _label(context: dict) -> str:
    """`label.html`: the label in its tag (a legend, say), or alone where the field has no id."""
    if not context["use_tag"]:
        return as_template_shows(context["label"])
    tag = as_template_shows(context["tag"])
    return (
        f"<{tag}{_attrs(context.get('attrs') or {})}>{as_template_shows(context['label'])}</{tag}>"
    )


def _option(option: dict) -> str:
    return (
        f'<option value="{_formatted(option["value"])}"{_attrs(option["attrs"])}>'
        f"{as_template_shows(option['label'])}</option>\n"
    )


def _select(widget: dict) -> str:
    parts = [f'<select name="{as_template_shows(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{as_template_shows(group_name)}">')
        for option in group_choices:
            parts.append("\n  " + _option(option))
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


# The admin's link icons beside a related field (`RelatedFieldWidgetWrapper`).
WRAPPER = ADMIN + "related_widget_wrapper.html"
# What its context carries, by kind: flags choose the shape of the HTML (which links), values
# are written into it, escaped as `{{ value }}` writes them.
WRAPPER_FLAGS = (
    "is_hidden",
    "can_change_related",
    "can_add_related",
    "can_delete_related",
    "can_view_related",
    "model_has_limit_choices_to",
)
WRAPPER_VALUES = (
    "rendered_widget",
    "name",
    "url_params",
    "model",
    "model_name",
    "add_related_url",
    "delete_related_template_url",
    "change_related_template_url",
    "view_related_url_params",
)


def _marker(name: str) -> str:
    return f"\x00{name}\x00"


def _filled(shape: str, context: dict) -> str:
    """A wrapper's shape with each value written in where its marker stands."""
    parts = shape.split("\x00")
    for index in range(1, len(parts), 2):  # the odd parts are the values' names
        parts[index] = as_template_shows(context.get(parts[index], ""))
    return "".join(parts)


def _plain(values) -> bool:
    """Nothing a template would call: a callable value is left to the engine."""
    for value in values:  # a loop, not any() over a generator: some 20 values a widget
        if callable(value):
            return False
    return True


_RENDERERS: "weakref.WeakSet[FastRenderer]" = weakref.WeakSet()
# Settings that change what a kept answer would be: which template file is Django's, the static
# files' addresses in a kept wrapper (a test that overrides one must not see another's).
_KEPT_BY = {"STATIC_URL", "STORAGES", "STATICFILES_STORAGE", "INSTALLED_APPS", "TEMPLATES"}


@receiver(setting_changed)
def _forget(*, setting, **kwargs):
    if setting in _KEPT_BY:
        for renderer in list(_RENDERERS):
            renderer.forget()


class FastRenderer(DjangoTemplates):
    """Django's default form renderer, drawing its plain input and select widgets in Python."""

    def __init__(self):
        super().__init__()
        self._own: dict[str, bool] = {}
        self._all_own: dict[tuple[str, ...], bool] = {}
        self._wrapper_shapes: dict[tuple, str] = {}
        _RENDERERS.add(self)

    def forget(self) -> None:
        """Drop what it keeps (after a change of settings: `_forget`)."""
        self._own = {}
        self._all_own = {}
        self._wrapper_shapes = {}

    def _wrapper(self, context: dict) -> str | None:
        """`related_widget_wrapper.html`, drawn once per shape (which links, in which
        language) by the engine with a marker for each value, then filled in: the same text,
        and its `{% spaceless %}`, static files and "Change selected …" titles are Django's
        own. None when the context is not the one the admin's wrapper gives."""
        if set(context) - set(WRAPPER_FLAGS) - set(WRAPPER_VALUES):
            return None
        if not _plain(context.values()):
            return None  # a template calls a callable: the engine, as ever
        values = [context.get(name, "") for name in WRAPPER_VALUES]
        if not all(isinstance(v, str | Promise) for v in values):
            return None
        # Each value as text once (a lazy one translated; safe text stays a SafeString).
        texts = dict(zip(WRAPPER_VALUES, map(str, values), strict=True))
        if any("\x00" in text for text in texts.values()):
            return None  # text that would read as a marker
        if any(
            isinstance(text, SafeData) for name, text in texts.items() if name != "rendered_widget"
        ):
            return None  # markup inside `{% spaceless %}`, which it might change
        key = (get_language(), *(bool(context.get(flag)) for flag in WRAPPER_FLAGS))
        shape = self._wrapper_shapes.get(key)
        if shape is None:
            marked = {flag: context.get(flag) for flag in WRAPPER_FLAGS}
            marked |= {name: mark_safe(_marker(name)) for name in WRAPPER_VALUES}
            shape = super().render(WRAPPER, marked)
            if shape.count("\x00") % 2:  # a marker cut in two: never filled wrongly
                return None
            self._wrapper_shapes[key] = shape
        return _filled(shape, context)

    def _is_djangos(self, template_name: str) -> bool:
        """The template this renderer would load is Django's own file, not an app's."""
        own = self._own.get(template_name)
        if own is None:
            origin = Path(self.get_template(template_name).origin.name).resolve()
            folder = (
                "contrib/admin/templates" if template_name.startswith(ADMIN) else "forms/templates"
            )
            own = origin == (DJANGO / folder / template_name).resolve()
            self._own[template_name] = own
        return own

    def _all_djangos(self, *template_names: str) -> bool:
        """These templates and those they include (BENEATH) are all Django's, worked out once."""
        own = self._all_own.get(template_names)
        if own is None:
            own = all(self._is_djangos(name) for name in (*template_names, *BENEATH))
            self._all_own[template_names] = own
        return own

    def render(self, template_name, context, request=None):
        errors = ERRORS.get(template_name)
        if errors and request is None and not context.get("errors"):
            if self._is_djangos(template_name) and self._is_djangos(errors):
                return ""
        if template_name == LABEL and request is None and self._all_djangos(LABEL, LABEL_ATTRS):
            if _plain(context.values()) and _plain((context.get("attrs") or {}).values()):
                return _label(context)
        if template_name == WRAPPER and request is None and self._is_djangos(WRAPPER):
            drawn = self._wrapper(context)
            if drawn is not None:
                return mark_safe(drawn)
        ours = (
            template_name in INPUTS or template_name in ADMIN_PARAGRAPHS or template_name == SELECT
        )
        widget = context.get("widget") if request is None and ours else None
        if (
            isinstance(widget, dict)
            and isinstance(widget.get("attrs"), dict)
            and _plain(widget["attrs"].values())
            and _plain(widget.values())
        ):
            if template_name in INPUTS and self._all_djangos(template_name):
                return _input(widget)
            kind = ADMIN_PARAGRAPHS.get(template_name)
            if kind and self._all_djangos(template_name, f"{WIDGETS}{kind}.html"):
                return _paragraph(kind, widget)
            if (
                template_name == SELECT
                and self._all_djangos(SELECT, OPTION)
                and all(
                    option["template_name"] == OPTION
                    and _plain(option["attrs"].values())
                    and _plain(option.values())
                    for _name, options, _index in widget["optgroups"]
                    for option in options
                )
            ):
                return _select(widget)
        return super().render(template_name, context, request)
