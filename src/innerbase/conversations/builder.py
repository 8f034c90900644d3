"""The I-statement builder's pure parts: the four parts assembled into one statement, and a
calmer start for each flagged kind taken from the person's OWN parts (never made-up words).

Pure: no Django import.
"""

from __future__ import annotations

import re

PARTS = ("feel", "when", "need", "ask")
# What each part starts with in the statement; a person who typed the start themselves
# ("I feel hurt") keeps one copy of it.
LEADS = {"feel": "I feel", "when": "when", "need": "because I need", "ask": "Would you"}
_ENDS = " \t\n.,;:!?…"


def part_words(part: str, text: str) -> str:
    """The person's words for `part` without a start they typed themselves or an end mark."""
    words = " ".join(text.split())
    lead = LEADS[part]
    starts = [lead, *(["because", "I need"] if part == "need" else [])]
    for start in starts:
        if re.match(rf"{re.escape(start)}\b", words, re.IGNORECASE):
            words = words[len(start) :].lstrip(" ,")
            break
    return words.rstrip(_ENDS)


def part_line(part: str, text: str) -> str:
    """One part as it reads in the statement: "I feel hurt", or "" for an empty part."""
    words = part_words(part, text)
    return f"{LEADS[part]} {words}" if words else ""


def assemble(parts: dict[str, str]) -> str:
    """The statement: "I feel … when … because I need …. Would you …?", leaving out empty
    parts (and an empty text for four empty parts)."""
    first = " ".join(line for line in (part_line(p, parts.get(p, "")) for p in PARTS[:3]) if line)
    if first:
        first = first[0].upper() + first[1:] + "."
    ask = part_line("ask", parts.get("ask", ""))
    return " ".join(piece for piece in (first, f"{ask}?" if ask else "") if piece)


def calmer_start(part: str, parts: dict[str, str]) -> str:
    """The person's own `part` as a calmer place to start, or "" when they left it empty."""
    line = part_line(part, parts.get(part, ""))
    if not line:
        return ""
    return line + ("?" if part == "ask" else "")
