"""Print what a full export costs at ten years: about 11,000 journal entries, 3,000 thought
records with their beliefs and ratings, and 120 questionnaire takes. Times the whole JSON
document made and read to its end, plain and sealed (Argon2id at 19 MiB included), through
the page as a browser downloads it, and the peak memory Python holds while it is written.

Run: .venv/bin/python bench/exports.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import random
import time
import tracemalloc

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.test import Client

from assessments import monthly_takes
from innerbase.accounts.services import account_create
from innerbase.cli import _prepare
from innerbase.exports import document
from journal import generate
from thoughts import heavy_user

PASSPHRASE = "a passphrase of words"
FILE_PASSPHRASE = "another passphrase for the file"


def _drain(pieces) -> int:
    return sum(len(piece) for piece in pieces)


def main() -> None:
    _prepare()
    began = time.perf_counter()
    user, key, _ = account_create(username="tenyears", passphrase=PASSPHRASE)
    entries = generate(user, key, 10)
    heavy_user(user, key)
    monthly_takes(user, key, 10, random.Random(18))
    print(
        f"made {entries} entries, 3,000 records, 120 takes in {time.perf_counter() - began:.0f} s"
    )

    size = _drain(document.document_bytes(user=user, data_key=key))
    print(f"the plain document: {size / 1e6:.1f} MB")
    report(
        "full JSON export (plain)",
        timed(lambda: _drain(document.document_bytes(user=user, data_key=key)), 7),
        "budget: ≤ 1 s",
    )
    report(
        "full JSON export (sealed)",
        timed(
            lambda: _drain(
                document.document_bytes(user=user, data_key=key, passphrase=FILE_PASSPHRASE)
            ),
            7,
        ),
        "budget: ≤ 1 s",
    )
    client = Client()
    client.post("/account/login/", {"username": "tenyears", "passphrase": PASSPHRASE})
    form = {"format": "json", "passphrase": FILE_PASSPHRASE, "passphrase_again": FILE_PASSPHRASE}

    def download():
        response = client.post("/account/export/", form)
        assert response.status_code == 200
        return _drain(response.streaming_content)

    report("POST /account/export/ (sealed, read to the end)", timed(download, 7), "budget: ≤ 1 s")

    tracemalloc.start()
    _drain(document.document_bytes(user=user, data_key=key, passphrase=FILE_PASSPHRASE))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak memory held while exporting (tracemalloc): {peak / 2**20:.1f} MB   budget: ≤ 200 MB"
    )
    print(f"(the whole document would be {size / 2**20:.1f} MB as bytes)")


if __name__ == "__main__":
    main()
