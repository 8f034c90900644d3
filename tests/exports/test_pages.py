"""The export page: locked by default with a passphrase typed twice, plain only with the
warning ticked; bad input keeps the page and downloads nothing; the file is the person's."""

import html
import json

import pytest

from innerbase.exports import document
from innerbase.vault import export_seal
from people import write_in_every_app

pytestmark = pytest.mark.django_db
URL = "/account/export/"
PASS = "river stone kettle"


def text(response) -> str:
    return html.unescape(response.content.decode())


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_the_account_page_links_to_the_download(alice_client):
    page = text(alice_client.get("/account/"))
    assert "Download everything" in page and 'href="/account/export/"' in page


def test_the_page_asks_for_a_passphrase_and_offers_plain_only_with_a_warning(alice_client):
    page = text(alice_client.get(URL))
    assert 'type="password"' in page and 'autocomplete="new-password"' in page
    assert "I understand this file is readable by anyone who gets it." in page


def test_a_locked_download_opens_with_its_passphrase_only(alice, alice_client, charlie):
    write_in_every_app(alice, "Alice's own words")
    write_in_every_app(charlie, "Charlie's own words")
    response = alice_client.post(
        URL, {"format": "json", "passphrase": PASS, "passphrase_again": PASS}
    )
    assert response.status_code == 200 and response.streaming
    assert response["Content-Disposition"].startswith('attachment; filename="innerbase-')
    assert response["Content-Disposition"].endswith('.ibx"')
    assert "no-store" in response["Cache-Control"]
    data = body(response)
    assert b"Alice's own words" not in data and export_seal.is_sealed(data)
    doc = document.document_read(data, passphrase=PASS)
    words = json.dumps(doc)
    assert "Alice's own words" in words and "Charlie's own words" not in words
    with pytest.raises(document.ExportError, match="Wrong passphrase"):
        document.document_read(data, passphrase="another passphrase")


def test_a_plain_download_needs_the_warning_ticked(alice, alice_client):
    write_in_every_app(alice, "Alice's own words")
    response = alice_client.post(URL, {"format": "json", "plain": "on"})
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].endswith('.json"')
    doc = json.loads(body(response))
    assert doc["format"] == "innerbase-export" and "Alice's own words" in json.dumps(doc)


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({}, "passphrase", "Type a passphrase to lock the file, or tick the box below."),
        ({"passphrase": "short", "passphrase_again": "short"}, "passphrase", "at least 8"),
        ({"passphrase": PASS, "passphrase_again": PASS + "x"}, "passphrase_again", "don't match"),
        ({"passphrase": PASS, "passphrase_again": PASS, "format": "pdf"}, "format", "valid"),
    ],
)
def test_bad_input_says_what_is_wrong_and_downloads_nothing(alice_client, data, field, message):
    response = alice_client.post(URL, {"format": "json", **data})
    assert response.status_code == 200 and not response.streaming
    assert response["Content-Type"].startswith("text/html")
    page = text(response)
    assert f'id="id_{field}_error"' in page and message in page


def test_logged_out_wrong_method_and_csrf(client, alice_client):
    assert client.get(URL).status_code == 302
    assert client.post(URL, {"plain": "on"}).status_code == 302
    assert alice_client.put(URL).status_code == 405
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post(URL, {"format": "json", "plain": "on"}).status_code == 403


def test_the_spreadsheets_come_as_a_zip_locked_or_plain(alice, alice_client):
    import io
    import zipfile

    write_in_every_app(alice, "Alice's own words")
    plain = alice_client.post(URL, {"format": "csv", "plain": "on"})
    assert plain["Content-Type"] == "application/zip"
    assert plain["Content-Disposition"].endswith('-csv.zip"')
    assert "journal.csv" in zipfile.ZipFile(io.BytesIO(body(plain))).namelist()
    locked = alice_client.post(URL, {"format": "csv", "passphrase": PASS, "passphrase_again": PASS})
    assert locked["Content-Disposition"].endswith('-csv.ibx"')
    data = body(locked)
    assert export_seal.header_of(data)["content"] == "application/zip"
    inside = zipfile.ZipFile(io.BytesIO(export_seal.opened(PASS, data)))
    assert "Alice's own words" in inside.read("thought_records.csv").decode()
