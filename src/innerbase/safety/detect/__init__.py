"""Offline crisis-language screen: documented rules, standard library only, nothing leaves memory.

    screen(text) -> {"crisis": bool, "level": "none"|"check-in"|"urgent",
                     "kinds": [sorted unique kinds], "matched": [[start, end], ...]}

`matched` holds spans into the ORIGINAL text. The rules, their rationale and their sources live
in safety/rules.json (safety.md §2.5, Layer 1); this package only applies them:

1. normalise.py: NFKC, lowercase, curly quotes made straight, then whole-token repairs
   (missing apostrophes, slang, common misspellings, stretched letters, leetspeak, "k*ll").
   An offset map is kept so every hit points back at the words the person typed.
2. gate.py (with literals.py): skip every pattern whose required literals are absent.
3. analyse.py: find every rule hit (urgent and check-in are separate passes, so neither hides
   the other) and every combination of word classes in a sentence (combine.py: a method word
   with a time, a count, preparation or a thought is a plan, preparation or method), drop
   those inside an idiom, and judge the rest in context.py: a clear denial or someone else's
   words remove a hit; hedges, questions, humour, a generic "you" and the distant past only
   lower it to a check-in. Context never raises a level.
4. learned.py: a second, learned stage (two logistic regressions over words, shipped as a
   data file) reads the text in windows and adds hits named by their category; they are
   judged in context too. Where it is nearly sure there is nothing, it removes a rule's plain
   check-in, never an alarm (analyse._second_opinion).
rules.py loads and checks rules.json once, at import: every rule and combination names a
clinical category, which fixes its level (or a written exception) and its kind.

The result only decides which support card to show. It never blocks saving, is not stored or
sent anywhere, and nobody is notified.
"""

from __future__ import annotations

from typing import Any

from innerbase.safety.detect.analyse import analyse
from innerbase.safety.detect.rules import KINDS, LEVELS, NONE, RULES_VERSION

__all__ = ["KINDS", "LEVELS", "RULES_VERSION", "explain", "screen"]


def screen(text: str) -> dict[str, Any]:
    """Screen one entry. Never raises on odd input; an empty or non-string text is 'none'."""
    if not isinstance(text, str) or not text:
        return {"crisis": False, "level": "none", "kinds": [], "matched": []}
    doc, hits = analyse(text)
    live = [h for h in hits if h.level > NONE]
    level = max((h.level for h in live), default=NONE)
    return {
        "crisis": level > NONE,
        "level": LEVELS[level],
        "kinds": sorted({h.kind for h in live}),
        "matched": _merged(sorted(doc.original_span(h.start, h.end) for h in live)),
    }


def _merged(spans: list[tuple[int, int]]) -> list[list[int]]:
    """Sorted spans with the overlapping and touching ones joined."""
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def explain(text: str) -> list[dict[str, Any]]:
    """Every hit with its rule id, final level and the context rules applied (for review/tests)."""
    if not isinstance(text, str) or not text:
        return []
    doc, hits = analyse(text)
    out = []
    for h in sorted(hits, key=lambda h: (h.start, h.end)):
        start, end = doc.original_span(h.start, h.end)
        out.append(
            {
                "rule": h.rule,
                "kind": h.kind,
                "level": LEVELS[h.level],
                "span": [start, end],
                "text": text[start:end],
                "context": list(h.why),
            }
        )
    return out
