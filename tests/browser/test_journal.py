"""The journal in a real browser: a quick check-in on a phone, a full entry with triggers and
urges, a draft recovered after the tab closed, editing and restoring, search, and a stranger's
entry answered with 404; a prompt that looks back, with its grounding step and "skip this
prompt"."""

import datetime as dt
import re
from urllib.parse import unquote_plus

import pytest
from playwright.sync_api import expect

from innerbase.accounts.services import account_create
from innerbase.journal import content, services
from innerbase.journal.models import Entry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_quick_check_in_from_today_on_a_phone(sign_in, axe_check):
    page = sign_in().page
    axe_check(page, "today-with-check-in-phone")
    mood = page.get_by_role("group", name=re.compile("Mood right now"))
    mood.get_by_role("radio", name="4", exact=True).tap()  # tap 1
    energy = page.get_by_role("group", name=re.compile("^Energy"))
    energy.get_by_role("radio", name="6", exact=True).tap()  # tap 2
    expect(mood.get_by_role("radio", name="4", exact=True)).to_be_checked()
    page.get_by_role("button", name="Save check-in").tap()  # tap 3
    expect(page.get_by_text("Checked in. Thank you")).to_be_visible()
    entry = Entry.objects.get()
    assert (entry.mode, entry.mood, entry.energy) == ("quick", 4, 6)


def test_a_full_entry_with_triggers_and_urges_then_edit_restore_and_search(sign_in, axe_check):
    page = sign_in().page
    page.goto("/journal/new/")
    page.get_by_label("What's on your mind?").fill("Saw their car outside the bakery.")
    mood = page.get_by_role("group", name=re.compile("^Mood"))
    mood.get_by_role("radio", name="3", exact=True).tap()
    page.get_by_text("Sadness", exact=True).click()
    page.get_by_label("Hurt", exact=True).check()
    page.get_by_label(re.compile(r"How strong \(Hurt\)")).fill("80")
    page.get_by_label("Triggers").fill("their car, bakery")
    page.get_by_label("Text or call them", exact=True).check()
    page.get_by_label("Check their profile", exact=True).check()
    page.get_by_label("I acted on it (Check their profile)").check()
    axe_check(page, "journal-entry-form-phone")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Saw their car outside the bakery.")).to_be_visible()
    expect(page.get_by_text("Check their profile — acted on it")).to_be_visible()
    expect(page.get_by_text("Text or call them — did not act on it")).to_be_visible()
    axe_check(page, "journal-entry-phone")
    # edit, then restore the earlier version
    page.get_by_role("link", name="Edit").click()
    page.get_by_label("What's on your mind?").fill("Rewritten: it was not even their car.")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Rewritten: it was not even their car.")).to_be_visible()
    page.get_by_role("link", name="Earlier versions").click()
    expect(page.get_by_text("Saw their car outside the bakery.")).to_be_visible()
    page.get_by_role("button", name="Restore version 1").click()
    expect(page.get_by_text("Saw their car outside the bakery.")).to_be_visible()
    # search by a word in the text and by a tag, typed and sent like a person does; the
    # words travel in the form's body, never in a URL the browser asks for or remembers
    asked = []
    page.on("request", lambda request: asked.append(unquote_plus(request.url).casefold()))
    page.goto("/journal/")
    page.get_by_text("Search and filter").click()
    page.get_by_label("Search").fill("BAKERY")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".entry-item")).to_have_count(1)
    expect(page.get_by_role("heading", name="Entries found")).to_be_visible()
    page.get_by_label("Search").fill("")
    page.get_by_label("Trigger").fill("their car")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".entry-item")).to_have_count(1)
    page.get_by_label("Trigger").fill("")
    page.get_by_label("Search").fill("lighthouse")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_text("Nothing matches")).to_be_visible()
    axe_check(page, "journal-list-phone")
    assert page.url.endswith("/journal/search/")
    assert not [url for url in asked if any(w in url for w in ("bakery", "their car", "lighth"))]
    # own triggers are suggested as the person types
    page.goto("/journal/new/")
    page.get_by_label("Triggers").press_sequentially("bak")
    expect(page.get_by_role("button", name="bakery")).to_be_visible()
    expect(page.get_by_role("button", name="their car")).to_be_hidden()
    page.get_by_role("button", name="bakery").click()
    expect(page.get_by_label("Triggers")).to_have_value("bakery, ")


def test_a_closed_tab_loses_nothing(sign_in):
    page = sign_in().page
    page.goto("/journal/new/")
    page.get_by_label("What's on your mind?").fill("Half a thought I did not save")
    expect(page.get_by_text("Draft saved.")).to_be_visible()
    context = page.context
    page.close()
    again = context.new_page()
    again.goto("/journal/new/")
    expect(again.get_by_text("We kept what you were writing")).to_be_visible()
    expect(again.get_by_label("What's on your mind?")).to_have_value(
        "Half a thought I did not save"
    )


def test_calendar_in_dark_mode_and_a_strangers_entry(sign_in, axe_check):
    other, key, _ = account_create(username="sam", passphrase="another quiet passphrase")
    theirs = services.entry_create(user=other, data_key=key, body={"text": "sam's secret"}, mood=5)
    page = sign_in("desktop", color_scheme="dark").page
    page.goto("/journal/new/?mode=grief")
    page.get_by_label("What brought this wave?").fill("Our song in a shop")
    page.get_by_text("Sadness", exact=True).click()
    page.get_by_label("Hurt", exact=True).check()
    axe_check(page, "journal-grief-form-desktop-dark")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Our song in a shop")).to_be_visible()
    axe_check(page, "journal-grief-entry-desktop-dark")
    page.goto("/journal/calendar/")
    expect(page.get_by_text("You checked in on 1 day this month.")).to_be_visible()
    axe_check(page, "journal-calendar-desktop-dark")
    page.goto("/journal/spaces/")
    page.get_by_label("Name").fill("Therapy work")
    page.get_by_role("button", name="Make it").click()
    expect(page.get_by_role("link", name="Therapy work", exact=True)).to_be_visible()
    axe_check(page, "journal-spaces-desktop-dark")
    response = page.goto(f"/journal/{theirs.pk}/")
    assert response.status == 404
    expect(page.get_by_text("sam's secret")).to_have_count(0)


def _zone_at(hour: int) -> str:
    """A time zone where it is now about `hour` o'clock."""
    offset = (hour - dt.datetime.now(dt.UTC).hour) % 24
    offset = offset - 24 if offset > 14 else offset
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"


def _follow(page, name: str) -> None:
    with page.expect_navigation():
        page.get_by_role("link", name=name).tap()


def _shown_prompt(page) -> dict:
    return content.prompts_by_id()[re.search(r"prompt=(p\d+)", page.url).group(1)]


def test_a_prompt_that_looks_back_offers_grounding_first_and_a_lighter_one(sign_in, axe_check):
    visit = sign_in()
    visit.user.time_zone = _zone_at(13)  # midday: prompts that look back may come
    visit.user.save(update_fields=["time_zone"])
    page = visit.page
    page.goto("/journal/")
    _follow(page, "Give me a prompt")
    for _ in range(80):  # ask for another until one looks back, as a person might
        if _shown_prompt(page)["weight"] != "light":
            break
        _follow(page, "Another prompt")
    prompt = _shown_prompt(page)
    assert prompt["weight"] in ("looking-back", "childhood")
    grounding = page.get_by_role("region", name="First, a moment to land")
    expect(grounding).to_be_visible()
    expect(grounding.get_by_text("Put your feet flat on the floor")).to_be_visible()
    expect(grounding.get_by_text("three slow breaths")).to_be_visible()
    expect(grounding.get_by_text("Name one thing you can see")).to_be_visible()
    text = page.locator(".prompt__text")
    expect(text).to_have_text(prompt["text"])
    assert grounding.bounding_box()["y"] < text.bounding_box()["y"]  # grounding comes first
    axe_check(page, "journal-prompt-grounding-phone")
    grounding.get_by_role("link", name="More calming tools").tap()
    expect(page).to_have_url(re.compile(r"/help/calm/$"))
    page.go_back()
    _follow(page, "Skip this prompt")
    lighter = _shown_prompt(page)
    assert lighter["weight"] == "light" and lighter["id"] != prompt["id"]
    expect(page.locator(".prompt__text")).to_have_text(lighter["text"])
    expect(page.get_by_role("region", name="First, a moment to land")).to_have_count(0)
