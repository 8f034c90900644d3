"""Questionnaires in a real browser: the ECR-R on a phone, left midway and resumed, the plane,
a re-take with its reliable-change verdict; several items per screen and GAD-7 on a desktop."""

import re

import pytest
from playwright.sync_api import expect

from innerbase.assessments import instruments, scoring, services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LABELS = {1: "1 · Strongly disagree", 4: "4 · Neutral/mixed", 7: "7 · Strongly agree"}


def _answer(page, number: int, value: int, total: int = 36):
    expect(page.get_by_text(f"Question {number} of {total}", exact=True)).to_be_visible()
    label = LABELS.get(value, str(value))
    page.get_by_role("radio", name=label, exact=True).check()
    page.get_by_role("button", name="See my results" if number == total else "Next").click()


def _ecr_r_value(number: int, anxious: bool) -> int:
    """Answers that key to 6 on anxiety and 2 on avoidance (anxious) or 4 everywhere."""
    if not anxious:
        return 4
    item = instruments.load("ecr-r").items[number - 1]
    keyed = 6 if item.subscale == "anxiety" else 2
    return 8 - keyed if item.reverse else keyed


def test_ecr_r_on_a_phone_leave_midway_resume_finish_and_retake(sign_in, axe_check):
    page = sign_in("phone").page
    page.goto("/assessments/")
    page.get_by_role("link", name="Experiences in Close Relationships – Revised").click()
    expect(page.get_by_text("it does not diagnose you")).to_be_visible()
    axe_check(page, "assessment-intro-phone")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("progressbar")).to_be_visible()
    axe_check(page, "assessment-question-phone")
    # A missing answer is asked for, next to the question.
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("alert")).to_contain_text("Choose an answer to go on")
    for number in range(1, 11):
        _answer(page, number, 4)
    # Back shows the earlier answer, still chosen.
    expect(page.get_by_text("Question 11 of 36", exact=True)).to_be_visible()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_text("Question 10 of 36", exact=True)).to_be_visible()
    expect(page.get_by_role("radio", name=LABELS[4], exact=True)).to_be_checked()
    page.get_by_role("button", name="Next").click()
    # Leave midway, come back later from the list.
    page.get_by_role("button", name="Save and finish later").click()
    expect(page.get_by_text("You can carry on from this question any time.")).to_be_visible()
    page.goto("/")
    page.goto("/assessments/")
    page.get_by_role("link", name="Carry on where you left off").click()
    expect(page.get_by_text("Question 11 of 36", exact=True)).to_be_visible()
    # One item by keyboard: arrow keys move the choice, Enter goes on.
    page.get_by_role("radio", name=LABELS[1], exact=True).focus()
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name=LABELS[4], exact=True)).to_be_checked()
    page.keyboard.press("Enter")
    for number in range(12, 37):
        _answer(page, number, 4)
    plane = page.get_by_role("img", name="Attachment anxiety and avoidance")
    expect(plane).to_be_visible()
    expect(page.get_by_text("approximate convention")).to_be_visible()
    expect(page.locator(".score").first.locator(".big-number")).to_have_text("4")
    axe_check(page, "assessment-result-phone")
    # Re-take with different answers: the verdict appears.
    page.get_by_role("link", name="Take it again").click()
    page.get_by_role("button", name="Start").click()
    for number in range(1, 37):
        _answer(page, number, _ecr_r_value(number, anxious=True))
    expect(page.get_by_role("heading", name=re.compile("Since your last take"))).to_be_visible()
    expect(
        page.get_by_text("the usual wobble: things look harder")
    ).to_be_visible()  # anxiety 4 -> 6
    expect(
        page.get_by_text("the usual wobble: things look better")
    ).to_be_visible()  # avoidance 4 -> 2
    page.get_by_role("link", name="History").click()
    expect(page.get_by_role("heading", name="more than the usual wobble?")).to_be_visible()
    axe_check(page, "assessment-history-phone")


def test_gad_7_on_a_desktop_shows_several_items_and_suggests_support(sign_in, axe_check):
    page, user, key = sign_in("desktop", color_scheme="dark")
    page.goto("/assessments/gad-7/")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Question 1–4 of 7", exact=True)).to_be_visible()
    axe_check(page, "assessment-question-desktop-dark")
    for fieldset in page.locator("fieldset").all():
        fieldset.get_by_role("radio", name="More than half the days").check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Question 5–7 of 7", exact=True)).to_be_visible()
    for fieldset in page.locator("fieldset").all():
        fieldset.get_by_role("radio", name="More than half the days").check()
    page.get_by_role("button", name="Next").click()
    # the form's optional closing question, asked because problems were checked
    page.get_by_role("radio", name="Somewhat difficult").check()
    axe_check(page, "assessment-closing-question-desktop-dark")
    page.get_by_role("button", name="See my results").click()
    expect(page.get_by_text("Band: moderate")).to_be_visible()
    expect(page.get_by_text("somewhat difficult")).to_be_visible()
    expect(page.get_by_role("link", name="See support and helplines")).to_be_visible()
    axe_check(page, "assessment-result-desktop-dark")
    # the plane and the side-by-side view in dark mode
    rs = instruments.load("ecr-rs")
    for target, values in (
        ("partner", [2, 2, 3, 2, 5, 6, 6, 6, 7]),
        ("friend", [6] * 4 + [2] * 5),
    ):
        answers = scoring.answers_from_list(rs, values)
        services.take_create(user=user, data_key=key, instrument=rs, answers=answers, target=target)
    page.goto("/assessments/ecr-rs/history/")
    expect(page.get_by_role("heading", name="Side by side")).to_be_visible()
    axe_check(page, "assessment-ecr-rs-side-by-side-desktop-dark")
    ecr = instruments.load("ecr-r")
    answers = scoring.answers_from_list(ecr, [4] * 36)
    take = services.take_create(user=user, data_key=key, instrument=ecr, answers=answers)
    page.goto(f"/assessments/takes/{take.pk}/result/")
    expect(page.get_by_role("img", name="Attachment anxiety and avoidance")).to_be_visible()
    axe_check(page, "assessment-result-plane-desktop-dark")


_BOXES = """() => [...document.querySelectorAll(
    '.plane__quadrant, .plane__label, .plane__point')].map(el => {
        const r = el.getBoundingClientRect();
        return {kind: el.getAttribute('class'), text: el.textContent,
                box: [r.left, r.top, r.right, r.bottom]};
    })"""


def _apart(a, b) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_the_plane_keeps_its_words_off_an_anxious_persons_dot(sign_in, axe_check):
    # Where most people using Innerbase land, and where the dot once hid the quarter's name.
    page, user, key = sign_in("phone", color_scheme="dark")
    ecr = instruments.load("ecr-r")
    values = [_ecr_r_value(number, anxious=True) for number in range(1, 37)]
    answers = scoring.answers_from_list(ecr, values)
    take = services.take_create(user=user, data_key=key, instrument=ecr, answers=answers)
    page.goto(f"/assessments/takes/{take.pk}/result/")
    expect(page.get_by_role("img", name="Attachment anxiety and avoidance")).to_be_visible()
    drawn = page.evaluate(_BOXES)
    assert {d["text"] for d in drawn if "quadrant" in d["kind"]} == {
        "secure",
        "anxious-preoccupied",
        "dismissing-avoidant",
        "fearful-avoidant",
    }
    for i, one in enumerate(drawn):
        for other in drawn[i + 1 :]:
            assert _apart(one["box"], other["box"]), (one, other)
    axe_check(page, "assessment-plane-anxious-phone-dark")
