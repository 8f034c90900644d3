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


def _unfold(page, name: str) -> None:
    """Open one folded part of a form with a tap on its line, like a person."""
    page.locator("details.fold-field > summary").filter(has_text=re.compile(f"^{name}")).click()


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
    _unfold(page, "Emotions")
    page.get_by_label("Hurt", exact=True).check()
    page.get_by_label(re.compile(r"How strong \(Hurt\)")).fill("80")
    _unfold(page, "Triggers")
    page.get_by_label("Triggers").fill("their car, bakery")
    _unfold(page, "Urges")
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
    page.get_by_text("Change the search").click()  # folded after a search
    page.get_by_label("Search").fill("")
    page.get_by_label("Trigger").fill("their car")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".entry-item")).to_have_count(1)
    page.get_by_text("Change the search").click()
    page.get_by_label("Trigger").fill("")
    page.get_by_label("Search").fill("lighthouse")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_text("Nothing matches")).to_be_visible()
    axe_check(page, "journal-list-phone")
    assert page.url.endswith("/journal/search/")
    assert not [url for url in asked if any(w in url for w in ("bakery", "their car", "lighth"))]
    # own triggers are suggested as the person types
    page.goto("/journal/new/")
    _unfold(page, "Triggers")
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
    _unfold(page, "Emotions")
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


# -- the phone budgets of issue 13: a new entry, the quick check-in, search results ----------
SCREEN = 844


def _screens(page) -> float:
    return page.evaluate("document.documentElement.scrollHeight") / SCREEN


def _rows(locator) -> int:
    """How many lines a set of chips takes."""
    return len({round(box["y"]) for box in (item.bounding_box() for item in locator.all())})


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_new_entry_fits_two_screens_then_search_results_come_first(sign_in, axe_check, scheme):
    visit = sign_in(color_scheme=scheme)
    page = visit.page
    page.goto("/journal/new/")
    assert _screens(page) <= 2, f"a new entry is {_screens(page):.2f} screens; the budget is 2"
    expect(page.get_by_role("checkbox", name="Sad", exact=True)).to_be_hidden()
    expect(page.get_by_label("Triggers")).to_be_hidden()
    expect(page.get_by_label("Text or call them", exact=True)).to_be_hidden()
    # Emotions: one tap shows all 73 as chips that wrap, not a long list
    _unfold(page, "Emotions")
    sadness = page.get_by_role("group", name="Sadness").locator("label.chip-check")
    expect(sadness).to_have_count(10)
    assert _rows(sadness) <= 4, "ten chips share a few lines"
    page.get_by_role("checkbox", name="Sad", exact=True).check()
    page.get_by_role("checkbox", name="Lonely", exact=True).check()
    expect(page.get_by_label("How strong (Sad)")).to_be_visible()
    expect(page.get_by_label("How strong (Hurt)")).to_be_hidden()
    _unfold(page, "Emotions")  # folded again, the line says what is chosen
    expect(page.get_by_role("checkbox", name="Sad", exact=True)).to_be_hidden()
    emotions_line = page.locator("details[data-fold=emotions] > summary")
    expect(emotions_line).to_have_text("Emotions: sad, lonely", use_inner_text=True)
    # Urges: "I acted on it" under another urge is drawn like the other rows
    _unfold(page, "Urges")
    page.get_by_label("Check their profile", exact=True).check()
    page.get_by_label("Another urge, in your words").fill("Drive past their flat")
    own_box = page.locator("#id_own_urge_acted")
    own_label = page.locator('label[for="id_own_urge_acted"]')
    row_box = page.get_by_label("I acted on it (Check their profile)")
    own, label, row = own_box.bounding_box(), own_label.bounding_box(), row_box.bounding_box()
    assert abs(own["y"] - label["y"]) <= 4, "the box and its words start on one line"
    assert label["x"] >= own["x"] + own["width"], "the words follow the box"
    assert abs(own["x"] - row["x"]) <= 1, "in line with the other rows' boxes"
    assert own_label.evaluate("e => getComputedStyle(e).borderTopWidth") == "0px"
    own_box.check()
    expect(page.locator("details[data-fold=urges] > summary")).to_have_text(
        "Urges: check their profile, Drive past their flat", use_inner_text=True
    )
    page.get_by_label("What's on your mind?").fill("Could not sleep.")
    axe_check(page, f"journal-new-entry-folds-phone-{scheme}")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Could not sleep.")).to_be_visible()
    body = services.selectors.body_of(entry=Entry.objects.get(), data_key=visit.key)
    assert [e["name"] for e in body["emotions"]] == ["sad", "lonely"]
    assert body["urges"][-1] == {"name": "Drive past their flat", "own": True, "acted": True}
    # search: after searching, the results start on the first screen, the form folded away
    for text in ("The bakery by the sea", "A quiet day", "Their song at the bakery"):
        services.entry_create(user=visit.user, data_key=visit.key, body={"text": text}, mood=5)
    page.goto("/journal/")
    page.get_by_text("Search and filter").tap()
    page.get_by_label("Search").fill("bakery")
    page.get_by_role("button", name="Search").tap()
    expect(page.locator(".entry-item")).to_have_count(2)
    first = page.locator(".entry-item").first.bounding_box()
    assert first["y"] + first["height"] <= SCREEN, "the first result is on the first screen"
    expect(page.get_by_label("Search")).to_be_hidden()
    expect(page.get_by_text("2 found")).to_be_visible()
    axe_check(page, f"journal-search-results-phone-{scheme}")
    page.get_by_text("Change the search").tap()  # one tap brings it back, as typed
    expect(page.get_by_label("Search")).to_have_value("bakery")


def _quick_form_screens(page) -> float:
    return page.locator("form.quick-check-in").bounding_box()["height"] / SCREEN


def test_the_quick_check_in_stops_at_five_emotions_before_the_tap(sign_in, axe_check):
    visit = sign_in()
    page = visit.page  # on Today
    assert _quick_form_screens(page) <= 1.5
    form = page.locator("form.quick-check-in")
    form.get_by_role("radio", name="4", exact=True).first.tap()
    for name in ("Sad", "Anxious"):
        form.get_by_role("checkbox", name=name, exact=True).check()
    form.get_by_text("More emotions").tap()
    for name in ("Lonely", "Heartbroken", "Rejected"):
        form.get_by_role("checkbox", name=name, exact=True).check()
    angry = form.get_by_role("checkbox", name="Angry", exact=True)
    expect(angry).to_be_disabled()  # a sixth cannot be ticked at all
    note = form.locator("[data-choice-note]")
    expect(note).to_have_text(re.compile("most for a check-in.*untick one first"))
    assert note.get_attribute("role") == "status"  # said aloud as it appears
    axe_check(page, "today-check-in-five-emotions-phone")
    form.get_by_role("checkbox", name="Sad", exact=True).uncheck()
    expect(angry).to_be_enabled()
    expect(note).to_have_text("")
    angry.check()
    form.get_by_role("button", name="Save check-in").tap()
    expect(page.get_by_text("Checked in.")).to_be_visible()
    body = services.selectors.body_of(entry=Entry.objects.get(), data_key=visit.key)
    names = {"anxious", "lonely", "heartbroken", "rejected", "angry"}
    assert {e["name"] for e in body["emotions"]} == names


def test_without_script_a_sixth_emotion_is_refused_and_every_choice_stays_in_sight(
    sign_in, open_page, axe_check
):
    page = sign_in(color_scheme="dark", java_script_enabled=False).page
    form = page.locator("form.quick-check-in")
    form.get_by_role("radio", name="3", exact=True).first.tap()
    form.get_by_text("More emotions").tap()
    chosen = ("Sad", "Anxious", "Angry", "Lonely", "Heartbroken", "Rejected")
    for name in chosen:
        form.get_by_role("checkbox", name=name, exact=True).check()
    form.get_by_role("button", name="Save check-in").tap()
    expect(page.get_by_role("link", name=re.compile("Pick up to 5 emotions"))).to_be_visible()
    expect(page.get_by_role("heading", name="Quick check-in")).to_have_count(1)
    for name in chosen:  # none folded away inside "More emotions"
        box = page.get_by_role("checkbox", name=name, exact=True)
        expect(box).to_be_checked()
        expect(box).to_be_visible()
    assert _quick_form_screens(page) <= 1.5
    assert not Entry.objects.exists()
    # axe-core needs script to run: check the same page in a browser that has it
    refused = page.content()
    checked = open_page("phone", color_scheme="dark")
    checked.goto("/account/login/")
    checked.set_content(refused)
    axe_check(checked, "quick-check-in-refused-phone-dark")
