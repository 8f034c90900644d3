"""The progress page's range: a preset, or the person's own first and last day."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone

from innerbase.progress import stats

EARLIEST = dt.date(1900, 1, 1)
BAD_ORDER = "The start date is after the end date. Pick a start on or before the end."


def _day(label: str) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Enter a date like 2026-03-01."},
    )


class RangeForm(forms.Form):
    range = forms.ChoiceField(
        label="Show",
        required=False,
        choices=list(stats.PRESETS.items()),
        widget=forms.RadioSelect(attrs={"class": "scale"}),
        error_messages={"invalid_choice": "Pick one of the ranges shown."},
    )
    since = _day("From")
    until = _day("To")

    def clean_since(self):
        day = self.cleaned_data.get("since")
        if day is not None and day < EARLIEST:
            raise forms.ValidationError("Pick a start date after 1900.")
        return day

    def clean(self):
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until") or timezone.localdate()
        if since and since > until:
            self.add_error("since", BAD_ORDER)
        return data

    def days(self) -> tuple[dt.date | None, dt.date, str]:
        """(first day or None for all, last day, the preset or "" for own dates)."""
        data = self.cleaned_data
        today = timezone.localdate()
        if data.get("since") or data.get("until"):
            until = data.get("until") or today
            return data.get("since"), until, ""
        preset = data.get("range") or stats.DEFAULT_PRESET
        return stats.preset_since(preset, today), today, preset
