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
