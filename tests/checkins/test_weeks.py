"""The check-in's pure rules: the week a day belongs to, the day Today offers it, the
ratings kept, the three wins of a hard day, and a sign's summary."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerbase.checkins import weeks

WED = dt.date(2026, 12, 2)  # a Wednesday


def test_a_week_starts_on_the_chosen_day_on_or_before_the_date():
    assert weeks.week_start(WED, 2) == WED  # the day itself
    assert weeks.week_start(WED, 0) == dt.date(2026, 11, 30)  # Monday before
    assert weeks.week_start(WED, 3) == dt.date(2026, 11, 26)  # Thursday of the week before
    with pytest.raises(ValueError):
        weeks.week_start(WED, 7)


@given(st.dates(min_value=dt.date(2000, 1, 1)), st.integers(0, 6))
def test_every_day_of_a_week_belongs_to_the_same_week(day, weekday):
    start = weeks.week_start(day, weekday)
    assert start.weekday() == weekday and 0 <= (day - start).days < 7
    for offset in range(7):
        assert weeks.week_start(start + dt.timedelta(days=offset), weekday) == start


def test_the_card_shows_on_the_chosen_day_only_once_a_week_has_passed():
    joined = WED - dt.timedelta(days=7)
    due = dict(weekday=2, joined=joined, done=False, skipped=False)
    assert weeks.card_due(WED, **due)
    assert not weeks.card_due(WED + dt.timedelta(days=1), **due)  # the day after: nothing
    assert not weeks.card_due(WED, **{**due, "done": True})
    assert not weeks.card_due(WED, **{**due, "skipped": True})
    # the first week, with nothing to look back on yet
    assert not weeks.card_due(WED, **{**due, "joined": WED})
    assert not weeks.card_due(WED, **{**due, "joined": WED - dt.timedelta(days=6)})


def test_ratings_are_0_to_4_or_does_not_apply():
    assert [weeks.rating(v) for v in (0, 4, "3", "na", None, "")] == [0, 4, 3, "na", None, None]
    for wrong in (5, -1, "x", True, 2.5, "4.0"):
        with pytest.raises(ValueError):
            weeks.rating(wrong)


def _win(days_ago: int, kind: str) -> dict:
    return {"when": dt.datetime(2026, 12, 2) - dt.timedelta(days=days_ago), "kind": kind}


def test_three_wins_are_the_newest_of_different_kinds_first():
    wins = [_win(1, "checkin"), _win(2, "checkin"), _win(3, "pause"), _win(9, "ladder")]
    chosen = weeks.three_wins(wins)
    assert [w["kind"] for w in chosen] == ["checkin", "pause", "ladder"]


def test_three_wins_fill_up_from_one_kind_when_there_is_only_one():
    wins = [_win(d, "intention") for d in (5, 1, 3, 2)]
    assert [w["when"].day for w in weeks.three_wins(wins)] == [1, 30, 29]


def test_fewer_than_three_wins_are_all_shown_and_none_is_none():
    assert len(weeks.three_wins([_win(1, "pause")])) == 1
    assert weeks.three_wins([]) == []


def test_a_sign_series_keeps_gaps_and_leaves_out_does_not_apply():
    rows = [
        {"signs": {"curious": 1}},
        {"signs": {"curious": "na"}},
        {"signs": {}},
        {"signs": {"curious": 4}},
    ]
    assert weeks.series(rows, "curious") == [1, None, None, 4]


def test_a_sign_summary_in_words():
    labels = {0: "Not this week", 1: "A little", 4: "Very much"}
    assert weeks.summary([], labels) == "Not rated yet."
    assert weeks.summary([None, 1], labels) == "Rated once: a little."
    assert (
        weeks.summary([0, None, 4], labels)
        == "Rated in 2 weeks. First: not this week. Latest: very much."
    )


def test_in_the_lighter_rhythm_the_card_shows_once_a_month():
    due = dict(weekday=2, joined=WED - dt.timedelta(days=70), done=False, skipped=False)
    assert weeks.card_due(WED, monthly=True, **due)  # 2 December: the first Wednesday
    assert not weeks.card_due(WED + dt.timedelta(weeks=1), monthly=True, **due)
    assert weeks.card_due(WED + dt.timedelta(weeks=1), **due)  # weekly, it would
    assert weeks.card_due(dt.date(2027, 1, 6), monthly=True, **due)  # January's first
