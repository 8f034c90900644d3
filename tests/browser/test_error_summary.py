"""Errors on a phone, the GOV.UK way: a summary that takes focus and names each field with a
link to it, the same words beside the field; and live feedback that clears an error once the
person has fixed it (a "too short" passphrase that is now "Very strong")."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STRONG = "paper boats on a slow river at dusk"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_sign_up_errors_are_named_linked_and_clear_once_fixed(open_page, axe_check, scheme):
    page = open_page("phone", color_scheme=scheme)
    page.goto("/account/signup/")
    page.get_by_role("button", name="Create account").click()

    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()  # read out first
    expect(page).to_have_title(re.compile(r"^Error: "))
    links = summary.get_by_role("link")
    expect(links).to_have_count(4)
    expect(page.get_by_text("This field is required")).to_have_count(0)
    expect(links.nth(1)).to_have_text("Choose a new passphrase.")
    beside = page.locator("#id_new_passphrase_error")
    expect(beside).to_have_text("Error: Choose a new passphrase.")
    axe_check(page, f"signup-errors-{scheme}")
    links.nth(1).click()
    expect(page.get_by_label("New passphrase", exact=True)).to_be_focused()

    # A passphrase too short: the server says so beside it.
    page.get_by_label("Username").fill("maya")
    page.get_by_label("New passphrase", exact=True).fill("short one")
    page.get_by_label("Type it again").fill("short one")
    page.get_by_label("I am 18 or older").check()
    page.get_by_role("button", name="Create account").click()
    too_short = page.locator("#id_new_passphrase_error")
    expect(too_short).to_contain_text("too short")
    expect(page.get_by_role("alert")).to_contain_text("too short")
    expect(page.get_by_label("Username")).to_have_value("maya")

    # Fixed as the person types: the old error goes, here and in the summary.
    field = page.get_by_label("New passphrase", exact=True)
    field.press_sequentially(STRONG)
    expect(page.locator("#id_new_passphrase-strength")).to_have_text("Very strong.")
    expect(too_short).to_be_hidden()
    expect(page.get_by_role("alert")).to_be_hidden()
    expect(field).to_have_attribute("aria-invalid", "false")
    described = field.get_attribute("aria-describedby") or ""
    assert "id_new_passphrase_error" not in described, "a hidden error is not read out either"
    axe_check(page, f"signup-error-cleared-{scheme}")
    # Undoing the fix brings the error back: the page never says more than it knows.
    field.fill("short")
    expect(too_short).to_be_visible()

    field.fill(STRONG)
    page.get_by_label("Type it again").fill(STRONG)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Your recovery key")).to_be_visible()


def test_a_mismatch_clears_when_the_two_passphrases_match(open_page):
    page = open_page("phone")
    page.goto("/account/signup/")
    page.get_by_label("Username").fill("maya")
    page.get_by_label("New passphrase", exact=True).fill(STRONG)
    page.get_by_label("Type it again").fill(STRONG + "!")
    page.get_by_label("I am 18 or older").check()
    page.get_by_role("button", name="Create account").click()
    mismatch = page.locator("#id_new_passphrase_again_error")
    expect(mismatch).to_contain_text("The two passphrases are different")
    # passphrases are never sent back to the page, so both are typed again
    page.get_by_label("New passphrase", exact=True).fill(STRONG)
    page.get_by_label("Type it again").fill(STRONG[:-1])
    expect(mismatch).to_be_visible()
    page.get_by_label("Type it again").press_sequentially(STRONG[-1])
    expect(mismatch).to_be_hidden()
