"""Print what the foundation costs: key derivation, log-in, and page server times.

Run: .venv/bin/python bench/foundation.py   (uses a throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("INNERBASE_DATA_DIR", tempfile.mkdtemp(prefix="innerbase-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innerbase.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402

from innerbase.accounts.services import account_create  # noqa: E402
from innerbase.cli import _prepare  # noqa: E402
from innerbase.vault import crypto  # noqa: E402

settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]


def timed(fn, runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        result.append((time.perf_counter() - start) * 1000)
    return result


def report(name: str, samples: list[float], budget: str = "") -> None:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(f"{name:<42} median {statistics.median(ordered):9.3f} ms   p95 {p95:9.3f} ms   {budget}")


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
