"""Recurring themes (pure): counted once per review, two reviews or more, the most frequent
first, with the reviews they came from; own words keyed without case or spacing."""

from hypothesis import given
from hypothesis import strategies as st

from innerbase.patterns.recurring import Recurring, own_key, recurring_themes, sentence

codes = st.sampled_from(["fast-intensity", "eggshells", "left-first", "own:lost myself"])
reviews = st.lists(st.lists(codes, max_size=5), max_size=6).map(
    lambda lists: [(f"r{i}", keys) for i, keys in enumerate(lists)]
)


def test_the_issue_example_three_of_four():
    found = recurring_themes(
        [
            ("a", ["fast-intensity", "eggshells"]),
            ("b", ["fast-intensity"]),
            ("c", ["left-first"]),
            ("d", ["fast-intensity", "eggshells"]),
        ]
    )
    assert found == [
        Recurring("fast-intensity", 3, 4, ("a", "b", "d")),
        Recurring("eggshells", 2, 4, ("a", "d")),
    ]
    assert sentence(3, 4, "fast intensity early on") == (
        "In 3 of 4 relationships you noted fast intensity early on."
    )


def test_one_review_alone_recurs_nothing_and_a_repeat_in_it_counts_once():
    assert recurring_themes([("a", ["eggshells", "eggshells"])]) == []
    assert recurring_themes([("a", ["eggshells", "eggshells"]), ("b", [])]) == []


def test_every_review_noting_it_reads_as_all_or_both():
    assert sentence(2, 2, "x") == "In both relationships you reviewed, you noted x."
    assert sentence(5, 5, "x") == "In all 5 relationships you reviewed, you noted x."


def test_own_words_match_whatever_their_case_and_spacing():
    assert own_key("  Lost   MYSELF ") == own_key("lost myself") == "own:lost myself"


@given(reviews)
def test_counts_are_the_reviews_that_named_it(pairs):
    for theme in recurring_themes(pairs):
        named = tuple(rid for rid, keys in pairs if theme.key in keys)
        assert theme.reviews == named and theme.count == len(named) >= 2
        assert theme.total == len(pairs)


@given(reviews)
def test_nothing_named_twice_is_left_out_and_the_most_frequent_come_first(pairs):
    found = recurring_themes(pairs)
    expected = {k for _, keys in pairs for k in keys if sum(k in ks for _, ks in pairs) >= 2}
    assert {t.key for t in found} == expected
    assert [t.count for t in found] == sorted((t.count for t in found), reverse=True)


@given(reviews)
def test_the_order_of_themes_inside_a_review_does_not_change_the_counts(pairs):
    flipped = [(rid, list(reversed(keys))) for rid, keys in pairs]
    counts = {t.key: t.count for t in recurring_themes(pairs)}
    assert counts == {t.key: t.count for t in recurring_themes(flipped)}
