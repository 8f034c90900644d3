"""The main action of every questionnaire item and every thought-record step sits inside the
first screen of a 390 x 844 phone, in light and dark: a person need not scroll to go on. On a
step longer than the screen the action bar stays at the bottom (sticky), so the tests also
check that nothing covers the button and that the bar never hides the field in focus."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _assert_on_first_screen(page, name: str, where: str) -> None:
    button = page.get_by_role("button", name=name, exact=True)
    expect(button).to_be_visible()
    box = button.bounding_box()
    bottom, screen = box["y"] + box["height"], page.viewport_size["height"]
    assert bottom <= screen, f"{where}: {name!r} ends at {bottom:.0f}px, below the first screen"
    # and it is the button a tap at its middle reaches, not something drawn over it
    reached = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('button')?.textContent.trim()",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert reached == name, f"{where}: a tap on {name!r} reaches {reached!r}"


def _assert_focus_stays_clear_of_the_bar(page, presses: int) -> None:
    """Tab through the step: each field that takes focus shows above the action bar."""
    page.locator("h1").click()
    for _ in range(presses):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const el = document.activeElement;
                if (el.closest('.step-actions__bar')) return null;
                const r = el.getBoundingClientRect(),
                      bar = document.querySelector('.step-actions__bar').getBoundingClientRect();
                return [el.id || el.textContent.trim(), r.top, r.bottom, bar.top, bar.bottom]; }"""
        )
        if focused:
            # Hidden means under the bar; a field drawn below a bar that sits in the flow of
            # a short step is not covered by it.
            name, top, bottom, bar_top, bar_bottom = focused
            covered = bottom > bar_top and top < bar_bottom
            assert not covered, f"{name} (focused) is hidden behind the action bar"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_ecr_r_item_1_and_every_thought_record_step_keep_the_action_on_the_first_screen(
    sign_in, axe_check, scheme
):
    page = sign_in("phone", color_scheme=scheme).page
    page.goto("/assessments/ecr-r/")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Question 1 of 36", exact=True)).to_be_visible()
    _assert_on_first_screen(page, "Next", "ECR-R item 1")
    # and the whole item with it: the question and all seven answers show above the bar
    last = page.get_by_text("7 · Strongly agree").bounding_box()
    bar = page.locator(".step-actions__bar").bounding_box()
    assert last["y"] + last["height"] <= bar["y"], "ECR-R item 1 fits above its action bar"
    axe_check(page, f"main-action-ecr-r-1-{scheme}")
    page.get_by_role("radio", name="4 · Neutral/mixed", exact=True).check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Question 2 of 36", exact=True)).to_be_visible()
    _assert_on_first_screen(page, "Next", "ECR-R item 2")

    page.goto("/thoughts/")
    page.get_by_role("link", name="Start a thought record").click()
    page.get_by_role("button", name="Begin").click()
    for number in range(1, 10):
        expect(page.get_by_text(f"Step {number} of 9", exact=True)).to_be_visible()
        action = "Save and see the record" if number == 9 else "Next"
        _assert_on_first_screen(page, action, f"thought-record step {number}")
        if number == 1:
            page.get_by_role("textbox").fill("Saturday night. I texted Alex and heard nothing.")
        elif number == 2:
            page.get_by_role("textbox").fill("Alex is losing interest in me.")
        elif number == 3:
            page.locator("#id_emotion_1").select_option("anxious")
            page.locator("#id_emotion_2").select_option("rejected")
            page.locator("#id_emotion_3").select_option("sad")
        elif number == 4:  # the longest step: many traps under the bar
            axe_check(page, f"main-action-traps-{scheme}")
            _assert_focus_stays_clear_of_the_bar(page, presses=12)
        page.get_by_role("button", name=action, exact=True).click()
    expect(page.get_by_role("heading", name="Thought record", level=1)).to_be_visible()
