"""Boundaries on a phone, the way a person uses them: add one with a person and a revisit
day, log it kept and crossed and see the counts, then (its day backdated) find it on Today
and revisit it; axe-core on every page visited."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from innerbase.boundaries.models import Boundary
from innerbase.people import services as people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREEN = 844
WORDS = "I don't reply to my ex's texts after 10 at night."


def _bottom_on_the_page(locator) -> float:
    """How far down the page (not the scrolled viewport) the element ends, in CSS pixels."""
    return locator.evaluate("e => e.getBoundingClientRect().bottom + window.scrollY")


def _log(page, outcome: str, feeling: str) -> None:
    fold = page.locator("details", has=page.get_by_text("Note a time it came up"))
    if fold.get_attribute("open") is None:
        fold.locator("summary").click()
    page.get_by_label(outcome, exact=True).check()
    page.locator("label.chip-check", has_text=feeling).click()
    page.get_by_label("A note, if you like").fill("It was hard, and I did it.")
    fold.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Noted.")).to_be_visible()


def test_add_log_and_revisit_a_boundary_on_a_phone(sign_in, axe_check):
    page, user, key = sign_in("phone")
    people.person_add(user=user, data_key=key, name="Sam", role="ex")

    page.goto("/people/boundaries/")
    expect(page.get_by_role("heading", name="Boundaries", level=1)).to_be_visible()
    axe_check(page, "boundaries-empty-phone")
    page.get_by_role("link", name="Start from an example").click()
    axe_check(page, "boundaries-examples-phone")
    page.get_by_role("link", name="I don't reply to late-night texts from my ex.").click()
    expect(page.get_by_label("The boundary, in my words")).to_have_value(
        "I don't reply to late-night texts from my ex."
    )
    page.get_by_label("The boundary, in my words").fill(WORDS)
    page.get_by_label("Who it is with").select_option(label="Sam")
    in_thirty = timezone.localdate() + dt.timedelta(days=30)
    expect(page.get_by_label("When to read it again")).to_have_value(in_thirty.isoformat())
    axe_check(page, "boundaries-new-phone")
    save = page.get_by_role("button", name="Save the boundary")
    assert _bottom_on_the_page(save) <= SCREEN * 2, "Save is past the form's two screens"
    save.click()

    expect(page.get_by_role("heading", name=WORDS, level=1)).to_be_visible()
    expect(page.get_by_text("With Sam")).to_be_visible()
    _log(page, "Kept", "Proud")
    axe_check(page, "boundaries-logged-phone")
    _log(page, "Crossed", "Shaky")
    expect(page.locator("#log-sentence")).to_have_text("Kept once, crossed once today.")

    page.goto("/")
    expect(page.get_by_role("heading", name="Boundaries to look at again")).to_have_count(0)
    two_days_ago = timezone.localdate() - dt.timedelta(days=2)
    Boundary.objects.filter(owner=user).update(revisit_on=two_days_ago)
    page.reload()
    card = page.get_by_role("region", name="Boundaries to look at again")
    expect(card.get_by_role("link")).to_have_text([WORDS])
    axe_check(page, "boundaries-today-card-phone")
    card.get_by_role("link", name=WORDS).click()

    revisit = page.get_by_role("region", name="Time to look at this again")
    expect(revisit).to_be_visible()
    save = revisit.get_by_role("button", name="Save")
    assert _bottom_on_the_page(save) <= SCREEN * 2
    axe_check(page, "boundaries-revisit-phone")
    revisit.get_by_label("Keep it, and read it again later").check()
    save.click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    page.goto("/")
    expect(page.get_by_role("region", name="Boundaries to look at again")).to_have_count(0)
    page.goto("/people/boundaries/")
    expect(page.get_by_role("listitem").filter(has_text=WORDS)).to_contain_text(
        "Kept once, crossed once today."
    )
    axe_check(page, "boundaries-list-phone")
