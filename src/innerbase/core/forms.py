"""Forms across the app: one look (label, hint, error beside the field, GOV.UK habits),
choices filled from content files when a form is made, and the stop rule's distress check."""

from collections.abc import Iterable
from typing import Any, cast

from django import forms
from django.forms.renderers import TemplatesSetting

from innerbase.core import distress


class FormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


def choices_set(form: forms.BaseForm, name: str, choices: Iterable[tuple[Any, str]]) -> None:
    """Give the choice field `name` its choices (read from content when the form is made)."""
    cast(forms.ChoiceField, form.fields[name]).choices = list(choices)


# -- the stop rule's distress check --------------------------------------------------------
DISTRESS_SCALE = [(value, str(value)) for value in range(distress.LOWEST, distress.HIGHEST + 1)]


def distress_field(moment: str) -> forms.TypedChoiceField:
    """An optional 0-10 "how upset" rating as eleven large chips that work without JS."""
    words = distress.copy()
    check = words["checks"][moment]
    return forms.TypedChoiceField(
        label=check["label"],
        help_text=check["hint"],
        choices=DISTRESS_SCALE,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect(attrs={"class": "scale"}),
        error_messages={"invalid_choice": words["error"].format(label=check["label"])},
    )


class DistressCheckForm(forms.Form):
    """The distress check before and after heavy work. A flow that asks only one of the two on
    a page drops the other with `asks=("before",)`; a form that asks them beside its own
    fields inherits this class (its fields join the form, `distress()` reads them)."""

    distress_before = distress_field("before")
    distress_after = distress_field("after")

    def __init__(self, *args, asks: tuple[str, ...] = distress.MOMENTS, **kwargs):
        super().__init__(*args, **kwargs)
        for moment in distress.MOMENTS:
            if moment not in asks:
                del self.fields[f"distress_{moment}"]

    def distress(self) -> dict[str, int | None]:
        """The ratings asked on this page (the others are left out, not blank)."""
        return {
            moment: self.cleaned_data.get(f"distress_{moment}")
            for moment in distress.MOMENTS
            if f"distress_{moment}" in self.fields
        }

    def distress_chosen(self) -> dict[str, int | None]:
        """The rating shown as chosen on each asked check (posted or initial; None when none,
        or when what was sent is not a rating), for the folded summary."""
        chosen: dict[str, int | None] = {}
        for moment in distress.MOMENTS:
            name = f"distress_{moment}"
            if name not in self.fields:
                continue
            try:
                value: int | None = int(self[name].value())
            except (TypeError, ValueError):
                value = None
            chosen[moment] = value if distress.is_rating(value) else None
        return chosen
