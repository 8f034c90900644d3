"""A person's whole account life, clicked as they would, on a phone and a desktop."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST = "paper boats on a slow river"
SECOND = "seven quiet lanterns in fog"
THIRD = "a kettle singing at dawn"


def _log_in(page, username, passphrase):
    page.goto("/account/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Passphrase").fill(passphrase)
    page.get_by_role("button", name="Log in").click()


def _log_out(page):
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_sign_up_to_deletion(open_page, axe_check, navigate, viewport):
    page = open_page(viewport)
    shot = f"{viewport}-light"
    page.goto("/")
    axe_check(page, f"welcome-{shot}")
    page.get_by_role("link", name="Create a private account").click()
    axe_check(page, f"signup-{shot}")

    # A too-short passphrase is explained beside the field, and the username is kept.
    page.get_by_label("Username").fill("maya")
    page.get_by_label("New passphrase").fill("too short")
    expect(page.get_by_text("more characters needed")).to_be_visible()
    page.get_by_label("Type it again").fill("too short")
    page.get_by_label("I am 18 or older").check()
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("alert")).to_contain_text("at least 12 characters")
    expect(page.get_by_label("Username")).to_have_value("maya")
    axe_check(page, f"signup-errors-{shot}")

    page.get_by_label("New passphrase").fill(FIRST)
    expect(page.get_by_text("Strong")).to_be_visible()
    page.get_by_label("Type it again").fill(FIRST)
    page.get_by_label("I am 18 or older").check()
    page.get_by_role("button", name="Create account").click()

    # The recovery key, shown once.
    expect(page.get_by_role("heading", name=re.compile("save your recovery key"))).to_be_visible()
    recovery_key = page.locator("#recovery-key").inner_text().strip()
    assert re.fullmatch(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", recovery_key)
    axe_check(page, f"recovery-key-{shot}")
    # The box must be ticked first; the browser keeps the key on screen until it is.
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("#recovery-key")).to_have_text(recovery_key)
    page.get_by_label("I have saved my recovery key somewhere safe").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    axe_check(page, f"today-{shot}")

    _log_out(page)
    _log_in(page, "maya", FIRST)
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()

    # Change the passphrase.
    navigate(page, "Account")
    axe_check(page, f"account-{shot}")
    page.get_by_role("link", name="Change passphrase").click()
    page.get_by_label("Current passphrase").fill(FIRST)
    page.get_by_label("New passphrase").fill(SECOND)
    page.get_by_label("Type it again").fill(SECOND)
    axe_check(page, f"passphrase-change-{shot}")
    page.get_by_role("button", name="Change passphrase").click()
    expect(page.get_by_text("Your passphrase is changed")).to_be_visible()
    _log_out(page)

    _log_in(page, "maya", FIRST)
    expect(page.get_by_role("alert")).to_contain_text("don't match")
    axe_check(page, f"login-error-{shot}")
    _log_in(page, "maya", SECOND)
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    _log_out(page)

    # Forgot it: reset with the recovery key, typed sloppily.
    page.get_by_role("link", name="Forgot your passphrase?").click()
    page.get_by_label("Username").fill("maya")
    page.get_by_label("Recovery key").fill(recovery_key.lower().replace("-", " "))
    page.get_by_label("New passphrase").fill(THIRD)
    page.get_by_label("Type it again").fill(THIRD)
    axe_check(page, f"recover-{shot}")
    page.get_by_role("button", name="Set new passphrase").click()
    expect(page.get_by_role("heading", name="Your new recovery key")).to_be_visible()
    assert page.locator("#recovery-key").inner_text().strip() != recovery_key
    page.get_by_label("I have saved my recovery key somewhere safe").check()
    page.get_by_role("button", name="Continue").click()
    _log_out(page)
    _log_in(page, "maya", THIRD)
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()

    # Delete the account.
    navigate(page, "Account")
    page.get_by_role("link", name="Delete account").click()
    axe_check(page, f"delete-{shot}")
    page.get_by_label("Your passphrase").fill(THIRD)
    page.get_by_label(re.compile("I understand")).check()
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_role("heading", name="Your account is deleted")).to_be_visible()
    _log_in(page, "maya", THIRD)
    expect(page.get_by_role("alert")).to_contain_text("don't match")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_dark_mode_pages_pass_axe(open_page, axe_check, viewport):
    page = open_page(viewport, color_scheme="dark")
    for path, name in [
        ("/", "welcome"),
        ("/account/signup/", "signup"),
        ("/account/login/", "login"),
        ("/help/?country=GB", "help"),
        ("/account/privacy/", "privacy"),
        ("/account/recover/", "recover"),
    ]:
        page.goto(path)
        axe_check(page, f"{name}-{viewport}-dark")


def test_the_app_locks_itself_after_the_idle_time(open_page, settings):
    from innerbase.accounts.services import account_create

    account_create(username="sam", passphrase=FIRST)
    page = open_page("phone")
    page.clock.install()
    _log_in(page, "sam", FIRST)
    page.goto("/account/")
    expect(page.get_by_role("heading", name="Your account", exact=True)).to_be_visible()
    page.clock.run_for(settings.IDLE_LOCK_MINUTES * 60 * 1000 + 20_000)
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    expect(page.get_by_text("locked itself")).to_be_visible()
    assert "next=%2Faccount%2F" in page.url
