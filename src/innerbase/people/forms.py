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
