"""Account forms: each validates on the server and says what is wrong beside the field."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.validators import UnicodeUsernameValidator

User = get_user_model()

PASSPHRASE_MAX = 1024
_NO_MATCH = "That username and passphrase don't match. Check them and try again."


def passphrase_field(
    label: str,
    *,
    new: bool = False,
    meter: bool = False,
    help_text: str = "",
    required: str = "",
    matches: str = "",
) -> forms.CharField:
    """A passphrase input with the right password-manager hint; `meter` adds live strength,
    `matches` names the field it must equal (so the page can clear a stale mismatch)."""
    attrs = {"autocomplete": "new-password" if new else "current-password"}
    if meter:
        attrs["data-strength-meter"] = ""
        attrs["minlength"] = str(settings.PASSPHRASE_MIN_LENGTH)
    if matches:
        attrs["data-matches"] = matches
    return forms.CharField(
        label=label,
        help_text=help_text,
        strip=False,
        max_length=PASSPHRASE_MAX,
        widget=forms.PasswordInput(attrs=attrs),
        error_messages={"required": required} if required else None,
    )


class NewPassphraseMixin(forms.Form):
    """Two matching entries of a new passphrase that passes the validators."""

    new_passphrase = passphrase_field(
        "New passphrase",
        new=True,
        meter=True,
        help_text=(
            f"At least {settings.PASSPHRASE_MIN_LENGTH} characters. A few unrelated words "
            "are easy to remember and hard to guess."
        ),
        required="Choose a new passphrase.",
    )
    new_passphrase_again = passphrase_field(
        "Type it again",
        new=True,
        required="Type it again, so we know it's the one you meant.",
        matches="new_passphrase",
    )

    def passphrase_user(self):
        return None

    def clean_new_passphrase(self):
        passphrase = self.cleaned_data["new_passphrase"]
        password_validation.validate_password(passphrase, user=self.passphrase_user())
        return passphrase

    def clean_new_passphrase_again(self):
        again = self.cleaned_data["new_passphrase_again"]
        if self.cleaned_data.get("new_passphrase") not in (None, again):
            raise forms.ValidationError(
                "The two passphrases are different. Type it again.", code="passphrase_mismatch"
            )
        return again


class UsernameField(forms.CharField):
    def __init__(self, *, required_message: str = "Enter your username.", **kwargs):
        super().__init__(
            label="Username",
            max_length=150,
            error_messages={"required": required_message},
            validators=[UnicodeUsernameValidator()],
            widget=forms.TextInput(
                attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
            ),
            **kwargs,
        )


class SignUpForm(NewPassphraseMixin):
    username = UsernameField(
        help_text="Letters, digits and @ . + - _ only. It doesn't need to be your real name.",
        required_message="Choose a username.",
    )
    adult = forms.BooleanField(
        label="I am 18 or older",
        error_messages={
            "required": (
                "Tick “I am 18 or older” to go on. Innerbase is for adults; if you are "
                "younger, the services below can help."
            )
        },
    )
    field_order = ["username", "new_passphrase", "new_passphrase_again", "adult"]

    def passphrase_user(self):
        return User(username=self.cleaned_data.get("username", ""))

    def clean_username(self):
        username = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("That username is taken. Please choose another.")
        return username


class LoginForm(forms.Form):
    username = UsernameField()
    passphrase = passphrase_field("Passphrase", required="Enter your passphrase.")
    NO_MATCH = _NO_MATCH


class PassphraseChangeForm(NewPassphraseMixin):
    current_passphrase = passphrase_field(
        "Current passphrase", required="Enter your current passphrase."
    )
    field_order = ["current_passphrase", "new_passphrase", "new_passphrase_again"]

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def passphrase_user(self):
        return self.user


class RecoverForm(NewPassphraseMixin):
    username = UsernameField()
    recovery_key = forms.CharField(
        label="Recovery key",
        max_length=200,
        help_text=(
            "The key you saved when you signed up, like ABCD-EFGH-…. Case and dashes don't matter."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    field_order = ["username", "recovery_key", "new_passphrase", "new_passphrase_again"]
    NO_MATCH = "That username and recovery key don't match. Check them and try again."

    def passphrase_user(self):
        return User(username=self.cleaned_data.get("username", ""))


class ConfirmPassphraseForm(forms.Form):
    passphrase = passphrase_field("Your passphrase", required="Enter your passphrase.")
    WRONG = "That isn't your current passphrase."


class DeleteAccountForm(ConfirmPassphraseForm):
    understood = forms.BooleanField(
        label="I understand that everything I wrote here will be erased and cannot be brought back",
        error_messages={"required": "Please tick this box to confirm."},
    )


class RecoveryKeySavedForm(forms.Form):
    saved = forms.BooleanField(
        label="I have saved my recovery key somewhere safe",
        error_messages={"required": "Please save the key first, then tick this box."},
    )
