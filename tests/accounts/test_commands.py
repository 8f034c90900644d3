"""Operator commands: createuser makes a vault; changepassword re-wraps, never strands data."""

import io

import pytest
from django.core.management import CommandError, call_command

from innerbase.vault import keyring

pytestmark = pytest.mark.django_db


def test_createuser_reads_stdin_and_prints_a_working_recovery_key(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("paper boats on a slow river\n"))
    out = io.StringIO()
    call_command("createuser", "maya", stdout=out, stderr=io.StringIO())
    from innerbase.accounts.models import User

    user = User.objects.get(username="maya")
    recovery_key = out.getvalue().strip()
    data_key = keyring.open_with_recovery_key(user=user, recovery_key=recovery_key)
    assert (
        keyring.open_with_passphrase(user=user, passphrase="paper boats on a slow river")
        == data_key
    )


@pytest.mark.parametrize("stdin", ["short\n", "\n", "123456789012345\n"])
def test_createuser_refuses_weak_passphrases(monkeypatch, stdin):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    with pytest.raises(CommandError):
        call_command("createuser", "maya", stdout=io.StringIO())


def test_createuser_refuses_a_taken_name(monkeypatch, alice):
    monkeypatch.setattr("sys.stdin", io.StringIO("paper boats on a slow river\n"))
    with pytest.raises(CommandError, match="taken"):
        call_command("createuser", "alice", stdout=io.StringIO())


def test_changepassword_rewraps_with_the_current_passphrase(monkeypatch, alice):
    answers = iter([alice.passphrase, "a brand new passphrase", "a brand new passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    call_command("changepassword", "alice", stdout=io.StringIO())
    assert (
        keyring.open_with_passphrase(user=alice.user, passphrase="a brand new passphrase")
        == alice.data_key
    )


def test_changepassword_without_the_current_passphrase_changes_nothing(monkeypatch, alice):
    answers = iter(["a wrong guess", "a brand new passphrase", "a brand new passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="not the current passphrase"):
        call_command("changepassword", "alice", stdout=io.StringIO())
    assert (
        keyring.open_with_passphrase(user=alice.user, passphrase=alice.passphrase) == alice.data_key
    )


def test_clearsessions_also_forgets_the_key_slots_of_expired_sessions(alice, charlie):
    from django.contrib.sessions.models import Session
    from django.test import Client
    from django.utils import timezone

    from innerbase.vault.models import KeySlot
    from people import log_in

    gone, kept = log_in(Client(), alice), log_in(Client(), charlie)
    expired = gone.session.session_key
    Session.objects.filter(session_key=expired).update(expire_date=timezone.now())
    call_command("clearsessions")
    assert not Session.objects.filter(session_key=expired).exists()
    assert not KeySlot.objects.filter(session_key=expired).exists()
    assert KeySlot.objects.filter(user=charlie.user, kind="session").count() == 1
    assert kept.get("/account/").status_code == 200
