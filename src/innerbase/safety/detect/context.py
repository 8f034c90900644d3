"""Judging one hit in its sentence: denials, other people's words, the past, hedges and humour.

A clear denial or someone else's words remove a hit; hedges, questions, conditionals, laughter,
a generic "you" and the distant past only lower it to a check-in. Context never raises a level,
so one sentence cannot cancel another. The patterns are the "context" section of rules.json.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from innerbase.safety.detect.rules import CHECK, CONTEXT, NONE, RANK, any_of

# How far around a hit the context rules look. Bounded, so total work stays linear in the text.
_BEFORE = 160
_AFTER = 120
SENTENCE_WINDOW = 320

_NEGATION = any_of(CONTEXT["negation"]["patterns"])
_EFFORT = any_of(CONTEXT["effort"]["patterns"])
_HEDGE_BEFORE = any_of(CONTEXT["hedge"]["patterns"])
_HEDGE_AFTER = any_of(CONTEXT["hedge"]["after_patterns"])
_HEDGED_NEG = any_of(CONTEXT["hedged-negation"]["patterns"])
_DIRECTIVE = any_of(CONTEXT["directive"]["patterns"])
_THIRD = any_of(CONTEXT["third-person"]["patterns"] + CONTEXT["third-person"]["frame_patterns"])
_FRAME = any_of(CONTEXT["third-person"]["frame_patterns"])
_YOU = re.compile(CONTEXT["third-person"]["person_groups"]["you"])
_FIRST = re.compile(CONTEXT["third-person"]["person_groups"]["first"])
_PAST = any_of(CONTEXT["past"]["patterns"])
_RECOVERY = any_of(CONTEXT["past"]["recovery_patterns"])
_RECURRENCE = any_of(CONTEXT["past"]["recurrence_patterns"])
_QUESTION = any_of(CONTEXT["question"]["patterns"])
_CONDITIONAL = any_of(CONTEXT["conditional"]["patterns"])
_LAUGHTER = any_of(CONTEXT["laughter"]["patterns"])
ECHO = any_of(CONTEXT["echo"]["patterns"])
_ANY_NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b")
_PERSON = re.compile(
    "|".join(
        [
            f"(?P<first>{_FIRST.pattern})",
            f"(?P<you>{_YOU.pattern})",
            f"(?P<third>{_THIRD.pattern})",
        ]
    )
)

_HEDGED_KINDS = frozenset({"suicidal-ideation", "self-harm"})
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\[:,]))['\"](?=\S)")
_CLOSE_QUOTE = re.compile(r"(?<=\S)['\"](?=$|[\s.,!?;:)\]])")
_SENTENCE_RE = re.compile(r"[.!?;\n\u2026]+")
_CLAUSE_RE = re.compile(
    r",|:|\(|\)|\s[-\u2013\u2014]+\s|\b(?:and|but|so|because|cause|though|although|yet|plus|or|"
    r"then|since|until|after|before|while|whereas|except|whenever)\b"
)
_SPEECH_RE = re.compile(
    r"((?:\S+\s+){0,2}\S+)\s+(?:keeps\s+|kept\s+|always\s+|once\s+|just\s+)?"
    r"(?:said|says|saying|say|told|tells|telling|tell|wrote|writes|texted|texts|posted|posts|goes|"
    r"went|asked|asks|yelled|screamed|whispered|messaged|sang|sings|typed|tweeted|commented|"
    r"replied|shouted|cried|muttered|admitted|confessed)"
    r"(?:\s+(?:to\s+)?(?:me|him|her|them|us|you|everyone|everybody|someone))?"
    r"(?:\s+(?:like|that))?\s*[,:]?\s*$"
)


class Hit:
    """One rule match in the canonical text, with the level it ends up at and why."""

    __slots__ = ("rule", "kind", "level", "start", "end", "why", "dropped_for")

    def __init__(self, rule: dict[str, Any], start: int, end: int) -> None:
        self.rule = rule["id"]
        self.kind = rule["kind"]
        self.level = RANK[rule["level"]]
        self.start, self.end = start, end
        self.why: list[str] = []
        self.dropped_for: str | None = None

    def cap(self, why: str) -> None:
        if self.level > CHECK:
            self.level = CHECK
        self.why.append(why)

    def drop(self, why: str) -> None:
        self.level = NONE
        self.dropped_for = why
        self.why.append(why)


class Sentences:
    """Where each sentence of the canonical text starts and ends."""

    __slots__ = ("starts", "ends")

    def __init__(self, canon: str) -> None:
        self.ends = [m.end() for m in _SENTENCE_RE.finditer(canon)]
        self.starts = [0, *self.ends]
        self.ends.append(len(canon))

    def around(self, pos: int) -> tuple[int, int, int]:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k, self.starts[k], self.ends[k]

    def following(self, k: int) -> tuple[int, int] | None:
        if k + 1 < len(self.starts):
            return self.starts[k + 1], self.ends[k + 1]
        return None


def _last_match(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in regex.finditer(text):
        found = m
    return found


def _speaker(before: str) -> str | None:
    """'first', 'you', 'third' or None: the nearest person marker in `before`."""
    m = _last_match(_PERSON, before)
    return m.lastgroup if m else None


def _quote_speaker(before_quote: str) -> str | None:
    """Who is speaking the quoted words: the subject of the speech verb right before the quote."""
    m = _SPEECH_RE.search(before_quote[-80:])
    words = m.group(1) if m else before_quote
    who = _speaker(words)
    if who is None and _THIRD.search(words):
        return "third"
    return who


class _Around:
    """The text around one hit that the context rules read, all inside the hit's sentence."""

    __slots__ = ("canon", "sentences", "k", "s0", "s1", "before", "after", "clause", "tail")

    def __init__(self, hit: Hit, canon: str, sentences: Sentences) -> None:
        self.canon, self.sentences = canon, sentences
        self.k, self.s0, self.s1 = sentences.around(hit.start)
        self.before = canon[max(self.s0, hit.start - _BEFORE) : hit.start]
        self.after = canon[hit.end : min(self.s1, hit.end + _AFTER)]
        boundary = _last_match(_CLAUSE_RE, self.before)
        self.clause = self.before[boundary.end() :] if boundary else self.before
        self.tail = self.before[-90:]


def _someone_elses_words(hit: Hit, rule: dict[str, Any], at: _Around) -> None:
    # Someone telling the writer to harm themselves: abuse (BH rule), not the writer's intent.
    if _DIRECTIVE.search(at.tail):
        hit.drop("C-directive")
        return
    # Quoted words: whoever introduces the quote is the speaker.
    opened = _last_match(_OPEN_QUOTE, at.before)
    if opened is not None and not _CLOSE_QUOTE.search(at.before, opened.end()):
        if _quote_speaker(at.before[: opened.start()]) == "third":
            hit.drop("C-third-person (quoted)")


def _whose_experience(hit: Hit, rule: dict[str, Any], at: _Around) -> None:
    # Rules whose own words are first person ("myself", "me") skip this.
    if rule["subject"] != "open":
        return
    who = _speaker(at.clause)
    if who is None and not _FIRST.search(at.before) and _FRAME.search(at.before):
        who = "third"
    if who == "third":
        hit.drop("C-third-person")
    elif who == "you":
        hit.cap("C-third-person (generic you)")


def _denial(hit: Hit, rule: dict[str, Any], at: _Around) -> None:
    # A clear denial right before the phrase; "trying not to" is an urge, and a hedge around a
    # denial of suicide or self-harm leaves it open, so both stay in.
    negation = _NEGATION.search(at.tail)
    if negation is None:
        if _HEDGED_NEG.search(at.tail):
            hit.cap("C-hedged-negation")
        return
    if _EFFORT.search(at.tail[: negation.start()][-40:]):
        hit.why.append("C-negation-effort")
    elif hit.kind in _HEDGED_KINDS and (
        _HEDGE_BEFORE.search(at.canon[at.s0 : hit.start]) or _HEDGE_AFTER.search(at.after)
    ):
        hit.cap("C-hedge")
    else:
        hit.drop("C-negation")


def _distant_past(hit: Hit, rule: dict[str, Any], at: _Around) -> None:
    # The writer's distant past: removed if they say they are better now, unless it is back.
    canon, s0, s1 = at.canon, at.s0, at.s1
    window = canon[max(s0, hit.start - SENTENCE_WINDOW) : min(s1, hit.end + SENTENCE_WINDOW)]
    if not _PAST.search(window):
        return
    nxt = at.sentences.following(at.k)
    later = canon[nxt[0] : min(nxt[1], nxt[0] + SENTENCE_WINDOW)] if nxt else ""
    if _RECOVERY.search(window) or _RECOVERY.search(later):
        hit.drop("C-distant-past (recovered)")
    elif not _RECURRENCE.search(window):
        hit.cap("C-distant-past")


def _softeners(hit: Hit, rule: dict[str, Any], at: _Around) -> None:
    # A question, a condition or laughter right after it: still worth a gentle check-in.
    canon, s0 = at.canon, at.s0
    sentence = canon[s0 : min(len(canon), at.s1 + 1)]
    if "?" in sentence and _QUESTION.search(sentence.lstrip()):
        hit.cap("C-question")
    if _CONDITIONAL.search(canon[s0 : hit.start]):
        hit.cap("C-conditional")
    if _LAUGHTER.search(canon[hit.end : hit.end + 16]):
        hit.cap("C-laughter")


# In this order; the first that removes the hit ends the judging.
_CHECKS = (_someone_elses_words, _whose_experience, _denial, _distant_past, _softeners)


def _denial_lowers(hit: Hit, rule: dict[str, Any], at: _Around) -> None:
    # The learned stage has read the denial words itself ("not suicidal", "if i didnt wake
    # up"), so a negation in the clause before its words lowers its hit to a check-in and
    # never removes it: an alarm is kept for words said without one.
    if _ANY_NEGATION.search(at.clause):
        hit.cap("C-negation (learned)")


# The learned stage has read whole texts with their pronouns, so the rules' guess from the
# nearest pronoun is not made again for it ("since he left I ..." is the writer's).
_LEARNED_CHECKS = (_someone_elses_words, _denial_lowers, _distant_past, _softeners)


def judge(hit: Hit, rule: dict[str, Any], canon: str, sentences: Sentences) -> None:
    """Lower or remove `hit` for the words around it in its sentence; never raise it."""
    at = _Around(hit, canon, sentences)
    for check in _LEARNED_CHECKS if rule.get("learned") else _CHECKS:
        check(hit, rule, at)
        if hit.dropped_for is not None:
            return
