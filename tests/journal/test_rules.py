"""The journal's pure rules: the rumination guard, prompt choice, consistency, the calendar
grid, safe Markdown and tag splitting."""

import datetime as dt
import random

import pytest
import textstat

from innerbase.journal import content, rules

ZONE = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 20, 21, 0, tzinfo=ZONE)
HEAVY = {"hurt", "lonely", "anxious"}


def entry(days_ago: float, mood=None, triggers=(), emotions=(), seconds=None, hour=None):
    moment = NOW - dt.timedelta(days=days_ago)
    if hour is not None:
        moment = moment.replace(hour=hour)
    return {
        "occurred_at": moment,
        "saved_at": moment,
        "mood": mood,
        "triggers": list(triggers),
        "emotions": list(emotions),
        "writing_seconds": seconds,
    }


def test_the_same_trigger_three_times_without_better_mood_is_a_loop():
    entries = [
        entry(0.1, mood=3, triggers=["Their Instagram"]),
        entry(1, mood=4, triggers=["their instagram "]),
        entry(2, mood=4, triggers=["their instagram", "work"]),
    ]
    result = rules.rumination(entries, NOW, HEAVY)
    assert result["loop"] is True and result["themes"] == ["trigger:their instagram"]


def test_improving_mood_is_not_a_loop():
    entries = [
        entry(0.1, mood=7, triggers=["x"]),
        entry(1, mood=5, triggers=["x"]),
        entry(2, mood=3, triggers=["x"]),
    ]
    assert rules.rumination(entries, NOW, HEAVY)["loop"] is False


def test_heavy_emotions_count_as_themes_but_joy_does_not():
    heavy = [entry(d, mood=4, emotions=["hurt"]) for d in (0.1, 1, 2)]
    assert rules.rumination(heavy, NOW, HEAVY)["themes"] == ["emotion:hurt"]
    light = [entry(d, mood=4, emotions=["joyful"]) for d in (0.1, 1, 2)]
    assert rules.rumination(light, NOW, HEAVY)["loop"] is False


def test_old_entries_and_two_repeats_are_not_enough():
    assert not rules.rumination(
        [entry(d, mood=3, triggers=["x"]) for d in (0.1, 8, 9)], NOW, HEAVY
    )["loop"]
    assert not rules.rumination([entry(d, mood=3, triggers=["x"]) for d in (0.1, 1)], NOW, HEAVY)[
        "loop"
    ]


@pytest.mark.parametrize(
    ("hour", "seconds", "expected"),
    [(23, 1500, True), (2, 1200, True), (22, 3000, False), (1, 600, False), (4, None, False)],
)
def test_long_late_sessions(hour, seconds, expected):
    result = rules.rumination(
        [entry(0, seconds=seconds, hour=hour)], NOW.replace(hour=23, minute=59), HEAVY
    )
    assert result["late_and_long"] is expected


def test_prompts_fit_the_pattern_and_skip_recent_ones():
    prompts = content.prompts()
    rng = random.Random(3)
    recent = {p["id"] for p in prompts if "anxious" in p["patterns"]}
    for _ in range(50):
        chosen = rules.pick_prompt(prompts, pattern="anxious", recent_ids=recent, rng=rng)
        assert chosen["id"] not in recent  # fresh general prompts exist, so none repeats
        assert chosen["stage"] not in rules.GUARD_STAGES
    chosen = rules.pick_prompt(
        prompts, pattern=None, recent_ids=set(), rng=rng, stage="self-distanced"
    )
    assert chosen["stage"] == "self-distanced"


def test_the_prompt_library_is_big_and_tagged():
    prompts = content.prompts()
    assert len(prompts) >= 80 and len({p["id"] for p in prompts}) == len(prompts)
    stages = {
        "grief",
        "safety-within",
        "trust",
        "patterns",
        "boundaries",
        "secure-behaviour",
        "self-compassion",
        "gratitude",
    }
    assert stages <= {p["stage"] for p in prompts}
    for pattern in ("anxious", "avoidant", "fearful-avoidant", "any"):
        assert any(pattern in p["patterns"] for p in prompts)


@pytest.mark.parametrize(
    ("hour", "expected"),
    [(22, False), (23, True), (0, True), (1, True), (4, True), (5, False), (12, False)],
)
def test_only_gentle_prompts_from_23_00_to_04_59(hour, expected):
    gentle = rules.wants_gentle(hour=hour, last_mood=None, recent_emotions=[], heavy=HEAVY)
    assert gentle is expected


@pytest.mark.parametrize(("mood", "expected"), [(1, True), (3, True), (4, False), (9, False)])
def test_only_gentle_prompts_after_a_mood_of_3_or_below(mood, expected):
    gentle = rules.wants_gentle(hour=14, last_mood=mood, recent_emotions=[], heavy=HEAVY)
    assert gentle is expected


def test_only_gentle_prompts_with_a_heavy_emotion_just_named():
    def gentle(emotions):
        return rules.wants_gentle(hour=14, last_mood=7, recent_emotions=emotions, heavy=HEAVY)

    assert gentle(["hopeful", "lonely"]) and not gentle(["hopeful", "calm"]) and not gentle([])


def test_the_recent_state_is_the_last_mood_and_emotions_of_the_last_four_hours():
    entries = [
        entry(0.05, mood=6, emotions=[]),  # an hour ago: a mood, no emotions named
        entry(0.1, mood=2, emotions=["hurt"]),  # 2.4 hours ago
        entry(0.5, mood=1, emotions=["lonely"]),  # 12 hours ago: too long ago
    ]
    assert rules.recent_state(entries, NOW) == {"mood": 6, "emotions": ["hurt"]}
    assert rules.recent_state(entries[2:], NOW) == {"mood": None, "emotions": []}


def test_the_gentle_pool_is_light_safety_within_self_compassion_and_grounding():
    prompts = content.prompts()
    pool = rules.prompt_pool(prompts, gentle=True)
    assert {p["stage"] for p in pool} == rules.GENTLE_STAGES
    assert all(p["weight"] == "light" for p in pool)
    # a stage asked for that does not fit the hour is set aside; the guard's own stage is kept
    assert rules.prompt_pool(prompts, gentle=True, stage="patterns") == pool
    assert rules.prompt_pool(prompts, gentle=True, stage=rules.MEANING_STAGE) == pool
    distanced = rules.prompt_pool(prompts, gentle=True, stage="self-distanced")
    assert distanced and {p["stage"] for p in distanced} == {"self-distanced"}
    rng = random.Random(5)
    for _ in range(50):
        chosen = rules.pick_prompt(
            prompts, pattern="anxious", recent_ids=set(), rng=rng, gentle=True
        )
        assert chosen["stage"] in rules.GENTLE_STAGES and chosen["weight"] == "light"


def test_lighter_prompts_do_not_look_back_and_loops_get_no_meaning_making():
    prompts = content.prompts()
    everyday = rules.prompt_pool(prompts)
    assert rules.MEANING_STAGE in {p["stage"] for p in everyday}
    assert not {p["stage"] for p in everyday} & rules.GUARD_STAGES
    assert {p["weight"] for p in everyday} == set(rules.WEIGHTS)
    lighter = rules.prompt_pool(prompts, lighter=True)
    assert all(p["weight"] == "light" for p in lighter)
    assert {p["stage"] for p in lighter} > rules.GENTLE_STAGES  # lighter, not only gentle
    looping = rules.prompt_pool(prompts, ruminating=True)
    assert rules.MEANING_STAGE not in {p["stage"] for p in looping}
    assert rules.prompt_pool(prompts, ruminating=True, stage=rules.MEANING_STAGE) == looping


def test_every_prompt_has_a_weight_and_gentle_stages_hold_only_light_ones():
    for prompt in content.prompts():
        assert prompt.get("weight") in rules.WEIGHTS, prompt["id"]
        if prompt["stage"] in rules.GENTLE_STAGES | rules.GUARD_STAGES:
            assert prompt["weight"] == "light", prompt["id"]


def test_every_prompt_reads_at_grade_8_or_below():
    """Flesch-Kincaid grade, by textstat (a test extra; 0.7.8 works offline)."""
    hard = {
        p["id"]: grade
        for p in content.prompts()
        if (grade := textstat.flesch_kincaid_grade(p["text"])) > 8
    }
    assert hard == {}


def test_prompts_cover_the_one_who_left_safety_sleep_food_and_contact_that_stays():
    texts = [p["text"] for p in content.prompts()]

    def some(*words):
        return any(all(word in text for word in words) for text in texts)

    assert some("ended it") and some("ended the relationship")
    assert some("Was this relationship safe for you?")
    assert some("sleep") and some("eat or drink")
    assert some("for children or for work") and some("can't avoid")
    assert sum(p["stage"] == "grounding" for p in content.prompts()) >= 5


def test_hopeless_is_a_heavy_emotion_the_guard_counts():
    heavy = rules.heavy_emotions(content.emotion_families())
    assert "hopeless" in heavy and "hopeful" not in heavy
    entries = [entry(d, mood=3, emotions=["hopeless"]) for d in (0.1, 1, 2)]
    assert rules.rumination(entries, NOW, heavy)["themes"] == ["emotion:hopeless"]


def test_month_grid():
    weeks = rules.month_grid(2026, 11, {3: [2, 4], 20: [9]}, {3: 2, 20: 1, 21: 1})
    cells = {cell["day"]: cell for week in weeks for cell in week if cell}
    assert len(cells) == 30 and weeks[0][:6] == [None] * 6  # 1 Nov 2026 is a Sunday
    assert cells[3] == {"day": 3, "entries": 2, "mood": 3.0, "band": "low"}
    assert cells[20]["band"] == "high" and cells[21]["band"] == "none"


def test_tags_are_trimmed_and_deduplicated():
    assert rules.split_tags(" work,, Sunday   nights , WORK\nex ") == [
        "work",
        "Sunday nights",
        "ex",
    ]
    assert len(rules.split_tags(",".join(str(n) for n in range(50)))) == 20


def test_entries_written_for_the_same_minute_are_ordered_by_when_they_were_saved():
    first = entry(2, mood=4, triggers=["their instagram"])
    same_minute = [
        {**entry(1, mood=3, triggers=["their instagram"]), "saved_at": NOW - dt.timedelta(hours=2)},
        {**entry(1, mood=5, triggers=["their instagram"]), "saved_at": NOW - dt.timedelta(hours=1)},
    ]
    # The mood saved last (5) is the latest: better than the first (4), so no loop, either way.
    for order in (same_minute, same_minute[::-1]):
        assert rules.rumination([first, *order], NOW, HEAVY)["loop"] is False
