"""Numbers as people write them: one helper for every score, mean and chart label."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerbase.core.figures import figure


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (13, 2, "13"),  # a GAD-7 total
        (13.0, 2, "13"),
        (6.5, 2, "6.5"),  # an ECR-R mean
        (4.3612, 2, "4.36"),
        (4.0, 2, "4"),
        (0.0, 2, "0"),
        (-0.001, 2, "0"),
        (-1.25, 2, "-1.25"),
        (70.4, 0, "70"),
        (3.25, 1, "3.2"),
        (None, 2, "–"),
    ],
)
def test_scores_read_the_way_people_write_them(value, places, shown):
    assert figure(value, places) == shown


@given(st.floats(min_value=-1000, max_value=1000, allow_nan=False))
def test_a_figure_is_never_padded_and_still_reads_as_the_number(value):
    shown = figure(value)
    assert not (("." in shown) and shown.endswith("0")) and not shown.endswith(".")
    assert abs(float(shown) - value) <= 0.005 + 1e-9
