"""Online backup and restore of a SQLite install, taken while the server keeps writing."""

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from innerbase.backup import BackupError, backup_problems, backup_restore, backup_write

ROOT = Path(__file__).resolve().parents[1]


def _cli(data_dir: Path, *args, stdin: str = "") -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "INNERBASE_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "innerbase.settings",
        "INNERBASE_KDF_MEMORY_KIB": "19456",
        "INNERBASE_KDF_TIME_COST": "2",
    }
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "innerbase", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def install(tmp_path_factory) -> Path:
    """A real install: migrated by the `innerbase` command, with one account."""
    data = tmp_path_factory.mktemp("install")
    created = _cli(data, "createuser", "maya", stdin="paper boats on a slow river\n")
    if created.returncode != 0:
        # createuser needs the tables; `manage migrate` makes them the way serve does.
        assert _cli(data, "manage", "migrate", "--noinput").returncode == 0
        created = _cli(data, "createuser", "maya", stdin="paper boats on a slow river\n")
    assert created.returncode == 0, created.stderr
    assert len(created.stdout.strip().split("-")) == 8  # the recovery key
    return data


def _writer(db: Path, stop: threading.Event, committed: list[int]) -> None:
    conn = sqlite3.connect(db, timeout=30, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, payload BLOB)")
    n = 0
    while not stop.is_set():
        n += 1
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO probe (id, payload) VALUES (?, ?)", (n, os.urandom(512)))
        conn.execute("COMMIT")
        committed.append(n)
    conn.close()


def test_a_backup_taken_during_writes_restores_every_committed_row(install, tmp_path):
    db = install / "innerbase.sqlite3"
    stop, committed = threading.Event(), []
    writer = threading.Thread(target=_writer, args=(db, stop, committed))
    writer.start()
    while len(committed) < 200:
        time.sleep(0.01)
    before_backup = len(committed)
    target = tmp_path / "copy.sqlite3"
    result = _cli(install, "backup", str(target))
    time.sleep(0.05)
    stop.set()
    writer.join()
    assert result.returncode == 0, result.stderr
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert backup_problems(target) == []
    copy = sqlite3.connect(target)
    ids = [row[0] for row in copy.execute("SELECT id FROM probe ORDER BY id")]
    copy.close()
    # Consistent: every row committed before the backup began, with no gaps after it.
    assert len(ids) >= before_backup
    assert ids == list(range(1, len(ids) + 1))

    # Restore into a fresh install and find the same rows and the account.
    fresh = tmp_path / "fresh"
    restored = _cli(fresh, "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    conn = sqlite3.connect(fresh / "innerbase.sqlite3")
    assert [row[0] for row in conn.execute("SELECT id FROM probe ORDER BY id")] == ids
    assert conn.execute("SELECT username FROM accounts_user").fetchall() == [("maya",)]
    conn.close()


def test_a_backup_never_overwrites_a_file(install, tmp_path):
    target = tmp_path / "exists.sqlite3"
    target.write_text("keep me")
    result = _cli(install, "backup", str(target))
    assert result.returncode == 1 and "exists already" in result.stderr
    assert target.read_text() == "keep me"


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 100]
)
def test_restore_refuses_what_is_not_an_innerbase_backup_and_changes_nothing(
    install, tmp_path, content
):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    live = install / "innerbase.sqlite3"
    before = live.stat().st_size
    with pytest.raises(BackupError):
        backup_restore(bogus, live)
    assert live.stat().st_size == before
    result = _cli(install, "restore", str(bogus))
    assert result.returncode == 1 and "Nothing was changed" in result.stderr


def test_an_unrelated_sqlite_database_is_not_restored(tmp_path):
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    assert "not an Innerbase database" in backup_problems(other)[0]
    with pytest.raises(BackupError):
        backup_write(other, other)  # exists already


def test_the_secret_key_file_is_private(install):
    assert oct((install / "secret_key").stat().st_mode & 0o777) == "0o600"
    assert len((install / "secret_key").read_text().strip()) >= 50
