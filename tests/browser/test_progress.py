"""The progress page on a phone, the way a person uses it: twelve weeks made through the
services, open Progress from the menu for 3 months, read what changed, open a table, and
a bad range named; axe-core on every page, light and dark."""

from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from progress_data import twelve_weeks

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_three_months_of_progress_on_a_phone(sign_in, axe_check, navigate, scheme):
    page, user, key = sign_in("phone", color_scheme=scheme)
    twelve_weeks(SimpleNamespace(user=user, data_key=key))

    navigate(page, "Progress")
    expect(page.get_by_role("heading", name="Your progress", level=1)).to_be_visible()
    page.get_by_label("3 months").check()
    page.get_by_role("button", name="Show").click()
    changed = page.locator("[data-what-changed]")
    expect(changed).to_contain_text("Your mood rose from about 3 to about 6 out of 10.")
    expect(changed).to_contain_text("2 of 3 pauses ended with the urge passing.")
    axe_check(page, f"progress-3-months-phone-{scheme}")

    page.get_by_text("Show mood as a table").click()
    table = page.get_by_role("region", name="Mood by week").get_by_role("table")
    expect(table).to_be_visible()
    expect(table.get_by_role("columnheader", name="Middle")).to_be_visible()
    assert table.get_by_role("row").count() >= 13  # a header and a row a week
    page.get_by_text("Show the triggers as a table").click()
    triggers = page.get_by_role("region", name="Triggers and mood").get_by_role("table")
    expect(triggers.get_by_role("rowheader", name="sunday evening")).to_be_visible()
    expect(page.get_by_text("Not enough to tell yet: “payday” (2).")).to_be_visible()
    axe_check(page, f"progress-tables-open-phone-{scheme}")

    page.get_by_role("link", name="All questionnaires").click()
    expect(page.get_by_role("heading", name="Questionnaires", level=1)).to_be_visible()

    page.go_back()
    page.get_by_text("Pick your own dates").click()
    page.get_by_label("From", exact=True).fill("2026-05-01")
    page.get_by_label("To", exact=True).fill("2026-01-01")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_text("The start date is after the end date.").first).to_be_visible()
    axe_check(page, f"progress-bad-range-phone-{scheme}")
