"""The admin's fieldsets, tabular inlines and list rows drawn in Python, as Django draws them
(issue 24).

`admin/includes/fieldset.html` and `admin/edit_inline/tabular.html` walk Django's admin helpers
(fieldsets, lines, fields, inline forms) through the template engine, node by node: on the
cohort page (five fieldsets, the six sessions' rows) that walk was some 40% of the page's time.
The project's copies of those two templates call the functions below instead, which walk the
same helpers and write the same HTML — the same elements, attributes and text, with line breaks
where Django's templates have white space between elements — for every admin page.

tests/councils/test_admin_drawing.py draws admin pages with Django's own templates and with
these, and requires the same HTML (white space aside), fields with errors included; a Django
upgrade that changes either template fails there.

An admin list's rows (`result_rows`, through the project's `admin/change_list.html`) are
`admin_list.items_for_result`'s cells with what a column knows of itself worked out once per
list; tests/councils/test_admin_list_rows.py compares them with Django's, cell by cell."""

import datetime

from django.contrib.admin import helpers
from django.contrib.admin.templatetags.admin_list import ResultList, _coerce_field_name
from django.contrib.admin.templatetags.admin_modify import cell_count
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.contrib.admin.utils import (
    FieldIsAForeignKeyColumnName,
    _get_non_gfk_field,
    display_for_field,
    display_for_value,
    lookup_field,
    quote,
)
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db import models
from django.forms.models import ModelChoiceIterator
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils.html import conditional_escape, escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from infuse.form_renderer import as_template_shows


def _of(field, name: str):
    """`field.field.<name>` in a template: a read-only field's dict, or a form's BoundField;
    nothing ("") where it has no such thing."""
    inner = field.field
    if isinstance(inner, dict):
        return inner.get(name, "")
    return getattr(inner, name, "")


def _field(field, single: bool) -> str:
    readonly, name = field.is_readonly, _of(field, "name")
    parts = ["<div>\n"]
    if not single and not readonly:
        parts.append(str(field.errors()))
    classes = "flex-container"
    if not single:
        classes += " fieldBox"
        if name:
            classes += f" field-{as_template_shows(name)}"
        if not readonly and field.errors():
            classes += " errors"
        if _of(field, "is_hidden"):
            classes += " hidden"
    if field.is_checkbox:
        classes += " checkbox-row"
    parts.append(f'\n<div class="{classes}">\n')
    if field.is_checkbox:
        parts.append(f"{as_template_shows(field.field)}{as_template_shows(field.label_tag())}")
    else:
        parts.append(f"{as_template_shows(field.label_tag())}\n")
        if readonly:
            parts.append(f'<div class="readonly">{as_template_shows(field.contents())}</div>')
        else:
            parts.append(as_template_shows(field.field))
    parts.append("\n</div>\n")
    help_text = _of(field, "help_text")
    if help_text:
        hidden = " hidden" if _of(field, "is_hidden") else ""
        label_id = _of(field, "id_for_label")
        ident = f' id="{as_template_shows(label_id)}_helptext"' if label_id else ""
        parts.append(f'<div class="help{hidden}"{ident}>\n<div>{help_text}</div>\n</div>\n')
    parts.append("</div>\n")
    return "".join(parts)


def _line(line) -> str:
    fields = list(line)
    single = len(line.fields) == 1
    classes = "form-row"
    if single and line.errors():
        classes += " errors"
    if not line.has_visible_field:
        classes += " hidden"
    for field in fields:
        name = _of(field, "name")
        if name:
            classes += f" field-{as_template_shows(name)}"
    parts = [f'<div class="{classes}">\n']
    parts.append(str(line.errors()) if single else '<div class="flex-container form-multiline">')
    parts.append("\n")
    parts.extend(_field(field, single) for field in fields)
    if not single:
        parts.append("</div>\n")
    parts.append("</div>\n")
    return "".join(parts)


def fieldset_html(
    fieldset, heading_level=None, prefix="", id_prefix="", id_suffix=""
) -> SafeString:
    """`admin/includes/fieldset.html` for one fieldset, as its include passes it."""
    level = as_template_shows(heading_level or 2)
    heading_id = f"{as_template_shows(prefix)}-{as_template_shows(id_prefix)}-{as_template_shows(id_suffix)}-heading"
    parts = [f'<fieldset class="module aligned {as_template_shows(fieldset.classes)}"']
    if fieldset.name:
        parts.append(f' aria-labelledby="{heading_id}"')
    parts.append(">\n")
    if fieldset.name:
        if fieldset.is_collapsible:
            parts.append("<details><summary>")
        parts.append(
            f'\n<h{level} id="{heading_id}" class="fieldset-heading">{as_template_shows(fieldset.name)}'
            f"</h{level}>\n"
        )
        if fieldset.is_collapsible:
            parts.append("</summary>")
    if fieldset.description:
        parts.append(f'\n<div class="description">{fieldset.description}</div>\n')
    parts.extend(_line(line) for line in fieldset)
    if fieldset.name and fieldset.is_collapsible:
        parts.append("</details>")
    parts.append("\n</fieldset>")
    return mark_safe("".join(parts))


def _original_cell(inline_admin_formset, inline_admin_form) -> str:
    original, show_url = inline_admin_form.original, inline_admin_form.show_url
    parts = ['<td class="original">\n']
    if original or show_url:
        parts.append("<p>\n")
        if original:
            parts.append(f"{as_template_shows(original)}\n")
            model_admin = inline_admin_form.model_admin
            if model_admin.show_change_link and model_admin.has_registered_model:
                opts = model_admin.opts
                url = reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(original.pk)]
                )
                can_change = inline_admin_formset.has_change_permission
                parts.append(
                    f'<a href="{conditional_escape(url)}" '
                    f'class="{"inlinechangelink" if can_change else "inlineviewlink"}">'
                    f"{as_template_shows(_('Change') if can_change else _('View'))}</a>\n"
                )
        if show_url:
            parts.append(
                f'<a href="{as_template_shows(inline_admin_form.absolute_url)}">{as_template_shows(_("View on site"))}</a>\n'
            )
        parts.append("</p>")
    parts.append("\n")
    if inline_admin_form.needs_explicit_pk_field():
        parts.append(as_template_shows(inline_admin_form.pk_field().field))
    parts.append("\n")
    if inline_admin_form.fk_field():
        parts.append(as_template_shows(inline_admin_form.fk_field().field))
    parts.append("\n</td>\n")
    return "".join(parts)


def _row(inline_admin_formset, inline_admin_form, index: int, last: bool) -> str:
    formset = inline_admin_formset.formset
    parts = []
    errors = inline_admin_form.form.non_field_errors()
    if errors:
        parts.append(
            f'<tr class="row-form-errors"><td colspan="{cell_count(inline_admin_form)}">'
            f"{as_template_shows(errors)}</td></tr>\n"
        )
    empty = last and inline_admin_formset.has_add_permission
    classes = "form-row "
    if inline_admin_form.original or inline_admin_form.show_url:
        classes += "has_original"
    if empty:
        classes += " empty-form"
    row_id = f"{as_template_shows(formset.prefix)}-{'empty' if empty else index}"
    parts.append(f'<tr class="{classes}"\nid="{row_id}">\n')
    parts.append(_original_cell(inline_admin_formset, inline_admin_form))
    for fieldset in inline_admin_form:
        for line in fieldset:
            for field in line:
                name = _of(field, "name")
                classes = f"field-{as_template_shows(name)}" if name else ""
                if _of(field, "is_hidden"):
                    classes += " hidden"
                parts.append(f'<td class="{classes}">\n')
                if field.is_readonly:
                    parts.append(f"<p>{as_template_shows(field.contents())}</p>\n")
                else:
                    parts.append(
                        f"{as_template_shows(field.field.errors.as_ul())}\n{as_template_shows(field.field)}\n"
                    )
                parts.append("</td>\n")
    parts.append('<td class="delete">')
    if (
        formset.can_delete
        and inline_admin_formset.has_delete_permission
        and inline_admin_form.original
    ):
        parts.append(as_template_shows(inline_admin_form.deletion_field().field))
    parts.append("</td>\n</tr>\n")
    return "".join(parts)


def tabular_rows_html(inline_admin_formset) -> SafeString:
    """The head and body rows of `admin/edit_inline/tabular.html`'s table."""
    formset = inline_admin_formset.formset
    parts = ['<thead><tr>\n<th class="original"></th>\n']
    for field in inline_admin_formset.fields():
        classes = f"column-{as_template_shows(field['name'])}"
        if field["required"]:
            classes += " required"
        widget = field["widget"]  # a read-only field's is a dict
        if widget["is_hidden"] if isinstance(widget, dict) else widget.is_hidden:
            classes += " hidden"
        parts.append(f'<th class="{classes}">{as_template_shows(capfirst(field["label"]))}\n')
        if field["help_text"]:
            told = as_template_shows(strip_tags(field["help_text"]))
            parts.append(
                f'<img src="{as_template_shows(static("admin/img/icon-unknown.svg"))}" '
                f'class="help help-tooltip" width="10" height="10" alt="({told})" '
                f'title="{told}">\n'
            )
        parts.append("</th>\n")
    deletable = formset.can_delete and inline_admin_formset.has_delete_permission
    parts.append(
        f"<th>{as_template_shows(_('Delete?')) if deletable else ''}</th>\n</tr></thead>\n\n<tbody>\n"
    )
    forms = list(inline_admin_formset)
    for index, inline_admin_form in enumerate(forms):
        parts.append(_row(inline_admin_formset, inline_admin_form, index, index == len(forms) - 1))
    parts.append("</tbody>")
    return mark_safe("".join(parts))


class QuickMediaInlineFormSet(helpers.InlineAdminFormSet):
    """Django's, its `media` (the widgets' scripts and styles the page must load) gathered from
    each kind of form once, not from every row: Django wraps each form again to ask it, and
    merges the same lists once a row (about 6% of the cohort page). A kind is the form's class
    and its fields' names and widget classes; the project's widgets declare their media on the
    class (or by the page's language), so forms of one kind have the same. The same Media as
    Django's (tests/councils/test_admin_drawing.py)."""

    @property
    def media(self):
        media = self.opts.media + self.formset.media
        # The rows Django's __iter__ gives: its initial forms as far as their objects go.
        rows = zip(self.formset.initial_forms, self.formset.get_queryset(), strict=False)
        forms = [form for form, _original in rows]
        forms += self.formset.extra_forms
        if self.has_add_permission:
            forms.append(self.formset.empty_form)
        kinds = set()
        for form in forms:
            kind = (
                type(form),
                tuple(
                    (name, type(field.widget), type(getattr(field.widget, "widget", None)))
                    for name, field in form.fields.items()
                ),
            )
            if kind not in kinds:
                kinds.add(kind)
                media += form.media
        return media


class ListedChoices(ModelChoiceIterator):
    """A choice field's options read in one plain query. Django's iterator reads them through a
    server-side cursor on PostgreSQL (DECLARE, FETCH, CLOSE: three round trips where one does),
    which is for thousands of options, not the few a cohort's Lab, councils and staff have.
    The same options in the same order; the field's queryset is left unevaluated."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset.all():
            yield self.choice(obj)


class QuickInlineMedia:
    """For a ModelAdmin: its inlines' media gathered by QuickMediaInlineFormSet."""

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        inline_formsets = super().get_inline_formsets(request, formsets, inline_instances, obj)
        for inline_formset in inline_formsets:
            if type(inline_formset) is helpers.InlineAdminFormSet:
                inline_formset.__class__ = QuickMediaInlineFormSet
        return inline_formsets


def result_rows(cl) -> list | None:
    """The rows of an admin list (Django's `admin_list.results(cl)`), each row one item: its
    cells drawn as `items_for_result` draws them, joined. What a column needs to know of itself
    (its classes, whether it links, the empty value shown) is worked out once per list rather
    than once per cell; each cell's value is still Django's `lookup_field`. None for a list this
    does not draw (editable rows, a pop-up, a link by another field): Django draws those."""
    if cl.formset is not None or cl.is_popup or cl.to_field:
        return None
    default_empty = cl.model_admin.get_empty_value_display()
    context = {"preserved_filters": cl.preserved_filters, "opts": cl.opts}
    columns, first = [], True
    for index, name in enumerate(cl.list_display):
        links = _links_in_column(first, name, cl)
        tag = ("th" if first else "td") if links else "td"
        if links:
            first = False
        field_class = f"field-{_coerce_field_name(name, index)}"
        columns.append((name, field_class, links, tag, _column_lookup(name, cl)))
    rows = []
    for result in cl.result_list:
        cells = []
        for name, field_class, links, tag, lookup in columns:
            shown, classes = _cell(lookup, result, name, field_class, links, default_empty)
            text = conditional_escape(shown)
            if links:
                try:
                    url = cl.url_for_result(result)
                except NoReverseMatch:
                    pass  # the value alone, as Django shows it
                else:
                    text = f'<a href="{escape(add_preserved_filters(context, url))}">{text}</a>'
            cells.append(f'<{tag} class="{classes}">{text}</{tag}>')
        rows.append(ResultList(None, [mark_safe("".join(cells))]))
    return rows


def _column_lookup(name, cl):
    """`lookup_field(name, row, model_admin)` for the rows of a list, with what it finds out
    about the column worked out once rather than for every cell: whether it is one of the
    model's fields (Django asks the model's options, and for any other column catches
    FieldDoesNotExist, a cell at a time), or a callable or a method of the admin. Anything else
    (a model's method or property, a lookup through relations) is Django's, a cell at a time."""
    model_admin = cl.model_admin
    try:
        f = _get_non_gfk_field(cl.model._meta, name)
    except (FieldDoesNotExist, FieldIsAForeignKeyColumnName):
        if callable(name):
            return lambda row: (None, name, name(row))
        if hasattr(model_admin, name) and name != "__str__":
            attr = getattr(model_admin, name)
            return lambda row: (None, attr, attr(row))
        return lambda row: lookup_field(name, row, model_admin)
    return lambda row: (f, None, getattr(row, name))


def _cell(lookup, result, name, field_class, links, default_empty) -> tuple:
    """One cell's shown value and classes, as `items_for_result` works them out (`lookup`:
    the column's `_column_lookup`)."""
    try:
        f, attr, value = lookup(result)
    except ObjectDoesNotExist:
        return default_empty, field_class
    empty = getattr(attr, "empty_value_display", default_empty)
    if isinstance(value, str) and value.strip() == "":
        value = ""
    if f is None or f.auto_created:
        classes = "action-checkbox" if name == "action_checkbox" else field_class
        boolean = getattr(attr, "boolean", False)
        if isinstance(attr, property) and hasattr(attr, "fget"):
            boolean = getattr(attr.fget, "boolean", False)
        shown = display_for_value(value, empty, boolean)
        if isinstance(value, (datetime.date, datetime.time)):
            classes += " nowrap"
        return shown, classes
    if isinstance(f.remote_field, models.ManyToOneRel):
        field_value = getattr(result, f.name)
        shown = empty if field_value is None else field_value
    else:
        shown = display_for_field(value, f, empty, avoid_link=links)
    if isinstance(f, (models.DateField, models.TimeField, models.ForeignKey)):
        return shown, f"{field_class} nowrap"
    return shown, field_class


def _links_in_column(is_first: bool, name, cl) -> bool:
    """Whether a column links to the row's page: `items_for_result`'s `link_in_col`."""
    if cl.list_display_links is None:
        return False
    if is_first and not cl.list_display_links:
        return True
    return name in cl.list_display_links
