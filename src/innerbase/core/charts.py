"""Chart geometry every app draws with, as inline SVG in `templates/charts/`. Pure: no Django.

The trajectory is used by questionnaires, thought records and core beliefs alike (with marks
where a questionnaire shows reliable change); the pair of lines (two series on one scale,
such as expected and felt distress per try) by ladders and the progress page; the band (the
middle half of each week with its median) by the progress page's mood and energy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from innerbase.core.figures import figure

TRAJ_W, TRAJ_H, TRAJ_PAD = 320, 160, 32


def _x(index: int, n: int) -> float:
    inner_w = TRAJ_W - 2 * TRAJ_PAD
    return round(TRAJ_PAD + (inner_w / 2 if n == 1 else index / (n - 1) * inner_w), 1)


def _y(value: float, low: float, high: float) -> float:
    inner_h = TRAJ_H - 2 * TRAJ_PAD
    return round(TRAJ_PAD + inner_h - (value - low) / (high - low) * inner_h, 1)


def trajectory(
    values: Sequence[float | None],
    low: float,
    high: float,
    marks: Sequence[str | None] | None = None,
) -> dict[str, Any]:
    """A line through a scale's scores in take order (gaps where a score is missing);
    `marks`, as long as `values`, puts a word on a point ("better", "worse") that the
    template rings, such as a reliable change since the take before."""
    if marks is not None and len(marks) != len(values):
        raise ValueError("one mark (or None) per value")
    n = len(values)
    inner_w, inner_h = TRAJ_W - 2 * TRAJ_PAD, TRAJ_H - 2 * TRAJ_PAD
    points = []
    for index, value in enumerate(values):
        if value is None:
            continue
        x = TRAJ_PAD + (inner_w / 2 if n == 1 else index / (n - 1) * inner_w)
        y = TRAJ_PAD + inner_h - (value - low) / (high - low) * inner_h
        point: dict[str, Any] = {"x": round(x, 1), "y": round(y, 1), "value": value, "index": index}
        if marks is not None:
            point["mark"] = marks[index]
        points.append(point)
    return {
        "width": TRAJ_W,
        "height": TRAJ_H,
        "pad": TRAJ_PAD,
        "bottom": TRAJ_PAD + inner_h,
        "right": TRAJ_PAD + inner_w,
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "summary": ", ".join(figure(p["value"]) for p in points),
        "low": low,
        "high": high,
    }


def paired(
    first: Sequence[float | None], second: Sequence[float | None], low: float, high: float
) -> dict[str, Any]:
    """Two lines on one frame and scale, point `i` of each above the same x (so a gap between
    them reads at a glance); each is a trajectory of its own, for its polyline and summary."""
    if len(first) != len(second):
        raise ValueError("the two series must be as long as each other")
    lines = [trajectory(first, low, high), trajectory(second, low, high)]
    return {
        **{k: v for k, v in lines[0].items() if k not in ("points", "polyline")},
        "lines": lines,
    }


def band(
    rows: Sequence[dict[str, Any]],
    low: float,
    high: float,
    *,
    below: str = "low",
    above: str = "high",
) -> dict[str, Any]:
    """A shaded band from each row's `below` to its `above` figure with a line through its
    "median", the rows evenly spaced left to right (weeks, oldest first)."""
    n = len(rows)
    top = [(_x(i, n), _y(r[above], low, high)) for i, r in enumerate(rows)]
    bottom = [(_x(i, n), _y(r[below], low, high)) for i, r in enumerate(rows)]
    middle = [(_x(i, n), _y(r["median"], low, high)) for i, r in enumerate(rows)]
    if n == 1:  # a band needs width: one week is drawn as a short bar
        (x, t), (_, b) = top[0], bottom[0]
        top, bottom = [(x - 6, t), (x + 6, t)], [(x - 6, b), (x + 6, b)]
        middle = [(x - 6, middle[0][1]), (x + 6, middle[0][1])]
    outline = top + bottom[::-1]
    return {
        "width": TRAJ_W,
        "height": TRAJ_H,
        "pad": TRAJ_PAD,
        "bottom": TRAJ_H - TRAJ_PAD,
        "right": TRAJ_W - TRAJ_PAD,
        "low": low,
        "high": high,
        "area": " ".join(f"{x},{y}" for x, y in outline),
        "median": " ".join(f"{x},{y}" for x, y in middle),
        "count": n,
    }
