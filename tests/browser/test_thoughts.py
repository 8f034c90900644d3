"""Thought records in a real browser: a full record on a phone, stopped at step 5 and
finished later from the list, the before → after change on the review page, core beliefs
with their chart, and a dark-mode desktop check; axe-core on every kind of screen."""

import re
from urllib.parse import unquote_plus

import pytest
from playwright.sync_api import expect

from innerbase.thoughts import selectors, services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _slide(locator, value: int) -> None:
    """Move a 0-100 slider the way the keyboard would: Home, then one step at a time."""
    locator.focus()
    locator.press("Home")
    for _ in range(value):
        locator.press("ArrowRight")


def _unfold(page, name: str) -> None:
    """Open one folded group with a tap on its line, like a person."""
    page.locator("details.fold-field > summary").filter(has_text=re.compile(f"^{name}")).click()


SCREEN = 844
HEADER_BUDGET = 64  # the header's own phone budget (issue 13), tested with the header


def _bottom(locator) -> float:
    box = locator.bounding_box()
    return box["y"] + box["height"]


def _on_first_screen_below_the_header(page, locator) -> bool:
    """Inside the first screen once the header keeps its 64-px budget: measured from the
    header's bottom, so this fails for the step's own length, not for the header's."""
    header = page.locator(".site-header").bounding_box()["height"]
    return _bottom(locator) - header + HEADER_BUDGET <= SCREEN


def _at_step(page, number: int, title: str) -> None:
    expect(page.get_by_text(f"Step {number} of 9", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()


def test_a_full_record_on_a_phone_stopped_at_step_5_and_finished_later(
    sign_in, axe_check, navigate
):
    page = sign_in("phone").page
    navigate(page, "Thoughts")
    expect(page.get_by_role("heading", name="Thought records", level=1)).to_be_visible()
    axe_check(page, "thoughts-review-empty-phone")
    page.get_by_role("link", name="Start a thought record").click()
    page.get_by_role("button", name="Begin").click()

    _at_step(page, 1, "What happened")
    expect(page.get_by_text("steady ground")).to_be_visible()
    axe_check(page, "thoughts-step-text-phone")
    page.get_by_role("textbox").fill("Saturday night. I texted Alex at 8 and heard nothing.")
    page.get_by_role("button", name="Next").click()

    _at_step(page, 2, "The thought")
    page.get_by_role("textbox").fill("Alex is losing interest in me.")
    page.get_by_role("button", name="Next").click()

    _at_step(page, 3, "Your feelings")
    page.locator("#id_emotion_1").select_option("anxious")
    _slide(page.locator("#id_before_1"), 80)
    expect(page.locator("#id_before_1_value")).to_have_text("80")
    page.locator("#id_emotion_2").select_option("rejected")
    _slide(page.locator("#id_before_2"), 60)
    axe_check(page, "thoughts-step-emotions-phone")
    page.get_by_role("button", name="Next").click()

    _at_step(page, 4, "Thinking traps")
    # someone new: every group folded, Next on the first screen even under today's header
    assert _bottom(page.get_by_role("button", name="Next")) <= SCREEN
    _unfold(page, "Attachment traps")
    page.get_by_label("Reading silence as rejection").check()
    _unfold(page, "Guessing the worst")
    page.get_by_label("Mind reading").check()
    page.locator(".trap summary").first.click()
    axe_check(page, "thoughts-step-distortions-phone")
    page.get_by_role("button", name="Next").click()

    _at_step(page, 5, "What supports the thought")
    page.get_by_role("button", name="Stop here and finish later").click()
    expect(page.get_by_text("You can finish this record any time")).to_be_visible()
    expect(page.get_by_text("not finished yet")).to_be_visible()

    page.goto("/")
    page.goto("/thoughts/")
    page.get_by_role("link", name="Finish this record").click()
    _at_step(page, 5, "What supports the thought")
    expect(page.get_by_text("Alex is losing interest in me.")).to_be_visible()
    page.get_by_role("textbox").fill("Alex usually answers within the hour.")
    page.get_by_role("button", name="Next").click()

    _at_step(page, 6, "What doesn't quite fit")
    page.get_by_role("textbox").fill("Alex said the team dinner runs late on Saturdays.")
    page.get_by_role("button", name="Next").click()

    _at_step(page, 7, "A fuller view")
    page.get_by_text("Questions that can help").click()
    expect(page.get_by_text("What would I tell a friend who thought this?")).to_be_visible()
    page.get_by_role("textbox").fill("Alex is probably busy. I can ask tomorrow.")
    page.get_by_role("button", name="Next").click()

    _at_step(page, 8, "Your feelings now")
    expect(page.get_by_text("Before: 80 out of 100")).to_be_visible()
    _slide(page.get_by_role("slider", name=re.compile("Anxious")), 30)
    _slide(page.get_by_role("slider", name=re.compile("Rejected")), 40)
    axe_check(page, "thoughts-step-rerate-phone")
    page.get_by_role("button", name="Next").click()

    _at_step(page, 9, "A deeper belief")
    _unfold(page, "Being left")
    page.get_by_role("radio", name="People always leave me in the end.").check()
    axe_check(page, "thoughts-step-belief-phone")
    page.get_by_role("button", name="Save and see the record").click()

    expect(page.get_by_role("heading", name="Thought record", level=1)).to_be_visible()
    expect(page.get_by_text("eased by 50")).to_be_visible()
    axe_check(page, "thoughts-record-phone")
    page.get_by_role("link", name="Thought records").first.click()
    item = page.locator(".thought-item").first
    expect(item).to_contain_text("Alex is losing interest in me.")
    expect(item.locator(".thought-change")).to_contain_text("70")
    expect(item.locator(".thought-change")).to_contain_text("35")
    expect(item).to_contain_text("eased by 35")
    expect(page.get_by_role("heading", name="The traps you spot most")).to_be_visible()
    axe_check(page, "thoughts-review-phone")
    # search by a word and by a trap's name, typed and sent like a person does; the words
    # travel in the form's body, never in a URL the browser asks for or remembers
    asked = []
    page.on("request", lambda request: asked.append(unquote_plus(request.url).casefold()))
    page.get_by_label("Search your records").fill("INTEREST")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="1 record matching “INTEREST”")).to_be_visible()
    expect(page.locator(".thought-item").first).to_contain_text("Alex is losing interest")
    page.get_by_label("Search your records").fill("silence as rejection")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".thought-item")).to_have_count(1)
    axe_check(page, "thoughts-search-phone")
    assert page.url.endswith("/thoughts/search/")
    assert not [url for url in asked if "interest" in url or "silence" in url]

    page.get_by_role("link", name="Core beliefs").click()
    page.get_by_role("link", name="People always leave me in the end.").click()
    _slide(page.get_by_role("slider"), 45)
    page.get_by_role("button", name="Save this rating").click()
    expect(page.get_by_role("img", name=re.compile("How true this belief felt"))).to_be_visible()
    expect(page.get_by_text("Linked thought records (1)")).to_be_visible()
    axe_check(page, "thoughts-belief-phone")


def test_review_and_traps_in_dark_mode_on_a_desktop(sign_in, axe_check):
    page, user, key = sign_in("desktop", color_scheme="dark")
    for number in range(23):
        services.record_create(
            user=user,
            data_key=key,
            data={
                "automatic_thought": f"Thought {number}",
                "emotions": [{"name": "lonely", "before": 80, "after": 50 - number % 3 * 10}],
                "distortions": ["keeping-score"],
            },
        )
    page.goto("/thoughts/")
    expect(page.get_by_text("Keeping score")).to_be_visible()
    axe_check(page, "thoughts-review-desktop-dark")
    # a search's further pages are posted too, the words carried along
    page.get_by_label("Search your records").fill("thought")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_text("Page 1 of 2")).to_be_visible()
    axe_check(page, "thoughts-search-desktop-dark")
    page.get_by_role("button", name="Older").click()
    expect(page.get_by_text("Page 2 of 2")).to_be_visible()
    expect(page.locator(".thought-item")).to_have_count(3)
    expect(page.get_by_label("Search your records")).to_have_value("thought")
    page.get_by_role("link", name="Core beliefs").click()
    axe_check(page, "thoughts-beliefs-desktop-dark")
    page.goto("/thoughts/")
    page.get_by_role("link", name="Start a thought record").click()
    page.get_by_role("button", name="Begin").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    _at_step(page, 4, "Thinking traps")
    axe_check(page, "thoughts-step-distortions-desktop-dark")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_steps_4_and_9_keep_their_main_action_on_the_first_screen(sign_in, axe_check, scheme):
    page, user, key = sign_in(color_scheme=scheme)
    for codes in (
        ["mind-reading", "silence-as-rejection"],
        ["mind-reading", "keeping-score", "silence-as-rejection"],
        ["mind-reading", "catastrophising", "keeping-score"],
    ):
        services.record_create(user=user, data_key=key, data={"distortions": codes})
    services.belief_add(user=user, data_key=key, text="I only matter when I am useful.")
    services.belief_add(user=user, data_key=key, starter="people-leave")
    record = services.record_start(user=user, data_key=key)
    services.record_save_step(
        record=record,
        data_key=key,
        step="automatic-thought",
        changes={"automatic_thought": "Alex is losing interest in me and will leave soon."},
        done=True,
    )
    page.goto(f"/thoughts/{record.pk}/step/distortions/")
    next_button = page.get_by_role("button", name="Next")
    assert _on_first_screen_below_the_header(page, next_button)
    yours = page.get_by_role("group", name="The ones you spot most")
    expect(yours.get_by_role("checkbox")).to_have_count(3)  # most spotted first
    yours.get_by_role("checkbox", name="Mind reading").check()
    expect(page.get_by_label("Fortune telling")).to_be_hidden()  # the rest, one tap away
    _unfold(page, "Guessing the worst")
    page.get_by_label("Fortune telling").check()
    axe_check(page, f"thoughts-step-traps-yours-phone-{scheme}")
    next_button.click()
    _at_step(page, 5, "What supports the thought")
    page.goto(f"/thoughts/{record.pk}/step/core-belief/")
    save = page.get_by_role("button", name="Save and see the record")
    assert _on_first_screen_below_the_header(page, save)
    own = page.get_by_role("radio", name="I only matter when I am useful.")
    starter = page.get_by_role("radio", name="I'm going to end up alone.")
    expect(own).to_be_visible()  # the person's own words first
    expect(starter).to_be_hidden()  # the ready-written ones folded by theme
    expect(page.get_by_role("slider")).to_be_hidden()  # no belief chosen, nothing to rate
    _unfold(page, "Being left")
    starter.check()
    expect(page.get_by_role("slider")).to_be_visible()
    axe_check(page, f"thoughts-step-belief-themes-phone-{scheme}")
    save.click()
    expect(page.get_by_role("heading", name="Thought record", level=1)).to_be_visible()
    record.refresh_from_db()
    assert set(record.distortions) == {"mind-reading", "fortune-telling"}
    linked = selectors.belief_text(belief=record.core_belief, data_key=key)
    assert linked == "I'm going to end up alone."
