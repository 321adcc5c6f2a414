from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`{{ hints|lookup:value }}`: a dict's value by a variable key, or ""."""
    try:
        return mapping.get(key, "")
    except AttributeError:
        return ""
