"""Every rule hit in a text, each judged: idioms remove it, then the context around it decides."""

from __future__ import annotations

import bisect
from typing import Any

from innerbase.safety.detect.combine import combinations
from innerbase.safety.detect.context import ECHO, SENTENCE_WINDOW, Hit, Sentences, judge
from innerbase.safety.detect.gate import Seen
from innerbase.safety.detect.learned import Model, Window, around, load
from innerbase.safety.detect.normalise import Text
from innerbase.safety.detect.rules import (
    CATEGORIES,
    CHECK,
    EXCLUSION_GATE,
    EXCLUSIONS,
    RULE_GATE,
    RULES,
)

_NEAR = 200  # an idiom phrase longer than this around a hit is not looked for
# Explicit first-person wording about ending one's own life is never read as an idiom
# (its rationale in rules.json): a missed crisis costs more than a dismissible support card.
_NEVER_AN_IDIOM = "SI-U-kill-self"
# Never removed by the model: explicit words about killing oneself, and joining in with
# someone else's words ("... honestly same"), which a model of single texts reads poorly;
# nor a check-in that context kept on purpose (docs/SAFETY.md, the context table).
_ALWAYS_KEPT = frozenset({_NEVER_AN_IDIOM, "C-echo"})
_KEPT_ON_PURPOSE = frozenset(
    {
        "C-hedge",
        "C-hedged-negation",
        "C-question",
        "C-conditional",
        "C-laughter",
        "C-third-person (generic you)",
    }
)
# The learned second stage (learned.py); None when no model is shipped, and the rules then
# work alone. Replaceable, so the bench and the trainer can score a model before shipping it.
MODEL: Model | None = load(CATEGORIES)


def analyse(text: str, gated: bool = True) -> tuple[Text, list[Hit]]:
    """The canonical text and every hit in it, judged; `gated=False` runs every pattern."""
    doc = Text(text)
    canon = doc.canon
    words, weights, windows = MODEL.windows(canon) if MODEL is not None else ([], [], [])
    # Which literals the text holds, and where: shared by every gate, and on a long text the
    # patterns run only near their anchor literals (gate.Pattern.finditer, the same matches).
    # Not gated, every pattern runs on the whole text, as the reference the tests compare to.
    seen = Seen(canon, doc.words) if gated else None
    hits = _rule_hits(canon, gated, seen)
    if MODEL is not None:
        hits += _model_hits(MODEL, canon, words, weights, windows)
    if not hits:
        return doc, []
    idioms = sorted(_idioms(canon, hits, gated, seen))
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
    if MODEL is not None:
        _second_opinion(judged, windows, MODEL)
    return doc, judged


def _second_opinion(judged: list[Hit], windows: list[Window], model: Model) -> None:
    """A rule's check-in is removed when the model is nearly sure, in the windows around it,
    that there is no warning sign: past risk that is over, training, someone else's story,
    which the rules read poorly. Alarms are never touched, nor the check-ins the rules keep on
    purpose (hedged denials, questions, conditionals, humour, a generic "you", joining in
    with someone else's words, explicit words about killing oneself)."""
    starts = [w.start for w in windows]
    for hit in judged:
        if hit.level != CHECK or hit.rule.startswith("ML-") or hit.rule in _ALWAYS_KEPT:
            continue
        if any(why in _KEPT_ON_PURPOSE for why in hit.why):
            continue
        chance = around(windows, starts, hit.start)
        if chance is not None and chance < model.veto_check:
            hit.drop("ML-none")


def _hides(idiom: tuple[int, int, str, bool], hit: Hit, rule: dict[str, Any]) -> bool:
    """Whether an idiom phrase overlaps the hit and applies to it (some spare combinations)."""
    start, end, _, spares_combinations = idiom
    if spares_combinations and "groups" in rule:
        return False
    return start < hit.end and hit.start < end


def _rule_hits(
    canon: str, gated: bool, literals: Seen | None = None
) -> list[tuple[Hit, dict[str, Any]]]:
    """One hit per rule and span (urgent and check-in rules alike, so neither hides the other),
    then one per combination of word classes found in a sentence (combine.py)."""
    seen: set[tuple[int, int, int]] = set()
    hits: list[tuple[Hit, dict[str, Any]]] = []
    for pattern in RULE_GATE.candidates(canon, gated, literals):
        rule = RULES[pattern.owner]
        for m in pattern.finditer(canon, literals):
            key = (pattern.owner, m.start(), m.end())
            if key not in seen:
                seen.add(key)
                hits.append((Hit(rule, m.start(), m.end()), rule))
    for combo, start, end in combinations(canon, gated, literals):
        hits.append((Hit(combo, start, end), combo))
    return hits


def _model_hits(
    model: Model, canon: str, words: list[str], weights: list[float], windows: list[Window]
) -> list[tuple[Hit, dict[str, Any]]]:
    """One hit per window the learned stage reads as a warning sign, named by its category.

    Its hits are judged in context like the rules' hits (quotes, the past, softeners)."""
    hits = []
    for window in model.passing(windows):
        found = model.finding(canon, words, weights, window)
        category = CATEGORIES[found.category]
        rule = {
            "id": f"ML-{found.category}",
            "kind": category["kind"],
            "level": "urgent" if found.urgent else "check-in",
            "subject": "open",
            "category": found.category,
            "learned": True,  # context.judge reads only quotes, the past and softeners
        }
        hits.append((Hit(rule, found.start, found.end), rule))
    return hits


def _idioms(
    canon: str, hits: list[tuple[Hit, dict[str, Any]]], gated: bool, seen: Seen | None = None
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
        for m in pattern.finditer(canon, seen)
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
