"""POST /api/v1/export: the file itself, sealed with a passphrase or plain; 422 naming the
field for a format not offered or a passphrase too short; a token is needed."""

import json

import pytest
from django.test import Client

from innerbase.exports import document
from people import write_in_every_app

pytestmark = pytest.mark.django_db


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_a_passphrase_gives_the_sealed_file(api, alice):
    write_in_every_app(alice, "Alice's own words")
    response = api.post("/api/v1/export", {"format": "json", "passphrase": "river stone kettle"})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.ibx"')
    data = body(response)
    assert b"Alice's own words" not in data
    doc = document.document_read(data, passphrase="river stone kettle")
    assert "Alice's own words" in json.dumps(doc)


def test_no_passphrase_gives_the_plain_document(api, alice):
    response = api.post("/api/v1/export", {"format": "json"})
    assert response["Content-Type"] == "application/json"
    assert json.loads(body(response))["format"] == "innerbase-export"


@pytest.mark.parametrize(
    "payload, field",
    [({"format": "pdf"}, "format"), ({"format": "json", "passphrase": "short"}, "passphrase")],
)
def test_bad_input_is_a_422_naming_the_field(api, payload, field):
    response = api.post("/api/v1/export", payload)
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == [field]


def test_without_a_token_nothing_is_exported():
    response = Client().post("/api/v1/export", "{}", content_type="application/json")
    assert response.status_code == 401


def test_the_spreadsheets_through_the_api(api, alice):
    import io
    import zipfile

    response = api.post("/api/v1/export", {"format": "csv"})
    assert response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(body(response))).namelist()
    assert "weekly_checkins.csv" in names


def test_the_questionnaires_as_fhir_through_the_api(api, alice):
    write_in_every_app(alice, "words")
    response = api.post("/api/v1/export", {"format": "fhir"})
    assert response["Content-Type"] == "application/fhir+json"
    assert json.loads(body(response))["resourceType"] == "Bundle"


def test_the_journal_as_markdown_through_the_api(api, alice):
    import io
    import zipfile

    write_in_every_app(alice, "words")
    response = api.post("/api/v1/export", {"format": "markdown"})
    assert response["Content-Disposition"].endswith('-markdown.zip"')
    names = zipfile.ZipFile(io.BytesIO(body(response))).namelist()
    assert any(name.startswith("journal/") and name.endswith(".md") for name in names)
