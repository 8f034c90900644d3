"""The sealed search index never disagrees with the entries it indexes: a hypothesis state
machine of saves, edits (moving months and journals), restores and deletes, checked against a
plain scan of every decrypted entry after each step."""

import datetime as dt
import itertools

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from innerbase.journal import rules, search, selectors, services
from innerbase.journal.models import Entry
from people import make_person

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


COUNTER = itertools.count()
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)


class JournalHistory(RuleBasedStateMachine):
    """Saves, edits (moving months and journals), restores and deletes in any order; after
    every step the index answers exactly what a plain scan of the entries answers."""

    def __init__(self):
        super().__init__()
        person = make_person(f"history{next(COUNTER)}")
        self.user, self.key = person.user, person.data_key
        self.spaces = [None, services.space_save(user=self.user, data_key=self.key, name="Work")]

    def entries(self) -> list[Entry]:
        return list(Entry.objects.filter(owner=self.user).order_by("created_at"))

    @rule(
        text=texts,
        trigger=st.sampled_from(WORDS + [""]),
        month=st.sampled_from(MONTHS),
        in_space=st.booleans(),
    )
    def write(self, text, trigger, month, in_space):
        services.entry_create(
            user=self.user,
            data_key=self.key,
            body={"text": text, "triggers": [trigger] if trigger else []},
            mood=5,
            occurred_at=month,
            space=self.spaces[in_space],
        )

    @precondition(lambda self: Entry.objects.filter(owner=self.user).exists())
    @rule(
        pick=st.integers(0, 50), text=texts, month=st.sampled_from(MONTHS), in_space=st.booleans()
    )
    def edit(self, pick, text, month, in_space):
        entries = self.entries()
        services.entry_update(
            entry=entries[pick % len(entries)],
            data_key=self.key,
            body={"text": text},
            mood=4,
            occurred_at=month,
            space=self.spaces[in_space],
        )

    @precondition(lambda self: Entry.objects.filter(owner=self.user).exists())
    @rule(pick=st.integers(0, 50))
    def restore(self, pick):
        entries = self.entries()
        entry = entries[pick % len(entries)]
        version = entry.versions.order_by("number").first()
        if version is not None:
            services.entry_restore(entry=entry, data_key=self.key, version=version)

    @precondition(lambda self: Entry.objects.filter(owner=self.user).exists())
    @rule(pick=st.integers(0, 50))
    def delete(self, pick):
        entries = self.entries()
        services.entry_delete(entry=entries[pick % len(entries)], data_key=self.key)

    @invariant()
    def the_index_answers_what_a_plain_scan_answers(self):
        assert search.in_step(self.user)
        for word in WORDS:
            found = set(search.find(self.user, self.key, q=word))
            assert found == brute_force(self.user, self.key, word)
        space = str(self.spaces[1].pk)
        found = set(search.find(self.user, self.key, q="a", space=space))
        assert found == brute_force(self.user, self.key, "a", space)


def test_any_history_keeps_the_index_in_step():
    run_state_machine_as_test(
        JournalHistory,
        settings=settings(max_examples=15, stateful_step_count=12, deadline=None),
    )
