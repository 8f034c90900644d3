"""Scoring is by item key, reverse keys are applied once, incomplete subscales get no score,
and the reliable change index matches Jacobson & Truax (1991)."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerbase.assessments import scoring
from innerbase.assessments.instruments import InstrumentError, parse

# A small instrument shaped like the ECR-R: two mean-scored subscales on 1-7, some reversed.
TOY = {
    "code": "toy",
    "name": "Toy",
    "scale": {"min": 1, "max": 7, "anchors": {1: "Strongly disagree", 7: "Strongly agree"}},
    "items": [
        {"key": "t-01", "number": 1, "text": "a", "subscale": "anx", "reverse": False},
        {"key": "t-02", "number": 2, "text": "b", "subscale": "anx", "reverse": True},
        {"key": "t-03", "number": 3, "text": "c", "subscale": "avo", "reverse": False},
        {"key": "t-04", "number": 4, "text": "d", "subscale": "avo", "reverse": False},
        {"key": "t-05", "number": 5, "text": "e", "subscale": "avo", "reverse": True},
    ],
    "subscales": [
        {"key": "anx", "name": "Anxiety", "scoring": "mean", "higher_is": "worse"},
        {"key": "avo", "name": "Avoidance", "scoring": "mean", "higher_is": "worse"},
    ],
}
SUM = {
    "code": "sumtoy",
    "name": "Sum toy",
    "scale": {"min": 0, "max": 3},
    "items": [
        {"key": "s-01", "number": 1, "text": "a", "subscale": "total", "reverse": False},
        {"key": "s-02", "number": 2, "text": "b", "subscale": "total", "reverse": True},
        {"key": "s-03", "number": 3, "text": "c", "subscale": "total", "reverse": False},
    ],
    "subscales": [
        {
            "key": "total",
            "name": "Total",
            "scoring": "sum",
            "higher_is": "better",
            "bands": [{"min": 0, "max": 4, "label": "low"}, {"min": 5, "max": 9, "label": "high"}],
        }
    ],
}
toy, sumtoy = parse(TOY), parse(SUM)
answer = st.integers(min_value=1, max_value=7)
full_answers = st.fixed_dictionaries({key: answer for key in toy.item_keys})


def test_hand_computed_examples():
    answers = {"t-01": 7, "t-02": 1, "t-03": 2, "t-04": 4, "t-05": 5}
    # anx: 7 and (8 - 1) = 7 -> 7.0; avo: 2, 4, (8 - 5) = 3 -> 3.0
    assert scoring.score(toy, answers) == {"anx": 7.0, "avo": 3.0}
    assert scoring.score(sumtoy, {"s-01": 3, "s-02": 0, "s-03": 3}) == {"total": 9.0}
    assert scoring.score(sumtoy, {"s-01": 0, "s-02": 3, "s-03": 0}) == {"total": 0.0}


@given(full_answers)
def test_scores_stay_on_the_scale(answers):
    for subscale in toy.subscales:
        value = scoring.score(toy, answers)[subscale.key]
        low, high = scoring.score_range(toy, subscale)
        assert low <= value <= high


@given(full_answers)
def test_order_of_answers_does_not_matter(answers):
    backwards = dict(reversed(list(answers.items())))
    assert scoring.score(toy, backwards) == scoring.score(toy, answers)


@given(full_answers)
def test_mirroring_every_answer_mirrors_every_score(answers):
    mirrored = {key: 8 - value for key, value in answers.items()}
    for key, value in scoring.score(toy, answers).items():
        assert math.isclose(scoring.score(toy, mirrored)[key], 8 - value)


@given(full_answers, st.sampled_from(toy.item_keys))
def test_a_missing_answer_blanks_only_its_own_subscale(answers, missing):
    del answers[missing]
    scores = scoring.score(toy, answers)
    gone = toy.item(missing).subscale
    assert scores[gone] is None
    assert all(value is not None for key, value in scores.items() if key != gone)


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        ({"t-01": 8}, "t-01"),
        ({"t-01": 0}, "t-01"),
        ({"t-01": 2.5}, "t-01"),
        ({"t-01": True}, "t-01"),
        ({"t-01": "4"}, "t-01"),
        ({"zz": 4}, "zz"),
    ],
)
def test_bad_answers_are_named_and_nothing_is_scored(answers, problem):
    assert problem in scoring.answer_problems(toy, answers)
    with pytest.raises(ValueError):
        scoring.score(toy, answers)


def test_a_list_in_item_order_pairs_with_keys():
    assert scoring.answers_from_list(sumtoy, [1, 2, 3]) == {"s-01": 1, "s-02": 2, "s-03": 3}
    with pytest.raises(ValueError):
        scoring.answers_from_list(sumtoy, [1, 2])


def test_bands_cover_their_range():
    total = sumtoy.subscale("total")
    assert [scoring.band(total, v) for v in (0, 4, 5, 9)] == ["low", "low", "high", "high"]
    assert scoring.band(total, None) is None


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "name"),
    [
        (2.0, 2.0, "secure"),
        (5.0, 2.0, "anxious-preoccupied"),
        (2.0, 5.0, "dismissing-avoidant"),
        (5.0, 5.0, "fearful-avoidant"),
        (4.0, 3.99, "anxious-preoccupied"),  # the midpoint itself counts as high
    ],
)
def test_regions_of_the_plane(anxiety, avoidance, name):
    assert scoring.region(anxiety, avoidance, 4.0) == name


def test_percentiles_follow_the_normal_curve():
    assert scoring.percentile(3.0, 3.0, 1.0) == pytest.approx(50)
    assert scoring.percentile(4.0, 3.0, 1.0) == pytest.approx(84.13, abs=0.01)
    assert scoring.percentile(1.04, 3.0, 1.0) == pytest.approx(2.5, abs=0.01)


def test_reliable_change_matches_the_worked_example():
    # psychometrics.md §8: SD 1.1, r .92, anxiety 5.2 -> 4.1 gives RC -2.50, threshold 0.86.
    result = scoring.reliable_change(5.2, 4.1, sd=1.1, reliability=0.92, higher_is="worse")
    assert result["rci"] == pytest.approx(-2.50, abs=0.005)
    assert result["threshold"] == pytest.approx(0.86, abs=0.005)
    assert result["verdict"] == "reliable improvement"
    # GAD-7, SD 3.5, r .83: a threshold of about 4.0 points.
    gad = scoring.reliable_change(12, 10, sd=3.5, reliability=0.83, higher_is="worse")
    assert gad["threshold"] == pytest.approx(4.0, abs=0.05)
    assert gad["verdict"] == "no reliable change"


@pytest.mark.parametrize(
    ("before", "after", "higher_is", "verdict"),
    [
        (3.0, 5.0, "worse", "reliable worsening"),
        (3.0, 5.0, "better", "reliable improvement"),
        (5.0, 3.0, "better", "reliable worsening"),
        (3.0, 3.5, "worse", "no reliable change"),
    ],
)
def test_the_verdict_follows_the_scales_direction(before, after, higher_is, verdict):
    got = scoring.reliable_change(before, after, sd=1.0, reliability=0.9, higher_is=higher_is)
    assert got["verdict"] == verdict


@pytest.mark.parametrize(
    "broken",
    [
        {**TOY, "items": [{**TOY["items"][0], "subscale": "nope"}, *TOY["items"][1:]]},
        {**TOY, "items": [{**TOY["items"][0], "reverse": "yes"}, *TOY["items"][1:]]},
        {**TOY, "items": TOY["items"][1:]},  # numbering no longer starts at 1
        {**TOY, "subscales": [{**TOY["subscales"][0], "scoring": "median"}, TOY["subscales"][1]]},
        {**TOY, "scale": {"min": 7, "max": 1}},
    ],
)
def test_a_broken_instrument_file_fails_loudly(broken):
    with pytest.raises(InstrumentError):
        parse(broken, "broken.yaml")
