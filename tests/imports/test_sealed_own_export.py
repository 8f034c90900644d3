"""Innerbase's own export locked with a passphrase comes back into a new account: opened with
that passphrase (a wrong one, or none, is a clear message and saves nothing), then restored
whole, the same journal as before."""

import pytest

from innerbase.exports.document import document_bytes
from innerbase.imports import services
from innerbase.imports.formats.common import ImportProblem
from innerbase.journal import selectors as journal
from innerbase.journal import services as journal_services
from innerbase.vault import export_seal
from people import make_person

pytestmark = pytest.mark.django_db
LOCK = "a long lock for the file"


def sealed_export(person) -> bytes:
    data = b"".join(document_bytes(user=person.user, data_key=person.data_key, passphrase=LOCK))
    assert export_seal.is_sealed(data)
    return data


def test_a_locked_export_comes_back_into_a_new_account(alice):
    journal_services.entry_create(
        user=alice.user, data_key=alice.data_key, body={"text": "Kept across accounts."}, mood=6
    )
    data = sealed_export(alice)
    bea = make_person("bea", "another long passphrase here")
    preview = services.preview_create(
        user=bea.user,
        data_key=bea.data_key,
        source="innerbase",
        data=data,
        time_zone="UTC",
        password=LOCK,
    )
    services.preview_commit(preview=preview, data_key=bea.data_key)
    texts = [e["body"]["text"] for e in journal.opened(user=bea.user, data_key=bea.data_key)]
    assert texts == ["Kept across accounts."]


@pytest.mark.parametrize(
    ("password", "message"), [("", "locked"), ("not it at all", "does not open")]
)
def test_a_locked_export_without_its_passphrase_saves_nothing(alice, password, message):
    data = sealed_export(alice)
    bea = make_person("bea", "another long passphrase here")
    with pytest.raises(ImportProblem, match=message):
        services.preview_create(
            user=bea.user,
            data_key=bea.data_key,
            source="innerbase",
            data=data,
            time_zone="UTC",
            password=password,
        )
    assert journal.opened(user=bea.user, data_key=bea.data_key) == []
