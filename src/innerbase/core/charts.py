"""Chart geometry every app draws with, as inline SVG in `templates/charts/`. Pure: no Django.

The trajectory is used by questionnaires, thought records and core beliefs alike; the pair of
lines (two series on one scale, such as expected and felt distress per try) by ladders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from innerbase.core.figures import figure

TRAJ_W, TRAJ_H, TRAJ_PAD = 320, 160, 32


def trajectory(values: Sequence[float | None], low: float, high: float) -> dict[str, Any]:
    """A line through a scale's scores in take order (gaps where a score is missing)."""
    n = len(values)
    inner_w, inner_h = TRAJ_W - 2 * TRAJ_PAD, TRAJ_H - 2 * TRAJ_PAD
    points = []
    for index, value in enumerate(values):
        if value is None:
            continue
        x = TRAJ_PAD + (inner_w / 2 if n == 1 else index / (n - 1) * inner_w)
        y = TRAJ_PAD + inner_h - (value - low) / (high - low) * inner_h
        points.append({"x": round(x, 1), "y": round(y, 1), "value": value, "index": index})
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
