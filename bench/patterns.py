"""Print what the themes page costs for a person with 20 people in their list and 12 full
pattern reviews (every answer written, three to five themes each, some of their own): the
themes page, the list of reviews, one review, and the themes API.

Run: .venv/bin/python bench/patterns.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this. The floor every
logged-in page pays (the header, the session, the vault: GET /help/) is printed first.
"""

import random
import time

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.db import transaction
from django.test import Client

from innerbase.accounts.services import account_create
from innerbase.cli import _prepare
from innerbase.patterns import content, services
from innerbase.people import services as people

PEOPLE, REVIEWS = 20, 12
PASSPHRASE = "a passphrase of words"
ANSWER = "We met at a friend's party and talked until the lights came on. " * 12


@transaction.atomic
def person_with_reviews():
    rng = random.Random(15)
    user, key, _ = account_create(username="reviewer", passphrase=PASSPHRASE)
    roles = ["ex", "friend", "family", "parent", "new", "therapist"]
    listed = [
        people.person_add(user=user, data_key=key, name=f"Person {n}", role=roles[n % 6])
        for n in range(PEOPLE)
    ]
    exes = [p for p in listed if p.role == "ex"]
    codes = [t["code"] for t in content.themes()]
    for number in range(REVIEWS):
        services.review_create(
            user=user,
            data_key=key,
            person=exes[number % len(exes)],
            title=f"Relationship {number + 1}",
            themes=rng.sample(codes, rng.randint(3, 5)),
            own_themes=rng.sample(["Moved too fast", "Lost my friends", "Felt like a project"], 1),
            answers={k: ANSWER for k in content.text_keys("review")},
        )
    return user


def main() -> None:
    _prepare()
    began = time.perf_counter()
    person_with_reviews()
    print(f"made {PEOPLE} people and {REVIEWS} reviews in {time.perf_counter() - began:.1f} s")
    client = Client()
    client.post("/account/login/", {"username": "reviewer", "passphrase": PASSPHRASE})
    page = client.get("/people/patterns/themes/")
    assert page.status_code == 200 and b"relationships you noted" in page.content
    one = client.get("/api/v1/relationships/reviews?limit=1").json()[0]["id"]
    budget = "budget: p95 ≤ 50 ms"
    # the floor moves with the machine's load; the pages' own cost is the gap above it
    report("GET /help/ (the floor of any page)", timed(lambda: client.get("/help/"), 200))
    report(
        f"GET /people/patterns/themes/, {REVIEWS} reviews",
        timed(lambda: client.get("/people/patterns/themes/"), 200),
        budget,
    )
    report(
        f"GET /people/patterns/, {REVIEWS} reviews",
        timed(lambda: client.get("/people/patterns/"), 200),
        budget,
    )
    report(
        "GET one review",
        timed(lambda: client.get(f"/people/patterns/{one}/"), 200),
        budget,
    )
    report(
        f"GET /api/v1/relationships/themes, {REVIEWS} reviews",
        timed(lambda: client.get("/api/v1/relationships/themes"), 200),
        budget,
    )


if __name__ == "__main__":
    main()
