"""Help that opens without a connection, in a real browser: the service worker is installed
while online, then the phone goes offline and a person opens help, the helplines, breathing,
grounding, kind words, the timer and a journal page. Nothing they wrote is in the cache."""

import json
import re

import pytest
from playwright.sync_api import expect

from innerbase.safety import offline, services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECRET = "I keep rereading the message from Sam at the lighthouse"
PLAN_REASON = "Walking Biscuit along the canal at dawn"
PHONE_HEIGHT = 844
ALL_CACHED = """async () => {
  const found = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      found.push({cache: name, url: request.url, body: await response.text()});
    }
  }
  return found;
}"""


def ready_offline(page, country: str | None = None) -> None:
    """Wait until the worker (for this country) has kept its copies and controls the page."""
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    if not page.evaluate("() => navigator.serviceWorker.controller !== null"):
        page.reload()
    page.wait_for_function(
        """(country) => {
            const worker = navigator.serviceWorker.controller;
            return worker !== null && (!country || worker.scriptURL.endsWith('country=' + country));
        }""",
        arg=country,
    )


def go_offline(page) -> None:
    page.context.set_offline(True)
    assert page.evaluate("() => navigator.onLine") is False


def expect_offline_help(page, viewport: str) -> None:
    """The offline page: the country's lines and emergency number, the way to calm tools."""
    expect(page.get_by_role("heading", name="You're offline right now")).to_be_visible()
    call = page.get_by_role("link", name="Call 116 123")
    expect(call).to_have_attribute("href", "tel:116123")
    expect(page.get_by_role("link", name="999", exact=True)).to_have_attribute("href", "tel:999")
    expect(page.get_by_role("link", name="Need help now?")).to_be_visible()
    if viewport == "phone":
        assert page.get_by_role("link", name="999", exact=True).bounding_box()["y"] < PHONE_HEIGHT
    for name in ("Breathe slowly", "5-4-3-2-1 grounding", "Kind words for a hard moment"):
        expect(page.get_by_role("link", name=name)).to_be_visible()
    expect(page.get_by_role("link", name="A quiet timer")).to_be_visible()


def expect_saved_copy_note(page) -> None:
    expect(page.get_by_role("status").filter(has_text="No connection right now.")).to_be_visible()


def choose_country(page, code: str) -> None:
    page.goto("/help/")
    page.get_by_label("Country").select_option(code)
    page.get_by_role("button", name="Show helplines").click()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_help_opens_without_a_connection_when_logged_out(open_page, axe_check, viewport):
    page = open_page(viewport)
    choose_country(page, "GB")
    ready_offline(page, "GB")
    go_offline(page)

    # Any page at all, here the front page: the calm offline page, never the browser's error.
    page.goto("/")
    expect_offline_help(page, viewport)
    axe_check(page, f"offline-{viewport}-light")

    page.get_by_role("link", name="Need help now?").click()
    expect(page.get_by_role("heading", name="You don't have to face this alone")).to_be_visible()
    expect_saved_copy_note(page)
    expect(page.get_by_role("link", name="Call 116 123")).to_be_visible()
    if viewport == "phone":
        assert page.get_by_role("link", name="999", exact=True).bounding_box()["y"] < PHONE_HEIGHT
    # Another country's helplines open offline too.
    page.get_by_label("Country").select_option("IE")
    page.get_by_role("button", name="Show helplines").click()
    expect(page.get_by_role("heading", name="Talk to someone in Ireland")).to_be_visible()

    page.get_by_role("link", name="I need a minute: calming tools").click()
    expect(page.get_by_role("heading", name="I need a minute", exact=True)).to_be_visible()
    page.get_by_role("link", name="Start breathing").click()
    expect(page.get_by_role("heading", name="Breathe slowly")).to_be_visible()
    page.get_by_role("button", name="Start").click()
    expect(page.locator(".breathing__phase")).not_to_have_text("Press start when you are ready.")
    page.get_by_role("button", name="Stop").click()


def test_grounding_kind_words_and_the_timer_work_offline(open_page, axe_check):
    page = open_page("phone")
    choose_country(page, "GB")
    ready_offline(page, "GB")
    go_offline(page)
    page.goto("/journal/")
    expect_offline_help(page, "phone")

    page.get_by_role("link", name="5-4-3-2-1 grounding").click()
    page.get_by_role("link", name="Start").click()
    expect(page.get_by_text("Step 1 of 5")).to_be_visible()
    for _ in range(5):
        page.get_by_role("link", name=re.compile("^(Next|Finish)$")).click()
    expect_saved_copy_note(page)
    page.go_back()
    expect(page.get_by_text("Step 5 of 5")).to_be_visible()

    page.goto("/help/calm/soothe/")
    expect(page.get_by_role("heading", name="Kind words for a hard moment")).to_be_visible()
    expect_saved_copy_note(page)

    page.get_by_role("link", name="All the help saved here").click()
    page.get_by_role("link", name="A quiet timer").click()
    expect(page.get_by_text("saves nothing")).to_be_visible()
    page.get_by_label("10 minutes").check()
    page.get_by_role("button", name="Start the timer").click()
    clock = page.locator(".quiet-timer__clock")
    expect(clock).to_have_text(re.compile(r"^(10:00|9:5\d)$"))
    first = clock.text_content()
    expect(clock).not_to_have_text(first, timeout=3000)  # it counts down with no server
    axe_check(page, "offline-timer-phone")
    page.get_by_role("button", name="Stop the timer").click()
    expect(page.get_by_role("button", name="Start the timer")).to_be_visible()


def test_the_offline_page_in_dark_mode(open_page, axe_check):
    page = open_page("phone", color_scheme="dark")
    choose_country(page, "GB")
    ready_offline(page, "GB")
    go_offline(page)
    page.goto("/thoughts/")
    expect_offline_help(page, "phone")
    axe_check(page, "offline-phone-dark")
    page.get_by_role("link", name="Need help now?").click()
    expect_saved_copy_note(page)
    axe_check(page, "offline-help-copy-phone-dark")


def test_nothing_a_person_wrote_is_kept_for_offline(sign_in, live_server):
    page, user, key = sign_in("phone")
    services.plan_save(user=user, data_key=key, sections={"reasons": PLAN_REASON})
    page.goto("/journal/new/")
    page.get_by_label("What's on your mind?").fill(SECRET)
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text(SECRET)).to_be_visible()
    entry_url = page.url
    choose_country(page, "GB")  # a logged-in person's country is kept on the account
    ready_offline(page, "GB")
    # Online and logged in, the person sees their own pages, help pages included.
    page.goto("/help/plan/")
    expect(page.get_by_text(PLAN_REASON)).to_be_visible()
    expect(page.get_by_text("doesn't keep your plan on this device")).to_be_visible()
    for path in ("/help/", "/help/calm/breathe/", "/help/offline/", entry_url):
        page.goto(path)
    expect(page.get_by_text(SECRET)).to_be_visible()

    go_offline(page)
    page.goto(entry_url)
    expect_offline_help(page, "phone")
    assert SECRET not in page.content()
    page.goto("/help/plan/")  # the plan is offered offline only as the copy they print or save
    expect_offline_help(page, "phone")
    assert PLAN_REASON not in page.content()
    page.goto("/help/")
    expect_saved_copy_note(page)
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)

    cached = page.evaluate(ALL_CACHED)
    allowed = {live_server.url + url for url in offline.pages() + offline.static_files()}
    assert cached and {item["url"] for item in cached} <= allowed
    assert {item["url"] for item in cached} == allowed  # every copy was kept
    for item in cached:
        for private in (SECRET, PLAN_REASON, user.username, "csrfmiddlewaretoken", "Log out"):
            assert private not in item["body"], f"{private!r} in the saved {item['url']}"

    # The API and anything sent by a script fail plainly: never a made-up answer.
    outcome = page.evaluate(
        """async () => {
            const tries = [fetch('/api/v1/me'), fetch('/journal/', {method: 'POST', body: 'x'})];
            return Promise.all(tries.map((t) => t.then(() => 'answered', () => 'failed')));
        }"""
    )
    assert outcome == ["failed", "failed"]


def test_a_form_sent_offline_keeps_what_was_typed(sign_in, axe_check):
    page = sign_in("phone").page
    choose_country(page, "GB")
    ready_offline(page, "GB")
    page.goto("/journal/new/")
    page.get_by_label("What's on your mind?").fill(SECRET)
    go_offline(page)
    page.get_by_role("button", name="Save entry").click()
    note = page.get_by_role("status").filter(has_text="You're offline, so this can't be sent yet")
    expect(note).to_be_visible()
    expect(page.get_by_label("What's on your mind?")).to_have_value(SECRET)
    axe_check(page, "offline-form-kept-phone")
    # Sent anyway (a browser that thinks it is online), the post gets the offline page.
    page.evaluate("() => document.querySelector('form[method=post]').submit()")
    expect_offline_help(page, "phone")
    expect(page.get_by_text("it may not have arrived")).to_be_visible()
    cached = page.evaluate(ALL_CACHED)
    assert all(SECRET not in item["body"] for item in cached)


def test_the_worker_and_the_manifest_are_in_place(open_page):
    page = open_page("phone")
    page.goto("/")
    ready_offline(page)
    scope = page.evaluate("async () => (await navigator.serviceWorker.ready).scope")
    assert scope == page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2] + "/"
    manifest = page.evaluate(
        "async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json()"
    )
    assert manifest["display"] == "standalone" and json.dumps(manifest["icons"])
