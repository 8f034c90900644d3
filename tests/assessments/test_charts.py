"""Chart geometry: the plane puts avoidance across and anxiety up, split at the midpoint."""

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
