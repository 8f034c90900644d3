"""Consistent copies of a SQLite install, taken and put back with SQLite's online backup API."""

import os
import sqlite3
import time
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_APPS = ("accounts", "vault")


class BackupError(Exception):
    """The backup could not be written, or a file is not a usable Innerbase backup."""


def backup_write(source: Path, target: Path) -> None:
    """Copy the live database to `target` in one consistent step, safe while it serves."""
    if target.exists():
        raise BackupError(f"{target} exists already; choose a new name.")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(partial)
    try:
        # One step: in WAL mode a stepwise copy restarts whenever the server writes.
        src.backup(dst)
        # A backup should be one self-contained file, not a database plus its WAL.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    os.chmod(partial, 0o600)
    problems = backup_problems(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupError("; ".join(problems))
    os.replace(partial, target)


def backup_problems(path: Path) -> list[str]:
    """Say what makes `path` unusable as an Innerbase backup (an empty list means none)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return [f"{path} is not a SQLite database."]
    except OSError as exc:
        return [f"{path} cannot be read ({exc.strerror})."]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return [f"{path} is damaged (integrity check failed)."]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "django_migrations" not in tables:
            return [f"{path} is not an Innerbase database."]
        apps = {row[0] for row in conn.execute("SELECT DISTINCT app FROM django_migrations")}
        missing = [app for app in REQUIRED_APPS if app not in apps]
        if missing:
            return [f"{path} is not an Innerbase database (no {', '.join(missing)})."]
    except sqlite3.DatabaseError as exc:
        return [f"{path} cannot be read as a database ({exc})."]
    finally:
        conn.close()
    return []


def backup_restore(backup: Path, live: Path) -> Path | None:
    """Check `backup`, keep a copy of the current database, then copy the backup over it.

    Returns where the previous database was kept (None when there was none).
    """
    problems = backup_problems(backup)
    if problems:
        raise BackupError("; ".join(problems))
    kept = None
    if live.exists():
        kept = live.with_name(f"{live.name}.before-restore-{time.strftime('%Y%m%d-%H%M%S')}")
        backup_write(live, kept)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(live, timeout=30)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    os.chmod(live, 0o600)
    return kept
