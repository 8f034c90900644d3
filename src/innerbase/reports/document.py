"""What a therapist report is made of, before it is a PDF or a preview page: plain data, so
each app's section builder, the preview and the PDF agree. Pure: no Django import.

A report is {"title", "range", "prepared", "note", "sections": [section]}; a section is
{"code", "title", "blocks": [block]}; a block is one of
- {"kind": "summary", "text"}: one or two sentences, first in a section (the one-page
  summary keeps only these);
- {"kind": "paragraph", "text"};
- {"kind": "table", "columns": [str], "rows": [[str]]};
- {"kind": "chart", "title", "labels": [str], "low", "high",
   "series": [{"name", "values": [float | None]}], "summary"}: a line chart, its summary in
   words beside it (a chart alone says nothing to someone who cannot see it, or on a fax);
- {"kind": "entry", "heading", "lines": [str], "text"}: one chosen journal entry.
"""

from __future__ import annotations

from typing import Any

KINDS = ("summary", "paragraph", "table", "chart", "entry")


def summary_only(report: dict[str, Any]) -> dict[str, Any]:
    """The one-page version for a first session: each section's summary, nothing else."""
    sections = [
        {**section, "blocks": [b for b in section["blocks"] if b["kind"] == "summary"]}
        for section in report["sections"]
    ]
    return {**report, "sections": sections, "one_page": True}


def text_of(report: dict[str, Any]) -> list[str]:
    """Every text the report shows, in order (what the preview and the tests read)."""
    found = [report["title"], report["range"], report.get("note", "")]
    for section in report["sections"]:
        found.append(section["title"])
        for block in section["blocks"]:
            found += [str(v) for k, v in block.items() if isinstance(v, str) and k != "kind"]
            found += block.get("lines", []) + block.get("columns", [])
            found += [cell for row in block.get("rows", []) for cell in row]
    return [text for text in found if text]
