"""The `innerbase` command: serve, createuser, backup, restore, export, import, check, manage."""

import argparse
import os
import sys
from pathlib import Path


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innerbase.settings")
    import django

    django.setup()


def _prepare() -> None:
    """Bring the database and static files up to date, and forget dead sessions."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    # Innerbase's clearsessions: expired sessions and the key slots they leave behind.
    call_command("clearsessions")
    from innerbase.imports.services import expired_delete

    expired_delete()  # import previews a day old (each person's next preview drops theirs too)


def serve(args) -> int:
    from django.conf import settings
    from waitress import serve as waitress_serve

    _prepare()
    # Only now: WhiteNoise indexes the static files when the application is built, so building
    # it before collectstatic on a first run would serve every stylesheet and script as a 404.
    from innerbase.wsgi import application

    where = settings.DATABASES["default"]["NAME"]
    print(f"Innerbase is running at http://{args.host}:{args.port}/  (data: {where})")
    print("Press Ctrl+C to stop.")
    # One process with threads: SQLite has one writer at a time, so more processes add nothing.
    waitress_serve(application, host=args.host, port=args.port, threads=args.threads, ident=None)
    return 0


def _sqlite_path():
    from django.conf import settings
    from django.db import connection

    if connection.vendor != "sqlite":
        print(
            "This install uses PostgreSQL: back it up with pg_dump (for example "
            "`pg_dump --format=custom --file=innerbase.dump DBNAME`) and restore with "
            "pg_restore. Everything a person wrote is already encrypted in the dump.",
            file=sys.stderr,
        )
        return None
    return Path(settings.DATABASES["default"]["NAME"])


def backup(args) -> int:
    from innerbase.backup import BackupError, backup_write

    live = _sqlite_path()
    if live is None:
        return 2
    try:
        backup_write(live, Path(args.path).expanduser())
    except BackupError as exc:
        print(f"Backup failed: {exc}", file=sys.stderr)
        return 1
    print(f"Backup written to {args.path}")
    return 0


def restore(args) -> int:
    from innerbase.backup import BackupError, backup_restore

    live = _sqlite_path()
    if live is None:
        return 2
    try:
        kept = backup_restore(Path(args.path).expanduser(), live)
    except BackupError as exc:
        print(f"Nothing was changed: {exc}", file=sys.stderr)
        return 1
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    if kept:
        print(f"The database as it was before is kept at {kept}")
    print("Restored. Restart `innerbase serve` if it is running.")
    return 0


def manage(args) -> int:
    from django.core.management import execute_from_command_line

    execute_from_command_line(["innerbase manage", *args.rest])
    return 0


def createuser(args) -> int:
    from django.core.management import call_command
    from django.core.management.base import CommandError

    try:
        call_command("createuser", args.username, *(["--staff"] if args.staff else []))
    except CommandError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def import_file(args) -> int:
    """Import a file into USER's account: the passphrase on stdin (a terminal asks for it),
    the report as JSON on stdout. The same file twice adds nothing the second time."""
    import getpass

    from django.contrib.auth import get_user_model

    from innerbase.imports import forms, services
    from innerbase.imports.formats import registry as formats
    from innerbase.imports.formats.common import ImportProblem
    from innerbase.vault.crypto import VaultError
    from innerbase.vault.keyring import open_with_passphrase

    user = get_user_model().objects.filter(username=args.username).first()
    if user is None:
        print(f"No account is named {args.username}.", file=sys.stderr)
        return 1
    if args.source not in formats.PARSERS:
        print("--source must be one of: " + ", ".join(formats.PARSERS), file=sys.stderr)
        return 2
    tty = sys.stdin.isatty()
    passphrase = getpass.getpass("Passphrase: ") if tty else sys.stdin.readline().rstrip("\r\n")
    try:
        data_key = open_with_passphrase(user=user, passphrase=passphrase)
    except VaultError:
        print("That passphrase does not open this account.", file=sys.stderr)
        return 1
    try:
        data = Path(args.path).read_bytes()
        report = services.file_import(
            user=user,
            data_key=data_key,
            source=args.source,
            data=data,
            time_zone=args.time_zone or forms.default_zone(user),
        )
    except OSError as exc:
        print(f"The file could not be read: {exc.strerror}.", file=sys.stderr)
        return 1
    except ImportProblem as problem:
        print(problem.message, file=sys.stderr)
        return 1
    print(services.report_json(report))
    return 0


def export(args) -> int:
    from django.core.management import call_command
    from django.core.management.base import CommandError

    try:
        extra = ["--format", args.format, *(["--plain"] if args.plain else [])]
        call_command("export", args.username, args.path, *extra)
    except CommandError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def check(args) -> int:
    from django.core.management import call_command

    call_command("check", *(["--deploy"] if args.deploy else []))
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="innerbase", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)
    p = commands.add_parser("serve", help="migrate and serve (default 127.0.0.1:8000)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--threads", type=int, default=8)
    p.set_defaults(run=serve)
    p = commands.add_parser("createuser", help="create an account; passphrase on stdin")
    p.add_argument("username")
    p.add_argument("--staff", action="store_true")
    p.set_defaults(run=createuser)
    p = commands.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("path")
    p.set_defaults(run=backup)
    p = commands.add_parser("restore", help="check a backup and put it back")
    p.add_argument("path")
    p.set_defaults(run=restore)
    p = commands.add_parser("import", help="import a file into an account; passphrase on stdin")
    p.add_argument("username")
    p.add_argument("path")
    p.add_argument("--source", required=True, help="innerbase, jrnl, daylio, dayone or freecbt")
    p.add_argument("--time-zone", default="", help="for times without one (the account's zone)")
    p.set_defaults(run=import_file)
    p = commands.add_parser("export", help="write everything a person keeps to a file")
    p.add_argument("username")
    p.add_argument("path")
    p.add_argument("--plain", action="store_true", help="not sealed")
    p.add_argument("--format", default="json", choices=["json", "csv", "fhir", "markdown"])
    p.set_defaults(run=export)
    p = commands.add_parser("check", help="run Django's system checks")
    p.add_argument("--deploy", action="store_true")
    p.set_defaults(run=check)
    p = commands.add_parser("manage", help="run a Django management command")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(run=manage)
    return root


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    _django_setup()
    sys.exit(args.run(args))
