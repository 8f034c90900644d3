"""`innerbase import USER PATH --source ...`: the passphrase on stdin, the report on stdout,
nothing added the second time; a wrong passphrase or a bad file says so and saves nothing."""

import io
import json
from pathlib import Path

import pytest

from innerbase import cli
from innerbase.journal.models import Entry

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


def run(monkeypatch, capsys, passphrase, *argv):
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    args = cli.parser().parse_args(["import", *argv])
    code = args.run(args)
    return code, capsys.readouterr()


def test_import_from_the_command_line_twice(alice, monkeypatch, capsys):
    path = str(FILES / "jrnl.txt")
    argv = ["alice", path, "--source", "jrnl", "--time-zone", "Europe/Berlin"]
    code, out = run(monkeypatch, capsys, alice.passphrase, *argv)
    assert code == 0 and json.loads(out.out)["added"] == {"entry": 3}
    code, out = run(monkeypatch, capsys, alice.passphrase, *argv)
    assert code == 0 and json.loads(out.out)["already"] == 3
    assert Entry.objects.filter(owner=alice.user).count() == 3


def test_wrong_passphrase_bad_file_and_unknown_account(alice, monkeypatch, capsys):
    path = str(FILES / "malformed.json")
    code, out = run(monkeypatch, capsys, "not it", "alice", path, "--source", "jrnl")
    assert code == 1 and "passphrase does not open" in out.err
    code, out = run(monkeypatch, capsys, alice.passphrase, "alice", path, "--source", "jrnl")
    assert code == 1 and "not well-formed JSON" in out.err
    code, out = run(monkeypatch, capsys, "x", "nobody", path, "--source", "jrnl")
    assert code == 1 and "No account" in out.err
    assert Entry.objects.count() == 0
