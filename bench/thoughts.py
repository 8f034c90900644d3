"""Print what thought records cost with a ten-year heavy user: 3,000 records, 20 core beliefs
(one with 500 linked records and 120 ratings): the review page, a search, the belief page.

Run: .venv/bin/python bench/thoughts.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import datetime as dt
import random
import time

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.utils import timezone

from innerbase.accounts.services import account_create
from innerbase.cli import _prepare
from innerbase.core import search as index
from innerbase.journal.content import emotions
from innerbase.thoughts import content, search, services
from innerbase.thoughts.models import BeliefRating, ThoughtRecord

RECORDS, BELIEFS, RATINGS = 3_000, 20, 120
PASSPHRASE = "a passphrase of words"


@transaction.atomic
def heavy_user(user=None, key=None):
    """3,000 records over ten years for a new account "thinker" (or the one given)."""
    rng = random.Random(6)
    if user is None:
        user, key, _ = account_create(username="thinker", passphrase=PASSPHRASE)
    starters = [s["key"] for s in content.starter_beliefs()][:BELIEFS]
    beliefs = [services.belief_add(user=user, data_key=key, starter=s, rating=80) for s in starters]
    start = timezone.now() - dt.timedelta(days=3650)
    for number in range(RATINGS):  # the first belief re-rated about monthly, slowly easing
        BeliefRating.objects.create(
            belief=beliefs[0],
            rating=max(0, 85 - number // 3 + rng.randint(-8, 8)),
            rated_at=start + dt.timedelta(days=30 * number),
        )
    names, codes = list(emotions()), [d["code"] for d in content.distortions()]
    for number in range(RECORDS):
        feelings = [
            {"name": name, "before": rng.randint(40, 100), "after": rng.randint(0, 80)}
            for name in rng.sample(names, rng.randint(1, 4))
        ]
        record = services.record_create(
            user=user,
            data_key=key,
            data={
                "situation": f"Evening {number}: waited for a reply that didn't come. " * 3,
                "automatic_thought": f"They are pulling away from me ({number}).",
                "emotions": feelings,
                "distortions": rng.sample(codes, rng.randint(0, 3)),
                "evidence_for": "They took hours to answer last week too. " * 4,
                "evidence_against": "They said work is busy and asked to meet on Sunday. " * 4,
                "balanced_thought": "Slow replies are not the same as leaving. " * 3,
                "core_belief": beliefs[0] if number % 6 == 0 else rng.choice(beliefs),
            },
        )
        record.created_at = start + dt.timedelta(days=3650 * number / RECORDS)
        record.save(update_fields=["created_at"])
    # the dates moved behind the services' back, so the search index is made afresh
    index.rebuild(search.SCOPE, user=user, key=key)
    return user, beliefs[0]


def main() -> None:
    _prepare()
    began = time.perf_counter()
    _, belief = heavy_user()
    print(f"made {RECORDS:,} records in {time.perf_counter() - began:.1f} s")
    client = Client()
    client.post("/account/login/", {"username": "thinker", "passphrase": PASSPHRASE})
    linked = ThoughtRecord.objects.filter(core_belief=belief).count()
    page = client.get("/thoughts/")
    assert page.status_code == 200 and b"Page 1 of 150" in page.content
    budget = "budget: p95 ≤ 50 ms"
    report(
        f"GET /thoughts/ review, {RECORDS:,} records",
        timed(lambda: client.get("/thoughts/"), 100),
        budget,
    )
    report(
        "GET /thoughts/?page=75 (middle page)",
        timed(lambda: client.get("/thoughts/?page=75"), 100),
        budget,
    )

    def cold():
        cache.clear()  # as after a save: the patterns are worked out again
        return client.get("/thoughts/")

    report("GET /thoughts/ right after a save (patterns anew)", timed(cold, 100), budget)
    url = belief.get_absolute_url()
    report(
        f"GET belief chart, {RATINGS} ratings, {linked} linked",
        timed(lambda: client.get(url), 100),
        budget,
    )
    report(
        f"POST /thoughts/search/ for sunday, {RECORDS:,} records",
        timed(lambda: client.post("/thoughts/search/", {"q": "sunday"}), 20),
        "(no budget set; opens the sealed monthly index)",
    )


if __name__ == "__main__":
    main()
