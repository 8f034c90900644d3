"""The export document: everything, streamed, and what `restore` takes back whole."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerbase.core import personal_data, registry
from innerbase.exports import document
from people import make_person, write_in_every_app

WORDS = "I keep checking whether Sam has read my message, «again» 💔\nand again."


def _export(person) -> dict:
    data = b"".join(document.document_bytes(user=person.user, data_key=person.data_key))
    return document.document_read(data)


def _without_ids(rows: dict[str, list[dict]]) -> dict[str, list[str]]:
    """Rows as comparable text: ids differ between accounts, everything else must not."""
    return {
        label: sorted(
            json.dumps(
                {k: v for k, v in row.items() if k != "id" and not k.endswith("_id")},
                sort_keys=True,
            )
            for row in items
        )
        for label, items in rows.items()
    }


@pytest.mark.django_db
def test_the_document_holds_every_exported_model_and_its_rows():
    alice, bob = make_person("alice"), make_person("bob")
    write_in_every_app(alice, WORDS)
    write_in_every_app(bob, "Bob's own words.")
    doc = _export(alice)
    assert doc["format"] == "innerbase-export" and doc["version"] == 1
    assert doc["exported_at"].endswith("+00:00")
    labels = [m._meta.label_lower for d in registry.personal_data() for m in d.models]
    assert list(doc["rows"]) == labels
    for data in registry.personal_data():
        for model in data.models:
            count = personal_data.rows_of(model, user=alice.user).count()
            assert len(doc["rows"][model._meta.label_lower]) == count > 0
    for rows in doc["rows"].values():
        for row in rows:
            ids = [v for k, v in row.items() if k == "id" or k.endswith("_id")]
            assert all(v is None or isinstance(v, str) for v in ids), row
    assert doc["rows"]["thoughts.beliefrating"][0]["id"].isdigit()  # an integer id, as text
    assert doc["rows"]["journal.entry"][0]["created_at"].endswith("+00:00")
    text = json.dumps(doc, ensure_ascii=False)
    assert json.dumps(WORDS, ensure_ascii=False) in text and "Bob's own words." not in text
    assert doc["rows"] == json.loads(
        json.dumps(personal_data.exported(user=alice.user, data_key=alice.data_key))
    )


@pytest.mark.django_db
def test_rows_are_streamed_in_batches_not_one_string(monkeypatch):
    person = make_person("alice")
    write_in_every_app(person, WORDS)
    monkeypatch.setattr(document, "_BATCH", 1)
    pieces = list(document.document_pieces(user=person.user, data_key=person.data_key))
    rows = sum(len(r) for r in json.loads("".join(pieces))["rows"].values())
    assert len(pieces) > rows  # at least one piece per row: nothing waits for the whole


def _round_trip(alice, bob):
    before = _export(alice)
    made = personal_data.restore(user=bob.user, data_key=bob.data_key, rows=before["rows"])
    assert made == {label: len(rows) for label, rows in before["rows"].items()}
    after = _export(bob)
    assert _without_ids(after["rows"]) == _without_ids(before["rows"])
    assert set(after) == set(before)


@pytest.mark.django_db
def test_an_export_restored_into_a_new_account_exports_the_same_again():
    alice, bob = make_person("alice"), make_person("bob")
    write_in_every_app(alice, WORDS)
    _round_trip(alice, bob)


_counter = iter(range(10**6))


@pytest.mark.django_db
@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=80
    ).filter(str.strip)
)
def test_random_words_survive_the_round_trip(text):
    n = next(_counter)
    alice, bob = make_person(f"alice{n}"), make_person(f"bob{n}")
    write_in_every_app(alice, text)
    _round_trip(alice, bob)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"not json", "not JSON"),
        (b'{"format": "other"}', "not an Innerbase export"),
        (b'{"format": "innerbase-export", "version": 9, "rows": {}}', r"version \(9\)"),
        (b'{"format": "innerbase-export", "version": 1}', "no rows"),
    ],
)
def test_a_file_that_is_not_an_export_is_named_so(data, message):
    with pytest.raises(document.ExportError, match=message):
        document.document_read(data)
