"""Geometry for the two charts, drawn as inline SVG by the templates. Pure: no Django.

The attachment plane puts avoidance across and anxiety up, the layout used in the attachment
literature (Brennan, Clark & Shaver 1998; Fraley's ECR-R pages): low-low is the secure corner.
"""

from __future__ import annotations

from collections.abc import Sequence

PLANE = 300  # drawing units; the SVG scales to the screen
PAD = 44


def _scale(value: float, low: float, high: float, start: float, length: float) -> float:
    return start + (value - low) / (high - low) * length


def plane(points: Sequence[dict], low: float = 1, high: float = 7, midpoint: float = 4) -> dict:
    """Coordinates for points {"anxiety", "avoidance", "label"} on the anxiety x avoidance plane."""
    inner = PLANE - 2 * PAD
    mid_x = _scale(midpoint, low, high, PAD, inner)
    mid_y = PAD + inner - (midpoint - low) / (high - low) * inner
    placed = []
    for point in points:
        placed.append(
            {
                **point,
                "x": round(_scale(point["avoidance"], low, high, PAD, inner), 1),
                "y": round(PAD + inner - (point["anxiety"] - low) / (high - low) * inner, 1),
            }
        )
    low_x, high_x = (PAD + mid_x) / 2, (mid_x + PAD + inner) / 2
    low_y, high_y = (mid_y + PAD + inner) / 2, (PAD + mid_y) / 2
    quadrants = [  # label positions: the centre of each quarter
        {"name": "secure", "x": low_x, "y": low_y},
        {"name": "anxious-preoccupied", "x": low_x, "y": high_y},
        {"name": "dismissing-avoidant", "x": high_x, "y": low_y},
        {"name": "fearful-avoidant", "x": high_x, "y": high_y},
    ]
    ticks = [
        {
            "value": value,
            "x": round(_scale(value, low, high, PAD, inner), 1),
            "y": round(PAD + inner - (value - low) / (high - low) * inner, 1),
        }
        for value in range(int(low), int(high) + 1)
    ]
    for quadrant in quadrants:
        head, _, tail = quadrant["name"].partition("-")
        quadrant["lines"] = [f"{head}-", tail] if tail else [head]
    return {
        "size": PLANE,
        "centre": PLANE // 2,
        "pad": PAD,
        "inner": inner,
        "end": PAD + inner,
        "mid_x": round(mid_x, 1),
        "mid_y": round(mid_y, 1),
        "points": placed,
        "ticks": ticks,
        "quadrants": quadrants,
    }


TRAJ_W, TRAJ_H, TRAJ_PAD = 320, 160, 32


def trajectory(values: Sequence[float | None], low: float, high: float) -> dict:
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
        "summary": ", ".join(f"{p['value']:.2f}" for p in points),
        "low": low,
        "high": high,
    }
