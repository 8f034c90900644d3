"""Trust experiments in a real browser, on a phone: start the anxious independence ladder,
predict for its first step, come back later and record what happened, and see the evidence
sentence and chart; axe-core on every page on the way."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _slide(locator, value: int) -> None:
    """Move a 0-100 slider the way the keyboard would: Home, then one step at a time."""
    locator.focus()
    locator.press("Home")
    for _ in range(value):
        locator.press("ArrowRight")


def test_a_ladder_on_a_phone_from_prediction_to_evidence(sign_in, axe_check):
    page = sign_in("phone").page
    page.goto("/practice/experiments/")
    expect(page.get_by_role("heading", name="Trust experiments", level=1)).to_be_visible()
    axe_check(page, "experiments-list-phone")
    page.get_by_role("link", name="See the steps of “Steady on my own”").click()
    expect(page.get_by_role("heading", name="Steady on my own", level=1)).to_be_visible()
    axe_check(page, "experiments-start-phone")
    page.get_by_role("button", name="Start this ladder").click()

    expect(page.get_by_text("Your ladder is ready.")).to_be_visible()
    axe_check(page, "experiments-ladder-phone")
    page.get_by_role("link", name="Try this step").first.click()
    expect(page.get_by_role("heading", name="Before you try", level=1)).to_be_visible()
    expect(page.get_by_text("Wait ten minutes before you answer")).to_be_visible()
    page.get_by_label("What do you think will happen?").fill("They will think I don't care.")
    _slide(page.locator("#id_predicted_distress"), 70)
    expect(page.locator("#id_predicted_distress_value")).to_have_text("70")
    _slide(page.locator("#id_confidence"), 80)
    axe_check(page, "experiments-predict-phone")
    page.get_by_role("button", name="Save my guess").click()
    expect(page.get_by_text("come back and say what happened")).to_be_visible()

    # later: from Today, back to the ladder, and the try waiting there
    page.goto("/")
    page.goto("/practice/experiments/")
    page.get_by_role("link", name="Steady on my own").first.click()
    page.get_by_role("link", name="Say what happened").click()
    expect(page.get_by_role("heading", name="What happened", level=1)).to_be_visible()
    expect(page.get_by_text("They will think I don't care.")).to_be_visible()
    page.get_by_label("What happened?").fill("They answered later and said thanks.")
    _slide(page.locator("#id_actual_distress"), 30)
    page.get_by_role("radio", name="No").check()
    page.get_by_label("What did you learn?").fill("Waiting ten minutes was okay.")
    axe_check(page, "experiments-outcome-phone")
    page.get_by_role("button", name="Save what happened").click()

    expect(page.get_by_role("heading", name="What your tries show", level=1)).to_be_visible()
    expect(page.locator(".evidence-sentence")).to_have_text(
        "On your one try so far, you expected 70 and it was 30. "
        "What you feared did not happen. One try is a start, not a rule."
    )
    chart = page.get_by_role("img", name="How bad you expected each try to feel")
    expect(chart).to_be_visible()
    assert "Expected: 70" in chart.get_attribute("aria-label")
    assert "Felt: 30" in chart.get_attribute("aria-label")
    expect(page.get_by_text("Waiting ten minutes was okay.")).to_be_visible()
    axe_check(page, "experiments-evidence-phone")
