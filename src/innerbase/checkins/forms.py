"""Forms for the weekly check-in: the five signs rated for the week with the week's words,
and the day of the week the check-in is offered."""

from __future__ import annotations

from django import forms

from innerbase.checkins import content, weeks
from innerbase.core.forms import choices_set
from innerbase.core.limits import MAX_ANSWER

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RATING_WRONG = "Choose one of the answers for this sign."


def _words_field(field: str, *, limit: int = MAX_ANSWER) -> forms.CharField:
    words = content.page()
    return forms.CharField(
        label=words[field],
        help_text=words[f"{field}_hint"],
        required=False,
        max_length=limit,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 2, "class": "textarea--short"}),
        error_messages={"max_length": f"Keep this to {limit:,} characters or fewer."},
    )


class CheckinForm(forms.Form):
    went_well = _words_field("went_well")
    win = _words_field("win")
    intention = _words_field("intention", limit=content.INTENTION_MAX)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(str(value), label) for value, label in content.scale().items()]
        choices.append((weeks.NOT_APPLICABLE, content.not_applicable()))
        for sign in content.signs():
            name = f"sign_{sign['code']}"
            self.fields[name] = forms.ChoiceField(
                label=sign["text"],
                help_text=sign["hint"],
                required=False,
                widget=forms.RadioSelect(attrs={"class": "scale"}),
                error_messages={"invalid_choice": RATING_WRONG},
            )
            choices_set(self, name, choices)

    def sign_fields(self) -> list:
        return [self[f"sign_{code}"] for code in content.sign_codes()]

    def signs(self) -> dict:
        """{sign code: 0-4, "na" or None} from the cleaned form."""
        return {
            code: weeks.rating(self.cleaned_data.get(f"sign_{code}"))
            for code in content.sign_codes()
        }

    def words(self) -> dict[str, str]:
        return {field: self.cleaned_data[field] for field in content.WORD_FIELDS}


class DayForm(forms.Form):
    weekday = forms.TypedChoiceField(
        label="Day of the week",
        coerce=int,
        choices=list(enumerate(DAYS)),
        error_messages={
            "required": "Choose a day of the week.",
            "invalid_choice": "Choose a day of the week.",
        },
    )
