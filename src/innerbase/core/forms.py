"""Forms across the app: one look (label, hint, error beside the field, GOV.UK habits) and
choices filled from content files when a form is made."""

from collections.abc import Iterable
from typing import Any, cast

from django import forms
from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


def choices_set(form: forms.BaseForm, name: str, choices: Iterable[tuple[Any, str]]) -> None:
    """Give the choice field `name` its choices (read from content when the form is made)."""
    cast(forms.ChoiceField, form.fields[name]).choices = list(choices)
