"""The graduation rule (progress/graduation.py): a questionnaire's reliable improvement held
over two takes, and eight steady weeks of signs of healing; anything less says what is not
there yet."""

from hypothesis import given
from hypothesis import strategies as st

from innerbase.progress import graduation

BETTER = {"anxiety": "reliable improvement", "avoidance": "no reliable change"}
SAME = {"anxiety": "no reliable change", "avoidance": "no reliable change"}
WORSE = {"anxiety": "reliable improvement", "avoidance": "reliable worsening"}
STEADY = [3.0, 3.2, 2.8, None, 3.0, 3.4, 3.1, 3.0]


def test_improvement_must_hold_over_the_latest_two_takes_without_a_worsening():
    assert graduation.improvement_held([SAME, BETTER, BETTER])
    assert not graduation.improvement_held([BETTER])  # one take after the first is not "held"
    assert not graduation.improvement_held([BETTER, SAME])
    assert not graduation.improvement_held([BETTER, WORSE])
    assert not graduation.improvement_held([BETTER, {"anxiety": None, "avoidance": None}])


def test_signs_are_steady_with_six_of_eight_weeks_at_two_or_more_and_no_real_dip():
    assert graduation.signs_steady(STEADY)
    assert not graduation.signs_steady([3.0, None, None, None, 3.0, 3.0, 3.0, 3.0])  # five weeks
    assert not graduation.signs_steady([*STEADY[:-1], 1.5])  # a week below "somewhat"
    assert not graduation.signs_steady([4.0, 4.0, 4.0, 4.0, 2.5, 2.5, 2.5, 2.5])  # a dip
    assert not graduation.signs_steady(STEADY[-5:])  # not eight weeks of them yet


@given(st.lists(st.floats(min_value=2, max_value=4), min_size=8, max_size=8))
def test_any_eight_weeks_that_never_fall_are_steady(means):
    assert graduation.signs_steady(sorted(means))


def test_the_verdict_names_what_held_or_what_is_missing():
    ready = graduation.verdict(
        takes={"gad-7": [SAME], "ecr-r": [BETTER, BETTER]}, weekly_means=STEADY
    )
    assert ready.ready and ready.held == "ecr-r" and ready.reasons == ()
    not_yet = graduation.verdict(takes={"ecr-r": [BETTER, BETTER]}, weekly_means=[None] * 8)
    assert not not_yet.ready and not_yet.held == "ecr-r" and len(not_yet.reasons) == 1
    nothing = graduation.verdict(takes={}, weekly_means=STEADY)
    assert not nothing.ready and nothing.held is None and nothing.signs_steady
