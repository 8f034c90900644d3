"""Forms across the app: one look (label, hint, error beside the field, GOV.UK habits),
choices filled from content files when a form is made, and the stop rule's distress check.

Errors follow the GOV.UK Design System's error summary: a summary at the top that lists each
problem once, naming its field and linking to it, and the same words beside the field. The
templates (forms/error_summary.html, forms/field_errors.html) read both from here, so every
form, rendered whole or field by field, says which field is wrong.
"""

from collections.abc import Iterable
from typing import Any, cast

from django import forms
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting

from innerbase.core import distress

# Django's own message names no field ("This field is required."), so three empty fields
# would say it three times; it is replaced by one that names the field.
_BARE_REQUIRED = str(forms.Field.default_error_messages["required"])

# Checks a page can see are met while the person types (static/js/forms.js): the error then
# goes away before the form is sent again. The server still decides.
LIVE_CHECKS = {
    "required": "filled",
    "min_length": "long-enough",
    "password_too_short": "long-enough",
    "passphrase_mismatch": "matches",
}


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


def label_of(field: BoundField) -> str:
    """The field's label as a name in a sentence (without a trailing colon or full stop)."""
    return str(field.label or field.name).strip().rstrip(":.").strip()


def field_target(field: BoundField) -> str:
    """The id a link to this field should jump to. A group of radios or checkboxes is linked
    by its container's id (Django's own markup, and every group drawn by hand here, such as
    the emotion chips, give the container the field's id); forms.js then puts focus on the
    group's first choice, as GOV.UK does."""
    if isinstance(field.field.widget, forms.RadioSelect):  # and checkboxes, its subclass
        return field.auto_id
    return field.id_for_label or field.auto_id


def _what_to_do(field: BoundField) -> str:
    """A required field left empty, said in words that name it."""
    label, widget = label_of(field), field.field.widget
    if isinstance(widget, forms.CheckboxInput):
        return f"Tick “{label}” to go on."
    if isinstance(field.field, forms.ChoiceField):
        return f"Choose an answer for “{label}”."
    return f"Fill in “{label}”."


def field_errors(field: BoundField) -> list[dict]:
    """The field's errors: each with its words, an id, and the live check that can clear it."""
    result = []
    for number, error in enumerate(field.errors.as_data(), start=1):
        words = " ".join(str(message) for message in error)
        if words == _BARE_REQUIRED:
            words = _what_to_do(field)
        result.append(
            {
                "text": words,
                "id": f"{field.auto_id}_error_{number}",
                "clears": LIVE_CHECKS.get(error.code or "", ""),
            }
        )
    return result


def error_summary(form: forms.BaseForm) -> list[dict]:
    """Every problem on the form once, top to bottom, each naming its field and linking to it.

    A message that does not say which field it is about is led by the field's label; a
    problem with the whole form links to its first field.
    """
    visible = form.visible_fields()
    first = f"#{field_target(visible[0])}" if visible else ""
    items = [{"text": str(e), "href": first, "id": ""} for e in form.non_field_errors()]
    for field in form.hidden_fields():
        items += [{"text": str(e), "href": "", "id": ""} for e in field.errors]
    for field in visible:
        label = label_of(field)
        for error in field_errors(field):
            named = label.casefold() in error["text"].casefold()
            text = error["text"] if named else f"{label}: {error['text']}"
            items.append({"text": text, "href": f"#{field_target(field)}", "id": error["id"]})
    return items
