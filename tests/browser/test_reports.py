"""The therapist report on a phone, the way a person makes one: from the guide to therapy,
the last three months, two chosen entries and a note, a preview, then the PDF downloaded and
read back; axe-core on every page."""

import datetime as dt

import pypdf
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from innerbase.journal import services as journal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_compose_preview_and_download_a_report_with_two_entries(sign_in, axe_check, tmp_path):
    page, user, key = sign_in("phone")
    words = ["Told her what I needed.", "A wave of missing him at night.", "Stays private."]
    for days, text in zip((4, 9, 15), words, strict=True):
        journal.entry_create(
            user=user,
            data_key=key,
            body={"text": text},
            mood=6,
            occurred_at=timezone.now() - dt.timedelta(days=days),
        )

    page.goto("/learn/therapy/")
    page.get_by_role("link", name="Make a report for your therapist").click()
    expect(page.get_by_role("heading", name="A report for your therapist")).to_be_visible()
    axe_check(page, "report-compose-phone")
    page.get_by_label(words[0], exact=False).check()
    page.get_by_label(words[1], exact=False).check()
    page.get_by_label("A note for your therapist, if you like").fill("Sunday nights again.")
    page.get_by_role("button", name="Preview the report").click()

    expect(page.get_by_role("heading", name="Your report, before you download it")).to_be_visible()
    expect(page.get_by_text(words[0])).to_be_visible()
    expect(page.get_by_text(words[2])).to_have_count(0)
    axe_check(page, "report-preview-phone")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the PDF").first.click()
    saved = tmp_path / "report.pdf"
    download.value.save_as(saved)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(saved).pages)
    assert words[0] in text and words[1] in text and words[2] not in text
    assert "Sunday nights again." in text and "Page 1 of" in text
