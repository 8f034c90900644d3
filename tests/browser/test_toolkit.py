"""The coping toolkit on a phone, the way a person uses it: a walk rated before and after
rises to the top of "what helps you", and "I need a minute" then offers it first; axe-core
on every page visited."""

import re

import pytest
from playwright.sync_api import expect

from innerbase.toolkit import services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREEN = 844


def _rate(page, value: int) -> None:
    """Tap one chip of the 0-10 check that is open on the page."""
    page.locator("fieldset div.scale label").filter(
        has_text=re.compile(rf"^\s*{value}\s*$")
    ).click()


def _helps(page) -> list[str]:
    return page.locator(".toolkit-helps li > a").all_inner_texts()


def test_a_rated_walk_rises_in_what_helps_you_and_is_offered_first(sign_in, axe_check):
    page, user, _ = sign_in("phone")
    for before, after in [(6, 4), (6, 4), (6, 4)]:
        services.use_record(user=user, code="body-scan", before=before, after=after)
    for before, after in [(7, 3), (8, 4)]:
        services.use_record(user=user, code="walk", before=before, after=after)

    page.goto("/practice/toolkit/")
    expect(page.get_by_role("heading", name="What helps you")).to_be_visible()
    assert _helps(page) == ["Body scan", "A short walk"]  # two ratings are too few to tell
    expect(page.locator(".toolkit-helps li").nth(1)).to_contain_text("too few to tell yet")
    axe_check(page, "toolkit-list-phone")

    page.get_by_role("link", name="A short walk").first.click()
    expect(page.get_by_role("heading", name="A short walk", level=1)).to_be_visible()
    _rate(page, 8)
    start = page.get_by_role("button", name="Start")
    box = start.bounding_box()
    assert box["y"] + box["height"] <= SCREEN, "Start is below the first screen"
    axe_check(page, "toolkit-exercise-phone")
    start.click()

    expect(page.get_by_text("Go at an easy pace.", exact=False)).to_be_visible()
    expect(page.get_by_role("button", name="Start the timer")).to_be_visible()
    _rate(page, 3)
    axe_check(page, "toolkit-use-phone")
    page.get_by_role("button", name="Save how it went").click()

    expect(page.get_by_text("It now counts in what helps you.")).to_be_visible()
    assert _helps(page) == ["A short walk", "Body scan"]
    expect(page.locator(".toolkit-helps li").first).to_contain_text(
        "eased by 4.3 on average · rated 3 times"
    )
    axe_check(page, "toolkit-list-ranked-phone")

    page.goto("/help/calm/")
    offered = page.get_by_role("region", name="What has helped you before")
    expect(offered.get_by_role("link")).to_have_text(["A short walk", "Body scan"])
    axe_check(page, "toolkit-calm-offers-phone")
    offered.get_by_role("link", name="A short walk").click()
    expect(page.get_by_role("heading", name="A short walk", level=1)).to_be_visible()
