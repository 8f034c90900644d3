"""The progress page's statistics: weekly bands, groups compared only above a minimum, the
preset ranges and the "what changed" sentence (with properties: a constant series shows
no change, shuffling days within a week changes no weekly figure, a trigger under the
minimum is never ranked)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerbase.progress import stats

MONDAY = dt.date(2026, 3, 2)


def days_of(values, start=MONDAY):
    return [
        {"day": (start + dt.timedelta(days=i)).isoformat(), "mood": v} for i, v in enumerate(values)
    ]


def counts(*moods):
    found = [0] * 10
    for mood in moods:
        found[mood - 1] += 1
    return found


def test_a_week_is_its_days_middle_half_and_median():
    bands = stats.bands(days_of([2, 4, 6, 8, None, 5, 5, 9]), "mood")
    assert bands == [
        {"start": "2026-03-02", "days": 6, "low": 4.2, "median": 5.0, "high": 5.8},
        {"start": "2026-03-09", "days": 1, "low": 9.0, "median": 9.0, "high": 9.0},
    ]


def test_long_ranges_are_banded_by_month():
    assert stats.period_for(dt.date(2020, 1, 1), dt.date(2021, 12, 1)) == "week"
    assert stats.period_for(dt.date(2020, 1, 1), dt.date(2026, 1, 1)) == "month"
    bands = stats.bands(days_of([3, 7], dt.date(2026, 3, 31)), "mood", "month")
    assert [b["start"] for b in bands] == ["2026-03-01", "2026-04-01"]


moods = st.floats(min_value=1, max_value=10, allow_nan=False).map(lambda v: round(v, 2))


@given(st.lists(st.lists(moods, min_size=1, max_size=7), min_size=1, max_size=8), st.randoms())
def test_shuffling_days_within_a_week_changes_no_weekly_figure(weeks, rng):
    values = [v for week in weeks for v in week + [None] * (7 - len(week))]
    shuffled = []
    for start in range(0, len(values), 7):
        week = values[start : start + 7]
        rng.shuffle(week)
        shuffled += week
    assert stats.bands(days_of(values), "mood") == stats.bands(days_of(shuffled), "mood")


@given(st.integers(min_value=1, max_value=10), st.integers(min_value=4, max_value=60))
def test_a_constant_series_shows_no_change(mood, weeks):
    bands = stats.bands(days_of([mood] * (7 * weeks)), "mood")
    assert all(b["low"] == b["median"] == b["high"] == mood for b in bands)
    assert stats.mood_change(bands)["way"] == "same"
    sentence = stats.what_changed(mood_bands=bands)
    assert sentence == f"Your mood stayed about the same, near {mood} out of 10."


def test_the_mood_change_compares_the_first_and_last_third():
    rising = stats.bands(days_of([3] * 14 + [5] * 7 + [7] * 14), "mood")
    assert stats.mood_change(rising) == {"start": 3.0, "end": 7.0, "way": "up"}
    assert "rose from about 3 to about 7" in stats.what_changed(mood_bands=rising)
    falling = stats.bands(days_of([7] * 14 + [4] * 14), "mood")
    sentence = stats.what_changed(mood_bands=falling)
    assert "dipped from about 7 to about 4" in sentence and "part of healing" in sentence
    assert stats.mood_change(falling[:3]) is None  # three weeks: too little to say


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=8),
        st.lists(st.integers(min_value=0, max_value=5), min_size=10, max_size=10),
        max_size=8,
    ),
    st.integers(min_value=1, max_value=12),
)
def test_a_trigger_under_the_minimum_is_never_ranked(groups, minimum):
    every = [sum(c[i] for c in groups.values()) + 3 for i in range(10)]
    found = stats.effects(groups, every, minimum)
    for row in found["ranked"]:
        assert row["entries"] >= minimum and sum(every) - row["entries"] >= minimum
    assert {r["name"] for r in found["ranked"]} | {r["name"] for r in found["too_few"]} == set(
        groups
    )
    assert all(
        r["entries"] < minimum or sum(every) - r["entries"] < minimum for r in found["too_few"]
    )


def test_triggers_are_ranked_from_the_lowest_mood_against_the_rest():
    groups = {
        "their song": counts(2, 2, 3, 3, 2, 4),
        "work": counts(5, 6, 5, 6, 5, 6, 7),
        "payday": counts(8, 8),
    }
    every = [a + b + c for a, b, c in zip(*groups.values(), strict=True)]
    every = [n + m for n, m in zip(every, counts(6, 6, 6, 7, 7, 7), strict=True)]
    found = stats.effects(groups, every)
    assert found["minimum"] == stats.MIN_ENTRIES == 6
    assert [r["name"] for r in found["ranked"]] == ["their song", "work"]
    song = found["ranked"][0]
    assert (song["entries"], song["median"], song["others"]) == (6, 2.5, 6.0)
    assert song["difference"] == -3.5
    assert found["too_few"] == [{"name": "payday", "entries": 2}]


def test_groups_are_compared_only_when_two_have_enough():
    sleep = stats.sleep_groups(
        [
            {"hours": 5.5, "moods": counts(3, 3, 4, 4, 3, 2)},
            {"hours": 7.0, "moods": counts(6, 6, 7)},
            {"hours": 8.0, "moods": counts(6, 7, 7)},
            {"hours": 9.0, "moods": counts(8)},
        ]
    )
    found = stats.compared(sleep)
    assert found["enough"] is True
    assert [(r["label"], r["entries"], r["median"]) for r in found["rows"]] == [
        ("Under 6 hours", 6, 3.0),
        ("6 to 8 hours", 6, 6.5),
        ("Over 8 hours", 1, None),  # below the minimum: no figure at all
    ]
    few = stats.compared([("Moved", counts(5, 6)), ("Did not", counts(*[4] * 6))])
    assert few["enough"] is False and few["rows"][1]["median"] == 4.0


def test_the_sentence_says_what_the_numbers_show_and_nothing_more():
    sentence = stats.what_changed(
        mood_bands=[],
        urges={"noted": 5, "acted": 2, "resisted": 3},
        pauses={"started": 4, "finished": 3, "passed": 2},
        records={"rerated": 4, "drop": 22.5},
        ladders={"tries": 3, "gap": 18.0},
        verdicts=[
            {"name": "ECR-R anxiety score", "verdict": "reliable improvement"},
            {"name": "ECR-R avoidance score", "verdict": "no reliable change"},
        ],
    )
    assert sentence == (
        "2 of 3 pauses ended with the urge passing. You held off on 3 of 5 urges you noted. "
        "Thought records eased your feelings by about 22.5 points. Ladder steps felt about "
        "18 points easier than you expected. Your ECR-R anxiety score shows a real change for the "
        "better."
    )
    harder = stats.what_changed(mood_bands=[], ladders={"tries": 2, "gap": -12.0})
    assert harder == "Ladder steps felt about 12 points harder than you expected."


def test_with_nothing_to_go_on_the_sentence_says_so_kindly():
    sentence = stats.what_changed(mood_bands=[], pauses={"finished": 0, "passed": 0})
    assert sentence.startswith("There is not much here yet for these dates. That is fine.")


def test_the_presets_end_today():
    today = dt.date(2026, 12, 1)
    assert stats.preset_since("4w", today) == dt.date(2026, 11, 4)
    assert stats.preset_since("3m", today) == dt.date(2026, 9, 2)
    assert stats.preset_since("1y", today) == dt.date(2025, 12, 2)
    assert stats.preset_since("all", today) is None
    with pytest.raises(ValueError):
        stats.preset_since("5y", today)


def test_quartiles_of_one_value_are_that_value():
    assert stats.quartiles([4.0]) == (4.0, 4.0, 4.0)
    assert stats.median_of_counts([0] * 10) is None
