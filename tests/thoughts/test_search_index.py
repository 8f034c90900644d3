"""The sealed search index never disagrees with the thought records it indexes: random
sequences of starts, step saves (answers, feelings, traps), records made and replaced whole,
and deletes, checked against a plain scan of every decrypted record after each step."""

import random

import pytest

from innerbase.core.models import SearchChunk
from innerbase.journal.content import emotions
from innerbase.thoughts import progress, search, selectors, services
from innerbase.thoughts.models import ThoughtRecord
from innerbase.thoughts.search_lines import words_of

pytestmark = pytest.mark.django_db

WORDS = ["apricot", "quince", "harbour", "lantern", "sunday", "Café", "ÉTÉ"]
# feelings and traps are found by their labels, as the person sees them
QUERIES = [*WORDS, "lonely", "anxious", "mind reading", "Labelling", "an", "zebra"]
FIELDS = ["situation", "automatic_thought", "evidence_for", "evidence_against"]


def brute_force(user, key, query: str) -> list[str]:
    needle = query.casefold().strip()
    found = []
    for record in ThoughtRecord.objects.filter(owner=user).order_by("-created_at"):
        words = words_of(
            selectors.body_of(record=record, data_key=key), record.distortions, emotions()
        )
        if any(needle in word.casefold() for word in words):
            found.append(str(record.pk))
    return found


@pytest.mark.parametrize("seed", range(5))
def test_random_histories_keep_the_index_in_step(alice, seed):
    rng = random.Random(seed)
    user, key = alice.user, alice.data_key

    def answers():
        return {rng.choice(FIELDS): " ".join(rng.sample(WORDS, 2)) for _ in range(2)}

    def feelings():
        return [{"name": rng.choice(["lonely", "anxious", "calm"]), "before": 70, "after": 30}]

    def traps():
        return rng.sample(["mind-reading", "labelling", "fortune-telling"], rng.randint(0, 2))

    for _ in range(25):
        records = list(ThoughtRecord.objects.filter(owner=user))
        action = rng.choice(["start", "create", "step", "step", "replace", "delete"])
        if action == "start" or not records:
            services.record_start(user=user, data_key=key)
        elif action == "create":
            services.record_create(
                user=user,
                data_key=key,
                data={**answers(), "emotions": feelings(), "distortions": traps()},
            )
        elif action == "step":
            changes = rng.choice([answers(), {"emotions": feelings()}, {"distortions": traps()}])
            services.record_save_step(
                record=rng.choice(records),
                data_key=key,
                step="situation",
                changes=changes,
                done=True,
            )
        elif action == "replace":
            services.record_replace(
                record=rng.choice(records), data_key=key, data={"automatic_thought": "sunday"}
            )
        else:
            services.record_delete(record=rng.choice(records), data_key=key)
        assert search.in_step(user)
        for query in QUERIES:
            assert search.find(user, key, query) == brute_force(user, key, query), query


def test_records_written_behind_the_index_are_found_after_a_rebuild(alice):
    user, key = alice.user, alice.data_key
    kept = services.record_create(
        user=user, data_key=key, data={"automatic_thought": "The harbour at night"}
    )
    SearchChunk.objects.filter(owner=user, scope="thoughts").delete()
    extra = ThoughtRecord(owner=user)
    extra.seal_json(key, "body", {**progress.empty_body(), "situation": "Harbour lights"})
    extra.save()
    assert not search.in_step(user)
    assert search.find(user, key, "HARBOUR") == [str(extra.pk), str(kept.pk)]
    assert search.in_step(user)
    chunk = SearchChunk.objects.get(owner=user, scope="thoughts")
    assert chunk.entries == 2 and b"harbour" not in bytes(chunk.data).lower()
