"""Create an account from a script: the passphrase comes on standard input."""

import sys

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from innerbase.accounts import services


class Command(BaseCommand):
    help = "Create an account. Reads the passphrase from standard input; prints the recovery key."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--staff", action="store_true", help="may use the operator admin")

    def handle(self, *args, username, staff, **options):
        passphrase = sys.stdin.readline().rstrip("\r\n")
        User = get_user_model()
        if User.objects.filter(username__iexact=username).exists():
            raise CommandError(f"The username {username!r} is taken.")
        try:
            User.username_validator(username)
            password_validation.validate_password(passphrase, user=User(username=username))
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        user, _key, recovery_key = services.account_create(username=username, passphrase=passphrase)
        if staff:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        self.stdout.write(recovery_key)
        self.stderr.write(
            "That is the recovery key. Give it to the person: it is shown only this once."
        )
