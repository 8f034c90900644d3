"""Export a person's data to a file from a script: their passphrase opens the vault, then a
passphrase for the file seals it (both asked for, or two lines on standard input)."""

import getpass
import os
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from innerbase.exports import document
from innerbase.vault import export_seal, keyring
from innerbase.vault.crypto import VaultError


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


class Command(BaseCommand):
    help = (
        "Write everything a person keeps to PATH, sealed with a passphrase for the file "
        "(or plain JSON with --plain). Reads their passphrase, then the file's, from standard "
        "input."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("path")
        parser.add_argument("--plain", action="store_true", help="write it unsealed")
        parser.add_argument(
            "--format",
            default="json",
            choices=list(document.KINDS),
            help="json (everything, the default), csv, fhir or markdown (docs/FORMAT.md)",
        )

    def handle(self, *args, username, path, plain, format, **options):
        target = Path(path)
        if target.exists():
            raise CommandError(f"{target} exists already; choose a new name.")
        user = get_user_model().objects.filter(username__iexact=username).first()
        passphrase = _ask("The person's passphrase: ")
        if user is None:
            raise CommandError("That username and passphrase don't match.")
        try:
            data_key = keyring.open_with_passphrase(user=user, passphrase=passphrase)
        except VaultError as exc:
            raise CommandError("That username and passphrase don't match.") from exc
        sealing = None
        if not plain:
            sealing = _ask("A passphrase for the file: ")
            if len(sealing) < export_seal.MIN_PASSPHRASE:
                raise CommandError(
                    f"The file's passphrase needs at least {export_seal.MIN_PASSPHRASE} characters."
                )
        partial = target.with_name(target.name + ".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                for piece in document.export_bytes(
                    user=user, data_key=data_key, format=format, passphrase=sealing
                ):
                    handle.write(piece)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        kind = "not sealed: anyone who gets it can read it" if plain else "sealed"
        self.stderr.write(f"Wrote {target} ({kind}).")
