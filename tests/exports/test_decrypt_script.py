"""scripts/innerbase-decrypt opens a file the app made, without Innerbase or Django."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from innerbase.exports import document
from people import make_person, write_in_every_app

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "innerbase-decrypt"
PASS = "river stone kettle"


def _run(path: Path, passphrase: str, *extra: str):
    # No PYTHONPATH and a bare environment: the script cannot reach Innerbase or Django.
    env = {"PATH": os.environ["PATH"], "INNERBASE_EXPORT_PASSPHRASE": passphrase}
    return subprocess.run(
        [sys.executable, "-I", str(SCRIPT), str(path), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.django_db
def test_the_script_turns_an_app_made_export_into_the_same_json(tmp_path):
    person = make_person("alice")
    write_in_every_app(person, "Words that must outlive the app ✨")
    sealed = tmp_path / "innerbase.ibx"
    sealed.write_bytes(
        b"".join(
            document.document_bytes(user=person.user, data_key=person.data_key, passphrase=PASS)
        )
    )
    done = _run(sealed, PASS)
    assert done.returncode == 0, done.stderr
    plain = json.loads((tmp_path / "innerbase.json").read_text("utf-8"))
    assert plain == document.document_read(sealed.read_bytes(), passphrase=PASS)
    assert "Words that must outlive the app ✨" in json.dumps(plain, ensure_ascii=False)
    assert (tmp_path / "innerbase.json").stat().st_mode & 0o077 == 0


def test_the_script_imports_only_the_standard_library_cryptography_and_argon2():
    imported = {
        line.split()[1].split(".")[0]
        for line in SCRIPT.read_text().splitlines()
        if line.startswith(("import ", "from "))
    }
    assert imported - set(sys.stdlib_module_names) == {"argon2", "cryptography"}


@pytest.mark.django_db
def test_a_wrong_passphrase_says_so_and_writes_nothing(tmp_path):
    person = make_person("alice")
    sealed = tmp_path / "x.ibx"
    sealed.write_bytes(
        b"".join(
            document.document_bytes(user=person.user, data_key=person.data_key, passphrase=PASS)
        )
    )
    done = _run(sealed, "not the passphrase", "-o", str(tmp_path / "out.json"))
    assert done.returncode == 1 and "wrong passphrase" in done.stderr
    assert not (tmp_path / "out.json").exists()


@pytest.mark.django_db
def test_a_sealed_zip_of_spreadsheets_comes_out_as_a_zip(tmp_path):
    import zipfile

    person = make_person("alice")
    sealed = tmp_path / "sheets.ibx"
    sealed.write_bytes(
        b"".join(
            document.export_bytes(
                user=person.user, data_key=person.data_key, format="csv", passphrase=PASS
            )
        )
    )
    done = _run(sealed, PASS)
    assert done.returncode == 0, done.stderr
    assert "journal.csv" in zipfile.ZipFile(tmp_path / "sheets.zip").namelist()


@pytest.mark.django_db(transaction=True)
def test_the_script_opens_a_sqlite_backup_with_the_passphrase_or_recovery_key(tmp_path):
    from django.db import connection

    from innerbase.backup import backup_write
    from innerbase.core import personal_data

    if connection.vendor != "sqlite":
        pytest.skip("a SQLite backup needs SQLite")
    alice, bob = make_person("alice"), make_person("bob")
    write_in_every_app(alice, "Words a backup keeps 🌙")
    write_in_every_app(bob, "Bob's own words.")
    backup = tmp_path / "backup.sqlite3"
    backup_write(Path(connection.settings_dict["NAME"]), backup)
    done = _run(backup, alice.passphrase, "--user", "alice", "-o", str(tmp_path / "a.json"))
    assert done.returncode == 0, done.stderr
    opened = json.loads((tmp_path / "a.json").read_text("utf-8"))
    text = json.dumps(opened, ensure_ascii=False)
    assert "Words a backup keeps 🌙" in text and "Bob's own words." not in text
    exported = personal_data.exported(user=alice.user, data_key=alice.data_key)
    for label, rows in exported.items():  # every exported row is in the backup's opening
        assert len(opened["tables"].get(label, [])) == len(rows), label
    by_key = _run(backup, alice.recovery_key, "--user", "alice", "--recovery-key", "-o",
                  str(tmp_path / "b.json"))  # fmt: skip
    assert by_key.returncode == 0, by_key.stderr
    assert json.loads((tmp_path / "b.json").read_text("utf-8")) == opened
    wrong = _run(backup, "not her passphrase", "--user", "alice", "-o", str(tmp_path / "c.json"))
    assert wrong.returncode == 1 and "don't match" in wrong.stderr
    assert not (tmp_path / "c.json").exists()
