"""Forms for say it securely: the I-statement's four parts, a hard talk's plan and its
outcome. Each may be about someone in the people list, or nobody in particular."""

from django import forms

from innerbase.conversations import content
from innerbase.core.forms import choices_set
from innerbase.core.limits import MAX_ANSWER
from innerbase.people import selectors as people

TOO_LONG = "That is longer than we can keep in one answer (20,000 characters). Try a shorter one."
NOT_IN_LIST = "Pick one of your people, or no one."


def _text(label: str, hint: str = "", rows: int = 2) -> forms.CharField:
    attrs: dict[str, object] = {"rows": rows}
    if rows < 3:
        # a short answer: a lower box than the app's textareas, growing as it is typed
        attrs["class"] = "textarea--short"
    return forms.CharField(
        label=label,
        help_text=hint,
        required=False,
        max_length=MAX_ANSWER,
        strip=True,
        widget=forms.Textarea(attrs=attrs),
        error_messages={"max_length": TOO_LONG},
    )


class AboutForm(forms.Form):
    """A form with "who is this about?": the person's own people only."""

    person = forms.ChoiceField(label="Who is this about?", required=False)

    def __init__(self, *args, user, data_key: bytes, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["person"].error_messages["invalid_choice"] = NOT_IN_LIST
        choices = people.choices(user=user, data_key=data_key)
        choices_set(self, "person", [("", "Nobody in particular"), *choices])

    def clean_person(self):
        chosen = self.cleaned_data["person"]
        if not chosen:
            return None
        person = people.person_or_none(user=self.user, pk=chosen)
        if person is None:
            raise forms.ValidationError(NOT_IN_LIST)
        return person


class StatementForm(AboutForm):
    feel = _text("I feel …")
    when = _text("when …")
    need = _text("because I need …")
    ask = _text("Would you …")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for part, words in content.parts().items():
            self.fields[part].help_text = words["hint"]
        self.order_fields(["feel", "when", "need", "ask", "person"])

    def parts(self) -> dict[str, str]:
        return {part: self.cleaned_data.get(part, "") for part in content.parts()}

    def clean(self):
        data = super().clean() or {}
        if not self.errors and not any(self.parts().values()):
            self.add_error("feel", "Write at least one part, such as how you feel.")
        return data


class TalkForm(AboutForm):
    want = _text("What I want from the talk", "One thing you hope for, such as to be heard.")
    need = _text("My need", "What matters to you under it.")
    they_feel = _text("What they might feel", "A guess, held lightly. It helps you stay kind.")
    opening = _text("My opening line", "A soft start: how you feel and what you need.")
    heated = _text(
        "If it gets heated, I will …", "For example, “say I need a break and go for a walk”."
    )
    pause_minutes = forms.ChoiceField(
        label="How long a pause", required=False, widget=forms.RadioSelect
    )
    come_back = _text("When I'll come back to it", "Such as after dinner, or the next day.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        pauses = [(str(m), f"{m} minutes") for m in content.pauses()]
        choices_set(self, "pause_minutes", [("", "Not sure yet"), *pauses])
        self.fields["pause_minutes"].error_messages["invalid_choice"] = "Choose one of the pauses."
        self.order_fields(
            ["person", "want", "need", "they_feel", "opening", "heated", "pause_minutes"]
        )

    def words(self) -> dict[str, str]:
        fields = ("want", "need", "they_feel", "opening", "heated", "come_back")
        return {field: self.cleaned_data.get(field, "") for field in fields}

    def clean_pause_minutes(self) -> int | None:
        chosen = self.cleaned_data["pause_minutes"]
        return int(chosen) if chosen else None

    def clean(self):
        data = super().clean() or {}
        if not self.errors and not any(self.words().values()):
            self.add_error("want", "Write at least one part, such as what you want from it.")
        return data


class OutcomeForm(forms.Form):
    how_it_went = _text("How it went", rows=3)
    keep = _text("What I'd keep", "Something that helped, however small.")
    change = _text("What I'd change", "For next time. Not a judgment, just a note.")

    def words(self) -> dict[str, str]:
        return {field: self.cleaned_data.get(field, "") for field in self.fields}

    def clean(self):
        data = super().clean() or {}
        if not self.errors and not any(self.words().values()):
            self.add_error("how_it_went", "Write a few words about how it went.")
        return data
