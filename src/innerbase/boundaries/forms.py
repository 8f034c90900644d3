"""Forms for boundaries: the boundary's words, who it is with and its revisit day; a time it
came up; and the revisit (keep, change or let go)."""

from __future__ import annotations

import datetime as dt

from django import forms

from innerbase.boundaries import content, tally
from innerbase.core.forms import choices_set
from innerbase.core.limits import MAX_ANSWER

LATEST_REVISIT_YEARS = 5  # a revisit day further away than this is a typing slip


def _words_field(field: str, hint: str, *, required: bool = False) -> forms.CharField:
    label = content.words()["fields"][field]
    return forms.CharField(
        label=label,
        help_text=hint,
        required=required,
        max_length=MAX_ANSWER,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 2, "class": "textarea--short"}),
        error_messages={
            "required": "Write the boundary in a few words.",
            "max_length": f"Keep this under {MAX_ANSWER:,} characters.",
        },
    )


REVISIT_PAST = "Choose today or a later day to read it again."
REVISIT_FAR = f"Choose a day in the next {LATEST_REVISIT_YEARS} years."
LOG_FUTURE = "Choose today or a day before it."


def too_far(day: dt.date, today: dt.date) -> bool:
    """A revisit day so far off it must be a typing slip (the API checks the same)."""
    return day.year > today.year + LATEST_REVISIT_YEARS


def check_revisit(day: dt.date, today: dt.date) -> None:
    if day < today:
        raise forms.ValidationError(REVISIT_PAST)
    if too_far(day, today):
        raise forms.ValidationError(REVISIT_FAR)


class RevisitDayField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"})

    def __init__(self, **kwargs):
        super().__init__(
            label="When to read it again",
            error_messages={
                "required": "Choose a day to read it again.",
                "invalid": "Give the date as day, month and year.",
            },
            **kwargs,
        )


class BoundaryForm(forms.Form):
    boundary = _words_field(
        "boundary", "For example: I don't reply to texts after 10 at night.", required=True
    )
    need = _words_field("need", "What this protects for you: rest, calm, respect, time.")
    say = _words_field("say", "The words you might use. Short and kind is often best.")
    if_crossed = _words_field("if_crossed", "Something you can do, not a threat.")
    person = forms.ChoiceField(label="Who it is with", required=False)
    revisit_on = RevisitDayField(
        help_text="Boundaries can change as you heal. Thirty days is a good start."
    )

    def __init__(self, *args, people: list[tuple[str, str]], today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        choices_set(self, "person", [("", "Nobody in particular"), *people])
        self.fields["person"].error_messages["invalid_choice"] = (
            "Choose one of your people, or no one."
        )

    def clean_revisit_on(self):
        day = self.cleaned_data["revisit_on"]
        check_revisit(day, self.today)
        return day

    def words(self) -> dict[str, str]:
        return {field: self.cleaned_data[field] for field in content.WORD_FIELDS}


class LogForm(forms.Form):
    outcome = forms.ChoiceField(
        label="What happened",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose kept or crossed.",
            "invalid_choice": "Choose kept or crossed.",
        },
    )
    day = forms.DateField(
        label="When",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": "Choose the day it happened.",
            "invalid": "Give the date as day, month and year.",
        },
    )
    feelings = forms.MultipleChoiceField(
        label="How it felt",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose feelings from the list."},
    )
    note = forms.CharField(
        label="A note, if you like",
        required=False,
        max_length=MAX_ANSWER,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": f"Keep the note under {MAX_ANSWER:,} characters."},
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        choices_set(self, "outcome", list(content.outcomes().items()))
        choices_set(self, "feelings", list(content.feelings().items()))

    def clean_day(self):
        day = self.cleaned_data["day"]
        if day > self.today:
            raise forms.ValidationError(LOG_FUTURE)
        return day


class RevisitForm(forms.Form):
    KEEP, RETIRE = "keep", "retire"

    choice = forms.ChoiceField(
        label="What would you like to do?",
        widget=forms.RadioSelect,
        choices=[(KEEP, "Keep it, and read it again later"), (RETIRE, "Let it go for now")],
        error_messages={
            "required": "Choose to keep it or let it go.",
            "invalid_choice": "Choose to keep it or let it go.",
        },
    )
    next_on = RevisitDayField(
        required=False, help_text="Only when you keep it. Thirty days away unless you change it."
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def clean(self):
        data = super().clean() or {}
        if data.get("choice") == self.KEEP:
            day = data.get("next_on") or tally.default_revisit(self.today)
            if day < self.today:
                self.add_error("next_on", REVISIT_PAST)
            elif too_far(day, self.today):
                self.add_error("next_on", REVISIT_FAR)
            data["next_on"] = day
        return data
