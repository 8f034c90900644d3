"""Replace Django's createsuperuser: every account, an operator's too, needs a vault."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Use `innerbase createuser NAME --staff` instead (it creates the account's vault)."

    def add_arguments(self, parser):
        parser.add_argument("args", nargs="*")

    def handle(self, *args, **options):
        raise CommandError(
            "Accounts need a vault. Run `innerbase createuser NAME --staff` and type the "
            "passphrase on standard input; it prints the operator's recovery key."
        )
