"""Practice in a real browser on a phone: a plan built from a finished ECR-R and a chosen
goal, today's one practice on Today, an intention checked off, an affirmation pinned to
Today, and a setback looked back at; axe-core on every kind of practice screen."""

import re
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from innerbase.practice import content
from people import take_attachment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _open_practice(page, navigate, section: str) -> None:
    navigate(page, "Practice")
    expect(page.get_by_role("heading", name="Practice", level=1)).to_be_visible()
    page.get_by_role("link", name=section, exact=True).click()


def test_a_plan_from_an_ecr_r_an_intention_kept_and_a_kind_word_on_today(
    sign_in, axe_check, navigate
):
    visit = sign_in("phone")
    page = visit.page
    take_attachment(
        SimpleNamespace(user=visit.user, data_key=visit.key), anxious=True, avoidant=False
    )

    _open_practice(page, navigate, "Your plan")
    expect(page.get_by_text(content.plan()["patterns"]["anxious"]["summary"])).to_be_visible()
    page.get_by_label("Say what I need").check()
    page.get_by_role("button", name="Save my goals").click()
    expect(page.get_by_text("For your goal: Say what I need").first).to_be_visible()
    axe_check(page, "practice-plan-phone")

    navigate(page, "Today")
    card = page.locator("section", has=page.get_by_role("heading", name="Today's practice"))
    expect(card.get_by_role("link", name="Start")).to_be_visible()
    lines = [p["today"] for p in content.parts() if card.get_by_text(p["today"]).count()]
    assert len(lines) == 1  # one practice, never more
    card.get_by_role("button", name="Show me another").click()
    expect(card.get_by_text(lines[0])).to_have_count(0)
    axe_check(page, "today-with-practice-phone")

    _open_practice(page, navigate, "Daily intentions")
    intention = content.intentions()[0]
    theme = content.intention_themes()[intention["theme"]]
    page.locator("details.fold-field > summary").filter(has_text=re.compile(f"^{theme}")).click()
    page.get_by_label(intention["text"]).check()
    page.get_by_role("button", name="Set my intention").click()
    page.get_by_label("How did it go?").fill("Asked for Sunday. It went fine.")
    page.get_by_role("button", name="I kept it").click()
    expect(page.get_by_text("Kept: Asked for Sunday. It went fine.")).to_be_visible()
    expect(page.get_by_text(content.hub()["intentions_kept"].format(count=1))).to_be_visible()
    axe_check(page, "practice-intentions-phone")

    _open_practice(page, navigate, "Kind words")
    picked = page.locator(".affirmation-item").first
    words = picked.locator("p").first.inner_text()
    picked.get_by_role("button", name=re.compile("^Pin to Today")).click()
    expect(page.get_by_role("heading", name="On Today")).to_be_visible()
    axe_check(page, "practice-affirmations-phone")
    navigate(page, "Today")
    expect(page.locator("blockquote.affirmation")).to_have_text(words)


def test_a_setback_looked_back_at_and_no_contact_chosen(sign_in, axe_check, navigate):
    page = sign_in("phone").page
    _open_practice(page, navigate, "Setbacks")
    page.get_by_role("link", name="Look back at a setback").click()
    page.get_by_role("button", name="Save this review").click()
    expect(page.get_by_role("link", name="Choose what happened.")).to_be_visible()  # the summary
    axe_check(page, "practice-setback-error-phone")
    page.get_by_label(content.setback()["kinds"]["checked"]).check()
    page.get_by_label("What set it off?").fill("A quiet Sunday and an old photo.")
    page.get_by_label("A kind line to yourself").fill("I reached for what I knew.")
    page.get_by_role("button", name="Save this review").click()
    expect(page.get_by_text("A quiet Sunday and an old photo.")).to_be_visible()
    axe_check(page, "practice-setback-phone")

    _open_practice(page, navigate, "No contact")
    page.get_by_label(content.no_contact()["choose"]).check()
    page.get_by_label(content.no_contact()["reasons_label"]).fill("I want my evenings back.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text(content.no_contact()["count_label"])).to_be_visible()
    axe_check(page, "practice-no-contact-phone")
