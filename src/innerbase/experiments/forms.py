"""Forms for ladders (the person's own, and changing one), a try's prediction and its
outcome. A 0-100 rating that is missing or out of range is named at its field."""

from django import forms

from innerbase.core.limits import MAX_ANSWER

OWN_STEPS = 8  # rows for a new ladder's steps; more can be added later
NEW_ROWS = 2  # blank rows for more steps when changing a ladder
TOO_LONG = "That is longer than we can keep in one answer (20,000 characters). Try a shorter one."
OUT_OF_100 = "Give a number from 0 to 100."


def _text(label: str, hint: str = "", required: bool = False, rows: int = 3) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=hint,
        required=required,
        max_length=MAX_ANSWER,
        strip=True,
        widget=forms.Textarea(attrs={"rows": rows}) if rows > 1 else forms.TextInput(),
        error_messages={"max_length": TOO_LONG},
    )


def _rating(label: str, missing: str) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=100,
        error_messages={
            "required": missing,
            "min_value": OUT_OF_100,
            "max_value": OUT_OF_100,
            "invalid": OUT_OF_100,
        },
    )


class LadderOwnForm(forms.Form):
    """A ladder in the person's own words: a name and up to eight steps, easiest first."""

    name = _text("Name your ladder", "For example, “Saying what I need”.", required=True, rows=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].error_messages["required"] = "Give your ladder a name."
        for row in range(1, OWN_STEPS + 1):
            hint = "The easiest one first." if row == 1 else ""
            self.fields[f"step_{row}"] = _text(f"Step {row}", hint, rows=1)

    def step_texts(self) -> list[str]:
        return [
            self.cleaned_data[f"step_{row}"]
            for row in range(1, OWN_STEPS + 1)
            if self.cleaned_data.get(f"step_{row}")
        ]

    def clean(self):
        data = super().clean() or {}
        if "step_1" not in self.errors and not self.step_texts():
            self.add_error("step_1", "Write at least one step.")
        return data


class LadderEditForm(forms.Form):
    """The ladder's name and steps in the person's words. A step left empty is removed, unless
    it has tries: those would be lost, so it keeps some words."""

    name = _text("Name", required=True, rows=1)

    def __init__(self, steps: list[dict], with_tries: set[str], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].error_messages["required"] = "Give your ladder a name."
        self.steps, self.with_tries = steps, with_tries
        for number, item in enumerate(steps, start=1):
            name = f"step_{item['step'].pk}"
            self.fields[name] = _text(f"Step {number}", rows=1)
            self.initial.setdefault(name, item["text"])
        for row in range(1, NEW_ROWS + 1):
            self.fields[f"new_{row}"] = _text(f"A new step ({row})", rows=1)

    def clean(self):
        data = super().clean() or {}
        for item in self.steps:
            pk = str(item["step"].pk)
            if (
                pk in self.with_tries
                and not data.get(f"step_{pk}")
                and f"step_{pk}" not in self.errors
            ):
                self.add_error(f"step_{pk}", "This step has tries, so it needs some words.")
        if not self.errors and not self.step_list():
            first = f"step_{self.steps[0]['step'].pk}" if self.steps else "new_1"
            self.add_error(first, "A ladder needs at least one step.")
        return data

    def step_list(self) -> list[dict]:
        """The steps to keep, in order: {"id", "text"}, new ones with no id, at the end."""
        kept = [
            {"id": item["step"].pk, "text": self.cleaned_data[f"step_{item['step'].pk}"]}
            for item in self.steps
            if self.cleaned_data.get(f"step_{item['step'].pk}")
        ]
        added = [
            {"id": None, "text": self.cleaned_data[f"new_{row}"]}
            for row in range(1, NEW_ROWS + 1)
            if self.cleaned_data.get(f"new_{row}")
        ]
        return kept + added


class PredictionForm(forms.Form):
    """Before the try: what the person expects, how bad it will feel, how sure they are."""

    prediction = _text(
        "What do you think will happen?",
        "Say what you fear most, in a sentence or two.",
        required=True,
    )
    predicted_distress = _rating(
        "How bad do you think it will feel", "Say how bad you think it will feel, 0 to 100."
    )
    confidence = _rating("How sure are you", "Say how sure you are, 0 to 100.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["prediction"].error_messages["required"] = "Write what you think will happen."


FEARED_CHOICES = [("yes", "Yes"), ("no", "No")]


class OutcomeForm(forms.Form):
    """After the try: what happened, how it felt, whether the fear came true, what was learned."""

    outcome = _text("What happened?", required=True)
    actual_distress = _rating("How bad did it feel", "Say how bad it felt, 0 to 100.")
    feared_outcome_happened = forms.TypedChoiceField(
        label="Did what you feared happen?",
        help_text="If it partly did, choose the closer one and say more above.",
        choices=FEARED_CHOICES,
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Say whether what you feared happened.",
            "invalid_choice": "Choose yes or no.",
        },
    )
    learned = _text("What did you learn?", "Anything you would tell yourself for next time.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].error_messages["required"] = "Write a line about what happened."


class ReadyForm(forms.Form):
    ready = forms.TypedChoiceField(
        label="Ready to climb on from this step?",
        choices=[("yes", "Yes"), ("no", "Not yet")],
        coerce=lambda value: value == "yes",
        error_messages={
            "required": "Choose yes or not yet.",
            "invalid_choice": "Choose yes or not yet.",
        },
    )
