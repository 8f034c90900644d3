"""The log's counts and sentence, and when a boundary is due (boundaries/tally.py, pure)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from innerbase.boundaries import tally

TODAY = dt.date(2026, 12, 1)
days = st.dates(min_value=dt.date(2020, 1, 1), max_value=TODAY)
rows = st.lists(st.tuples(days, st.sampled_from(["kept", "crossed", "other"])), max_size=40)


def test_the_sentence_counts_in_words_since_the_first_month():
    log = [(dt.date(2026, 3, 9), "kept")] * 5 + [(dt.date(2026, 4, 2), "crossed")] * 2
    assert tally.sentence(tally.tally(log), TODAY) == "Kept 5 times, crossed twice since March."


def test_the_sentence_names_the_year_of_an_earlier_year_and_leaves_out_a_zero():
    log = [(dt.date(2025, 11, 30), "crossed")]
    assert tally.sentence(tally.tally(log), TODAY) == "Crossed once since November 2025."
    assert tally.sentence(tally.tally([(TODAY, "kept")]), TODAY) == "Kept once today."


def test_an_empty_log_says_nothing():
    assert tally.tally([]) == tally.Tally(0, 0, None)
    assert tally.sentence(tally.tally([]), TODAY) == ""


@given(rows)
def test_counts_add_up_and_since_is_the_first_counted_day(log):
    counts = tally.tally(log)
    counted = [day for day, outcome in log if outcome in tally.OUTCOMES]
    assert counts.kept + counts.crossed == len(counted)
    assert counts.since == (min(counted) if counted else None)
    assert counts.kept == sum(outcome == "kept" for _, outcome in log)


@given(rows)
def test_the_sentence_never_scores_anyone(log):
    text = tally.sentence(tally.tally(log), TODAY)
    assert "%" not in text and "score" not in text.lower()
    assert (text == "") == (tally.tally(log).since is None)


@given(st.dates(), st.dates(), st.booleans())
def test_due_from_its_day_on_unless_set_aside(revisit_on, today, retired):
    assert tally.is_due(revisit_on, today, retired=retired) == (not retired and revisit_on <= today)


def test_the_default_revisit_is_thirty_days_on():
    assert tally.default_revisit(TODAY) == dt.date(2026, 12, 31)
