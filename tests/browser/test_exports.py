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


def test_a_locked_export_comes_back_into_a_new_account_on_a_phone(sign_in, axe_check, tmp_path):
    page, user, key = sign_in("phone")
    journal.entry_create(user=user, data_key=key, mode="free", body={"text": WORDS})
    page.goto("/account/export/")
    page.get_by_label("A passphrase for this file").fill(PASS)
    page.get_by_label("The same passphrase again").fill(PASS)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)

    page, _, _ = sign_in("phone", username="newstart")  # a new account on another phone
    page.goto("/account/import/")
    page.get_by_label("Innerbase (its own export, locked or plain)").check()
    page.get_by_label("Your file").set_input_files(str(saved))
    page.get_by_label("Password, if the file is locked (jrnl or Innerbase)").fill(PASS)
    page.get_by_role("button", name="Look at the file").click()
    expect(page.get_by_role("heading", name="What is in the file")).to_be_visible()
    axe_check(page, "import-own-preview-phone")
    page.get_by_role("button", name="Import all of it").click()
    expect(page.get_by_role("heading", name="Imported", level=1)).to_be_visible()
    page.get_by_role("link", name="Go to your journal").click()
    expect(page.get_by_text(WORDS).first).to_be_visible()
