"""Properties of the reliable change verdict (`scoring.change_between`): its sign follows the
direction of the score change and the scale's direction, and swapping the two takes flips it.

Checked on every real scale that has a basis for a reliable change index, and on made-up
scales of both directions built through either basis (`reliable_change`, or verified norms
with a verified test-retest r)."""

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from innerbase.assessments import instruments, scoring
from innerbase.assessments.instruments import Subscale

EXAMPLES = settings(max_examples=150, deadline=None)
IMPROVEMENT, WORSENING, NONE = "reliable improvement", "reliable worsening", "no reliable change"
FLIPPED = {IMPROVEMENT: WORSENING, WORSENING: IMPROVEMENT, NONE: NONE}


def _real_scales():
    found = []
    for code in instruments.codes():
        instrument = instruments.load(code)
        for subscale in instrument.subscales:
            if scoring.change_basis(subscale) is not None:
                found.append((subscale, scoring.score_range(instrument, subscale)))
    return found


REAL = _real_scales()


def made_up(higher_is: str, sd: float, retest_r: float, explicit: bool) -> Subscale:
    if explicit:
        extra = {"norms": None, "reliability": None}
        extra["reliable_change"] = {"sd": sd, "retest_r": retest_r, "basis": "made up"}
    else:
        extra = {
            "norms": {"verified": True, "sd": sd, "mean": 0.0},
            "reliability": {"verified": True, "retest_r": retest_r},
        }
    items = ("x-01",)
    return Subscale("x", "X", "mean", higher_is, items, bands=None, midpoint=None, **extra)


made_up_scales = st.builds(
    made_up,
    higher_is=st.sampled_from(["worse", "better"]),
    sd=st.floats(min_value=0.05, max_value=30),
    retest_r=st.floats(min_value=0, max_value=0.99),
    explicit=st.booleans(),
).map(lambda subscale: (subscale, (-100, 100)))


@st.composite
def scale_and_two_scores(draw, scales):
    """A scale and two scores on it, stored as the app stores them: rounded to 4 places."""
    subscale, (low, high) = draw(scales)
    score = st.integers(min_value=low * 10_000, max_value=high * 10_000).map(lambda n: n / 10_000)
    return subscale, draw(score), draw(score)


any_scale = st.one_of(st.sampled_from(REAL), made_up_scales)


def test_the_real_scales_with_a_basis_are_checked():
    # The ECR-R and ECR-RS scales and the GAD-7 total; all say higher is worse.
    assert sorted((s.key, low, high) for s, (low, high) in REAL) == [
        ("anxiety", 1, 7),
        ("anxiety", 1, 7),
        ("avoidance", 1, 7),
        ("avoidance", 1, 7),
        ("total", 0, 21),
    ]


@EXAMPLES
@given(scale_and_two_scores(any_scale))
def test_the_verdict_points_the_way_the_score_moved(case):
    subscale, before, after = case
    change = scoring.change_between(subscale, before, after)
    assert change["difference"] == after - before
    # The index has the sign of the change, and is zero only when nothing changed.
    assert (change["rci"] > 0) == (after > before) and (change["rci"] < 0) == (after < before)
    went_up, worse_up = after > before, subscale.higher_is == "worse"
    if change["verdict"] == IMPROVEMENT:
        assert went_up != worse_up  # down on a worse-is-higher scale, or up on the other kind
    elif change["verdict"] == WORSENING:
        assert went_up == worse_up
    else:
        assert change["verdict"] == NONE
    # Reliable exactly when the change is bigger than the threshold (floating-point slack).
    distance, threshold = abs(after - before), change["threshold"]
    if distance > threshold * (1 + 1e-9):
        assert change["verdict"] != NONE
    if distance < threshold * (1 - 1e-9):
        assert change["verdict"] == NONE


@EXAMPLES
@given(scale_and_two_scores(any_scale))
def test_swapping_before_and_after_flips_the_verdict(case):
    subscale, before, after = case
    forward = scoring.change_between(subscale, before, after)
    backward = scoring.change_between(subscale, after, before)
    assert backward["verdict"] == FLIPPED[forward["verdict"]]
    assert backward["rci"] == -forward["rci"]
    assert backward["difference"] == -forward["difference"]
    assert backward["threshold"] == forward["threshold"]


@EXAMPLES
@given(scale_and_two_scores(made_up_scales))
def test_turning_the_scales_direction_round_flips_the_verdict(case):
    subscale, before, after = case
    other = "better" if subscale.higher_is == "worse" else "worse"
    turned = dataclasses.replace(subscale, higher_is=other)
    verdict = scoring.change_between(subscale, before, after)["verdict"]
    assert scoring.change_between(turned, before, after)["verdict"] == FLIPPED[verdict]


@EXAMPLES
@given(scale_and_two_scores(any_scale), st.sampled_from(["before", "after", "both"]))
def test_a_missing_score_gives_no_verdict(case, missing):
    subscale, before, after = case
    before = None if missing in ("before", "both") else before
    after = None if missing in ("after", "both") else after
    assert scoring.change_between(subscale, before, after) is None


@EXAMPLES
@given(scale_and_two_scores(made_up_scales))
def test_a_scale_without_a_basis_gives_no_verdict(case):
    subscale, before, after = case
    unverified = dataclasses.replace(
        subscale,
        reliable_change=None,
        norms={"verified": True, "sd": 1.0},
        reliability={"verified": False, "retest_r": 0.8},  # never an unverified retest r
    )
    assert scoring.change_between(unverified, before, after) is None
