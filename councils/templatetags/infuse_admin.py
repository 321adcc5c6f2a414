"""The admin's navigation sidebar, drawn once per person's view of it (councils/admin_site.py)."""

from django import template

from councils.admin_drawing import fieldset_html, tabular_rows_html
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
