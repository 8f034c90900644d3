"""Forms for the plan's goals, intentions, affirmations, setback reviews and no contact.

Choices come from the content files when a form is made; free text is optional except where
the form is only that text (an intention or affirmation in the person's own words)."""

from django import forms

from innerbase.core.forms import choices_set
from innerbase.core.limits import MAX_ANSWER
from innerbase.practice import content

TOO_LONG = f"That is longer than we can keep in one answer ({MAX_ANSWER:,} characters)."


def _text(label: str, *, hint: str = "", rows: int = 3):
    return forms.CharField(
        label=label,
        help_text=hint,
        required=False,
        max_length=MAX_ANSWER,
        strip=True,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"max_length": TOO_LONG},
    )


class GoalsForm(forms.Form):
    goals = forms.MultipleChoiceField(
        label="What would you like to work towards?",
        help_text="Choose any that fit. You can change them at any time.",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(self, "goals", [(g["code"], g["label"]) for g in content.goals()])


class TodayForm(forms.Form):
    """The buttons on today's practice: another one, done, or not today."""

    action = forms.ChoiceField(choices=[("another", ""), ("done", ""), ("skip", "")])


class IntentionForm(forms.Form):
    """Today's intention: one from the library, or the person's own words (one of the two)."""

    code = forms.ChoiceField(label="Choose one", required=False, widget=forms.RadioSelect)
    text = forms.CharField(
        label="Or write your own",
        help_text="A small thing you could do today.",
        required=False,
        max_length=500,
        strip=True,
        error_messages={"max_length": "Keep it to 500 characters or fewer."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(self, "code", [(i["code"], i["text"]) for i in content.intentions()])

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if not self.errors and not data.get("code") and not data.get("text"):
            self.add_error("code", "Choose an intention, or write your own below.")
        if data.get("code") and data.get("text"):
            self.add_error("text", "Choose one from the list or write your own, not both.")
        return data


class IntentionDoneForm(forms.Form):
    note = _text(
        "How did it go?", hint="A line or two, if you like. You can leave it blank.", rows=2
    )


class AffirmationForm(forms.Form):
    text = forms.CharField(
        label="Write your own",
        help_text="Words that feel true enough to you, even on a hard day.",
        max_length=500,
        strip=True,
        error_messages={
            "required": "Write your affirmation first.",
            "max_length": "Keep it to 500 characters or fewer.",
        },
    )


class PinForm(forms.Form):
    """Pin an affirmation to Today: "lib:<code>", "own:<uuid>", or "" to unpin; the view
    checks that the pin is one of the person's own or the library's."""

    pin = forms.CharField(required=False, max_length=48)


class SetbackForm(forms.Form):
    kind = forms.ChoiceField(label="What happened?", widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        words = content.setback()
        choices_set(self, "kind", list(words["kinds"].items()))
        self.fields["kind"].error_messages["required"] = "Choose what happened."
        for step in words["steps"]:
            field = _text(step["label"], hint=step.get("hint", ""))
            if step.get("placeholder"):
                field.widget.attrs["placeholder"] = step["placeholder"]
            self.fields[step["key"]] = field

    def answers(self) -> dict[str, str]:
        return {key: self.cleaned_data[key] for key in content.setback_keys()}


class NoContactForm(forms.Form):
    counting = forms.BooleanField(required=False)
    reasons = _text("", rows=4)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        words = content.no_contact()
        self.fields["counting"].label = words["choose"]
        self.fields["reasons"].label = words["reasons_label"]
        self.fields["reasons"].help_text = words["reasons_hint"]


class ContactHappenedForm(forms.Form):
    then = forms.ChoiceField(
        label="What would you like the count to do?",
        choices=[
            ("carry_on", "Carry on from where it was"),
            ("restart", "Start again from today"),
            ("stop", "Stop counting for now"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what the count should do."},
    )
