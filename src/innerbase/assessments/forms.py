"""Forms for taking a questionnaire: a page of items, and the choice of person for ECR-RS."""

from django import forms

from innerbase.assessments import content, instruments
from innerbase.core.forms import choices_set


def choices(instrument) -> list[tuple[int, str]]:
    """Each value with its published label; numbers shown when only some points are labelled."""
    every_point_labelled = (
        len(instrument.anchors) == instrument.scale_max - instrument.scale_min + 1
    )
    result = []
    for value in range(instrument.scale_min, instrument.scale_max + 1):
        anchor = instrument.anchors.get(value)
        if every_point_labelled:
            result.append((value, anchor))
        else:
            result.append((value, f"{value} · {anchor}" if anchor else str(value)))
    return result


class PageForm(forms.Form):
    """The items on one screen. Not required here: going back never demands an answer; the
    view asks for the missing ones when the person goes on."""

    def __init__(self, instrument, items, *args, **kwargs):
        super().__init__(*args, **kwargs)
        options = choices(instrument)
        for item in items:
            self.fields[item.key] = forms.TypedChoiceField(
                label=f"{item.number}. {instruments.item_text(item)}",
                choices=options,
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": "Choose one of the answers shown."},
            )

    def answered(self) -> dict[str, int]:
        return {key: value for key, value in self.cleaned_data.items() if value is not None}

    def ask_for_missing(self) -> bool:
        """Mark unanswered items; True when every item on the page has an answer."""
        for key, value in list(self.cleaned_data.items()):
            if value is None:
                self.add_error(key, "Choose an answer to go on. You can go back without one.")
        return not self.errors


class TargetForm(forms.Form):
    """The one person a take is about. Each person is a take of their own, so a parent who was
    absent or hurtful is skipped by never choosing them: nothing is scored for them."""

    target = forms.ChoiceField(
        label="Who is this about?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose who these statements are about."},
    )

    person = forms.ChoiceField(
        label="Which person, if you like",
        help_text="Someone from your people list. You can leave this blank.",
        required=False,
    )

    def __init__(self, instrument, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].help_text = content.readings()["ecr_rs_skip"]
        if people:
            choices_set(self, "person", [("", "Nobody in particular"), *people])
        else:
            del self.fields["person"]
        choices_set(
            self,
            "target",
            [
                (target, instruments.target_label(instrument, target))
                for target in instrument.targets
            ],
        )


class CompareForm(forms.Form):
    """Two finished takes to compare (choices are the person's own takes)."""

    before = forms.ChoiceField(label="From")
    after = forms.ChoiceField(label="To")

    def __init__(self, takes, *args, **kwargs):
        super().__init__(*args, **kwargs)
        options = [(str(take.pk), take.label) for take in takes]
        choices_set(self, "before", options)
        choices_set(self, "after", options)

    def clean(self):
        data = super().clean() or {}
        if data.get("before") and data.get("before") == data.get("after"):
            self.add_error("after", "Choose a different take to compare with.")
        return data


class UnscoredForm(forms.Form):
    """The optional closing question: answering is up to the person."""

    difficulty = forms.TypedChoiceField(
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose one of the answers shown."},
    )

    def __init__(self, question: dict, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["difficulty"].label = question["text"]
        choices_set(self, "difficulty", enumerate(question["options"]))
