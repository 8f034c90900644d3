"""Say it securely in a real browser, on a phone with reduced motion: build an I-statement
with "you never", see it flagged with a calmer start from the person's own "I feel" part,
save it, plan a hard talk that opens with it, rehearse it with the timer, and log how it
went; axe-core on every page on the way."""

import pytest
from playwright.sync_api import expect

from innerbase.people import services as people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_i_statement_flagged_then_a_hard_talk_planned_rehearsed_and_logged(sign_in, axe_check):
    visit = sign_in("phone", reduced_motion="reduce")
    people.person_add(user=visit.user, data_key=visit.key, name="Sam", role="ex")
    page = visit.page
    page.goto("/people/conversations/")
    expect(page.get_by_role("heading", name="Say it securely", level=1)).to_be_visible()
    axe_check(page, "conversations-index-phone")

    page.get_by_role("link", name="Write an I-statement").click()
    # the four parts are longer than a phone's screen: the check stays in reach (sticky bar)
    check = page.get_by_role("button", name="Check my words")
    box = check.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"]
    page.get_by_label("I feel …", exact=True).fill("lonely")
    page.get_by_label("when …", exact=True).fill("you never text back")
    page.get_by_label("because I need …", exact=True).fill("to feel close")
    page.get_by_label("Would you …", exact=True).fill("tell me when you'll be late")
    page.get_by_label("Who is this about?").select_option(label="Sam")
    axe_check(page, "conversations-builder-phone")
    page.get_by_role("button", name="Check my words").click()

    expect(page.locator("mark.flagged")).to_have_text("you never (marked)")
    flags = page.locator(".statement-flags")
    expect(flags.get_by_text("Blame:")).to_be_visible()
    expect(flags.locator(".calmer-start")).to_have_text("I feel lonely")
    expect(page.get_by_label("when …", exact=True)).to_have_value("you never text back")
    axe_check(page, "conversations-checked-phone")
    page.get_by_role("button", name="Save it").click()

    expect(page.get_by_text("Saved. Only you can see it.")).to_be_visible()
    expect(page.get_by_label("Your statement, ready to copy")).to_have_value(
        "I feel lonely when you never text back because I need to feel close. "
        "Would you tell me when you'll be late?"
    )
    expect(page.get_by_text("About Sam")).to_be_visible()
    axe_check(page, "conversations-statement-phone")

    page.get_by_role("link", name="Plan a hard talk that starts with this").click()
    expect(page.get_by_label("My opening line")).to_have_value(
        "I feel lonely when you never text back because I need to feel close. "
        "Would you tell me when you'll be late?"
    )
    page.get_by_label("What I want from the talk").fill("To feel like a team again")
    page.get_by_label("If it gets heated, I will …").fill("Say I need a break and walk")
    page.get_by_role("radio", name="30 minutes").check()
    page.get_by_label("When I'll come back to it").fill("after dinner")
    axe_check(page, "conversations-plan-phone")
    page.get_by_role("button", name="Save my plan").click()

    expect(page.get_by_role("heading", name="Your hard-talk plan", level=1)).to_be_visible()
    expect(page.get_by_text("With Sam")).to_be_visible()
    expect(page.get_by_text("A pause of 30 minutes.")).to_be_visible()
    expect(page.locator("mark.flagged")).to_have_text("you never (marked)")
    axe_check(page, "conversations-talk-phone")

    page.get_by_role("link", name="Rehearse it out loud").click()
    expect(page.get_by_role("heading", name="Rehearse your talk", level=1)).to_be_visible()
    clock = page.locator("[data-timer-clock]")
    expect(clock).to_have_text("3:00")
    page.get_by_role("button", name="Start the timer").click()
    stop = page.get_by_role("button", name="Stop the timer")
    expect(stop).to_be_focused()
    axe_check(page, "conversations-rehearse-phone")
    stop.click()
    expect(clock).to_have_text("3:00")
    page.get_by_role("button", name="I read it out loud").click()
    expect(page.get_by_text("Last read out loud on")).to_be_visible()

    page.get_by_role("link", name="Afterwards: how it went").click()
    page.get_by_label("How it went").fill("Calmer than I feared")
    page.get_by_label("What I'd keep").fill("Starting soft")
    page.get_by_label("What I'd change").fill("Sit down first")
    axe_check(page, "conversations-outcome-phone")
    page.get_by_role("button", name="Save how it went").click()

    outcome = page.get_by_role("region", name="How it went")
    expect(outcome.get_by_text("Calmer than I feared")).to_be_visible()
    expect(outcome.get_by_text("Sit down first")).to_be_visible()
    axe_check(page, "conversations-talk-after-phone")


def test_the_flags_read_in_dark_mode_on_a_phone(sign_in, axe_check):
    page = sign_in("phone", color_scheme="dark").page
    page.goto("/people/conversations/statements/new/")
    page.get_by_label("I feel …", exact=True).fill("scared")
    page.get_by_label("when …", exact=True).fill("ur always out and u dont care")
    page.get_by_role("button", name="Check my words").click()
    expect(page.locator("mark.flagged")).to_have_count(2)
    flags = page.locator(".statement-flags")
    expect(flags.get_by_text("Guessing what they think:")).to_be_visible()
    expect(flags.locator(".calmer-start").first).to_have_text("I feel scared")
    axe_check(page, "conversations-checked-phone-dark")
