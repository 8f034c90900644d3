"""`{{ value|figure }}` (or `|figure:1`): a number as people write it (core/figures.py)."""

from django import template

from innerbase.core.figures import figure as written

register = template.Library()


@register.filter
def figure(value, places: int = 2) -> str:
    if value in (None, ""):
        return written(None)
    try:
        return written(float(value), int(places))
    except (TypeError, ValueError):
        return str(value)
