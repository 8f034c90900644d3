"""Chart geometry: the plane puts avoidance across and anxiety up, split at the midpoint, and
places its words so none covers a point or another word."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innerbase.assessments import charts


def test_the_plane_corners_and_midpoint():
    plane = charts.plane(
        [
            {"anxiety": 1, "avoidance": 1, "label": "low-low"},
            {"anxiety": 7, "avoidance": 7, "label": "high-high"},
            {"anxiety": 4, "avoidance": 4, "label": "middle"},
        ]
    )
    low, high, middle = plane["points"]
    start, end = plane["pad"], plane["end"]
    assert (low["x"], low["y"]) == (start, end)  # secure corner: bottom left
    assert (high["x"], high["y"]) == (end, start)  # fearful corner: top right
    assert (middle["x"], middle["y"]) == (plane["mid_x"], plane["mid_y"])
    names = {q["name"]: q for q in plane["quadrants"]}
    assert names["secure"]["x"] < plane["mid_x"] < names["dismissing-avoidant"]["x"]
    assert names["anxious-preoccupied"]["y"] < plane["mid_y"] < names["secure"]["y"]
    assert names["fearful-avoidant"]["lines"] == ["fearful-", "avoidant"]
    assert [t["value"] for t in plane["ticks"]] == [1, 2, 3, 4, 5, 6, 7]


def test_point_labels_point_inwards_so_they_stay_on_the_chart():
    left, right = charts.plane(
        [
            {"anxiety": 2, "avoidance": 1.5, "label": "a"},
            {"anxiety": 6, "avoidance": 6.8, "label": "b"},
        ]
    )["points"]
    assert left["label_anchor"] == "start" and left["label_x"] > left["x"]
    assert right["label_anchor"] == "end" and right["label_x"] < right["x"]


CORNERS_AND_MIDDLE = [(1, 1), (1, 7), (7, 1), (7, 7), (4, 4)]


def _words_and_dots(plane: dict) -> tuple[list, list]:
    dots = [
        (
            p["x"] - charts.POINT_RADIUS,
            p["y"] - charts.POINT_RADIUS,
            p["x"] + charts.POINT_RADIUS,
            p["y"] + charts.POINT_RADIUS,
        )
        for p in plane["points"]
    ]
    labels = [p["label_box"] for p in plane["points"] if p["label_box"]]
    return [q["box"] for q in plane["quadrants"]] + labels, dots


def _assert_nothing_overlaps(plane: dict) -> None:
    words, dots = _words_and_dots(plane)
    for i, word in enumerate(words):
        for dot in dots:
            assert charts.overlap(word, dot) == 0, (word, dot)
        for other in words[i + 1 :]:
            assert charts.overlap(word, other) == 0, (word, other)
    for word in words:  # every word stays on the drawing, clear of the tick numbers
        assert plane["pad"] - 4 <= word[0] and word[2] <= plane["end"] + 4
        assert plane["pad"] - 4 <= word[1] and word[3] <= plane["end"] + 4


@pytest.mark.parametrize(("anxiety", "avoidance"), CORNERS_AND_MIDDLE)
def test_no_word_covers_the_persons_point_or_another_word(anxiety, avoidance):
    plane = charts.plane([{"anxiety": anxiety, "avoidance": avoidance, "label": "You"}])
    _assert_nothing_overlaps(plane)


def test_the_anxious_name_moves_out_of_the_way_of_a_typical_anxious_score():
    # Where most people using Innerbase land: high anxiety, low avoidance, on the name's
    # usual corner.
    plane = charts.plane([{"anxiety": 6.5, "avoidance": 1.8, "label": "You"}])
    names = {q["name"]: q for q in plane["quadrants"]}
    usual = charts.plane([])["quadrants"][1]
    assert usual["name"] == "anxious-preoccupied"
    assert (names["anxious-preoccupied"]["x"], names["anxious-preoccupied"]["y"]) != (
        usual["x"],
        usual["y"],
    )
    _assert_nothing_overlaps(plane)


def test_without_a_point_each_name_sits_in_its_outer_corner():
    plane = charts.plane([])
    names = {q["name"]: q for q in plane["quadrants"]}
    assert names["anxious-preoccupied"]["y"] < plane["mid_y"] < names["secure"]["y"]
    assert names["secure"]["x"] < plane["mid_x"] < names["fearful-avoidant"]["x"]
    assert names["secure"]["y"] > plane["end"] - 20  # bottom left, by the secure corner


@settings(max_examples=300, deadline=None)
@given(
    anxiety=st.floats(min_value=1, max_value=7, allow_nan=False),
    avoidance=st.floats(min_value=1, max_value=7, allow_nan=False),
)
def test_a_single_point_anywhere_never_sits_under_a_word(anxiety, avoidance):
    _assert_nothing_overlaps(
        charts.plane([{"anxiety": anxiety, "avoidance": avoidance, "label": "You"}])
    )


def test_the_side_by_side_plane_keeps_names_off_every_dot():
    plane = charts.plane(
        [
            {"anxiety": 6.2, "avoidance": 2.1, "label": "Partner"},
            {"anxiety": 5.8, "avoidance": 2.6, "label": "Mother"},
            {"anxiety": 2.0, "avoidance": 5.5, "label": "Friend"},
        ]
    )
    words, dots = _words_and_dots(plane)
    for quadrant in plane["quadrants"]:
        for dot in dots:
            assert charts.overlap(quadrant["box"], dot) == 0
