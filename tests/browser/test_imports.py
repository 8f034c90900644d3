"""Importing a Daylio CSV on a phone, the way a person would: from the account page choose
the file, read the preview, change the assumed time zone, import, read the report, and see
the entries in the journal; axe-core on every page visited."""

import datetime as dt
from pathlib import Path

import pytest
from playwright.sync_api import expect

from innerbase.journal.models import Entry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = Path(__file__).parents[1] / "imports" / "files" / "daylio_2023.csv"


def test_import_a_daylio_csv_through_the_preview_on_a_phone(sign_in, axe_check):
    page, user, _key = sign_in("phone")
    page.goto("/account/")
    page.get_by_role("link", name="Import a file").click()
    expect(page.get_by_role("heading", name="Bring in a journal from another app")).to_be_visible()
    axe_check(page, "imports-choose-phone")
    page.get_by_label("Daylio (CSV export or .daylio backup)").check()
    page.get_by_label("Your file").set_input_files(str(CSV))
    page.get_by_label("Time zone of the times in the file").fill("Europe/Berlin")
    page.get_by_role("button", name="Look at the file").click()

    expect(page.get_by_role("heading", name="What is in the file")).to_be_visible()
    expect(page.get_by_text("5 journal entries")).to_be_visible()
    expect(page.locator("[data-zone]")).to_have_text("Europe/Berlin")
    expect(page.get_by_text("row 7: its date or time could not be read")).to_be_visible()
    axe_check(page, "imports-preview-phone")
    assert Entry.objects.count() == 0  # nothing saved before the import

    page.get_by_label("Time zone of the times in the file").fill("America/New_York")
    page.get_by_label("As a line at the end of each entry").check()
    page.get_by_role("button", name="Change this").click()
    expect(page.locator("[data-zone]")).to_have_text("America/New_York")
    axe_check(page, "imports-preview-changed-phone")
    page.get_by_role("button", name="Import all of it").click()

    expect(page.get_by_role("heading", name="Imported", level=1)).to_be_visible()
    expect(page.get_by_text("5 journal entries added")).to_be_visible()
    expect(page.get_by_text("Times were read in America/New_York.")).to_be_visible()
    axe_check(page, "imports-report-phone")
    rad = Entry.objects.get(owner=user, mood=10)
    assert rad.occurred_at == dt.datetime(2025, 1, 5, 2, 15, tzinfo=dt.UTC)

    page.get_by_role("link", name="Go to your journal").click()
    expect(page.get_by_text("Longest day").first).to_be_visible()
    expect(page.get_by_text("Awful night").first).to_be_visible()
    axe_check(page, "imports-journal-phone")
