"""Print what the foundation costs: key derivation, log-in, and page server times.

Run: .venv/bin/python bench/foundation.py   (uses a throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.conf import settings
from django.test import Client

from innerbase.accounts.services import account_create
from innerbase.cli import _prepare
from innerbase.vault import crypto


def main() -> None:
    _prepare()  # migrate and collect static files, as `innerbase serve` does
    salt = crypto.new_salt()
    report(
        "Argon2id KEK (m={memory_cost} KiB, t={time_cost})".format(**settings.VAULT_KDF),
        timed(
            lambda: crypto.derive_from_passphrase(
                "a passphrase of words", salt, **settings.VAULT_KDF
            ),
            20,
        ),
    )
    key = crypto.new_data_key()
    text = ("I keep rereading the old messages. " * 60).encode()
    report("seal 2 KB", timed(lambda: crypto.seal(key, text, "ctx"), 2000))
    blob = crypto.seal(key, text, "ctx")
    report("open 2 KB", timed(lambda: crypto.open_sealed(key, blob, "ctx"), 2000))
    account_create(username="bench", passphrase="a passphrase of words")
    client = Client()
    credentials = {"username": "bench", "passphrase": "a passphrase of words"}
    report(
        "log in (two Argon2id: Django hash + vault)",
        timed(lambda: client.post("/account/login/", credentials), 10),
    )
    client.post("/account/login/", credentials)
    for path in ["/", "/account/", "/help/?country=GB"]:
        report(
            f"GET {path} (logged in)",
            timed(lambda p=path: client.get(p), 200),
            "budget: p95 ≤ 50 ms",
        )


if __name__ == "__main__":
    main()
