"""Learn on a phone, the way a person reads: the anxious path from Today, a lesson read to the
end, its reflection opening the journal and its try-it opening the tool; the place in a
lesson surviving a reload; "Listen"; and axe-core on every lesson page, light and dark."""

import re

import pytest
from playwright.sync_api import expect

from innerbase.learn import content
from people import Person, take_attachment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FAKE_SPEECH = """() => {
  window.spoken = []; window.cancelled = 0; let current = null;
  window.finishUtterance = () => { const u = current; current = null; u.onend(); };
  Object.defineProperty(window, "speechSynthesis", {configurable: true, value: {
    speak: (u) => { current = u; window.spoken.push(u.text.trim()); },
    cancel: () => { window.cancelled += 1; current = null; },
  }});
}"""


def test_follow_the_anxious_path_from_today_read_reflect_and_try(sign_in, axe_check):
    page, user, key = sign_in("phone")
    take_attachment(Person("rowan", "", "", user, key), anxious=True, avoidant=False)
    first, second = content.lessons_on("anxious")[:2]

    page.goto("/")
    card = page.get_by_role("region", name="A short read")
    expect(card).to_contain_text("When you fear losing people")
    card.get_by_role("link", name=first.title).click()
    expect(page.get_by_role("heading", name=first.title, level=1)).to_be_visible()
    axe_check(page, "learn-lesson-phone")

    page.get_by_role("button", name="I've read this").scroll_into_view_if_needed()
    page.get_by_role("button", name="I've read this").click()
    expect(page.get_by_text("You read this lesson.").first).to_be_visible()
    expect(page.get_by_role("link", name=second.title)).to_be_visible()  # next on the path

    page.get_by_role("link", name="Write about it in your journal").click()
    expect(page.get_by_text(first.prompt)).to_be_visible()
    axe_check(page, "learn-reflection-phone")
    page.get_by_role("link", name="Back to the lesson").click()
    page.get_by_role("link", name=first.try_it.label).click()
    expect(page).to_have_url(re.compile(r"/assessments/ecr-r/$"))

    page.goto("/")
    expect(page.get_by_role("region", name="A short read")).to_have_count(0)  # one a day
    page.goto("/learn/")
    expect(page.get_by_text(f"1 of {len(content.lessons_on('anxious'))} read")).to_be_visible()
    axe_check(page, "learn-index-phone")


def test_the_place_in_a_lesson_survives_a_reload_and_listen_starts_and_stops(sign_in):
    page, _, _ = sign_in("phone")
    page.goto("/learn/four-patterns/")
    blocks = page.locator("[data-lesson-body] > *")
    target = blocks.nth(8)
    with page.expect_response(lambda r: r.url.endswith("/place/") and r.status == 204):
        target.evaluate("e => e.scrollIntoView({block: 'start'})")
    # The browser's own voice is stood in for (from the reload on): headless Chromium has no
    # voices, and what is tested is what the page asks of it.
    page.add_init_script(f"({FAKE_SPEECH})()")
    page.reload()
    expect(
        page.get_by_role("heading", name=content.by_code()["four-patterns"].title)
    ).to_be_attached()
    page.wait_for_function("() => window.scrollY > 200")
    top = target.evaluate("e => e.getBoundingClientRect().top")
    assert abs(top) < 40, f"the lesson reopened {top}px away from where the reader stopped"

    # Listen reads from the paragraph at the top of the screen, one after another, until Stop:
    # tapped at the top of the lesson, from its first paragraph.
    page.evaluate("() => scrollTo(0, 0)")
    page.get_by_role("button", name="Listen").click()
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("() => window.spoken") == [blocks.nth(0).inner_text().strip()]
    expect(blocks.nth(0)).to_have_class("is-spoken")
    page.evaluate("() => window.finishUtterance()")  # the paragraph ends: the next one follows
    assert page.evaluate("() => window.spoken")[1] == blocks.nth(1).inner_text().strip()
    stop.click()
    expect(page.get_by_role("button", name="Listen")).to_have_attribute("aria-pressed", "false")
    assert page.evaluate("() => window.cancelled") >= 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_lesson_page_passes_axe(sign_in, axe_check, scheme):
    page, _, _ = sign_in("phone", color_scheme=scheme)
    for lesson in content.lessons():
        page.goto(f"/learn/{lesson.code}/")
        expect(page.get_by_role("heading", name=lesson.title, level=1)).to_be_visible()
        axe_check(page, f"learn-{lesson.code}-{scheme}")
    page.goto("/learn/therapy/?country=GB")
    axe_check(page, f"learn-therapy-{scheme}")
