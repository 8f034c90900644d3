"""The provider registry: every model holding a person's rows is declared by its app, so
export reads all of them and deletion leaves none (Today's cards: tests/today/test_home.py)."""

import pytest
from django.apps import apps

from innerbase.core import personal_data, registry
from innerbase.core.owned import owner_path
from people import make_person, write_in_every_app

WORDS = "I keep checking whether Sam has read my message."


def personal_models():
    """Every model of ours that some person owns, directly or through a parent row."""
    found = []
    for model in apps.get_models():
        if not model.__module__.startswith("innerbase."):
            continue  # Django's own and the tests' models
        try:
            owner_path(model)
        except LookupError:
            continue
        found.append(model)
    return found


def test_every_model_with_a_persons_rows_is_declared_once():
    declared = list(personal_data.covered_models())
    assert len(declared) == len(set(declared)), "a model is declared by two apps"
    missing = [m._meta.label for m in personal_models() if m not in declared]
    assert not missing, f"not in export or deletion: {missing}; see core/registry.py"


@pytest.mark.django_db
def test_export_holds_every_row_opened_and_nothing_of_anyone_else():
    alice, bob = make_person("alice"), make_person("bob")
    write_in_every_app(alice, WORDS)
    write_in_every_app(bob, "Bob's own words.")
    rows = personal_data.exported(user=alice.user, data_key=alice.data_key)
    for data in registry.personal_data():
        for model in data.models:
            label = model._meta.label_lower
            assert len(rows[label]) == personal_data.rows_of(model, user=alice.user).count() > 0
        for model in data.derived:
            assert model._meta.label_lower not in rows
    text = repr(rows)
    assert WORDS in text and "Bob's own words." not in text
    # the entry written and edited in the app (people.py also imports one from a file)
    (entry,) = [row for row in rows["journal.entry"] if row["version"] == 2]
    assert entry["body"]["text"] == "edited" and entry["mood"] == 4
    assert rows["journal.space"][0]["name"] == WORDS  # sealed text, not JSON
    assert "owner_id" not in entry and entry["space_id"] == rows["journal.space"][0]["id"]


@pytest.mark.django_db
def test_erase_leaves_no_row_of_the_person_in_any_model_and_keeps_others():
    alice, bob = make_person("alice"), make_person("bob")
    write_in_every_app(alice, WORDS)
    write_in_every_app(bob, WORDS)
    models = personal_models()
    assert all(personal_data.rows_of(m, user=alice.user).exists() for m in models)
    personal_data.erase(user=alice.user)
    left = [m._meta.label for m in models if personal_data.rows_of(m, user=alice.user).exists()]
    assert not left
    assert all(personal_data.rows_of(m, user=bob.user).exists() for m in models)


def _without_ids(rows: dict[str, list[dict]]) -> dict[str, list[str]]:
    """Rows as comparable text: ids differ between accounts, everything else must not."""
    return {
        label: sorted(
            repr({k: v for k, v in row.items() if k != "id" and not k.endswith("_id")})
            for row in items
        )
        for label, items in rows.items()
    }


@pytest.mark.django_db
def test_an_export_restored_into_a_new_account_exports_the_same_again():
    from innerbase.journal import search
    from innerbase.thoughts.models import ThoughtRecord

    alice, bob = make_person("alice"), make_person("bob")
    write_in_every_app(alice, WORDS)
    before = personal_data.exported(user=alice.user, data_key=alice.data_key)
    made = personal_data.restore(user=bob.user, data_key=bob.data_key, rows=before)
    assert made == {label: len(rows) for label, rows in before.items()}
    after = personal_data.exported(user=bob.user, data_key=bob.data_key)
    assert _without_ids(after) == _without_ids(before)
    # Links point at bob's own new rows, and what he can open is sealed under his key.
    record = ThoughtRecord.objects.get(owner=bob.user)
    assert record.core_belief.owner == bob.user and record.entry.owner == bob.user
    assert record.entry.space.open_text(bob.data_key, "name") == WORDS
    assert set(after["journal.entry"][0]) == set(before["journal.entry"][0])
    # Derived data is rebuilt: bob's search finds his restored words.
    assert search.find(bob.user, bob.data_key, q="edited") == [str(record.entry.pk)]
    # Alice's rows are untouched.
    assert personal_data.exported(user=alice.user, data_key=alice.data_key) == before
