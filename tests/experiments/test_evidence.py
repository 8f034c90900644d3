"""The evidence summary and its sentence (experiments/evidence.py), with hypothesis: the
numbers stay in range and match the tries, the words never judge, and none and one try are
said with care."""

import re

import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from innerbase.experiments import evidence
from innerbase.experiments.evidence import Outcome

ratings = st.integers(min_value=0, max_value=100)
outcomes = st.builds(Outcome, ratings, ratings, st.sampled_from([True, False, None]))
JUDGING = re.compile(r"\b(fail\w*|success\w*|wrong|should|must|prove\w*|bad job|well done)\b", re.I)


def test_the_example_from_the_issue():
    tries = [Outcome(70, 35, False)] * 5 + [Outcome(70, 35, True)]
    found = evidence.summary(tries)
    assert found["count"] == 6 and found["mean_predicted"] == 70 and found["mean_actual"] == 35
    assert (found["feared_count"], found["feared_answered"]) == (1, 6)
    assert evidence.sentence(found) == (
        "You expected 70 on average; it was 35. What you feared happened in 1 of 6 tries."
    )


def test_no_tries_yet_says_what_will_show_and_has_no_numbers():
    found = evidence.summary([])
    assert found["count"] == 0 and found["mean_predicted"] is None and found["feared_share"] is None
    assert evidence.sentence(found) == evidence.NONE_YET
    assert not re.search(r"\d", evidence.sentence(found))


def test_one_try_is_not_an_average_and_not_a_rule():
    words = evidence.sentence(evidence.summary([Outcome(80, 20, False)]))
    assert words.startswith("On your one try so far, you expected 80 and it was 20.")
    assert "average" not in words and "What you feared did not happen." in words
    assert words.endswith(evidence.ONE_TRY)


def test_harder_than_expected_is_information_and_offers_a_smaller_step():
    words = evidence.sentence(evidence.summary([Outcome(30, 60, True), Outcome(40, 70, False)]))
    assert words.startswith("You expected 35 on average; it was 65.")
    assert "useful to know" in words and "smaller step" in words
    assert "What you feared happened in 1 of 2 tries." in words


def test_the_same_as_expected_says_so():
    words = evidence.sentence(evidence.summary([Outcome(50, 50, None), Outcome(60, 60, None)]))
    assert words == "You expected 55 on average, and it was about the same: 55."


def test_tries_where_the_person_did_not_say_are_not_counted_as_feared_or_not():
    found = evidence.summary([Outcome(50, 20, True), Outcome(50, 20, None), Outcome(50, 20, False)])
    assert (found["feared_count"], found["feared_answered"], found["feared_share"]) == (1, 2, 0.5)
    assert "in 1 of 2 tries where you said" in evidence.sentence(found)


def test_halves_round_up_as_people_expect():
    assert evidence.whole(34.5) == 35 and evidence.whole(0.4) == 0 and evidence.whole(100) == 100


@given(st.lists(outcomes, max_size=60))
def test_the_summary_matches_the_tries_and_stays_in_range(tries):
    found = evidence.summary(tries)
    assert found["count"] == len(tries)
    assert 0 <= found["feared_count"] <= found["feared_answered"] <= len(tries)
    if tries:
        assert min(t.predicted for t in tries) - 0.05 <= found["mean_predicted"]
        assert found["mean_predicted"] <= max(t.predicted for t in tries) + 0.05
        assert 0 <= found["mean_actual"] <= 100
    if found["feared_share"] is not None:
        assert 0 <= found["feared_share"] <= 1


@given(st.lists(outcomes, max_size=30), st.randoms())
def test_the_order_of_the_tries_does_not_change_the_summary(tries, rng):
    shuffled = list(tries)
    rng.shuffle(shuffled)
    assert evidence.summary(shuffled) == evidence.summary(tries)


@settings(deadline=None)  # textstat reads its word list on its first call
@given(st.lists(outcomes, min_size=1, max_size=40))
def test_the_sentence_says_the_rounded_means_and_never_judges(tries):
    found = evidence.summary(tries)
    words = evidence.sentence(found)
    expected, felt = evidence.whole(found["mean_predicted"]), evidence.whole(found["mean_actual"])
    assert f"expected {expected}" in words and f"{felt}." in words
    assert not JUDGING.search(words)
    assert ("smaller step" in words) == (felt > expected)
    assert textstat.flesch_kincaid_grade(words) <= 8


@given(st.lists(st.tuples(st.sampled_from("abc"), outcomes), max_size=40))
def test_per_step_summaries_add_up_to_the_whole(rows):
    groups = evidence.grouped(rows)
    assert set(groups) == {key for key, _ in rows}
    assert sum(g["count"] for g in groups.values()) == len(rows)
    whole = evidence.summary(o for _, o in rows)
    assert sum(g["feared_count"] for g in groups.values()) == whole["feared_count"]
