"""The "Need help now?" link is on every page and leads to real helplines, no login needed."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/",
    "/account/login/",
    "/account/signup/",
    "/account/recover/",
    "/account/privacy/",
    "/no-such-page/",
]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_need_help_now_is_visible_on_every_page_and_opens_helplines(open_page, axe_check, viewport):
    page = open_page(viewport)
    for path in PAGES:
        page.goto(path)
        link = page.get_by_role("link", name="Need help now?")
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box["height"] >= 44 and box["y"] < 120  # large, and at the top without scrolling
    page.get_by_role("link", name="Need help now?").click()
    expect(page.get_by_role("heading", name="You don't have to face this alone")).to_be_visible()
    page.get_by_label("Country").select_option("GB")
    page.get_by_role("button", name="Show helplines").click()
    expect(page.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(page.get_by_text("999").first).to_be_visible()
    axe_check(page, f"help-{viewport}-light")


def test_the_country_follows_the_browser_language(browser, live_server):
    context = browser.new_context(locale="en-AU", base_url=live_server.url)
    page = context.new_page()
    page.goto("/help/")
    expect(page.get_by_role("heading", name="Talk to someone in Australia")).to_be_visible()
    context.close()


@pytest.mark.parametrize(
    ("country", "call", "scheme"),
    [("GB", "Call 116 123", "light"), ("US", "Call 988", "dark"), ("AU", "Call 13 11 14", "light")],
)
def test_help_now_on_a_phone_puts_the_call_on_the_first_screen(
    open_page, axe_check, country, call, scheme
):
    page = open_page("phone", color_scheme=scheme)
    page.goto(f"/help/?country={country}")
    screen = page.viewport_size["height"]
    call_box = page.get_by_role("link", name=call).first.bounding_box()
    emergency = page.locator(".emergency a").first.bounding_box()
    assert call_box["y"] + call_box["height"] <= screen, "the call button is on the first screen"
    assert emergency["y"] + emergency["height"] <= screen, "so is the emergency number"
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= 3 * screen, f"Help now is {height / screen:.2f} screens; the budget is 3"
    # What folds away opens with one tap, like a person would.
    page.get_by_role("heading", name="Anywhere in the world").click()
    expect(page.get_by_role("link", name="Open findahelpline.com")).to_be_visible()
    axe_check(page, f"help-first-screen-{country}-{scheme}")
