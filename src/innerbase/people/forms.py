"""Forms for the people list: a person's name and role, the support they give, contact."""

from django import forms

from innerbase.core.forms import choices_set
from innerbase.core.limits import MAX_ANSWER
from innerbase.people import content

PLAN_SECTIONS = [
    ("ask_for_help", "Show them in my safety plan under \u201cPeople I can ask for help\u201d"),
    ("people_places", "Show them under \u201cPeople and places that help me feel better\u201d"),
]


class PersonForm(forms.Form):
    name = forms.CharField(
        label="Name or nickname",
        help_text="Only you see this. A nickname or an initial is fine.",
        max_length=100,
        strip=True,
        error_messages={
            "required": "Write a name or nickname.",
            "max_length": "Keep the name to 100 characters or fewer.",
        },
    )
    role = forms.ChoiceField(label="Who they are to you", widget=forms.RadioSelect)
    support = forms.MultipleChoiceField(
        label="What they give you, if anything",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    in_touch = forms.ChoiceField(label="How often you are in touch", required=False)
    last_contact = forms.DateField(
        label="Last in touch",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Give the date as day, month and year."},
    )
    in_safety_plan = forms.MultipleChoiceField(
        label="Your safety plan",
        required=False,
        choices=PLAN_SECTIONS,
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(
        label="A note",
        required=False,
        max_length=MAX_ANSWER,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": f"Keep the note under {MAX_ANSWER:,} characters."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(self, "role", list(content.roles().items()))
        self.fields["role"].error_messages["required"] = "Choose who they are to you."
        choices_set(
            self,
            "support",
            [(k, f"{v['label']}: {v['hint']}") for k, v in content.support_roles().items()],
        )
        choices_set(self, "in_touch", [("", "Choose"), *content.in_touch().items()])

    def plain(self) -> dict:
        data = self.cleaned_data
        return {
            field: data[field]
            for field in ("role", "support", "in_touch", "last_contact", "in_safety_plan")
        }


def _tri(label: str) -> forms.TypedChoiceField:
    """Yes / no / not this time, as three large choices (blank means not noted)."""
    return forms.TypedChoiceField(
        label=label,
        choices=[("yes", "Yes"), ("no", "No"), ("", "Not this time")],
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )


class ObservationForm(forms.Form):
    observed_on = forms.DateField(
        label="When",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": "Give the day this was.",
            "invalid": "Give the date as day, month and year.",
        },
    )
    kept_promise = _tri("Did they do what they said they would?")
    responsive = _tri("Did they reply or show up when it mattered?")
    respected_boundary = _tri("Did they respect a limit you set?")
    stayed_myself = _tri("Did you stay yourself around them?")
    feeling = forms.ChoiceField(
        label="How did your body feel around them?",
        required=False,
        widget=forms.RadioSelect,
        choices=[
            ("calm", "Calm"),
            ("tense", "Tense"),
            ("numb", "Numb or far away"),
            ("excited-anxious", "Excited and anxious"),
        ],
    )
    note = forms.CharField(
        label="A note, if you like",
        required=False,
        max_length=MAX_ANSWER,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": f"Keep the note under {MAX_ANSWER:,} characters."},
    )

    def clean_observed_on(self):
        import datetime as dt

        from django.utils import timezone

        day = self.cleaned_data["observed_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("That day has not come yet.")
        if day < timezone.localdate() - dt.timedelta(days=366):
            raise forms.ValidationError("Give a day in the last year.")
        return day

    def answers(self) -> dict:
        return {
            check: self.cleaned_data[check]
            for check in ("kept_promise", "responsive", "respected_boundary", "stayed_myself")
        }
