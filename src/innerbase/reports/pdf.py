"""The therapist report as a PDF (fpdf2, which installs from PyPI alone): A4, black on white
so it reads in black and white and on a fax, DejaVu Sans (vendored, so any language a
person writes in prints), charts drawn as vector lines, and on every page the date range,
"Prepared by the person; not a clinical record" and "Page n of N". Pure: no Django import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.fonts import FontFace

FONTS = Path(__file__).parent / "fonts"
FOOTER = "Prepared by the person, not by a clinician. Not a clinical record."
GREYS = (0, 90, 150)  # series lines: black, dark grey, light grey (plus dashes)
DASHES = (0, 1.2, 0.5)
LINE_NAMES = ("solid", "dashed", "dotted")


class _Report(FPDF):
    def __init__(self, range_label: str) -> None:
        super().__init__(format="A4")
        self.range_label = range_label
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(auto=True, margin=22)
        self.set_margins(18, 18, 18)
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(60)
        self.cell(0, 4, f"{FOOTER}  {self.range_label}", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0)


def render(report: dict[str, Any]) -> bytes:
    """The report (reports/document.py) as PDF bytes."""
    pdf = _Report(report["range"])
    pdf.set_title(report["title"])
    pdf.set_author("Prepared by the person")
    pdf.set_creator("Innerbase")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, report["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, f"{report['range']}. {report['prepared']}", new_x="LMARGIN", new_y="NEXT")
    if report.get("note"):
        _heading(pdf, "A note for you", 12)
        _text(pdf, report["note"])
    for section in report["sections"]:
        _heading(pdf, section["title"], 14)
        for block in section["blocks"]:
            _BLOCKS[block["kind"]](pdf, block)
    return bytes(pdf.output())


def _heading(pdf: FPDF, text: str, size: int) -> None:
    if pdf.get_y() > pdf.h - 50:  # a heading never sits alone at the foot of a page
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.ln(1)


def _text(pdf: FPDF, text: str) -> None:
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _summary(pdf: FPDF, block: dict[str, Any]) -> None:
    _text(pdf, block["text"])


def _paragraph(pdf: FPDF, block: dict[str, Any]) -> None:
    _text(pdf, block["text"])


def _table(pdf: FPDF, block: dict[str, Any]) -> None:
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(
        headings_style=_bold(pdf), line_height=5.5, borders_layout="HORIZONTAL_LINES"
    ) as table:
        table.row(block["columns"])
        for cells in block["rows"]:
            table.row([str(cell) for cell in cells])
    pdf.ln(2)


def _bold(pdf: FPDF) -> FontFace:
    return FontFace(family="DejaVu", emphasis="BOLD")


def _entry(pdf: FPDF, block: dict[str, Any]) -> None:
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, block["heading"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for line in block.get("lines", []):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    if block.get("text"):
        _text(pdf, block["text"])
    pdf.ln(1)


def _chart(pdf: FPDF, block: dict[str, Any]) -> None:
    """A line chart in vector lines: a frame, the low and high marks, one polyline a series
    (black, grey, dashed), a dot on each value, and the labels under the first and last."""
    width, height = pdf.w - pdf.l_margin - pdf.r_margin, 42.0
    if pdf.get_y() + height + 22 > pdf.h - 22:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5.5, block["title"], new_x="LMARGIN", new_y="NEXT")
    left, top = pdf.l_margin + 10, pdf.get_y() + 2
    inner = width - 10
    low, high = float(block["low"]), float(block["high"])
    labels = block["labels"]
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.rect(left, top, inner, height)
    pdf.set_font("DejaVu", "", 7.5)
    for value, y in ((high, top), (low, top + height)):
        pdf.text(pdf.l_margin, y + 1.5, f"{value:g}")

    def at(index: int, value: float) -> tuple[float, float]:
        x = left + (inner * index / max(1, len(labels) - 1) if len(labels) > 1 else inner / 2)
        return x, top + height - (value - low) / ((high - low) or 1) * height

    for number, series in enumerate(block["series"]):
        pdf.set_draw_color(GREYS[number % 3])
        pdf.set_line_width(0.6)
        pdf.set_dash_pattern(dash=DASHES[number % 3], gap=DASHES[number % 3])
        points = [at(i, v) for i, v in enumerate(series["values"]) if v is not None]
        for start, end in zip(points, points[1:], strict=False):
            pdf.line(*start, *end)
        pdf.set_dash_pattern()
        for x, y in points:
            pdf.set_fill_color(GREYS[number % 3])
            pdf.circle(x=x, y=y, radius=0.7, style="F")
    pdf.set_draw_color(0)
    pdf.set_fill_color(255)
    if labels:
        pdf.text(left, top + height + 4, labels[0])
        last = labels[-1]
        pdf.text(left + inner - pdf.get_string_width(last), top + height + 4, last)
    pdf.set_y(top + height + 6)
    names = [s["name"] for s in block["series"]]
    if len(names) > 1:
        key = ", ".join(f"{n} ({LINE_NAMES[i % 3]})" for i, n in enumerate(names))
        pdf.set_font("DejaVu", "", 8.5)
        pdf.multi_cell(0, 4.5, key, new_x="LMARGIN", new_y="NEXT")
    _text(pdf, block["summary"])


_BLOCKS = {
    "summary": _summary,
    "paragraph": _paragraph,
    "table": _table,
    "chart": _chart,
    "entry": _entry,
}
