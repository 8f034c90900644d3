"""The toolkit's ranking (toolkit/ranking.py): what helped the person most comes first, a tool
rated fewer than three times waits below the others, and the order is the same whatever order
the ratings come in."""

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from innerbase.toolkit import ranking
from innerbase.toolkit.ranking import ENOUGH, Tally, rank, tally

CODES = ["walk", "body-scan", "grounding", "cold-water", "values-check"]
rating = st.integers(min_value=0, max_value=10)
use = st.tuples(st.sampled_from(CODES), rating, rating)
uses = st.lists(use, max_size=40)


def order(pairs) -> list[str]:
    return [r.code for r in rank(tally(pairs))]


def test_the_bigger_average_drop_comes_first_once_both_have_enough_ratings():
    pairs = [("walk", 6, 5)] * 3 + [("body-scan", 8, 3)] * 3
    ranked = rank(tally(pairs))
    assert [(r.code, r.uses, r.shown_drop, r.enough) for r in ranked] == [
        ("body-scan", 3, 5.0, True),
        ("walk", 3, 1.0, True),
    ]


def test_a_tool_with_too_few_ratings_waits_below_even_a_smaller_drop():
    pairs = [("walk", 6, 5)] * 3 + [("cold-water", 9, 1)] * 2
    ranked = rank(tally(pairs))
    assert [r.code for r in ranked] == ["walk", "cold-water"]
    assert not ranked[1].enough and ranked[1].shown_drop == 8.0


def test_a_worse_after_is_a_negative_drop_and_ranks_last():
    ranked = rank(tally([("walk", 3, 6)] * 3 + [("grounding", 5, 5)] * 3))
    assert [(r.code, r.shown_drop) for r in ranked] == [("grounding", 0.0), ("walk", -3.0)]


def test_ties_go_to_more_ratings_then_to_the_code():
    pairs = [("walk", 5, 3)] * 4 + [("body-scan", 5, 3)] * 3 + [("grounding", 5, 3)] * 3
    assert order(pairs) == ["walk", "body-scan", "grounding"]


def test_the_mean_is_exact_and_shown_to_one_decimal():
    [ranked] = rank(tally([("walk", 7, 5), ("walk", 7, 6), ("walk", 7, 6)]))
    assert ranked.mean_drop == Fraction(4, 3) and ranked.shown_drop == 1.3


def test_only_tools_that_eased_upset_are_offered_first():
    ranked = rank([Tally("walk", 3, -3), Tally("grounding", 1, 2), Tally("body-scan", 3, 0)])
    assert [r.code for r in ranking.helped(ranked)] == ["grounding"]


def test_a_tool_with_no_rated_use_is_not_ranked():
    assert rank([Tally("walk", 0, 0)]) == []


def test_the_rule_can_be_said_in_one_plain_line():
    assert str(ENOUGH) in ranking.RULE and "average" in ranking.RULE


@given(uses, st.randoms())
def test_the_order_does_not_depend_on_the_order_of_the_ratings(pairs, random):
    shuffled = list(pairs)
    random.shuffle(shuffled)
    assert rank(tally(shuffled)) == rank(tally(pairs))


@given(uses)
def test_every_tool_with_enough_ratings_ranks_above_every_tool_with_too_few(pairs):
    flags = [r.enough for r in rank(tally(pairs))]
    assert flags == sorted(flags, reverse=True)
    assert all(r.enough == (r.uses >= ENOUGH) for r in rank(tally(pairs)))


@given(uses, st.sampled_from(CODES), rating, rating)
def test_a_use_that_eased_more_than_the_tools_average_never_moves_it_down(
    pairs, code, before, after
):
    ranked = {r.code: r for r in rank(tally(pairs))}
    if code in ranked and before - after < ranked[code].mean_drop:
        return  # only a drop at least as big as the tool's average is claimed here
    before_order = order(pairs)
    after_order = order([*pairs, (code, before, after)])
    old = before_order.index(code) if code in before_order else len(before_order)
    assert after_order.index(code) <= old


@given(uses)
def test_each_tools_count_and_mean_are_its_own_ratings(pairs):
    for ranked in rank(tally(pairs)):
        mine = [b - a for c, b, a in pairs if c == ranked.code]
        assert ranked.uses == len(mine) and ranked.mean_drop == Fraction(sum(mine), len(mine))
