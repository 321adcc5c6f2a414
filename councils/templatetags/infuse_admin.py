"""The admin's navigation sidebar, drawn once per person's view of it (councils/admin_site.py)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def kept_app_list(context):
    """`admin/app_list.html` for the sidebar, as Django's nav_sidebar.html includes it: kept by
    the project's admin site; drawn each time on a page some other site's context built."""
    site = getattr(context["request"], "infuse_admin_site", None)
    if site is not None:
        return site.sidebar_html(context)
    drawn = context.template.engine.get_template("admin/app_list.html")
    with context.push(app_list=context["available_apps"], show_changelinks=False):
        return drawn.render(context)
