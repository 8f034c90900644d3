"""Geometry of the attachment plane, drawn as inline SVG by a template. Pure: no Django.

The plane puts avoidance across and anxiety up, the layout used in the attachment
literature (Brennan, Clark & Shaver 1998; Fraley's ECR-R pages): low-low is the secure corner.

Words on the plane (the four quarter names and each point's label) are placed here, not left
to chance: each takes the first of a few places that covers no point and no other word. Most
people using Innerbase score in the anxious quarter, so its name must move out of the way of
their dot rather than sit under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

PLANE = 300  # drawing units; the SVG scales to the screen
PAD = 44
POINT_RADIUS = 8  # the dot (r=7) and its 2-unit stroke, as drawn by the template
QUADRANT_SIZE = 11  # font sizes, as in the stylesheet (.plane__quadrant, .plane__label)
LABEL_SIZE = 12
# A generous average glyph width for the system sans-serif, in ems: an estimate that errs
# wide, so a word never turns out longer than the room kept for it.
GLYPH = 0.62
LINE = 1.2  # the template's second line of a quarter name sits 1.2em lower
INSET = 6  # words keep this far from the frame and the midlines
GAP = 2  # and this far from each other and from a dot

Box = tuple[float, float, float, float]  # left, top, right, bottom


def _scale(value: float, low: float, high: float, start: float, length: float) -> float:
    return start + (value - low) / (high - low) * length


def text_box(x: float, y: float, lines: Sequence[str], size: float, anchor: str) -> Box:
    """Where text drawn at baseline (x, y) lands: cap height above, descenders below."""
    width = max(len(line) for line in lines) * size * GLYPH
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    top = y - 0.8 * size
    bottom = y + (len(lines) - 1) * LINE * size + 0.25 * size
    return (left, top, left + width, bottom)


def overlap(a: Box, b: Box, gap: float = GAP) -> float:
    """The area two boxes share when they must keep `gap` apart; 0 when they do."""
    width = min(a[2], b[2]) - max(a[0], b[0]) + gap
    height = min(a[3], b[3]) - max(a[1], b[1]) + gap
    return width * height if width > 0 and height > 0 else 0.0


def _inside(box: Box, frame: Box) -> bool:
    return frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and box[3] <= frame[3]


def _least_covering(
    candidates: list[dict[str, Any]], taken: list[Box], frame: Box
) -> dict[str, Any]:
    """The first candidate inside the frame that covers nothing taken; failing that, the one
    that covers least (words on a crowded plane may touch, but stay readable)."""
    inside = [c for c in candidates if _inside(c["box"], frame)] or candidates
    return min(inside, key=lambda c: sum(overlap(c["box"], box) for box in taken))


def _label_places(x: float, y: float, label: str, mid: float) -> list[dict[str, Any]]:
    """Places for a point's label, best first: beside the dot towards the middle of the plane
    (so it stays on the chart), then the other side, then above and below."""
    inward = -1 if x > mid else 1
    down = 1 if y < mid else -1
    reach = POINT_RADIUS + GAP + 2
    tries = [
        (inward * reach, down * 4 + 4, "start" if inward > 0 else "end"),
        (inward * reach, -down * 4 + 4, "start" if inward > 0 else "end"),
        (0, down * (reach + LABEL_SIZE * 0.8) if down > 0 else -reach, "middle"),
        (0, -reach if down > 0 else reach + LABEL_SIZE * 0.8, "middle"),
        (-inward * reach, 4, "end" if inward > 0 else "start"),
    ]
    return [
        {
            "x": round(x + dx, 1),
            "y": round(y + dy, 1),
            "anchor": anchor,
            "box": text_box(x + dx, y + dy, [label], LABEL_SIZE, anchor),
        }
        for dx, dy, anchor in tries
    ]


def _quadrant_places(
    lines: list[str], area: Box, outer_left: bool, outer_top: bool
) -> list[dict[str, Any]]:
    """The four corners of a quarter for its name, the outer corner first (where a name
    reads most naturally), the corner by the centre of the plane last."""
    left, top, right, bottom = area
    height = (len(lines) - 1) * LINE * QUADRANT_SIZE
    baselines = {True: top + INSET + 0.8 * QUADRANT_SIZE, False: bottom - INSET - height - 3}
    sides = {True: (left + INSET, "start"), False: (right - INSET, "end")}
    order = [
        (outer_left, outer_top),
        (outer_left, not outer_top),
        (not outer_left, outer_top),
        (not outer_left, not outer_top),
    ]
    places = []
    for on_left, on_top in order:
        x, anchor = sides[on_left]
        y = round(baselines[on_top], 1)
        box = text_box(x, y, lines, QUADRANT_SIZE, anchor)
        places.append({"x": round(x, 1), "y": y, "anchor": anchor, "box": box})
    return places


def _lines(name: str) -> list[str]:
    head, _, tail = name.partition("-")
    return [f"{head}-", tail] if tail else [head]


def plane(
    points: Sequence[dict[str, Any]], low: float = 1, high: float = 7, midpoint: float = 4
) -> dict[str, Any]:
    """Coordinates for points {"anxiety", "avoidance", "label"} on the anxiety x avoidance
    plane, with every word placed clear of the dots and of each other."""
    inner = PLANE - 2 * PAD
    end = PAD + inner
    mid_x = _scale(midpoint, low, high, PAD, inner)
    mid_y = PAD + inner - (midpoint - low) / (high - low) * inner
    # a label may reach a little past the frame (a dot in a corner), never onto the ticks
    frame: Box = (PAD - 4, PAD - 4, end + 4, end + 4)
    dots = []
    for point in points:
        x = round(_scale(point["avoidance"], low, high, PAD, inner), 1)
        y = round(PAD + inner - (point["anxiety"] - low) / (high - low) * inner, 1)
        dots.append((x, y))
    taken: list[Box] = [
        (x - POINT_RADIUS, y - POINT_RADIUS, x + POINT_RADIUS, y + POINT_RADIUS) for x, y in dots
    ]
    placed = []
    for point, (x, y) in zip(points, dots, strict=True):
        row = {**point, "x": x, "y": y, "label_box": None}
        if point.get("label"):
            spot = _least_covering(_label_places(x, y, point["label"], PLANE / 2), taken, frame)
            taken.append(spot["box"])
            row.update(label_x=spot["x"], label_y=spot["y"], label_anchor=spot["anchor"])
            row["label_box"] = spot["box"]
        placed.append(row)
    areas = {
        "secure": ((PAD, mid_y, mid_x, end), True, False),
        "anxious-preoccupied": ((PAD, PAD, mid_x, mid_y), True, True),
        "dismissing-avoidant": ((mid_x, mid_y, end, end), False, False),
        "fearful-avoidant": ((mid_x, PAD, end, mid_y), False, True),
    }
    quadrants = []
    for name, (area, outer_left, outer_top) in areas.items():
        lines = _lines(name)
        spot = _least_covering(_quadrant_places(lines, area, outer_left, outer_top), taken, area)
        taken.append(spot["box"])
        quadrants.append({"name": name, "lines": lines, **spot})
    ticks = [
        {
            "value": value,
            "x": round(_scale(value, low, high, PAD, inner), 1),
            "y": round(PAD + inner - (value - low) / (high - low) * inner, 1),
        }
        for value in range(int(low), int(high) + 1)
    ]
    return {
        "size": PLANE,
        "centre": PLANE // 2,
        "pad": PAD,
        "inner": inner,
        "end": end,
        "mid_x": round(mid_x, 1),
        "mid_y": round(mid_y, 1),
        "points": placed,
        "ticks": ticks,
        "quadrants": quadrants,
    }
