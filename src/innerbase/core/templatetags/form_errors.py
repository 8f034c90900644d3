"""The error summary and the errors beside a field, for templates (see core/forms.py)."""

from django import template

from innerbase.core import forms

register = template.Library()


@register.filter
def named_errors(field) -> list[dict]:
    return forms.field_errors(field)


@register.filter
def error_summary(form) -> list[dict]:
    return forms.error_summary(form)
