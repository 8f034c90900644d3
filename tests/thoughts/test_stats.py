"""The pure statistics and progress rules behind the review page, with hand-worked examples."""

from hypothesis import given
from hypothesis import strategies as st

from innerbase.thoughts import content, progress, stats

KEYS = content.step_keys()


def test_a_record_change_averages_only_the_feelings_rated_twice():
    emotions = [
        {"name": "anxious", "before": 80, "after": 40},
        {"name": "lonely", "before": 60, "after": 50},
        {"name": "ashamed", "before": 90, "after": None},  # never re-rated: left out
    ]
    # before (80 + 60) / 2 = 70; after (40 + 50) / 2 = 45; drop 25
    assert stats.record_change(emotions) == {"before": 70.0, "after": 45.0, "drop": 25.0}


def test_no_change_without_a_pair_and_a_rise_is_a_negative_drop():
    assert stats.record_change([]) is None
    assert stats.record_change([{"name": "sad", "before": 50, "after": None}]) is None
    assert stats.record_change([{"name": "sad", "before": 30, "after": 45}])["drop"] == -15.0
    assert stats.record_change([{"name": "sad", "before": 0, "after": 0}])["drop"] == 0.0


def test_traps_are_ranked_most_first_ties_by_code_and_unspotted_ones_left_out():
    # Per-code counts of records, as the database adds them up.
    counts = {"mind-reading": 2, "silence-as-rejection": 3, "catastrophising": 1, "labelling": 0}
    assert stats.ranked(counts) == [
        ("silence-as-rejection", 3),
        ("mind-reading", 2),
        ("catastrophising", 1),
    ]
    assert stats.ranked({"b": 1, "a": 1}) == [("a", 1), ("b", 1)]
    assert stats.ranked({}) == []


def test_monthly_drops_average_the_months_totals_oldest_first():
    # ("YYYY-MM", records re-rated, sum of their drops), in any order, as the database gives them
    rows = [
        ("2025-03", 1, -5.0),
        ("2025-01", 2, 50.0),  # drops 40 and 10
        ("2024-12", 1, 30.0),
        ("2025-02", 0, None),  # no record re-rated that month: left out
    ]
    assert stats.monthly_from_sums(rows) == [
        {"month": "2024-12", "records": 1, "average_drop": 30.0},
        {"month": "2025-01", "records": 2, "average_drop": 25.0},
        {"month": "2025-03", "records": 1, "average_drop": -5.0},
    ]


def test_the_trend_is_the_least_squares_slope():
    assert stats.trend([]) is None and stats.trend([10]) is None
    assert stats.trend([10, 20, 30]) == 10.0
    # x = 0..3, mean 1.5; y = 5, 5, 15, 15, mean 10: sum (x-1.5)(y-10) = 20 over spread 5
    assert stats.trend([5, 5, 15, 15]) == 4.0
    assert stats.trend([30, 20]) == -10.0


@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "name": st.sampled_from(["sad", "anxious", "hurt"]),
                "before": st.integers(0, 100) | st.none(),
                "after": st.integers(0, 100) | st.none(),
            }
        ),
        max_size=6,
    )
)
def test_a_change_stays_in_range_and_drop_is_before_minus_after(emotions):
    change = stats.record_change(emotions)
    if change is None:
        assert not any(e["before"] is not None and e["after"] is not None for e in emotions)
        return
    assert 0 <= change["before"] <= 100 and 0 <= change["after"] <= 100
    assert abs(change["drop"] - (change["before"] - change["after"])) <= 0.11


def test_complete_needs_the_thought_a_feeling_rated_twice_and_a_balanced_thought():
    rated = [{"name": "sad", "before": 70, "after": 40}]
    assert progress.is_complete("They'll leave", rated, "They're busy; I can ask.")
    assert not progress.is_complete("  ", rated, "balanced")
    assert not progress.is_complete("thought", rated, "")
    assert not progress.is_complete("thought", [{"name": "sad", "before": 70}], "balanced")
    assert not progress.is_complete("thought", [], "balanced")


def test_resume_opens_the_first_unfinished_step():
    assert progress.first_unfinished(KEYS, []) == "situation"
    assert progress.first_unfinished(KEYS, KEYS[:4]) == "evidence-for"
    assert progress.first_unfinished(KEYS, [k for k in KEYS if k != "emotions"]) == "emotions"
    assert progress.first_unfinished(KEYS, KEYS) is None


def test_steps_with_content_for_a_record_made_in_one_go():
    body = {
        "situation": "",
        "automatic_thought": "No reply means it's over",
        "emotions": [{"name": "anxious", "before": 80, "after": None}],
        "balanced_thought": "",
    }
    assert progress.steps_with_content(body, [], False) == {"automatic-thought", "emotions"}
    body["emotions"][0]["after"] = 30
    done = progress.steps_with_content(body, ["mind-reading"], True)
    assert {"re-rate", "distortions", "core-belief"} <= done


def test_the_content_files_hold_nine_steps_and_both_kinds_of_trap():
    assert len(KEYS) == 9 and KEYS[0] == "situation" and KEYS[-1] == "core-belief"
    kinds = {d["kind"] for d in content.distortions()}
    assert kinds == {"distortion", "attachment-trap"}
    for item in content.distortions():
        assert item["definition"] and item["example"] and item["label"]
    traps = [d["code"] for d in content.distortions() if d["kind"] == "attachment-trap"]
    assert {"protest-behaviour", "silence-as-rejection", "keeping-score"} <= set(traps)
    assert len(content.starter_beliefs()) >= 10
    assert content.step("balanced-thought")["helper_questions"]
