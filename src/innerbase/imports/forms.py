"""The import forms: the file with its app and zone, and the preview's changes."""

from collections.abc import Sequence

from django import forms
from django.utils import timezone

from innerbase.core.clock import valid_time_zone
from innerbase.imports.formats import registry as formats
from innerbase.imports.formats.common import MAX_BYTES
from innerbase.imports.formats.daylio import LEVELS
from innerbase.imports.plan import ACTIVITIES_AS

ACTIVITY_CHOICES = [
    ("triggers", "As triggers on each entry"),
    ("tags", "As a line at the end of each entry"),
]
ACTIVITIES_OK = set(ACTIVITIES_AS)
MOOD_CHOICES = [("", "Leave the mood out"), *((level, level) for level in LEVELS)]


def default_zone(user) -> str:
    """The person's own zone, or the server's when their browser never said."""
    return (
        user.time_zone if valid_time_zone(user.time_zone) else timezone.get_default_timezone_name()
    )


def _clean_zone(value: str) -> str:
    value = (value or "").strip()
    if not valid_time_zone(value):
        raise forms.ValidationError("Choose a time zone from the list, such as Europe/Berlin.")
    return value


class UploadForm(forms.Form):
    source = forms.ChoiceField(
        label="Which app is the file from?",
        choices=list(formats.NAMES.items()),
        widget=forms.RadioSelect,
        error_messages={"required": "Choose which app the file comes from."},
    )
    file = forms.FileField(
        label="Your file",
        help_text="Up to 50 MB. Nothing is saved until you have seen what is in it.",
        error_messages={"required": "Choose the file to import.", "empty": "The file is empty."},
    )
    password = forms.CharField(
        label="Password, if the file is locked (jrnl or Innerbase)",
        required=False,
        max_length=1024,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
        help_text="Used once to open the file, never kept.",
    )
    time_zone = forms.CharField(
        label="Time zone of the times in the file",
        help_text="Used only for apps that keep times without one (jrnl and Daylio).",
        max_length=64,
        widget=forms.TextInput(attrs={"list": "time-zones", "autocomplete": "off"}),
    )

    def clean_time_zone(self) -> str:
        return _clean_zone(self.cleaned_data["time_zone"])

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB, the most we can take."
            )
        return upload


class ChangeForm(forms.Form):
    time_zone = forms.CharField(
        label="Time zone of the times in the file",
        max_length=64,
        widget=forms.TextInput(attrs={"list": "time-zones", "autocomplete": "off"}),
    )
    activities_as = forms.ChoiceField(
        label="Daylio's activities",
        choices=ACTIVITY_CHOICES,
        widget=forms.RadioSelect,
        required=False,
    )

    def clean_time_zone(self) -> str:
        return _clean_zone(self.cleaned_data["time_zone"])

    def __init__(
        self, *args, moods: Sequence[str] = (), levels: dict[str, str] | None = None, **kw
    ):
        super().__init__(*args, **kw)
        self.moods = list(moods)
        for number, name in enumerate(self.moods):
            self.fields[f"mood_{number}"] = forms.ChoiceField(
                label=f"“{name}” is most like",
                choices=MOOD_CHOICES,
                required=False,
                initial=(levels or {}).get(name, ""),
            )

    def mood_fields(self):
        return [self[f"mood_{number}"] for number in range(len(self.moods))]

    def mood_levels(self) -> dict[str, str]:
        return {
            name: self.cleaned_data.get(f"mood_{number}") or ""
            for number, name in enumerate(self.moods)
        }
