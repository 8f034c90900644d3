"""Draw the home-screen icons (PNG) from the shapes of static/img/mark.svg.

The PNGs are committed, so `make run` never needs this script or Pillow. To redraw them after
the mark changes, in any throwaway virtual environment:

    python -m venv /tmp/icons && /tmp/icons/bin/pip install pillow
    /tmp/icons/bin/python scripts/make_icons.py

Pillow cannot read SVG, so the mark is drawn again here from its three shapes (a 32-unit box):
a teal disc, a paper-coloured arc (a stroke 2.5 wide with round ends) and a small dot.
"""

from pathlib import Path

from PIL import Image, ImageDraw

IMG = Path(__file__).resolve().parents[1] / "src" / "innerbase" / "static" / "img"
TEAL = (0x2F, 0x6F, 0x6A, 255)  # --primary
PAPER = (0xFB, 0xF8, 0xF4, 255)  # --bg
SUPERSAMPLE = 4  # draw large, then shrink, for smooth edges


def _bezier(p0, p1, p2, p3, steps=200):
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        yield (
            u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
            u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
        )


# "M8 20 c2.5-5 5.5-7.5 8-7.5 s5.5 2.5 8 7.5" in absolute points.
ARC = [
    *_bezier((8, 20), (10.5, 15), (13.5, 12.5), (16, 12.5)),
    *_bezier((16, 12.5), (18.5, 12.5), (21.5, 15), (24, 20)),
]


def draw_mark(size: int, *, mark_share: float, background=None) -> Image.Image:
    """The mark centred on a square `size` px wide, its disc `mark_share` of the width."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), background or (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = big * mark_share / 30  # the disc is 30 units across (r=15)
    origin = (big - 32 * unit) / 2

    def at(x, y):
        return (origin + x * unit, origin + y * unit)

    def disc(cx, cy, r, fill):
        x, y = at(cx, cy)
        pen.ellipse((x - r * unit, y - r * unit, x + r * unit, y + r * unit), fill=fill)

    disc(16, 16, 15, TEAL)
    # The stroke, as closely spaced discs: round ends and joins, and no seams between segments.
    for x, y in ARC:
        disc(x, y, 1.25, PAPER)
    disc(16, 9, 2.5, PAPER)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    # "any" icons: the disc fills the square, the corners stay clear.
    draw_mark(192, mark_share=1.0).save(IMG / "icon-192.png", optimize=True)
    draw_mark(512, mark_share=1.0).save(IMG / "icon-512.png", optimize=True)
    # Maskable: a full teal square; the mark sits inside the central 80% safe zone.
    draw_mark(512, mark_share=0.72, background=TEAL).save(
        IMG / "icon-maskable-512.png", optimize=True
    )
    # iOS ignores transparency and the manifest: an opaque paper square with the mark.
    draw_mark(180, mark_share=0.84, background=PAPER).save(
        IMG / "apple-touch-icon.png", optimize=True
    )


if __name__ == "__main__":
    main()
