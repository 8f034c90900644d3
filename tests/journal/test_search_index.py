"""The sealed search index never disagrees with the entries it indexes: random sequences of
saves, edits (moving months and journals), restores and deletes, checked against a plain scan
of every decrypted entry after each step."""

import datetime as dt
import random

import pytest

from innerbase.journal import rules, search, selectors, services
from innerbase.journal.models import Entry

pytestmark = pytest.mark.django_db

WORDS = ["apricot", "quince", "harbour", "lantern", "sunday", "letters", "Café", "ÉTÉ"]
MONTHS = [dt.datetime(2026, m, d, 12, tzinfo=dt.UTC) for m, d in ((1, 31), (2, 1), (6, 15))]


def brute_force(user, key, word: str, space: str = "") -> set[str]:
    found = set()
    for entry in selectors.opened(user=user, data_key=key):
        words = " ".join(rules.texts_of(entry["body"])).casefold()
        in_space = str(entry["space_id"] or "")
        if word.casefold() in words and (not space or in_space == space):
            found.add(str(entry["id"]))
    return found


@pytest.mark.parametrize("seed", range(5))
def test_random_histories_keep_the_index_in_step(alice, seed):
    rng = random.Random(seed)
    user, key = alice.user, alice.data_key
    spaces = [None, services.space_save(user=user, data_key=key, name="Therapy work")]

    def body():
        return {
            "text": " ".join(rng.sample(WORDS, 2)),
            "triggers": [rng.choice(WORDS)] if rng.random() < 0.5 else [],
        }

    for _ in range(25):
        entries = list(Entry.objects.filter(owner=user))
        action = rng.choice(["create", "create", "update", "restore", "delete"])
        if action == "create" or not entries:
            services.entry_create(
                user=user,
                data_key=key,
                body=body(),
                mood=rng.randint(1, 10),
                occurred_at=rng.choice(MONTHS),
                space=rng.choice(spaces),
            )
        elif action == "update":
            services.entry_update(
                entry=rng.choice(entries),
                data_key=key,
                body=body(),
                mood=5,
                occurred_at=rng.choice(MONTHS),
                space=rng.choice(spaces),
            )
        elif action == "restore":
            entry = rng.choice(entries)
            version = entry.versions.order_by("?").first()
            if version:
                services.entry_restore(entry=entry, data_key=key, version=version)
        else:
            services.entry_delete(entry=rng.choice(entries), data_key=key)
        assert search.in_step(user)
        for word in WORDS:
            assert set(search.find(user, key, q=word)) == brute_force(user, key, word)
        space = str(spaces[1].pk)
        assert set(search.find(user, key, q="a", space=space)) == brute_force(user, key, "a", space)
