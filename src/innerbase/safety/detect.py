"""Offline crisis-language screen: documented rules, standard library only, nothing leaves memory.

    screen(text) -> {"crisis": bool, "level": "none"|"check-in"|"urgent",
                     "kinds": [sorted unique kinds], "matched": [[start, end], ...]}

`matched` holds spans into the ORIGINAL text. The rules, their rationale and their sources live
in rules.json next to this file (safety.md §2.5, Layer 1); this module only applies them:

1. Normalise: NFKC, lowercase, curly quotes made straight, then whole-token repairs
   (missing apostrophes, slang, common misspellings, stretched letters, leetspeak, "k*ll").
   An offset map is kept so every hit points back at the words the person typed.
2. Find every rule hit (urgent and check-in are separate passes, so neither hides the other).
3. Judge each hit in its own sentence and clause: idioms remove it; a clear denial or someone
   else's words remove it; hedges, questions, humour, a generic "you" and the distant past only
   lower it to a check-in. Context never raises a level, so one sentence cannot cancel another.

The result only decides which support card to show. It never blocks saving, is not stored or
sent anywhere, and nobody is notified.
"""

from __future__ import annotations

import bisect
import json
import re
import string
import unicodedata
from pathlib import Path

__all__ = ["KINDS", "LEVELS", "RULES_VERSION", "explain", "screen"]

LEVELS = ("none", "check-in", "urgent")
KINDS = ("being-harmed", "harm-to-others", "self-harm", "suicidal-ideation")
_NONE, _CHECK, _URGENT = 0, 1, 2
_RANK = {name: i for i, name in enumerate(LEVELS)}

# How far around a hit the context rules look. Bounded, so total work stays linear in the text.
_BEFORE = 160
_AFTER = 120
_SENTENCE_WINDOW = 320
_NEAR = 200  # an idiom phrase longer than this around a hit is not looked for

_DATA = json.loads(Path(__file__).with_name("rules.json").read_text(encoding="utf-8"))
RULES_VERSION: str = _DATA["version"]
_MACROS: dict[str, str] = _DATA["macros"]
_MACRO_RE = re.compile(r"%([A-Z]+)%")


def _expand(pattern: str) -> str:
    for _ in range(4):
        expanded = _MACRO_RE.sub(lambda m: _MACROS[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"macro nesting too deep in {pattern!r}")


def _any(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{_expand(p)})" for p in patterns))


# ----------------------------------------------------------------------------- literal gating
# Speed only: before running a pattern, check that a literal it cannot match without is present.
# The literals are worked out from the parsed pattern (a match must contain one of them), so a
# skipped pattern could not have matched. tests/safety/test_detect.py checks that gating never
# changes a result. If the parser is unavailable, every pattern simply runs.
try:
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - other Python implementations
    _C = _P = None

_SET_LIMIT = 48
# Words that turn up in most journal entries. A literal found inside one of them is a poor
# gate (the pattern would run almost every time), so another required literal is preferred.
_COMMON_WORDS = (
    "the and that this with have just like what about know feel want going said says time here "
    "there where when them they been from your will would could should really think today need "
    "still back even more some call called life love end friend weekend spend send good well make "
    "made much only over other myself yourself herself himself after before because people thing "
    "things nothing something everything always never again every night morning work home tried "
    "try trying talk talked tell told text texted message phone him her his she he all everyone "
    "anyone someone being doing going having maybe sure right now how who why which into them "
    "then than their these those very so not can't don't didn't won't i'm i've it's that's "
    "first last long little feel feeling felt bit day days week year years ago way think "
    "thinking thought longer worked leave left tired sleep wish hope cannot able"
).split()


def _common(stem: str) -> bool:
    return any(stem in word for word in _COMMON_WORDS)


def _finite(seq) -> set[str] | None:
    """All strings `seq` can match, if that is a small finite set."""
    out = {""}
    for op, av in getattr(seq, "data", seq):
        part = _finite_item(op, av)
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > _SET_LIMIT:
            return None
    return out


def _finite_item(op, av) -> set[str] | None:
    if op is _C.LITERAL:
        return {chr(av)}
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}
    if op is _C.IN:
        chars: set[str] = set()
        for inner_op, inner_av in av:
            if inner_op is _C.LITERAL:
                chars.add(chr(inner_av))
            elif inner_op is _C.RANGE and inner_av[1] - inner_av[0] < 8:
                chars.update(chr(c) for c in range(inner_av[0], inner_av[1] + 1))
            else:
                return None
        return chars
    if op is _C.SUBPATTERN:
        return _finite(av[3])
    if op is _C.ATOMIC_GROUP:
        return _finite(av)
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            part = _finite(branch)
            if part is None:
                return None
            out |= part
        return out if len(out) <= _SET_LIMIT else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[1] == 1:
        part = _finite(av[2])
        if part is None:
            return None
        return part | {""} if av[0] == 0 else part
    return None


def _required(seq) -> list[set[str]]:
    """Sets of literals that a match of `seq` must contain: at least one of EACH set."""
    found: list[set[str]] = []

    def keep(candidate: set[str] | None) -> None:
        if candidate and "" not in candidate and min(map(len, candidate)) >= 3:
            found.append(candidate)

    run = {""}
    for op, av in getattr(seq, "data", seq):
        part = _finite_item(op, av)
        if part is not None:
            joined = {a + b for a in run for b in part}
            if len(joined) <= _SET_LIMIT:
                run = joined
            else:
                keep(run)
                run = part
            continue
        keep(run)
        run = {""}
        if op is _C.SUBPATTERN:
            found.extend(_required(av[3]))
        elif op is _C.ATOMIC_GROUP:
            found.extend(_required(av))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.extend(_required(av[2]))
        elif op is _C.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                options = _required(branch)
                if not options:
                    union = set()
                    break
                union |= max(options, key=_gate_quality)
            keep(union)
    keep(run)
    return found


def _gate_quality(found: set[str]) -> tuple[int, int, int]:
    common = sum(_common(a[:4]) for a in found)
    return (-common, min(4, min(map(len, found))), -len(found))


def _stems(found: set[str]) -> frozenset[str]:
    # Any substring of a required literal is required too: keep short stems, fewer checks.
    stems = {a[:4] for a in found}
    return frozenset(s for s in stems if not any(o != s and o in s for o in stems))


def _anchors(pattern: str) -> tuple[frozenset[str], ...]:
    """Up to three literal sets, best first; a match contains a member of every one of them."""
    if _P is None:
        return ()
    try:
        found = _required(_P.parse(pattern))
    except Exception:  # an unparseable pattern just runs ungated
        return ()
    ranked = sorted(found, key=_gate_quality, reverse=True)
    out: list[frozenset[str]] = []
    for candidate in ranked:
        stems = _stems(candidate)
        if stems not in out:
            out.append(stems)
    return tuple(out[:3])


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class _Pattern:
    """One compiled pattern. A leading \\b is checked in Python instead of by the regex engine,
    which lets the engine skip ahead on the pattern's possible first characters (about 3x faster);
    the matches are exactly those of the original pattern."""

    __slots__ = ("owner", "regex", "anchors", "also", "boundary")

    def __init__(self, owner: int, expanded: str) -> None:
        self.owner = owner
        gates = _anchors(expanded)
        self.anchors = gates[0] if gates else None
        self.also = gates[1:]
        self.boundary = expanded.startswith("\\b")
        self.regex = re.compile(expanded[2:] if self.boundary else expanded)

    def finditer(self, text: str):
        if not self.boundary:
            yield from self.regex.finditer(text)
            return
        search = self.regex.search
        pos, size = 0, len(text)
        while True:
            m = search(text, pos)
            if m is None:
                return
            start = m.start()
            before = start > 0 and _is_word(text[start - 1])
            after = start < size and _is_word(text[start])
            if before != after:
                yield m
                pos = m.end() if m.end() > start else start + 1
            else:
                pos = start + 1


def _compile_all(entries: list[dict]) -> list[_Pattern]:
    out = []
    for index, entry in enumerate(entries):
        for pattern in entry["patterns"]:
            expanded = _expand(pattern)
            if re.compile(expanded).groups:
                raise ValueError(f"capture group in {entry['id']}; use (?:...)")
            out.append(_Pattern(index, expanded))
    return out


# ----------------------------------------------------------------------------- rules
_RULES: list[dict] = _DATA["rules"]
for _rule in _RULES:
    if _rule["kind"] not in KINDS or _rule["level"] not in ("urgent", "check-in"):
        raise ValueError(f"bad kind/level in rule {_rule['id']}")
    if _rule["subject"] not in ("self", "open"):
        raise ValueError(f"bad subject in rule {_rule['id']}")
_RULE_PATTERNS = _compile_all(_RULES)
_EXCLUSIONS: list[dict] = _DATA["exclusions"]
_EXCLUSION_PATTERNS = _compile_all(_EXCLUSIONS)


def _index(
    patterns: list[_Pattern],
) -> tuple[tuple[tuple[str, tuple[int, ...]], ...], tuple[int, ...]]:
    """(anchor, positions of the patterns it gates) pairs, and the patterns that always run."""
    by_anchor: dict[str, list[int]] = {}
    always = []
    for position, pattern in enumerate(patterns):
        if pattern.anchors is None:
            always.append(position)
        else:
            for anchor in pattern.anchors:
                by_anchor.setdefault(anchor, []).append(position)
    return tuple((a, tuple(v)) for a, v in sorted(by_anchor.items())), tuple(always)


_RULE_INDEX, _RULE_ALWAYS = _index(_RULE_PATTERNS)
_EXCLUSION_INDEX, _EXCLUSION_ALWAYS = _index(_EXCLUSION_PATTERNS)


def _to_run(index, always, canon: str, gated: bool, count: int) -> list[int]:
    if not gated:
        return list(range(count))
    chosen = set(always)
    for anchor, positions in index:
        if anchor in canon:
            chosen.update(positions)
    return sorted(chosen)


def _still_possible(pattern: _Pattern, canon: str) -> bool:
    return all(any(a in canon for a in gate) for gate in pattern.also)


_CONTEXT = {c["type"]: c for c in _DATA["context"]}
_NEGATION = _any(_CONTEXT["negation"]["patterns"])
_EFFORT = _any(_CONTEXT["effort"]["patterns"])
_HEDGE_BEFORE = _any(_CONTEXT["hedge"]["patterns"])
_HEDGE_AFTER = _any(_CONTEXT["hedge"]["after_patterns"])
_HEDGED_NEG = _any(_CONTEXT["hedged-negation"]["patterns"])
_DIRECTIVE = _any(_CONTEXT["directive"]["patterns"])
_THIRD = _any(_CONTEXT["third-person"]["patterns"] + _CONTEXT["third-person"]["frame_patterns"])
_FRAME = _any(_CONTEXT["third-person"]["frame_patterns"])
_YOU = re.compile(_CONTEXT["third-person"]["person_groups"]["you"])
_FIRST = re.compile(_CONTEXT["third-person"]["person_groups"]["first"])
_PAST = _any(_CONTEXT["past"]["patterns"])
_RECOVERY = _any(_CONTEXT["past"]["recovery_patterns"])
_RECURRENCE = _any(_CONTEXT["past"]["recurrence_patterns"])
_QUESTION = _any(_CONTEXT["question"]["patterns"])
_CONDITIONAL = _any(_CONTEXT["conditional"]["patterns"])
_LAUGHTER = _any(_CONTEXT["laughter"]["patterns"])
_ECHO = _any(_CONTEXT["echo"]["patterns"])
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

# ----------------------------------------------------------------------------- normalising
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\uff07": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u00ad": "-",
    }
)

_NORM = _DATA["normalise"]
_VARIANTS: dict[str, str] = {}
_GUARDS: dict[str, re.Pattern[str]] = {}


def _edits(word: str) -> set[str]:
    """Every string one insertion, deletion, substitution or swap away from `word`."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out


for _target in _NORM["edit_distance_targets"]:
    for _variant in _edits(_target):
        if _variant != _target and _variant not in _NORM["edit_distance_exclude"]:
            _VARIANTS.setdefault(_variant, _target)
_VARIANTS.update(_NORM["misspellings"])
_VARIANTS.update(_NORM["contractions"])
for _token, _spec in _NORM["slang"].items():
    _VARIANTS[_token] = _spec["to"]
    if "unless_after" in _spec:
        _GUARDS[_token] = re.compile(_spec["unless_after"])
_VARIANT_KEYS = frozenset(_VARIANTS)
_LEET = str.maketrans(_NORM["leet"])
_WILDCARD: dict[int, list[str]] = {}
for _word in _NORM["wildcard_targets"]:
    _WILDCARD.setdefault(len(_word), []).append(_word)
_KNOWN = frozenset(_NORM["wildcard_targets"]) | frozenset(_VARIANTS.values())

_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_TOKEN_RE = re.compile(r"[a-z0-9@$*]+(?:'[a-z0-9@$*]+)*")
_SYMBOL_RE = re.compile(r"[0-9@$*]")
_RUN3_RE = re.compile(r"([a-z])\1{2,}")
_HAS_LETTER = re.compile(r"[a-z]")


def _char_normalise(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """NFKC, accents dropped, lowercase, straight quotes: (normalised, starts, ends).

    starts/ends map each normalised character back to the original; None means identity."""
    t = text.translate(_QUOTES)
    lowered = t.lower()
    if len(lowered) == len(t) and (
        t.isascii() or (unicodedata.is_normalized("NFKD", t) and not _COMBINING_RE.search(t))
    ):
        return lowered, None, None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(t)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(t[j]):
            j += 1
        piece = "".join(
            c for c in unicodedata.normalize("NFKD", t[i:j]) if not unicodedata.combining(c)
        )
        piece = unicodedata.normalize("NFKC", piece).lower().translate(_QUOTES)
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(out), starts, ends


_SPLITTER = str.maketrans({c: " " for c in map(chr, range(128)) if not re.match(r"[a-z0-9]", c)})
_APOSTROPHE_KEYS = tuple(k for k in _VARIANT_KEYS if not re.fullmatch(r"[a-z0-9]+", k))
_TRIPLES = tuple(c * 3 for c in string.ascii_lowercase)


def _may_need_repair(normal: str) -> bool:
    """Cheap and conservative: False only if no token of `normal` can be repaired."""
    if _SYMBOL_RE.search(normal) or any(t in normal for t in _TRIPLES):
        return True
    if normal.isascii():
        # Splitting on every non-alphanumeric (apostrophes too) can only find more candidate
        # tokens than _TOKEN_RE, never fewer; keys containing other characters are checked whole.
        if not _VARIANT_KEYS.isdisjoint(normal.translate(_SPLITTER).split()):
            return True
        return any(k in normal for k in _APOSTROPHE_KEYS)
    return not _VARIANT_KEYS.isdisjoint(_TOKEN_RE.findall(normal))


def _repair(token: str, previous: str | None) -> str | None:
    """The canonical form of one token, or None to keep it as typed."""
    replacement = _VARIANTS.get(token)
    if replacement is None:
        fixed = token
        if _RUN3_RE.search(fixed):
            fixed = _RUN3_RE.sub(r"\1", fixed)
        if _HAS_LETTER.search(fixed) and any(c in fixed for c in "0123456789@$*"):
            leet = fixed.translate(_LEET)
            if leet in _KNOWN or leet in _VARIANT_KEYS:
                fixed = leet
            elif "*" in fixed:
                for word in _WILDCARD.get(len(fixed), ()):
                    if all(a == "*" or a == b for a, b in zip(fixed, word, strict=True)):
                        fixed = word
                        break
        if fixed == token:
            return None
        replacement = _VARIANTS.get(fixed, fixed)
        token = fixed
    guard = _GUARDS.get(token)
    if guard is not None and previous is not None and guard.match(previous):
        return None
    return replacement


class _Text:
    """The canonical text plus the way back to offsets in the original."""

    __slots__ = ("canon", "_n_starts", "_n_ends", "_segments", "_seg_starts")

    def __init__(self, original: str) -> None:
        normal, self._n_starts, self._n_ends = _char_normalise(original)
        self._segments: list[tuple[int, int, int, bool]] | None = None
        self._seg_starts: list[int] = []
        self.canon = normal
        if not _may_need_repair(normal):
            return
        pieces: list[str] = []
        segments: list[tuple[int, int, int, bool]] = []
        at_n = at_c = 0
        previous = None
        for m in _TOKEN_RE.finditer(normal):
            token = m.group()
            replacement = _repair(token, previous)
            previous = token
            if replacement is None:
                continue
            start, end = m.span()
            if start > at_n:
                pieces.append(normal[at_n:start])
                segments.append((at_c, at_n, start, True))
                at_c += start - at_n
            pieces.append(replacement)
            segments.append((at_c, start, end, False))
            at_c += len(replacement)
            at_n = end
        if not segments:
            return
        if at_n < len(normal):
            pieces.append(normal[at_n:])
            segments.append((at_c, at_n, len(normal), True))
        self.canon = "".join(pieces)
        self._segments = segments
        self._seg_starts = [s[0] for s in segments]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self._segments is not None:
            seg = self._segments[bisect.bisect_right(self._seg_starts, start) - 1]
            n_start = seg[1] + (start - seg[0]) if seg[3] else seg[1]
            seg = self._segments[bisect.bisect_right(self._seg_starts, end - 1) - 1]
            n_end = seg[1] + (end - 1 - seg[0]) + 1 if seg[3] else seg[2]
        else:
            n_start, n_end = start, end
        if self._n_starts is not None:
            return self._n_starts[n_start], self._n_ends[n_end - 1]
        return n_start, n_end


# ----------------------------------------------------------------------------- judging hits
class _Hit:
    __slots__ = ("rule", "kind", "level", "start", "end", "why", "dropped_for")

    def __init__(self, rule: dict, start: int, end: int) -> None:
        self.rule = rule["id"]
        self.kind = rule["kind"]
        self.level = _RANK[rule["level"]]
        self.start, self.end = start, end
        self.why: list[str] = []
        self.dropped_for: str | None = None

    def cap(self, why: str) -> None:
        if self.level > _CHECK:
            self.level = _CHECK
        self.why.append(why)

    def drop(self, why: str) -> None:
        self.level = _NONE
        self.dropped_for = why
        self.why.append(why)


def _last_match(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in regex.finditer(text):
        found = m
    return found


_SPEECH_RE = re.compile(
    r"((?:\S+\s+){0,2}\S+)\s+(?:keeps\s+|kept\s+|always\s+|once\s+|just\s+)?"
    r"(?:said|says|saying|say|told|tells|telling|tell|wrote|writes|texted|texts|posted|posts|goes|"
    r"went|asked|asks|yelled|screamed|whispered|messaged|sang|sings|typed|tweeted|commented|"
    r"replied|shouted|cried|muttered|admitted|confessed)"
    r"(?:\s+(?:to\s+)?(?:me|him|her|them|us|you|everyone|everybody|someone))?"
    r"(?:\s+(?:like|that))?\s*[,:]?\s*$"
)


def _quote_speaker(before_quote: str) -> str | None:
    """Who is speaking the quoted words: the subject of the speech verb right before the quote."""
    m = _SPEECH_RE.search(before_quote[-80:])
    if m:
        who = _speaker(m.group(1))
        if who is None and _THIRD.search(m.group(1)):
            return "third"
        return who
    who = _speaker(before_quote)
    if who is None and _THIRD.search(before_quote):
        return "third"
    return who


def _speaker(before: str) -> str | None:
    """'first', 'you', 'third' or None: the nearest person marker in `before`."""
    m = _last_match(_PERSON, before)
    return m.lastgroup if m else None


class _Sentences:
    __slots__ = ("starts", "ends")

    def __init__(self, canon: str) -> None:
        self.starts = [0]
        self.ends = []
        for m in _SENTENCE_RE.finditer(canon):
            self.ends.append(m.end())
            self.starts.append(m.end())
        self.ends.append(len(canon))

    def around(self, pos: int) -> tuple[int, int, int]:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k, self.starts[k], self.ends[k]

    def following(self, k: int) -> tuple[int, int] | None:
        if k + 1 < len(self.starts):
            return self.starts[k + 1], self.ends[k + 1]
        return None


def _judge(hit: _Hit, rule: dict, canon: str, sentences: _Sentences) -> None:
    k, s0, s1 = sentences.around(hit.start)
    before = canon[max(s0, hit.start - _BEFORE) : hit.start]
    after = canon[hit.end : min(s1, hit.end + _AFTER)]
    boundary = _last_match(_CLAUSE_RE, before)
    clause_before = before[boundary.end() :] if boundary else before
    tail = before[-90:]

    # Someone telling the writer to harm themselves: abuse (BH rule), not the writer's intent.
    if _DIRECTIVE.search(tail):
        hit.drop("C-directive")
        return

    # Quoted words: whoever introduces the quote is the speaker.
    opened = _last_match(_OPEN_QUOTE, before)
    if opened is not None and not _CLOSE_QUOTE.search(before, opened.end()):
        if _quote_speaker(before[: opened.start()]) == "third":
            hit.drop("C-third-person (quoted)")
            return

    # Whose experience is it? Rules whose own words are first person ("myself", "me") skip this.
    if rule["subject"] == "open":
        who = _speaker(clause_before)
        if who is None and not _FIRST.search(before) and _FRAME.search(before):
            who = "third"
        if who == "third":
            hit.drop("C-third-person")
            return
        if who == "you":
            hit.cap("C-third-person (generic you)")

    # A clear denial right before the phrase.
    negation = _NEGATION.search(tail)
    if negation is not None:
        lead = tail[: negation.start()]
        if _EFFORT.search(lead[-40:]):
            hit.why.append("C-negation-effort")
        elif hit.kind in _HEDGED_KINDS and (
            _HEDGE_BEFORE.search(canon[s0 : hit.start]) or _HEDGE_AFTER.search(after)
        ):
            hit.cap("C-hedge")
        else:
            hit.drop("C-negation")
            return
    elif _HEDGED_NEG.search(tail):
        hit.cap("C-hedged-negation")

    # The writer's distant past.
    window = canon[max(s0, hit.start - _SENTENCE_WINDOW) : min(s1, hit.end + _SENTENCE_WINDOW)]
    if _PAST.search(window):
        nxt = sentences.following(k)
        later = canon[nxt[0] : min(nxt[1], nxt[0] + _SENTENCE_WINDOW)] if nxt else ""
        if _RECOVERY.search(window) or _RECOVERY.search(later):
            hit.drop("C-distant-past (recovered)")
            return
        if not _RECURRENCE.search(window):
            hit.cap("C-distant-past")

    sentence = canon[s0 : min(len(canon), s1 + 1)]
    if "?" in sentence and _QUESTION.search(sentence.lstrip()):
        hit.cap("C-question")
    if _CONDITIONAL.search(canon[s0 : hit.start]):
        hit.cap("C-conditional")
    if _LAUGHTER.search(canon[hit.end : hit.end + 16]):
        hit.cap("C-laughter")


def _analyse(text: str, gated: bool = True) -> tuple[_Text, list[_Hit]]:
    doc = _Text(text)
    canon = doc.canon
    seen: set[tuple[int, int, int]] = set()
    hits: list[tuple[_Hit, dict]] = []
    for position in _to_run(_RULE_INDEX, _RULE_ALWAYS, canon, gated, len(_RULE_PATTERNS)):
        pattern = _RULE_PATTERNS[position]
        if gated and not _still_possible(pattern, canon):
            continue
        index = pattern.owner
        for m in pattern.finditer(canon):
            key = (index, m.start(), m.end())
            if key not in seen:
                seen.add(key)
                hits.append((_Hit(_RULES[index], m.start(), m.end()), _RULES[index]))
    if not hits:
        return doc, []

    # Idiom phrases only matter where they overlap a hit: gate them on the text near the hits.
    near = "\n".join(canon[max(0, h.start - _NEAR) : h.end + _NEAR] for h, _ in hits)
    excluded = [
        (m.start(), m.end(), _EXCLUSIONS[_EXCLUSION_PATTERNS[position].owner]["id"])
        for position in _to_run(
            _EXCLUSION_INDEX, _EXCLUSION_ALWAYS, near, gated, len(_EXCLUSION_PATTERNS)
        )
        if not gated or _still_possible(_EXCLUSION_PATTERNS[position], near)
        for m in _EXCLUSION_PATTERNS[position].finditer(canon)
    ]
    sentences = _Sentences(canon)
    judged: list[_Hit] = []
    for hit, rule in hits:
        idiom = next((x for x in excluded if x[0] < hit.end and hit.start < x[1]), None)
        if idiom is not None and hit.rule != "SI-U-kill-self":
            hit.drop(idiom[2])
        else:
            _judge(hit, rule, canon, sentences)
        judged.append(hit)

    # Joining in with someone else's words ("... and honestly, same here") comes back as check-in.
    for hit in list(judged):
        if hit.dropped_for and hit.dropped_for.startswith("C-third-person"):
            k, _, s1 = sentences.around(hit.start)
            nxt = sentences.following(k)
            stop = nxt[1] if nxt else s1
            m = _ECHO.search(canon, hit.end, min(stop, hit.end + _SENTENCE_WINDOW))
            if m:
                echo = _Hit({"id": "C-echo", "kind": hit.kind, "level": "check-in"}, *m.span())
                echo.why.append(f"C-echo of {hit.rule}")
                judged.append(echo)
    return doc, judged


def screen(text: str) -> dict:
    """Screen one entry. Never raises on odd input; an empty or non-string text is 'none'."""
    if not isinstance(text, str) or not text:
        return {"crisis": False, "level": "none", "kinds": [], "matched": []}
    doc, hits = _analyse(text)
    live = [h for h in hits if h.level > _NONE]
    level = max((h.level for h in live), default=_NONE)
    spans = sorted(doc.original_span(h.start, h.end) for h in live)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return {
        "crisis": level > _NONE,
        "level": LEVELS[level],
        "kinds": sorted({h.kind for h in live}),
        "matched": merged,
    }


def explain(text: str) -> list[dict]:
    """Every hit with its rule id, final level and the context rules applied (for review/tests)."""
    if not isinstance(text, str) or not text:
        return []
    doc, hits = _analyse(text)
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
