"""`innerbase export USER PATH`: the person's passphrase opens the vault, the file is sealed
with a second passphrase (or plain with --plain), and a wrong passphrase writes nothing."""

import io
import json

import pytest

from innerbase import cli
from innerbase.exports import document
from people import PASSPHRASE, write_in_every_app

pytestmark = pytest.mark.django_db
FILE_PASS = "river stone kettle"


def _run(monkeypatch, stdin: str, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = cli.parser().parse_args(["export", *argv])
    return args.run(args)


def test_export_writes_a_sealed_file_only_its_passphrase_opens(monkeypatch, alice, tmp_path):
    write_in_every_app(alice, "Alice's own words")
    target = tmp_path / "alice.ibx"
    assert _run(monkeypatch, f"{PASSPHRASE}\n{FILE_PASS}\n", "alice", str(target)) == 0
    data = target.read_bytes()
    assert b"Alice's own words" not in data
    doc = document.document_read(data, passphrase=FILE_PASS)
    assert "Alice's own words" in json.dumps(doc)
    assert target.stat().st_mode & 0o077 == 0


def test_export_plain_writes_the_json(monkeypatch, alice, tmp_path):
    target = tmp_path / "alice.json"
    assert _run(monkeypatch, f"{PASSPHRASE}\n", "alice", str(target), "--plain") == 0
    assert json.loads(target.read_text())["format"] == "innerbase-export"


@pytest.mark.parametrize(
    "stdin, who, message",
    [
        ("wrong passphrase here\n", "alice", "don't match"),
        (f"{PASSPHRASE}\n", "nobody", "don't match"),
        (f"{PASSPHRASE}\nshort\n", "alice", "at least 8"),
    ],
)
def test_a_wrong_passphrase_or_name_writes_nothing(
    monkeypatch, capsys, alice, tmp_path, stdin, who, message
):
    target = tmp_path / "out.ibx"
    assert _run(monkeypatch, stdin, who, str(target)) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_export_never_overwrites_a_file(monkeypatch, capsys, alice, tmp_path):
    target = tmp_path / "kept.json"
    target.write_text("mine")
    assert _run(monkeypatch, f"{PASSPHRASE}\n", "alice", str(target), "--plain") == 1
    assert target.read_text() == "mine" and "exists already" in capsys.readouterr().err


def test_export_the_spreadsheets_sealed(monkeypatch, alice, tmp_path):
    import io as _io
    import zipfile

    from innerbase.vault import export_seal

    target = tmp_path / "sheets.ibx"
    stdin = f"{PASSPHRASE}\n{FILE_PASS}\n"
    assert _run(monkeypatch, stdin, "alice", str(target), "--format", "csv") == 0
    inside = export_seal.opened(FILE_PASS, target.read_bytes())
    assert "journal.csv" in zipfile.ZipFile(_io.BytesIO(inside)).namelist()
