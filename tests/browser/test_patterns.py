"""Past-relationship reviews in a real browser, on a phone: two relationships reviewed one
step per screen (one with someone from the people list), and the recurring theme seen on the
themes page with the reviews it came from; the caregivers note, a first step with calming one
tap away, and stopping there; axe-core on every screen."""

import pytest
from playwright.sync_api import expect

from innerbase.people import services as people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _review(page, axe_check, *, title: str, person: str, themes: list[str], first: bool) -> None:
    page.goto("/people/patterns/")
    page.get_by_role("link", name="Review a past relationship").click()
    page.get_by_label("A short name for this relationship (optional)").fill(title)
    page.get_by_label("Who was it with? (optional)").select_option(label=person)
    if first:
        axe_check(page, "patterns-new-phone")
    page.get_by_role("button", name="Begin").click()
    expect(page.get_by_text("Step 1 of 9", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="What drew you in", level=1)).to_be_visible()
    if first:
        axe_check(page, "patterns-step-text-phone")
    page.get_by_role("textbox").fill(f"{title} made me feel seen from the first night.")
    page.get_by_role("button", name="Next").click()
    for number in range(2, 9):  # the person may leave any step empty
        expect(page.get_by_text(f"Step {number} of 9", exact=True)).to_be_visible()
        page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Themes you notice", level=1)).to_be_visible()
    for label in themes:
        page.locator("label.chip-check").filter(has_text=label).click()
    if first:
        axe_check(page, "patterns-step-themes-phone")
    page.get_by_role("button", name="Save and finish").click()
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    expect(page.get_by_text("made me feel seen")).to_be_visible()
    if first:
        axe_check(page, "patterns-review-phone")


def test_review_two_past_relationships_and_see_a_recurring_theme(sign_in, axe_check):
    visit = sign_in("phone")
    page = visit.page
    people.person_add(user=visit.user, data_key=visit.key, name="Jordan", role="ex")
    page.goto("/people/patterns/themes/")
    expect(page.get_by_text("once you have reviewed two")).to_be_visible()
    axe_check(page, "patterns-themes-empty-phone")

    _review(
        page,
        axe_check,
        title="Jordan",
        person="Jordan",
        themes=["Fast intensity", "I left first"],
        first=True,
    )
    _review(
        page,
        axe_check,
        title="Summer of 2021",
        person="Nobody from my people list",
        themes=["Fast intensity", "Walking on eggshells"],
        first=False,
    )

    page.get_by_role("link", name="See the themes that come back across your reviews").click()
    expect(page.get_by_role("heading", name="Themes that come back", level=1)).to_be_visible()
    item = page.locator(".thought-item").filter(has_text="Fast intensity")
    expect(item).to_contain_text(
        "In both relationships you reviewed, you noted fast intensity early on."
    )
    expect(item.get_by_role("link", name="Jordan")).to_be_visible()
    expect(item.get_by_role("link", name="Summer of 2021")).to_be_visible()
    expect(item).to_contain_text("What might slowing down in the first months give you?")
    expect(page.get_by_text("I left first")).to_have_count(0)  # in one review only
    axe_check(page, "patterns-themes-phone")

    page.goto("/people/patterns/caregivers/")
    expect(page.get_by_text("can bring up a lot")).to_be_visible()
    axe_check(page, "patterns-caregivers-phone")
    page.get_by_role("button", name="Begin gently").click()
    expect(page.get_by_role("heading", name="When you were upset", level=1)).to_be_visible()
    expect(page.locator(".stop-line").get_by_role("link")).to_have_attribute("href", "/help/calm/")
    axe_check(page, "patterns-caregivers-step-phone")
    page.get_by_role("textbox").fill("I went quiet and waited in my room.")
    page.get_by_role("button", name="Stop here and finish later").click()
    expect(page.get_by_text("You can come back to this reflection any time")).to_be_visible()
