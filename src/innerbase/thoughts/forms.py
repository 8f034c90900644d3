"""Forms for the guided record (one per step) and for core beliefs.

Nothing here is required: a person may stop at any step with it empty and come back."""

from django import forms

from innerbase.core.forms import choices_set
from innerbase.core.limits import MAX_ANSWER
from innerbase.journal import selectors as journal
from innerbase.thoughts import content

EMOTION_ROWS = 5
TOO_LONG = "That is longer than we can keep in one answer (20,000 characters). Try splitting it."


def _text_field(label: str, hint: str = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=hint,
        required=False,
        max_length=MAX_ANSWER,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": TOO_LONG},
    )


class TextStepForm(forms.Form):
    """One free-text answer: the situation, the thought, evidence or the balanced thought."""

    def __init__(self, field: str, step: dict, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.field_name = field
        self.fields[field] = _text_field(step["question"])

    def changes(self) -> dict:
        return {self.field_name: self.cleaned_data[self.field_name]}

    def has_answer(self) -> bool:
        return bool(self.cleaned_data[self.field_name])


def emotion_choices() -> list:
    grouped = [
        (family["label"], [(e["key"], e["label"]) for e in family["emotions"]])
        for family in journal.emotion_families()
    ]
    return [("", "Choose a feeling"), *grouped]


def _intensity(label: str) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=100,
        error_messages={
            "min_value": "Give a number from 0 to 100.",
            "max_value": "Give a number from 0 to 100.",
            "invalid": "Give a number from 0 to 100.",
        },
    )


class EmotionsForm(forms.Form):
    """Up to five feelings, each with how strong it was (0-100)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for row in range(1, EMOTION_ROWS + 1):
            self.fields[f"emotion_{row}"] = forms.ChoiceField(
                label=f"Feeling {row}",
                choices=emotion_choices(),
                required=False,
                error_messages={"invalid_choice": "Choose a feeling from the list."},
            )
            self.fields[f"before_{row}"] = _intensity(f"How strong, feeling {row}")

    def rows(self):
        return [
            {"number": row, "emotion": self[f"emotion_{row}"], "before": self[f"before_{row}"]}
            for row in range(1, EMOTION_ROWS + 1)
        ]

    def clean(self):
        data = super().clean() or {}
        seen = set()
        for row in range(1, EMOTION_ROWS + 1):
            name, before = data.get(f"emotion_{row}"), data.get(f"before_{row}")
            if not name:
                continue
            if name in seen:
                self.add_error(f"emotion_{row}", "This feeling is already in the list above.")
            seen.add(name)
            if before is None and f"before_{row}" not in self.errors:
                self.add_error(f"before_{row}", "Say how strong this feeling was, from 0 to 100.")
        return data

    def picked(self, earlier: list[dict]) -> list[dict]:
        """The chosen feelings, keeping any "after" rating already given for the same one."""
        after = {e["name"]: e.get("after") for e in earlier}
        result = []
        for row in range(1, EMOTION_ROWS + 1):
            name = self.cleaned_data.get(f"emotion_{row}")
            if name:
                before = self.cleaned_data[f"before_{row}"]
                result.append({"name": name, "before": before, "after": after.get(name)})
        return result

    @staticmethod
    def initial_from(emotion_list: list[dict]) -> dict:
        initial = {}
        for row, each in enumerate(emotion_list[:EMOTION_ROWS], start=1):
            initial[f"emotion_{row}"] = each["name"]
            initial[f"before_{row}"] = each.get("before")
        return initial


class ReRateForm(forms.Form):
    """The same feelings as in step 3, each rated again now."""

    def __init__(self, emotion_list: list[dict], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.emotion_list = emotion_list
        labels = journal.emotions()
        for each in emotion_list:
            self.fields[f"after_{each['name']}"] = _intensity(
                labels.get(each["name"], each["name"])
            )

    def rows(self):
        return [
            {"field": self[f"after_{e['name']}"], "hint": f"Before: {e.get('before')} out of 100"}
            for e in self.emotion_list
        ]

    def rated(self) -> list[dict]:
        return [
            {**e, "after": self.cleaned_data.get(f"after_{e['name']}")} for e in self.emotion_list
        ]


class DistortionsForm(forms.Form):
    distortions = forms.MultipleChoiceField(
        label="Thinking traps and attachment traps",
        required=False,
        error_messages={"invalid_choice": "Choose from the traps listed here."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(
            self,
            "distortions",
            [(d["code"], d["label"]) for d in content.distortions()],
        )


class BeliefLinkForm(forms.Form):
    belief = forms.ChoiceField(
        label="Link a belief",
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose one of the beliefs shown."},
    )
    rating = _intensity("How true does that belief feel right now?")

    def __init__(self, beliefs: list[dict], *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = [(str(b["belief"].pk), b["text"]) for b in beliefs]
        added = {b["starter"] for b in beliefs}
        starters = [
            (f"starter:{s['key']}", s["text"])
            for s in content.starter_beliefs()
            if s["key"] not in added
        ]
        choices_set(self, "belief", [("", "No belief for now"), *own, *starters])


class BeliefAddForm(forms.Form):
    """A starter belief picked from the list, or one in the person's own words."""

    starter = forms.ChoiceField(
        label="Or pick one that many people hold",
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose one of the beliefs shown."},
    )
    text = forms.CharField(
        label="In your own words",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": "Keep a belief under 1,000 characters."},
    )
    rating = _intensity("How true does it feel right now?")

    def __init__(self, taken: set[str], *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(
            self,
            "starter",
            [(s["key"], s["text"]) for s in content.starter_beliefs() if s["key"] not in taken],
        )
        self.fields["rating"].required = True
        self.fields["rating"].error_messages["required"] = "Say how true it feels, 0 to 100."

    def clean(self):
        data = super().clean() or {}
        if not data.get("starter") and not data.get("text") and "text" not in self.errors:
            self.add_error("text", "Pick a belief from the list or write your own.")
        elif data.get("starter") and data.get("text"):
            self.add_error("text", "Pick one from the list or write your own, not both.")
        return data


class BeliefRateForm(forms.Form):
    rating = _intensity("How true does it feel right now?")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rating"].required = True
        self.fields["rating"].error_messages["required"] = "Say how true it feels, 0 to 100."


class BeliefWordsForm(forms.Form):
    """The belief in new words: people often find a truer or kinder way to say it."""

    text = forms.CharField(
        label="In your words",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": "Write the belief, or leave it as it was.",
            "max_length": "Keep a belief under 1,000 characters.",
        },
    )
