"""People in a real browser on a phone: someone new noticed over three weeks (backdated) with
the consistency view, and a friend added as a safe haven who then appears in the safety plan
and the support page; axe-core on each kind of screen."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _add_person(page, name: str, role: str, *checks: str) -> None:
    page.goto("/people/")
    form = page.locator("details", has=page.get_by_role("heading", name="Add someone"))
    if not form.get_attribute("open") and form.get_attribute("open") != "":
        form.locator("summary").click()
    page.get_by_label("Name or nickname").fill(name)
    page.get_by_label(role, exact=True).check()
    for label in checks:
        page.get_by_label(label).check()
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("heading", name=name, level=1)).to_be_visible()


def test_someone_new_noticed_over_three_weeks_shows_how_steady_they_are(
    sign_in, axe_check, navigate
):
    page = sign_in("phone").page
    navigate(page, "People")
    expect(page.get_by_role("heading", name="Your people", level=1)).to_be_visible()
    axe_check(page, "people-empty-phone")
    _add_person(page, "Jo", "Someone new")
    page.get_by_role("link", name="Notice how steady Jo is").click()
    today = timezone.localdate()
    for weeks_ago in (2, 1, 0):
        page.get_by_label("When").fill((today - dt.timedelta(weeks=weeks_ago)).isoformat())
        page.get_by_role("group", name="Did they do what they said they would?").get_by_label(
            "Yes"
        ).check()
        page.get_by_label("Calm").check()
        page.get_by_role("button", name="Save this note").click()
    expect(page.get_by_text("They did what they said in 100% of what you noted")).to_be_visible()
    expect(page.get_by_text("held steady from week to week").first).to_be_visible()
    axe_check(page, "people-noticing-phone")


def test_a_safe_haven_appears_in_the_safety_plan_and_the_support_page(sign_in, axe_check):
    page = sign_in("phone").page
    _add_person(
        page,
        "Maya",
        "A friend",
        "Safe haven: Someone I can turn to when I'm upset.",
        "Show them in my safety plan under \u201cPeople I can ask for help\u201d",
    )
    page.goto("/people/support/")
    expect(page.get_by_text("All your support comes from Maya right now.")).to_be_visible()
    axe_check(page, "people-support-phone")
    page.goto("/help/plan/")
    expect(page.get_by_text("From your people: Maya")).to_be_visible()
