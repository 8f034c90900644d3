"""Print what say it securely costs for a heavy user: 20 people, 200 saved I-statements and
100 hard talks (half with an outcome): the hub, a page of the statements, a talk's page, the
builder's check, the rehearsal, the API's check of a 100 KB draft (the largest it takes), the
talks API, and the pure check alone on ordinary and 100 KB drafts.

Run: .venv/bin/python bench/conversations.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import json
import random
import time

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.db import transaction
from django.test import Client

from innerbase.accounts.services import account_create
from innerbase.cli import _prepare
from innerbase.conversations import services
from innerbase.conversations.check import check
from innerbase.core.limits import MAX_TEXT
from innerbase.people import services as people

PEOPLE, STATEMENTS, TALKS = 20, 200, 100
PASSPHRASE = "a passphrase of words"
DRAFT = (
    "I feel lonely when u never text back, and ur always on your phone. If you don't call "
    "tonight I'll find someone who does. Would you tell me when you'll be late? "
)


@transaction.atomic
def heavy_user():
    rng = random.Random(15)
    user, key, _ = account_create(username="speaker", passphrase=PASSPHRASE)
    folks = [
        people.person_add(user=user, data_key=key, name=f"Person {n}", role="friend")
        for n in range(PEOPLE)
    ]
    parts = {"feel": "hurt", "when": "the plans changed", "need": "to know", "ask": "tell me"}
    for _ in range(STATEMENTS):
        services.statement_save(user=user, data_key=key, parts=parts, person=rng.choice(folks))
    talks = []
    for number in range(TALKS):
        words = {"want": "to be heard", "opening": DRAFT, "heated": "take a walk"}
        talk = services.talk_save(
            user=user, data_key=key, words=words, person=rng.choice(folks), pause_minutes=20
        )
        if number % 2:
            services.talk_outcome_save(talk=talk, data_key=key, words={"how_it_went": "okay"})
        talks.append(talk)
    return talks[-1]


def main() -> None:
    _prepare()
    began = time.perf_counter()
    talk = heavy_user()
    print(
        f"made {PEOPLE} people, {STATEMENTS} statements, {TALKS} talks "
        f"in {time.perf_counter() - began:.1f} s"
    )
    client = Client()
    client.post("/account/login/", {"username": "speaker", "passphrase": PASSPHRASE})
    base = "/people/conversations/"
    assert b"See all 200 I-statements" in client.get(base).content
    budget = "budget: p95 ≤ 50 ms"
    # what any logged-in page pays (session, vault, base template): on a busy machine this
    # floor moves, and each page's own cost is the gap above it
    report("GET /help/ (the floor of any page)", timed(lambda: client.get("/help/"), 200))
    report("GET the hub (newest five of each)", timed(lambda: client.get(base), 200), budget)
    report(
        "GET a page of 20 statements",
        timed(lambda: client.get(f"{base}statements/?page=3"), 200),
        budget,
    )
    url = talk.get_absolute_url()
    report("GET a talk (its opening line checked)", timed(lambda: client.get(url), 200), budget)
    report("GET a rehearsal", timed(lambda: client.get(f"{url}rehearse/"), 200), budget)
    form = {"feel": "hurt", "when": DRAFT, "need": "to know", "ask": "call", "action": "check"}
    report(
        "POST the builder's check (with the screen)",
        timed(lambda: client.post(f"{base}statements/new/", form), 100),
        budget,
    )
    report("GET /api/v1/talks (100 talks)", timed(lambda: client.get("/api/v1/talks"), 50))
    big = (DRAFT * (MAX_TEXT // len(DRAFT)))[:MAX_TEXT]
    body = json.dumps({"text": big})
    report(
        "POST /api/v1/statements/check, 100 KB draft",
        timed(
            lambda: client.post("/api/v1/statements/check", body, content_type="application/json"),
            20,
        ),
    )
    report("check() alone, one ordinary draft", timed(lambda: check(DRAFT), 2000))
    report("check() alone, 100 KB draft", timed(lambda: check(big), 20))


if __name__ == "__main__":
    main()
