"""Print what the relationship pages cost for a person with 20 people in their list (four of
them new connections with 500 observations each, 2,000 in all; most giving some support) and
12 full reviews of past relationships: the support page and the themes page (the issue's
budget), a person's page, the noticing page of someone new, and the API's answers.

Run: .venv/bin/python bench/people.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import datetime as dt
import random
import time

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.db import transaction
from django.test import Client
from django.utils import timezone

from innerbase.accounts.services import account_create
from innerbase.cli import _prepare
from innerbase.patterns import content as patterns_content
from innerbase.patterns import services as patterns
from innerbase.people import content, services
from innerbase.people.models import Observation

PEOPLE, NEW, OBSERVATIONS, REVIEWS = 20, 4, 2_000, 12
ANSWER = "We met at a friend's party and it felt like I had known them for years. " * 3
PASSPHRASE = "a passphrase of words"
BUDGET = "budget: p95 ≤ 50 ms"


@transaction.atomic
def person_with_people():
    rng = random.Random(15)
    user, key, _ = account_create(username="connected", passphrase=PASSPHRASE)
    roles = [r for r in content.roles() if r != "new"]
    kinds = list(content.support_roles())
    today = timezone.localdate()
    people = []
    for number in range(PEOPLE):
        role = "new" if number < NEW else rng.choice(roles)
        people.append(
            services.person_add(
                user=user,
                data_key=key,
                name=f"Person {number}",
                role=role,
                note="Met through work.",
                support=rng.sample(kinds, rng.randint(0, 2)),
                last_contact=today - dt.timedelta(days=rng.randint(0, 90)),
            )
        )
    rows = []
    for number in range(OBSERVATIONS):
        person = people[number % NEW]
        row = Observation(
            owner=user,
            person=person,
            observed_on=today - dt.timedelta(days=rng.randint(0, 365)),
            kept_promise=rng.choice([True, True, False, None]),
            responsive=rng.choice([True, False, None]),
            respected_boundary=rng.choice([True, True, None]),
            stayed_myself=rng.choice([True, False, None]),
            feeling=rng.choice(["calm", "tense", "numb", "excited-anxious", ""]),
        )
        row.seal_json(key, "body", {"note": "They texted back."})
        rows.append(row)
    Observation.objects.bulk_create(rows)
    exes = [p for p in people if p.role == "ex"] or people[NEW:]
    codes = [t["code"] for t in patterns_content.themes()]
    for number in range(REVIEWS):
        patterns.review_create(
            user=user,
            data_key=key,
            person=exes[number % len(exes)],
            title=f"Relationship {number + 1}",
            themes=rng.sample(codes, rng.randint(3, 5)),
            own_themes=["Moved too fast"],
            answers={k: ANSWER for k in patterns_content.text_keys("review")},
        )
    return people


def main() -> None:
    _prepare()
    began = time.perf_counter()
    people = person_with_people()
    print(
        f"made {PEOPLE} people, {OBSERVATIONS:,} observations and {REVIEWS} reviews "
        f"in {time.perf_counter() - began:.1f} s"
    )
    client = Client()
    client.post("/account/login/", {"username": "connected", "passphrase": PASSPHRASE})
    new = people[0].pk
    for name, url in (
        (f"GET /people/support/, {PEOPLE} people", "/people/support/"),
        (f"GET /people/patterns/themes/, {REVIEWS} reviews", "/people/patterns/themes/"),
        (f"GET /people/, {PEOPLE} people", "/people/"),
        ("GET a person's page", f"/people/{people[-1].pk}/"),
        (f"GET noticing someone new, {OBSERVATIONS // NEW} notes", f"/people/{new}/noticing/"),
        ("GET /api/v1/support", "/api/v1/support"),
        ("GET /api/v1/people/{id}/consistency", f"/api/v1/people/{new}/consistency"),
    ):
        assert client.get(url).status_code == 200, url
        samples = timed(lambda url=url: client.get(url), 200)  # noqa: B023 (bound here)
        report(name, samples, BUDGET)


if __name__ == "__main__":
    main()
