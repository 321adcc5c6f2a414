"""Showing the planner's numbers the same way on the page and in the PDF (labs/procurement/rules)."""

from django import template

from labs.procurement import rules

register = template.Library()


@register.filter
def pounds(amount):
    """£1,234,567 or £1,234.50."""
    return rules.format_pounds(amount)


@register.filter
def number(amount):
    """1,250 or 2.5."""
    return rules.format_number(amount)


@register.filter
def percent(share):
    """12.5%."""
    return rules.format_percent(share)


@register.filter
def points(score):
    """45.00."""
    return rules.format_points(score)


@register.filter
def error_links(form):
    """(anchor id, message) for each error of a form, for the govuk error summary. An error
    about the whole form points at its first field."""
    links = []
    first = next(iter(form), None)
    for name, errors in form.errors.items():
        if name == "__all__":
            anchor = first.id_for_label if first is not None else ""
        else:
            anchor = form[name].id_for_label
        links += [(anchor, message) for message in errors]
    return links
