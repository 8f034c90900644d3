"""The export form: which file, and the passphrase that locks it (or the warning ticked)."""

from django import forms

FORMATS = {
    "json": "Everything, as one file (JSON). Innerbase can bring it back.",
    "csv": "For a spreadsheet: one CSV file for each kind, in a zip.",
    "fhir": "Your questionnaires, for a health record (FHIR).",
    "markdown": "Your journal as plain text: one file for each month, in a zip.",
}


def _secret(label: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        strip=False,
        max_length=1024,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )


class ExportForm(forms.Form):
    format = forms.ChoiceField(
        label="What to download",
        choices=list(FORMATS.items()),
        initial="json",
        widget=forms.RadioSelect,
    )
    passphrase = _secret("A passphrase for this file")
    passphrase_again = _secret("The same passphrase again")
    plain = forms.BooleanField(
        label="Don't lock it. I understand this file is readable by anyone who gets it.",
        required=False,
    )

    def clean(self):
        data = super().clean() or {}
        if data.get("plain"):
            data["passphrase"] = None
            return data
        passphrase = data.get("passphrase") or ""
        if not passphrase:
            self.add_error(
                "passphrase", "Type a passphrase to lock the file, or tick the box below."
            )
        elif len(passphrase) < 8:  # export_seal.MIN_PASSPHRASE, as the message says
            self.add_error("passphrase", "Use at least 8 characters.")
        elif passphrase != data.get("passphrase_again"):
            self.add_error("passphrase_again", "The two passphrases don't match.")
        return data
