"""The trajectory every app draws: points inside the frame, gaps skipped."""

import pytest

from innerbase.core.charts import trajectory


@pytest.mark.parametrize("values", [[3.0], [1.0, 7.0], [2.0, None, 5.5, 4.0]])
def test_trajectory_points_stay_inside_and_skip_gaps(values):
    chart = trajectory(values, 1, 7)
    assert len(chart["points"]) == sum(v is not None for v in values)
    for point in chart["points"]:
        assert chart["pad"] <= point["x"] <= chart["right"]
        assert chart["pad"] <= point["y"] <= chart["bottom"]
    if len(values) == 2:
        first, last = chart["points"]
        assert first["y"] == chart["bottom"] and last["y"] == chart["pad"]
