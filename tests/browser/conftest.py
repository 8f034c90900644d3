"""Browser tests: Debian's Chromium driven by Playwright, with axe-core and an origin guard."""

import os
from pathlib import Path
from typing import NamedTuple

import pytest
from playwright.sync_api import expect

from browser import browser_path
from innerbase.accounts.services import account_create

VENDOR = Path(__file__).parent / "vendor"
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORTS = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "has_touch": True,
        "is_mobile": True,
        "device_scale_factor": 2,
    },
    "desktop": {"viewport": {"width": 1280, "height": 800}},
}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    executable = browser_path.find_browser()
    if not executable:
        # A clear failure, not a skip: a skipped browser suite would look like a pass.
        pytest.fail(browser_path.how_to(), pytrace=False)
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
        ],
    }


class OriginGuard:
    """Remembers every request a page makes; none may go to another host."""

    def __init__(self, origin: str):
        self.origin = origin
        self.outside: list[str] = []
        self.csp_errors: list[str] = []

    def on_request(self, request) -> None:
        url = request.url
        if not (url.startswith(self.origin) or url.startswith(("data:", "blob:", "about:"))):
            self.outside.append(url)

    def on_console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.csp_errors.append(message.text)


@pytest.fixture
def open_page(browser, live_server):
    """Open a page on a phone or desktop viewport, guarded against leaving the origin."""
    contexts, guards = [], []

    def _open(
        viewport: str = "desktop",
        color_scheme: str = "light",
        reduced_motion: str = "no-preference",
        **options,
    ):
        context = browser.new_context(
            **VIEWPORTS[viewport],
            color_scheme=color_scheme,
            reduced_motion=reduced_motion,
            base_url=live_server.url,
            **options,  # java_script_enabled=False: what a page does with no script
        )
        contexts.append(context)
        guard = OriginGuard(live_server.url)
        # On the context, not the page: the service worker's own fetches are guarded too.
        context.on("request", guard.on_request)
        page = context.new_page()
        page.on("console", guard.on_console)
        guards.append(guard)
        return page

    yield _open
    for context in contexts:
        context.close()
    for guard in guards:
        assert guard.outside == [], f"requests left the origin: {guard.outside}"
        assert guard.csp_errors == [], f"the CSP blocked something: {guard.csp_errors}"


@pytest.fixture
def axe_check():
    """Return the accessibility check, so tests can call it on each page they visit."""
    return check_accessibility


def check_accessibility(page, name: str) -> None:
    """Run axe-core (WCAG 2.2 AA) on the page; fail on serious or critical findings; screenshot."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # evaluate() is not subject to the page's CSP, so the strict policy stays in place.
        page.evaluate((VENDOR / "axe.min.js").read_text(encoding="utf-8"))
    # A sticky action bar (templates/forms/step_actions.html) covers whatever is passing under
    # it at this scroll position, and axe would judge those controls too small. The person
    # scrolls them clear, so judge the page at its end, where the bar rests in its own place,
    # and put the scroll back for the rest of the test.
    scrolled = page.evaluate("() => { const y = scrollY; scrollTo(0, 1e9); return y; }")
    result = page.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag', values:
            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"""
    )
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    # A full-page picture of every checked screen costs most of a second each; it is taken
    # when a check fails (to see why) or when asked for with INNERBASE_SCREENSHOTS=1.
    if bad or os.environ.get("INNERBASE_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    page.evaluate("(y) => scrollTo(0, y)", scrolled)
    assert bad == [], f"{name}: {bad}"


def go_to(page, label: str) -> None:
    """Follow a link in the main navigation like a person: on a phone, open the menu first."""
    menu = page.locator(".site-menu > summary")
    if menu.is_visible():
        menu.click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name=label).click()


@pytest.fixture
def navigate():
    return go_to


PASSPHRASE = "paper boats on a slow river"


class Visit(NamedTuple):
    page: object
    user: object
    key: bytes


@pytest.fixture
def sign_in(open_page):
    """Make an account and log in through the form like a person; a phone unless told."""

    def _sign_in(viewport: str = "phone", username: str = "rowan", **options) -> Visit:
        user, key, _ = account_create(username=username, passphrase=PASSPHRASE)
        page = open_page(viewport, **options)
        page.goto("/account/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Passphrase").fill(PASSPHRASE)
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
        return Visit(page, user, key)

    return _sign_in
