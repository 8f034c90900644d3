"""The weekly check-in on a phone, the way a person does it: Today offers it on its day (the
account a week old), the signs rated, a win and an intention written, the intention made a
practice intention; the win in the wins log; then a low quick check-in brings the win back
on Today. axe-core on every page visited."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIN = "I said no to a late call."
INTENTION = "Ask Ana for coffee."


def test_a_weekly_check_in_from_today_then_a_win_on_a_hard_day(sign_in, axe_check):
    page, user, key = sign_in("phone")
    expect(page.get_by_role("region", name="Your weekly check-in")).to_have_count(0)
    # a week later, on the weekday the person joined
    user.date_joined = timezone.now() - dt.timedelta(days=7)
    user.save(update_fields=["date_joined"])
    page.reload()
    card = page.get_by_role("region", name="Your weekly check-in")
    expect(card).to_be_visible()
    expect(card.get_by_role("button", name="Not this week")).to_be_visible()
    axe_check(page, "checkins-today-card-phone")
    card.get_by_role("link", name="Start the check-in").click()

    expect(page.get_by_role("heading", name="Weekly check-in", level=1)).to_be_visible()
    axe_check(page, "checkins-empty-phone")
    page.get_by_role("group", name=re.compile("^Feeling curious")).get_by_label("A lot").check()
    page.get_by_role("group", name=re.compile("^Choosing people")).get_by_label(
        "Doesn't apply"
    ).check()
    page.get_by_label("One win, however small").fill(WIN)
    page.get_by_label("One intention for next week").fill(INTENTION)
    page.get_by_role("button", name="Save this week's check-in").click()
    expect(page.get_by_text("Saved. Thank you for taking the time.")).to_be_visible()
    expect(page.get_by_label("One win, however small")).to_have_value(WIN)
    axe_check(page, "checkins-saved-phone")
    page.get_by_role("button", name="Make it my intention today").click()
    expect(page).to_have_url(re.compile("/practice/intentions/$"))
    expect(page.get_by_text(INTENTION).first).to_be_visible()

    page.goto("/")
    expect(page.get_by_role("region", name="Your weekly check-in")).to_have_count(0)
    page.goto("/progress/wins/")
    expect(page.get_by_role("link", name=WIN)).to_be_visible()
    axe_check(page, "checkins-wins-phone")

    page.goto("/")
    expect(page.get_by_role("region", name="Things you've done lately")).to_have_count(0)
    mood = page.get_by_role("group", name=re.compile("^Mood"))
    mood.get_by_role("radio", name="2", exact=True).tap()
    page.get_by_role("button", name=re.compile("check-in", re.IGNORECASE)).first.tap()
    expect(page.get_by_text(re.compile("^Checked in"))).to_be_visible()
    hard_day = page.get_by_role("region", name="Things you've done lately")
    expect(hard_day.get_by_role("link", name=WIN)).to_be_visible()
    axe_check(page, "checkins-hard-day-phone")
    hard_day.get_by_role("link", name="See all your wins").click()
    expect(page.get_by_role("heading", name="Your wins", level=1)).to_be_visible()
