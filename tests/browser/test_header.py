"""The header on a phone: one row of at most 64px (the name, "Need help now?" and a menu that
is a real disclosure), in light and dark; the menu opens by tap and by keyboard."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADER_BUDGET = 64


def _header_height(page) -> float:
    return page.locator(".site-header").bounding_box()["height"]


def _menu_as_read_out(page) -> tuple[str, bool]:
    """What a screen reader is told about "Menu": its role and whether it is expanded."""
    cdp = page.context.new_cdp_session(page)
    for node in cdp.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("name", {}).get("value") == "Menu" and not node.get("ignored"):
            states = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            cdp.detach()
            return node["role"]["value"], states.get("expanded")
    raise AssertionError("no control named Menu")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_phone_header_is_one_short_row_and_its_menu_opens_by_tap_and_keyboard(
    sign_in, axe_check, scheme
):
    page = sign_in("phone", color_scheme=scheme).page
    for path in ("/", "/journal/", "/help/", "/account/"):
        page.goto(path)
        height = _header_height(page)
        assert height <= HEADER_BUDGET, f"{path}: the header is {height}px; the budget is 64"
        help_link = page.get_by_role("link", name="Need help now?")
        expect(help_link).to_be_visible()
        boxes = [
            box.bounding_box()
            for box in (page.locator(".brand"), help_link, page.locator(".site-menu > summary"))
        ]
        # one row: the name, the help link and the menu each sit inside the header's height
        assert all(box["y"] >= 0 and box["y"] + box["height"] <= height for box in boxes)
        assert all(box["height"] >= 44 and box["width"] >= 44 for box in boxes[1:])

    page.goto("/")
    button = page.locator(".site-menu > summary")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav).to_have_count(0)  # folded away: not shown and not read out
    # Chromium's disclosure role: read out as a collapsed button, then as expanded.
    assert _menu_as_read_out(page) == ("DisclosureTriangle", False)
    axe_check(page, f"header-phone-closed-{scheme}")

    button.click()  # a tap
    expect(nav.get_by_role("link", name="Journal")).to_be_visible()
    assert _menu_as_read_out(page) == ("DisclosureTriangle", True)
    expect(nav.get_by_role("link", name="Today")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("link", name="Need help now?")).to_be_visible()
    axe_check(page, f"header-phone-open-{scheme}")
    nav.get_by_role("link", name="Journal").click()
    expect(page.get_by_role("heading", name="Journal", level=1)).to_be_visible()
    expect(nav).to_have_count(0)  # a new page starts with the menu folded

    # By keyboard: Tab reaches it after the help link, Enter opens it, Escape closes it and
    # leaves focus on it, Space opens it again, Tab walks into the links.
    page.locator("body").focus()
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # the name
    page.keyboard.press("Tab")  # Need help now?
    expect(page.get_by_role("link", name="Need help now?")).to_be_focused()
    page.keyboard.press("Tab")
    expect(button).to_be_focused()
    outline = button.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline == "solid", "the focused menu button shows where focus is"
    page.keyboard.press("Enter")
    expect(nav.get_by_role("link", name="Thoughts")).to_be_visible()
    page.keyboard.press("Escape")
    expect(nav).to_have_count(0)
    expect(button).to_be_focused()
    page.keyboard.press("Space")
    expect(nav.get_by_role("link", name="Thoughts")).to_be_visible()
    page.keyboard.press("Tab")
    expect(nav.get_by_role("link", name="Today")).to_be_focused()


def test_the_row_fits_narrower_phones_too(open_page):
    page = open_page("phone")
    for width in (360, 320):
        page.set_viewport_size({"width": width, "height": 740})
        page.goto("/account/login/")
        assert page.evaluate("document.documentElement.scrollWidth") == width, "nothing sticks out"
        assert _header_height(page) <= HEADER_BUDGET
        expect(page.get_by_role("link", name="Need help now?")).to_be_visible()
        expect(page.locator(".brand")).to_have_text("Innerbase")


def test_the_menu_works_without_javascript(browser, live_server):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, java_script_enabled=False, base_url=live_server.url
    )
    page = context.new_page()
    page.goto("/account/login/")
    assert _header_height(page) <= HEADER_BUDGET
    page.locator(".site-menu > summary").click()
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Help")).to_be_visible()
    context.close()


def test_a_desktop_shows_the_links_in_the_row(sign_in):
    page = sign_in("desktop").page
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Progress")).to_be_visible()
    expect(page.locator(".site-menu > summary")).to_be_hidden()
    assert _header_height(page) <= HEADER_BUDGET
