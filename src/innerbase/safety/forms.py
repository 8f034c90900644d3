"""Safety forms: the plan, the calm check-out and the pause. Errors sit beside the field."""

from django import forms

from innerbase.core.forms import choices_set
from innerbase.safety import content, services


def plan_form_class() -> type[forms.Form]:
    """A form with one text area per plan section, built from plan.json."""
    fields = {
        section["key"]: forms.CharField(
            label=section["title"],
            help_text=section["prompt"],
            required=False,
            max_length=services.MAX_SECTION_CHARS,
            widget=forms.Textarea(attrs={"rows": 4}),
        )
        for section in content.plan_sections()
    }
    return type("SafetyPlanForm", (forms.Form,), fields)


class FeelingForm(forms.Form):
    tool = forms.ChoiceField(choices=[(key, key) for key in ("breathing", "grounding", "soothing")])
    feeling = forms.IntegerField(
        label="How do you feel now?",
        min_value=0,
        max_value=10,
        widget=forms.NumberInput(attrs={"type": "range", "min": 0, "max": 10, "step": 1}),
    )


class PauseStartForm(forms.Form):
    urge = forms.ChoiceField(label="What do you feel the urge to do?", widget=forms.RadioSelect)
    own_urge = forms.CharField(
        label="In your own words (optional)",
        required=False,
        max_length=300,
        help_text="Only if none of these fits.",
    )
    wait_minutes = forms.TypedChoiceField(
        label="How long will you wait?",
        coerce=int,
        widget=forms.RadioSelect,
        initial=20,
    )
    alternative = forms.ChoiceField(
        label="While you wait, what could you do instead?",
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(self, "urge", [*content.urges().items(), ("own", "Something else")])
        choices_set(self, "wait_minutes", [(m, f"{m} minutes") for m in content.waits()])
        choices_set(self, "alternative", list(content.alternatives().items()))

    def clean(self):
        cleaned = super().clean() or {}
        if cleaned.get("urge") == "own" and not cleaned.get("own_urge", "").strip():
            self.add_error("own_urge", "Say in a few words what you feel like doing.")
        return cleaned


class PauseFinishForm(forms.Form):
    passed = forms.TypedChoiceField(
        label="Did the urge pass?",
        choices=[("yes", "Yes, it passed"), ("no", "No, not really")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    what_happened = forms.CharField(
        label="What happened? (optional)",
        required=False,
        max_length=services.MAX_NOTE_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
