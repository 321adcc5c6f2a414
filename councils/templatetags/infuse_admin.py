"""The admin's tags: the navigation sidebar, drawn once per person's view of it
(councils/admin_site.py), and fieldsets, tabular inlines and list rows drawn in Python
(councils/admin_drawing.py)."""

from django import template
from django.contrib.admin.templatetags import admin_list
from django.contrib.admin.templatetags.base import InclusionAdminNode

from councils.admin_drawing import fieldset_html, result_rows, tabular_rows_html
from councils.admin_site import draw_app_list

register = template.Library()


@register.simple_tag(takes_context=True)
def kept_app_list(context):
    """`admin/app_list.html` for the sidebar, as Django's nav_sidebar.html includes it: kept by
    the project's admin site; drawn each time on a page some other site's context built."""
    site = getattr(context.get("request"), "infuse_admin_site", None)
    if site is not None and "available_apps" in context:
        return site.sidebar_html(context)
    # As Django's include: a page whose context has no app list says there is nothing to see.
    return draw_app_list(context, context.get("available_apps"))


@register.simple_tag(takes_context=True)
def drawn_fieldset(context):
    """admin/includes/fieldset.html: the fieldset its include names, drawn in Python."""
    return fieldset_html(
        context["fieldset"],
        heading_level=context.get("heading_level"),
        prefix=context.get("prefix", ""),
        id_prefix=context.get("id_prefix", ""),
        id_suffix=context.get("id_suffix", ""),
    )


@register.simple_tag
def drawn_tabular_rows(inline_admin_formset):
    """admin/edit_inline/tabular.html's head and rows, drawn in Python."""
    return tabular_rows_html(inline_admin_formset)


def quick_result_list(cl):
    """Django's `result_list` (its context for change_list_results.html), the rows drawn by
    `result_rows` where it draws them."""
    rows = result_rows(cl)
    if rows is None:
        return admin_list.result_list(cl)
    headers = list(admin_list.result_headers(cl))
    return {
        "cl": cl,
        "result_hidden_fields": list(admin_list.result_hidden_fields(cl)),
        "result_headers": headers,
        "num_sorted_fields": sum(1 for h in headers if h["sortable"] and h["sorted"]),
        "results": rows,
    }


@register.tag(name="quick_result_list")
def quick_result_list_tag(parser, token):
    """`{% result_list cl %}` (the same template, overridable per model or app), its rows drawn
    in Python: the project's admin/change_list.html uses it."""
    return InclusionAdminNode(
        parser,
        token,
        func=quick_result_list,
        template_name="change_list_results.html",
        takes_context=False,
    )
