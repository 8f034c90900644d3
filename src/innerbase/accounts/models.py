"""The person's account. Their passphrase also guards their data key, so it changes only here."""

from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import AbstractUser
from django.db import models


class PassphraseChangeBlocked(Exception):
    """A passphrase was set outside the vault, which would strand the person's data."""


class User(AbstractUser):
    """A person using Innerbase. Only a username: no e-mail or real name is asked for."""

    recovery_key_confirmed = models.BooleanField(default=False)
    # ISO 3166 code for helplines; blank means "guess from the browser's languages".
    country = models.CharField(max_length=2, blank=True, default="")
    # IANA zone from the browser (sent with journal saves); blank means the server's zone.
    # Days in the calendar, backdated times and "late at night" all need the person's clock.
    time_zone = models.CharField(max_length=64, blank=True, default="")

    # Set by the vault's own services while they re-wrap the data key for a new passphrase.
    _vault_rewrapping = False

    def set_password(self, raw_password):
        """Refuse a new passphrase that does not also re-wrap the data key.

        Django's admin form, `changepassword` and a shell all end here, so blocking in
        one place covers them. Re-hashing the same passphrase (a hasher upgrade) is fine.
        """
        if self._vault_guarded() and not self._vault_rewrapping:
            same = raw_password is not None and check_password(raw_password, self.password)
            if not same:
                raise PassphraseChangeBlocked(
                    "Use Innerbase's passphrase change or recovery: they re-wrap the data key."
                )
        super().set_password(raw_password)

    def _vault_guarded(self) -> bool:
        return self.pk is not None and self.key_slots.filter(kind="passphrase").exists()
