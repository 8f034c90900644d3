"""Geometry of the attachment plane, drawn as inline SVG by a template. Pure: no Django.

The plane puts avoidance across and anxiety up, the layout used in the attachment
literature (Brennan, Clark & Shaver 1998; Fraley's ECR-R pages): low-low is the secure corner.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

PLANE = 300  # drawing units; the SVG scales to the screen
PAD = 44


def _scale(value: float, low: float, high: float, start: float, length: float) -> float:
    return start + (value - low) / (high - low) * length


def plane(
    points: Sequence[dict[str, Any]], low: float = 1, high: float = 7, midpoint: float = 4
) -> dict[str, Any]:
    """Coordinates for points {"anxiety", "avoidance", "label"} on the anxiety x avoidance plane."""
    inner = PLANE - 2 * PAD
    mid_x = _scale(midpoint, low, high, PAD, inner)
    mid_y = PAD + inner - (midpoint - low) / (high - low) * inner
    placed = []
    for point in points:
        x = round(_scale(point["avoidance"], low, high, PAD, inner), 1)
        y = round(PAD + inner - (point["anxiety"] - low) / (high - low) * inner, 1)
        # labels go towards the middle, so they stay inside and off the corner names
        right_half, top_half = x > PLANE / 2, y < PLANE / 2
        placed.append(
            {
                **point,
                "x": x,
                "y": y,
                "label_x": round(x - 10 if right_half else x + 10, 1),
                "label_y": round(y + 20 if top_half else y - 10, 1),
                "label_anchor": "end" if right_half else "start",
            }
        )
    # Names sit in the outer corners: scores gather around the middle of each quarter, and
    # a name there would sit under the person's own point.
    left, right, top, bottom = PAD + 6, PAD + inner - 6, PAD + 14, PAD + inner - 22
    quadrants = [
        {"name": "secure", "x": left, "y": bottom, "anchor": "start"},
        {"name": "anxious-preoccupied", "x": left, "y": top, "anchor": "start"},
        {"name": "dismissing-avoidant", "x": right, "y": bottom, "anchor": "end"},
        {"name": "fearful-avoidant", "x": right, "y": top, "anchor": "end"},
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
        head, _, tail = str(quadrant["name"]).partition("-")
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
