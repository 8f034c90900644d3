"""Forms for the pattern review and the caregivers reflection: starting one, a written step,
and the review's themes. Nothing is required: a person may stop at any step."""

from django import forms

from innerbase.core.forms import DistressCheckForm, choices_set
from innerbase.core.limits import MAX_ANSWER
from innerbase.patterns import content
from innerbase.patterns.services import MAX_OWN_THEMES

TOO_LONG = "That is longer than we can keep in one answer. Try splitting it."
OWN_THEME_LENGTH = 80
NOBODY = ""


class ReviewDetailsForm(forms.Form):
    """A short title and who it was with (both optional)."""

    title = forms.CharField(
        label="A short name for this relationship (optional)",
        help_text="Only you see it. A first name, a nickname or a year is enough.",
        required=False,
        max_length=80,
        strip=True,
        error_messages={"max_length": "Keep the name under 80 characters."},
    )
    person = forms.ChoiceField(label="Who was it with? (optional)", required=False)

    def __init__(self, people: list[tuple[str, str]], *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(self, "person", [(NOBODY, "Nobody from my people list"), *people])


class ReviewStartForm(ReviewDetailsForm, DistressCheckForm):
    """The details, and how upset at the start (the stop rule's first check)."""

    def __init__(self, people: list[tuple[str, str]], *args, **kwargs):
        super().__init__(people, *args, asks=("before",), **kwargs)


class TextStepForm(forms.Form):
    """One answer in the person's own words."""

    def __init__(self, step: dict, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answer"] = forms.CharField(
            label=step["question"],
            required=False,
            max_length=MAX_ANSWER,
            strip=True,
            widget=forms.Textarea(attrs={"rows": 6}),
            error_messages={"max_length": TOO_LONG},
        )

    def answer(self) -> str:
        return str(self.cleaned_data["answer"])


class ThemesForm(forms.Form):
    """The review's themes: any from the vocabulary, and up to five of the person's own."""

    themes = forms.MultipleChoiceField(
        label="Themes that fit",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Pick themes from the list."},
    )
    own_themes = forms.CharField(
        required=False,
        max_length=MAX_OWN_THEMES * (OWN_THEME_LENGTH + 2),
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Keep your own themes short: up to five short lines."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        step = content.step("review", "themes")
        choices_set(self, "themes", [(t["code"], t["label"]) for t in content.themes()])
        self.fields["own_themes"].label = step["own_label"]
        self.fields["own_themes"].help_text = step["own_hint"]

    def clean_own_themes(self) -> list[str]:
        lines = [" ".join(line.split()) for line in self.cleaned_data["own_themes"].splitlines()]
        lines = list(dict.fromkeys(line for line in lines if line))
        if len(lines) > MAX_OWN_THEMES:
            raise forms.ValidationError("Write up to five of your own themes, one per line.")
        if any(len(line) > OWN_THEME_LENGTH for line in lines):
            raise forms.ValidationError("Keep each of your own themes under 80 characters.")
        return lines


class LastStepCheck(DistressCheckForm):
    """The stop rule's "how upset now" at the last step."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, asks=("after",), **kwargs)
