"""The exercises file (toolkit/content/exercises.json): the fixed codes other apps name, a
length of 1 to 10 minutes, steps or a link to the calm tool that has them, a source cited in
docs/CONTENT.md, and the caution before cold water."""

from pathlib import Path

from django.urls import reverse

from innerbase.toolkit import content, selectors

CODES = [
    "paced-breathing",
    "grounding",
    "body-scan",
    "urge-surfing",
    "self-compassion-break",
    "opposite-action",
    "walk",
    "cold-water",
    "call-someone",
    "values-check",
]
CONTENT_MD = Path(__file__).resolve().parents[2] / "docs" / "CONTENT.md"


def test_the_exercises_are_the_fixed_codes_the_plan_refers_to():
    assert content.codes() == CODES


def test_each_exercise_is_short_and_says_when_it_helps_and_where_it_comes_from():
    for exercise in content.exercises():
        assert 1 <= exercise["minutes"] <= 10, exercise["code"]
        assert exercise["helps_when"].strip() and exercise["source"].strip()
        assert exercise["name"].strip()


def test_the_two_calm_tools_are_linked_not_copied_and_the_rest_have_steps():
    pages = {page["code"]: page for page in selectors.exercise_pages()}
    assert pages["paced-breathing"]["calm"]["url"] == reverse("safety:breathe")
    assert pages["grounding"]["calm"]["url"] == reverse("safety:ground")
    for code in CODES[2:]:
        steps = pages[code]["steps"]
        assert pages[code]["calm"] is None and 3 <= len(steps) <= 8, code
        # short enough to follow on a phone: no step longer than three lines or so
        assert all(len(step) <= 200 for step in steps), code
    assert pages["paced-breathing"]["steps"] == [] == pages["grounding"]["steps"]


def test_cold_water_warns_about_the_heart_and_eating_disorders():
    caution = content.by_code()["cold-water"]["caution"]
    assert "heart condition" in caution and "eating disorder" in caution and "doctor" in caution


def test_a_timer_is_offered_only_where_an_exercise_is_timed():
    timed = {e["code"]: e["timer_seconds"] for e in content.exercises() if "timer_seconds" in e}
    assert timed == {"urge-surfing": 300, "walk": 600, "cold-water": 30}
    assert selectors.exercise_page("cold-water")["timer_display"] == "0:30"
    assert selectors.exercise_page("walk")["timer_display"] == "10:00"


def test_docs_content_has_a_section_that_cites_every_exercise():
    text = CONTENT_MD.read_text("utf-8")
    section = text[text.index("## Coping toolkit") :]
    for code in CODES:
        assert f"`{code}`" in section, code


def test_the_selectors_give_other_apps_a_summary_or_none():
    assert selectors.exercise("walk") == {
        "code": "walk",
        "name": "A short walk",
        "minutes": 10,
        "url": "/practice/toolkit/walk/",
    }
    assert selectors.exercise("no-such-tool") is None
    assert [e["code"] for e in selectors.exercises()] == CODES
