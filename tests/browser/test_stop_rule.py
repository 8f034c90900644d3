"""The stop rule on a phone (390 x 844): on every questionnaire's item screens the stop line and
the distress check leave the main action on the first screen; the check at the start reveals
the calming offer as soon as 7 or more is tapped; "how upset now" under a result brings it."""

import pytest
from playwright.sync_api import expect

from innerbase.assessments import instruments, selectors, services
from innerbase.assessments.models import Take

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREEN = 844
PARTS = ".stop-line, .distress"  # what the stop rule adds to a page


def bottom(locator) -> float:
    box = locator.bounding_box()
    return box["y"] + box["height"]


def without_stop_rule(page, locator) -> float:
    """Where `locator` would end if the stop rule's parts were not on the page."""
    page.evaluate(f"document.querySelectorAll('{PARTS}').forEach(e => e.hidden = true)")
    where = bottom(locator)
    page.evaluate(f"document.querySelectorAll('{PARTS}').forEach(e => e.hidden = false)")
    return where


def test_the_stop_rule_keeps_each_questionnaire_items_main_action_on_the_first_screen(
    sign_in, axe_check
):
    page, user, key = sign_in("phone")
    # The start: a folded check, one tap to open, one to answer; 7 or more offers calming.
    page.goto("/assessments/gad-7/")
    expect(page.get_by_text("Stop whenever this feels like too much.")).to_be_visible()
    check = page.locator("summary", has_text="How upset do you feel right now?")
    expect(check).to_contain_text("optional")
    check.click()
    offer = page.get_by_role("heading", name="Maybe take a minute first")
    expect(offer).to_be_hidden()
    page.locator("label", has_text="8").first.click()
    expect(offer).to_be_visible()
    expect(page.get_by_role("link", name="Breathe slowly for a minute")).to_be_visible()
    expect(check).to_contain_text("8 of 10")
    axe_check(page, "stop-rule-questionnaire-start-phone")
    page.locator("label", has_text="3").first.click()
    expect(offer).to_be_hidden()
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Question 1 of 7", exact=True)).to_be_visible()
    expect(offer).to_be_hidden()  # 3 at the start: straight on, no offer
    # Every questionnaire's first item (the instructions in full) and second item screen.
    for code in selectors.enabled_codes():
        instrument = instruments.load(code)
        target = (instrument.targets or [""])[0]
        take = services.take_start(user=user, data_key=key, instrument=instrument, target=target)
        for at in (0, 1):
            page.goto(f"/assessments/takes/{take.pk}/?at={at}&per=1")
            expect(page.locator(".stop-line")).to_contain_text("too much")
            main = page.get_by_role("button", name="Next")
            with_it, without_it = bottom(main), without_stop_rule(page, main)
            pushed = without_it <= SCREEN < with_it
            assert not pushed, f"{code} item {at + 1}: Next ends at {with_it}, {without_it} without"
    # A screen that fits: the main action on the first screen, the stop line right under it.
    gad = Take.objects.get(owner=user, code="gad-7")
    page.goto(f"/assessments/takes/{gad.pk}/?at=1&per=1")
    assert bottom(page.get_by_role("button", name="Next")) <= SCREEN
    axe_check(page, "stop-rule-questionnaire-item-phone")
    # Under a result: "how upset now", and 9 brings calming to the top.
    finished = services.take_create(
        user=user,
        data_key=key,
        instrument=instruments.load("gad-7"),
        answers={item.key: 1 for item in instruments.load("gad-7").items},
    )
    page.goto(f"/assessments/takes/{finished.pk}/result/")
    expect(offer).to_have_count(0)
    form = page.locator("form", has=page.get_by_role("button", name="Save how I feel"))
    form.locator("label", has_text="9").first.click()
    form.get_by_role("button", name="Save how I feel").click()
    expect(offer).to_be_visible()
    assert bottom(offer) <= SCREEN  # at the top, where it is seen
    axe_check(page, "stop-rule-result-calming-phone")
