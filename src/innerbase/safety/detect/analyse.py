"""Every rule hit in a text, each judged: idioms remove it, then the context around it decides."""

from __future__ import annotations

import bisect
from typing import Any

from innerbase.safety.detect.combine import combinations
from innerbase.safety.detect.context import ECHO, SENTENCE_WINDOW, Hit, Sentences, judge
from innerbase.safety.detect.gate import Seen
from innerbase.safety.detect.normalise import Text
from innerbase.safety.detect.rules import EXCLUSION_GATE, EXCLUSIONS, RULE_GATE, RULES

_NEAR = 200  # an idiom phrase longer than this around a hit is not looked for
# Explicit first-person wording about ending one's own life is never read as an idiom
# (its rationale in rules.json): a missed crisis costs more than a dismissible support card.
_NEVER_AN_IDIOM = "SI-U-kill-self"


def analyse(text: str, gated: bool = True) -> tuple[Text, list[Hit]]:
    """The canonical text and every hit in it, judged; `gated=False` runs every pattern."""
    doc = Text(text)
    canon = doc.canon
    hits = _rule_hits(canon, gated)
    if not hits:
        return doc, []
    idioms = sorted(_idioms(canon, hits, gated))
    starts = [x[0] for x in idioms]
    longest = max((x[1] - x[0] for x in idioms), default=0)
    sentences = Sentences(canon)
    judged: list[Hit] = []
    for hit, rule in hits:
        # Only idioms starting within `longest` before the hit's end can overlap it.
        near = idioms[
            bisect.bisect_left(starts, hit.start - longest) : bisect.bisect_left(starts, hit.end)
        ]
        idiom = next((x for x in near if _hides(x, hit, rule)), None)
        if idiom is not None and hit.rule != _NEVER_AN_IDIOM:
            hit.drop(idiom[2])
        else:
            judge(hit, rule, canon, sentences)
        judged.append(hit)
    judged.extend(_echoes(judged, canon, sentences))
    return doc, judged


def _hides(idiom: tuple[int, int, str, bool], hit: Hit, rule: dict[str, Any]) -> bool:
    """Whether an idiom phrase overlaps the hit and applies to it (some spare combinations)."""
    start, end, _, spares_combinations = idiom
    if spares_combinations and "groups" in rule:
        return False
    return start < hit.end and hit.start < end


def _rule_hits(canon: str, gated: bool) -> list[tuple[Hit, dict[str, Any]]]:
    """One hit per rule and span (urgent and check-in rules alike, so neither hides the other),
    then one per combination of word classes found in a sentence (combine.py)."""
    seen: set[tuple[int, int, int]] = set()
    hits: list[tuple[Hit, dict[str, Any]]] = []
    literals = Seen(canon)
    for pattern in RULE_GATE.candidates(canon, gated, literals):
        rule = RULES[pattern.owner]
        for m in pattern.finditer(canon):
            key = (pattern.owner, m.start(), m.end())
            if key not in seen:
                seen.add(key)
                hits.append((Hit(rule, m.start(), m.end()), rule))
    for combo, start, end in combinations(canon, gated, literals):
        hits.append((Hit(combo, start, end), combo))
    return hits


def _idioms(
    canon: str, hits: list[tuple[Hit, dict[str, Any]]], gated: bool
) -> list[tuple[int, int, str, bool]]:
    """(start, end, exclusion id, spares combinations) of every idiom phrase in the text."""
    # Idiom phrases only matter where they overlap a hit: gate them on the text near the hits.
    near = "\n".join(canon[max(0, h.start - _NEAR) : h.end + _NEAR] for h, _ in hits)
    return [
        (
            m.start(),
            m.end(),
            EXCLUSIONS[pattern.owner]["id"],
            bool(EXCLUSIONS[pattern.owner].get("skip_combinations")),
        )
        for pattern in EXCLUSION_GATE.candidates(near, gated)
        for m in pattern.finditer(canon)
    ]


def _echoes(judged: list[Hit], canon: str, sentences: Sentences) -> list[Hit]:
    """Check-in hits for joining in with someone else's words ("... and honestly, same here")."""
    echoes = []
    for hit in judged:
        if hit.dropped_for and hit.dropped_for.startswith("C-third-person"):
            k, _, s1 = sentences.around(hit.start)
            nxt = sentences.following(k)
            stop = nxt[1] if nxt else s1
            m = ECHO.search(canon, hit.end, min(stop, hit.end + SENTENCE_WINDOW))
            if m:
                echo = Hit({"id": "C-echo", "kind": hit.kind, "level": "check-in"}, *m.span())
                echo.why.append(f"C-echo of {hit.rule}")
                echoes.append(echo)
    return echoes
