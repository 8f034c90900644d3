"""Replace Django's changepassword: a new passphrase must re-wrap the person's data key."""

import getpass

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from innerbase.accounts import services


class Command(BaseCommand):
    help = "Change a person's passphrase, given their current passphrase (re-wraps their data key)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        current = getpass.getpass("Current passphrase: ")
        new = getpass.getpass("New passphrase: ")
        if new != getpass.getpass("New passphrase again: "):
            raise CommandError("The two passphrases are different.")
        try:
            password_validation.validate_password(new, user=user)
            # No request, so no login throttle: whoever runs this can read the database.
            services.passphrase_change(request=None, user=user, current=current, new=new)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        except (services.WrongCredentials, services.KeyMismatch) as exc:
            raise CommandError(
                "That is not the current passphrase. Without it, or the recovery key "
                "(use the web page 'Forgot your passphrase?'), the data key cannot be re-wrapped."
            ) from exc
        self.stdout.write("Passphrase changed; other sessions and tokens were signed out.")
