"""The report's two forms: the dates (a GET, so the page can list the entries in them), and
everything else, sent with the dates in a POST body (nothing a person writes goes in a URL)."""

import datetime as dt

from django import forms

from innerbase.core import registry
from innerbase.core.limits import MAX_ANSWER
from innerbase.reports import content

LONGEST = dt.timedelta(days=366 * 10)


def _choices(form: forms.Form, name: str, choices: list[tuple[str, str]]) -> None:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    field.choices = choices


class DatesForm(forms.Form):
    since = forms.DateField(label="From", widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("since", "The first day must come before the last day.")
        elif since and until and until - since > LONGEST:
            self.add_error("since", "Choose ten years or less.")
        return data


class ReportForm(DatesForm):
    sections = forms.MultipleChoiceField(
        label="What to include", widget=forms.CheckboxSelectMultiple, required=False
    )
    entries = forms.MultipleChoiceField(
        label="Journal entries to include", widget=forms.CheckboxSelectMultiple, required=False
    )
    parts = forms.MultipleChoiceField(
        label="Parts of each chosen entry", widget=forms.CheckboxSelectMultiple, required=False
    )
    note = forms.CharField(
        label="A note for your therapist, if you like",
        required=False,
        max_length=MAX_ANSWER,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    one_page = forms.BooleanField(
        label="Just one page: a short summary for a first session", required=False
    )

    def __init__(self, *args, entry_choices: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        words = content.words()
        _choices(
            self,
            "sections",
            [(s.code, words["sections"].get(s.code, s.code)) for s in registry.report_sections()],
        )
        _choices(self, "entries", entry_choices)
        _choices(self, "parts", list(words["parts"].items()))

    def clean(self):
        data = super().clean() or {}
        if not data.get("sections") and not data.get("entries"):
            self.add_error("sections", "Choose at least one thing to include.")
        return data
