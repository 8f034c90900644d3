"""Downloading everything on a phone: from the account page, a passphrase typed twice, the
file saved; it opens with that passphrase and holds what the person wrote. axe-core on every
page visited."""

import json

import pytest
from playwright.sync_api import expect

from innerbase.exports import document
from innerbase.journal import services as journal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = "The night I finally slept through ✨"
PASS = "lantern over the bay"


def test_download_everything_locked_with_a_passphrase_on_a_phone(sign_in, axe_check, tmp_path):
    page, user, key = sign_in("phone")
    journal.entry_create(user=user, data_key=key, mode="free", body={"text": WORDS})

    page.goto("/account/")
    page.get_by_role("link", name="Download everything").click()
    expect(page.get_by_role("heading", name="Download everything", level=1)).to_be_visible()
    axe_check(page, "export-phone")

    page.get_by_role("button", name="Download").click()  # nothing typed: it says what to do
    expect(page.locator("#id_passphrase_error_1")).to_contain_text("Type a passphrase")
    axe_check(page, "export-error-phone")

    page.get_by_label("A passphrase for this file").fill(PASS)
    page.get_by_label("The same passphrase again").fill(PASS)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download").click()
    download = info.value
    assert download.suggested_filename.startswith("innerbase-")
    assert download.suggested_filename.endswith(".ibx")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    data = saved.read_bytes()
    assert WORDS.encode() not in data
    opened = document.document_read(data, passphrase=PASS)
    assert WORDS in json.dumps(opened["rows"]["journal.entry"], ensure_ascii=False)
