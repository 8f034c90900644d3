"""Journal forms. Each builds the sealed body from what the person gave; problems sit beside
the field and everything typed is kept."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone

from innerbase.core import distress
from innerbase.core.forms import DistressCheckForm, choices_set
from innerbase.core.limits import MAX_TEXT
from innerbase.journal import content, rules
from innerbase.journal.models import MODES
from innerbase.safety import selectors as safety

SCALE = [(value, str(value)) for value in range(1, 11)]
FUTURE_GRACE = dt.timedelta(days=1)
MAX_QUICK_EMOTIONS = 5


def _scale_field(label: str, help_text: str = "") -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        help_text=help_text,
        choices=SCALE,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect(attrs={"class": "scale"}),
        error_messages={"invalid_choice": "Choose a number from 1 to 10."},
    )


def _emotion_field(**kwargs) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label="Emotions",
        choices=sorted(content.emotions().items(), key=lambda pair: str(pair[1])),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Pick emotions from the list."},
        **kwargs,
    )


MAX_SLEEP_HOURS = 14
YES_NO = [("yes", "Yes"), ("no", "No")]


def _yes_no_field(label: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=YES_NO,
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect(attrs={"class": "scale"}),
        error_messages={"invalid_choice": "Choose yes or no, or leave it out."},
    )


def sleep_fits(hours: float | None) -> bool:
    """Whether an hours-slept answer is none, or 0 to 14 in half hours (also for the API)."""
    return hours is None or (0 <= hours <= MAX_SLEEP_HOURS and hours * 2 == int(hours * 2))


class QuickForm(forms.Form):
    """Mood, energy, up to five emotions and a line: under fifteen seconds. Hours slept,
    moving and talking to someone are optional, folded away until opened."""

    mood = _scale_field("Mood right now", "1 is very low, 10 is very good.")
    energy = _scale_field("Energy", "1 is drained, 10 is full of energy.")
    emotions = _emotion_field()
    text = forms.CharField(label="Anything to add? (optional)", required=False, max_length=280)
    sleep_hours = forms.FloatField(
        label="Hours slept last night",
        required=False,
        help_text="Half hours are fine, like 6.5.",
        widget=forms.NumberInput(attrs={"min": 0, "max": MAX_SLEEP_HOURS, "step": 0.5}),
        error_messages={"invalid": "Give hours slept as a number, like 7 or 7.5."},
    )
    moved = _yes_no_field("Did you move your body today? A walk counts.")
    talked = _yes_no_field("Did you talk with someone today?")
    time_zone = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_sleep_hours(self):
        hours = self.cleaned_data.get("sleep_hours")
        if not sleep_fits(hours):
            raise forms.ValidationError("Give hours slept from 0 to 14, in half hours (like 7.5).")
        return hours

    def routine_given(self) -> bool:
        """Whether any of the folded questions has an answer or a problem (to open the fold)."""
        names = ("sleep_hours", "moved", "talked")
        return any(self[name].value() not in (None, "") or self[name].errors for name in names)

    def clean_mood(self):
        if self.cleaned_data.get("mood") is None:
            raise forms.ValidationError("Choose how your mood is, from 1 to 10.")
        return self.cleaned_data["mood"]

    def clean_emotions(self):
        chosen = self.cleaned_data["emotions"]
        if len(chosen) > MAX_QUICK_EMOTIONS:
            raise forms.ValidationError(
                f"Pick up to {MAX_QUICK_EMOTIONS} emotions (you picked {len(chosen)}). "
                "Untick one or more to save."
            )
        return chosen

    def entry_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "mode": "quick",
            "mood": data["mood"],
            "energy": data["energy"],
            "sleep_hours": data["sleep_hours"],
            "moved": data["moved"],
            "talked": data["talked"],
            "occurred_at": timezone.now(),
            "body": {
                "text": data["text"],
                # a quick check-in does not ask how strong: no number is better than a made-up one
                "emotions": [{"name": name, "intensity": None} for name in data["emotions"]],
            },
        }


class EntryForm(DistressCheckForm):
    """A full entry in any mode: free, guided, gratitude or grief, with the stop rule's
    distress check at the top (before) and beside the save (after)."""

    mode = forms.ChoiceField(choices=MODES, widget=forms.HiddenInput)
    prompt_id = forms.CharField(required=False, widget=forms.HiddenInput)
    time_zone = forms.CharField(required=False, widget=forms.HiddenInput)
    opened_at = forms.IntegerField(required=False, widget=forms.HiddenInput)
    text = forms.CharField(
        label="What's on your mind?",
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="You can use Markdown: *italic*, **bold**, lists with -.",
        error_messages={
            "max_length": "Keep an entry under 100,000 characters (this has %(show_value)d)."
        },
    )
    good_1 = forms.CharField(label="First good thing", required=False, max_length=500)
    why_1 = forms.CharField(label="Why did it happen?", required=False, max_length=500)
    good_2 = forms.CharField(label="Second good thing", required=False, max_length=500)
    why_2 = forms.CharField(label="Why did it happen?", required=False, max_length=500)
    good_3 = forms.CharField(label="Third good thing", required=False, max_length=500)
    why_3 = forms.CharField(label="Why did it happen?", required=False, max_length=500)
    brought_it = forms.CharField(  # labels and hints for these come from content/modes.json
        label="What brought this wave?",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    strength = forms.IntegerField(
        label="How strong is it right now?", required=False, min_value=0, max_value=10
    )
    needed = forms.CharField(
        label="What did you need in that moment?",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    mood = _scale_field("Mood", "1 is very low, 10 is very good.")
    energy = _scale_field("Energy", "1 is drained, 10 is full of energy.")
    emotions = _emotion_field()
    triggers = forms.CharField(
        label="Triggers",
        required=False,
        max_length=1000,
        help_text="What set this off? Your own words, separated by commas.",
    )
    sensations = forms.CharField(
        label="In your body",
        required=False,
        max_length=1000,
        help_text="For example: tight chest, heavy arms. Separate with commas.",
    )
    urges = forms.MultipleChoiceField(
        label="Urges", required=False, widget=forms.CheckboxSelectMultiple
    )
    acted = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    own_urge = forms.CharField(label="Another urge, in your words", required=False, max_length=200)
    own_urge_acted = forms.BooleanField(label="I acted on it", required=False)
    helped = forms.CharField(
        label="What helped?",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    occurred_at = forms.DateTimeField(
        label="When was this?",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        help_text="Change this to write about an earlier time.",
        error_messages={"invalid": "Enter a date and time, like 2026-11-24 21:30."},
    )

    space = forms.ChoiceField(label="Which journal?", required=False)

    def __init__(self, *args, spaces: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(self, "space", [("", "Main journal"), *(spaces or {}).items()])
        self.fields["space"].error_messages["invalid_choice"] = "Choose one of your journals."
        urges = list(safety.urges().items())
        choices_set(self, "urges", urges)
        choices_set(self, "acted", urges)
        self.intensities: dict[str, int] = {}
        copy = content.modes()
        for n, item in enumerate(copy["gratitude"]["items"], start=1):
            self.fields[f"good_{n}"].label, self.fields[f"good_{n}"].help_text = (
                item["label"],
                item["hint"],
            )
            self.fields[f"why_{n}"].label, self.fields[f"why_{n}"].help_text = (
                item["why_label"],
                item["why_hint"],
            )
        for item in copy["grief"]["fields"]:
            self.fields[item["key"]].label, self.fields[item["key"]].help_text = (
                item["label"],
                item["hint"],
            )

    def clean_occurred_at(self):
        moment = self.cleaned_data["occurred_at"]
        if moment > timezone.now() + FUTURE_GRACE:
            raise forms.ValidationError("That is in the future. Pick a time up to today.")
        return moment

    def clean_emotions(self):
        chosen = self.cleaned_data["emotions"]
        for name in chosen:
            raw = self.data.get(f"intensity-{name}", "50")
            try:
                value = int(raw)
            except (TypeError, ValueError):
                value = -1
            if not 0 <= value <= 100:
                label = content.emotions()[name]
                raise forms.ValidationError(f"Give “{label}” an intensity from 0 to 100.")
            self.intensities[name] = value
        return chosen

    def clean(self):
        data = super().clean() or {}
        mode = data.get("mode")
        if mode == "gratitude":
            if not any(data.get(f"good_{n}") for n in (1, 2, 3)):
                self.add_error("good_1", "Write at least one good thing, however small.")
        elif mode == "grief":
            if not data.get("brought_it") and data.get("strength") is None:
                self.add_error("brought_it", "Say what brought the wave, or how strong it is.")
        elif (
            not data.get("text", "").strip()
            and data.get("mood") is None
            and "text" not in self.errors
        ):
            self.add_error("text", "Write something, or choose a mood below.")
        return data

    def body(self) -> dict:
        data = self.cleaned_data
        acted = set(data["acted"])
        urges = [{"name": key, "own": False, "acted": key in acted} for key in data["urges"]]
        if data["own_urge"].strip():
            urges.append(
                {"name": data["own_urge"].strip(), "own": True, "acted": data["own_urge_acted"]}
            )
        body = {
            "text": data["text"],
            "emotions": [{"name": n, "intensity": self.intensities[n]} for n in data["emotions"]],
            "triggers": rules.split_tags(data["triggers"]),
            "sensations": rules.split_tags(data["sensations"]),
            "urges": urges,
            "helped": data["helped"],
            "distress": distress.check(**self.distress()),
        }
        if data["mode"] == "gratitude":
            body["gratitude"] = [
                {"good": data[f"good_{n}"], "why": data[f"why_{n}"]}
                for n in (1, 2, 3)
                if data[f"good_{n}"] or data[f"why_{n}"]
            ]
        if data["mode"] == "grief":
            body["grief"] = {
                "brought_it": data["brought_it"],
                "strength": data["strength"],
                "needed": data["needed"],
            }
        return body

    def writing_seconds(self) -> int | None:
        opened = self.cleaned_data.get("opened_at")
        if not opened:
            return None
        seconds = int(timezone.now().timestamp()) - opened
        return seconds if 0 <= seconds <= 12 * 3600 else None


def initial_from_body(entry, body: dict) -> dict:
    """The form's starting values for editing an entry."""
    initial = {
        "mode": entry.mode,
        "prompt_id": entry.prompt_id,
        "text": body["text"],
        "mood": entry.mood,
        "energy": entry.energy,
        "emotions": [e["name"] for e in body["emotions"]],
        "triggers": ", ".join(body["triggers"]),
        "sensations": ", ".join(body["sensations"]),
        "urges": [u["name"] for u in body["urges"] if not u.get("own")],
        "acted": [u["name"] for u in body["urges"] if u.get("acted") and not u.get("own")],
        "helped": body["helped"],
        "occurred_at": timezone.localtime(entry.occurred_at).strftime("%Y-%m-%dT%H:%M"),
        "space": str(entry.space_id or ""),
        **{f"distress_{k}": v for k, v in distress.of(body).items()},
    }
    own = [u for u in body["urges"] if u.get("own")]
    if own:
        initial["own_urge"], initial["own_urge_acted"] = own[0]["name"], own[0]["acted"]
    for n, item in enumerate(body["gratitude"][:3], start=1):
        initial[f"good_{n}"], initial[f"why_{n}"] = item.get("good", ""), item.get("why", "")
    initial.update({k: body["grief"].get(k) for k in ("brought_it", "strength", "needed")})
    return initial


class SpaceForm(forms.Form):
    name = forms.CharField(
        label="Name",
        max_length=60,
        help_text="For example: daily, therapy work, letters I won't send.",
        error_messages={"required": "Give this journal a name."},
    )


class FilterForm(forms.Form):
    # The person's own words: only ever posted, never read from or put in a URL. The other
    # filters are fixed choices, ids and dates, which links may carry.
    TYPED = ("q", "trigger")

    q = forms.CharField(label="Search", required=False, max_length=200)
    emotion = forms.ChoiceField(label="Emotion", required=False)
    trigger = forms.CharField(label="Trigger", required=False, max_length=60)
    urge = forms.ChoiceField(label="Urge", required=False)
    mode = forms.ChoiceField(label="Kind", required=False, choices=[("", "Any kind"), *MODES])
    space = forms.ChoiceField(label="Journal", required=False)
    since = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="To", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, spaces: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        choices_set(
            self,
            "space",
            [
                ("", "All journals"),
                ("main", "Main journal"),
                *(spaces or {}).items(),
            ],
        )
        if not spaces:
            del self.fields["space"]
        emotions = sorted(content.emotions().items(), key=lambda pair: pair[1])
        choices_set(self, "emotion", [("", "Any emotion"), *emotions])
        choices_set(self, "urge", [("", "Any urge"), *safety.urges().items()])

    def clean(self):
        data = super().clean() or {}
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", "The end date is before the start date.")
        return data
