"""The canonical text the rules read, and the way back from it to offsets in the original.

NFKC, accents dropped, lowercase, curly quotes made straight, each run of whitespace as one,
then whole-token repairs (missing apostrophes, slang, common misspellings, stretched letters,
leetspeak, "k*ll"), driven by the "normalise" section of rules.json.
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from typing import Any

from innerbase.safety.detect.gate import spaced_twice, word_runs
from innerbase.safety.detect.rules import DATA

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


def _edits(word: str) -> set[str]:
    """Every string one insertion, deletion, substitution or swap away from `word`."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out


def _variants(norm: dict[str, Any]) -> tuple[dict[str, str], dict[str, re.Pattern[str]]]:
    """Token -> canonical token, and the tokens whose repair a previous token can veto."""
    variants: dict[str, str] = {}
    guards: dict[str, re.Pattern[str]] = {}
    for target in norm["edit_distance_targets"]:
        for variant in _edits(target):
            if variant != target and variant not in norm["edit_distance_exclude"]:
                variants.setdefault(variant, target)
    variants.update(norm["misspellings"])
    variants.update(norm["contractions"])
    for token, spec in norm["slang"].items():
        variants[token] = spec["to"]
        if "unless_after" in spec:
            guards[token] = re.compile(spec["unless_after"])
    return variants, guards


_NORM = DATA["normalise"]
_VARIANTS, _GUARDS = _variants(_NORM)
_VARIANT_KEYS = frozenset(_VARIANTS)
_LEET = str.maketrans(_NORM["leet"])
_WILDCARD: dict[int, list[str]] = {}
for _word in _NORM["wildcard_targets"]:
    _WILDCARD.setdefault(len(_word), []).append(_word)
_KNOWN = frozenset(_NORM["wildcard_targets"]) | frozenset(_VARIANTS.values())

_EMOJI = {e: f" {word} " for e, word in _NORM["emoji"].items()}
_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_TOKEN_RE = re.compile(r"[a-z0-9@$*]+(?:'[a-z0-9@$*]+)*")
_SYMBOL_RE = re.compile(r"[0-9@$*]")
_RUN3_RE = re.compile(r"([a-z])\1{2,}")
_HAS_LETTER = re.compile(r"[a-z]")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
if any(e.isascii() for e in _EMOJI):  # _char_normalise reads ASCII stretches without them
    raise ValueError("an emoji read as a word must not be ASCII")


def _char_normalise(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """NFKC, accents dropped, lowercase, straight quotes, a few emoji read as words:
    (normalised, starts, ends).

    starts/ends map each normalised character back to the original; None means identity."""
    t = text.translate(_QUOTES)
    lowered = t.lower()
    if len(lowered) == len(t) and (
        t.isascii()
        or (
            unicodedata.is_normalized("NFKD", t)
            and not _COMBINING_RE.search(t)
            and not any(e in t for e in _EMOJI)
        )
    ):
        return lowered, None, None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    # Character by character only where the text is not ASCII. An ASCII character is never a
    # combining mark, so each one starts a piece of its own, and NFKD, NFKC, lower() and the
    # quotes (already made straight in `t`) leave it as lower() does; no emoji is ASCII. A
    # piece of the slow loop can begin at the ASCII character right before a run of others
    # (a combining accent joins it) and ends at the next ASCII character, so reading the ASCII
    # stretches whole gives exactly what the slow loop gives for every character.
    at = 0
    for m in _NON_ASCII_RE.finditer(t):
        lo = max(at, m.start() - 1)
        if lo > at:
            out.append(t[at:lo].lower())
            starts.extend(range(at, lo))
            ends.extend(range(at + 1, lo + 1))
        _pieces(t, lo, m.end(), out, starts, ends)
        at = m.end()
    if at < len(t):
        out.append(t[at:].lower())
        starts.extend(range(at, len(t)))
        ends.extend(range(at + 1, len(t) + 1))
    return "".join(out), starts, ends


def _pieces(t: str, i: int, stop: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    """t[i:stop] one character at a time (with the combining marks that follow it): accents
    dropped, NFKC, lowercase, straight quotes, a few emoji read as words."""
    n = len(t)
    while i < stop:
        j = i + 1
        while j < n and unicodedata.combining(t[j]):
            j += 1
        piece = "".join(
            c for c in unicodedata.normalize("NFKD", t[i:j]) if not unicodedata.combining(c)
        )
        piece = unicodedata.normalize("NFKC", piece).lower().translate(_QUOTES)
        piece = _EMOJI.get(piece, piece)
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j


_SPACE_RUN_RE = re.compile(r"\s{2,}")  # where spaced_twice() finds one


def _collapse_spacing(
    normal: str, starts: list[int] | None, ends: list[int] | None
) -> tuple[str, list[int] | None, list[int] | None]:
    """Each run of whitespace as one space (one newline if it holds one), maps kept in step.

    How far apart words are typed means nothing, but the rules' bounded gaps and the context
    windows count characters: without this, double spaces could push a farewell out of reach."""
    if not spaced_twice(normal):
        return normal, starts, ends
    if starts is None or ends is None:
        starts, ends = list(range(len(normal))), list(range(1, len(normal) + 1))
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    at = 0
    for m in _SPACE_RUN_RE.finditer(normal):
        a, b = m.span()
        out += [normal[at:a], "\n" if "\n" in m.group() else " "]
        new_starts += [*starts[at:a], starts[a]]
        new_ends += [*ends[at:a], ends[b - 1]]
        at = b
    out.append(normal[at:])
    return "".join(out), new_starts + starts[at:], new_ends + ends[at:]


_APOSTROPHE_KEYS = tuple(k for k in _VARIANT_KEYS if not re.fullmatch(r"[a-z0-9]+", k))
_TRIPLES = tuple(c * 3 for c in string.ascii_lowercase)


def _may_need_repair(normal: str, runs: str | None) -> bool:
    """Cheap and conservative: False only if no token of `normal` can be repaired. `runs` is
    word_runs(normal) for an ASCII text."""
    if _SYMBOL_RE.search(normal):
        return True
    if runs is not None:
        # Three same letters lie inside one run of letters and digits, so they are looked
        # for among the distinct runs. Splitting on every non-alphanumeric (apostrophes too)
        # can only find more candidate tokens than _TOKEN_RE, never fewer; keys containing
        # other characters are checked whole.
        if any(t in runs for t in _TRIPLES) or not _VARIANT_KEYS.isdisjoint(runs.split()):
            return True
        return any(k in normal for k in _APOSTROPHE_KEYS)
    if any(t in normal for t in _TRIPLES):
        return True
    return not _VARIANT_KEYS.isdisjoint(_TOKEN_RE.findall(normal))


def _unmangle(token: str) -> str:
    """`token` with stretched letters shortened and leetspeak or a "*" read, if that helps."""
    fixed = _RUN3_RE.sub(r"\1", token) if _RUN3_RE.search(token) else token
    if not (_HAS_LETTER.search(fixed) and any(c in fixed for c in "0123456789@$*")):
        return fixed
    leet = fixed.translate(_LEET)
    if leet in _KNOWN or leet in _VARIANT_KEYS:
        return leet
    if "*" in fixed:
        for word in _WILDCARD.get(len(fixed), ()):
            if all(a == "*" or a == b for a, b in zip(fixed, word, strict=True)):
                return word
    return fixed


def _repair(token: str, previous: str | None) -> str | None:
    """The canonical form of one token, or None to keep it as typed."""
    replacement = _VARIANTS.get(token)
    if replacement is None:
        fixed = _unmangle(token)
        if fixed == token:
            return None
        replacement = _VARIANTS.get(fixed, fixed)
        token = fixed
    guard = _GUARDS.get(token)
    if guard is not None and previous is not None and guard.match(previous):
        return None
    return replacement


# A segment: (start in canon, start in normal, end in normal, copied unchanged?).
_Segment = tuple[int, int, int, bool]


def _repair_tokens(normal: str) -> tuple[str, list[_Segment]] | None:
    """The text with every repairable token repaired, and its segments; None if none was."""
    pieces: list[str] = []
    segments: list[_Segment] = []
    at_n = at_c = 0
    previous = None
    # Whether a token can be repaired at all, worked out once per distinct token: a token
    # _repair leaves as typed with no previous token is left as typed after any (the previous
    # token can only veto a repair), so it is skipped without asking again.
    repairable: dict[str, bool] = {}
    for m in _TOKEN_RE.finditer(normal):
        token = m.group()
        may = repairable.get(token)
        if may is None:
            may = repairable[token] = _repair(token, None) is not None
        replacement = _repair(token, previous) if may else None
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
        return None
    if at_n < len(normal):
        pieces.append(normal[at_n:])
        segments.append((at_c, at_n, len(normal), True))
    return "".join(pieces), segments


class Text:
    """The canonical text plus the way back to offsets in the original."""

    __slots__ = ("canon", "words", "_n_starts", "_n_ends", "_segments", "_seg_starts")

    def __init__(self, original: str) -> None:
        normal, self._n_starts, self._n_ends = _collapse_spacing(*_char_normalise(original))
        self.canon = normal
        # gate.word_runs(canon), when it was worked out here (the gates need it again).
        self.words: str | None = word_runs(normal) if normal.isascii() else None
        self._segments: list[_Segment] | None = None
        self._seg_starts: list[int] = []
        repaired = _repair_tokens(normal) if _may_need_repair(normal, self.words) else None
        if repaired is not None:
            self.canon, self._segments = repaired
            self._seg_starts = [s[0] for s in self._segments]
            self.words = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that canon[start:end] came from."""
        if self._segments is not None:
            seg = self._segments[bisect.bisect_right(self._seg_starts, start) - 1]
            n_start = seg[1] + (start - seg[0]) if seg[3] else seg[1]
            seg = self._segments[bisect.bisect_right(self._seg_starts, end - 1) - 1]
            n_end = seg[1] + (end - 1 - seg[0]) + 1 if seg[3] else seg[2]
        else:
            n_start, n_end = start, end
        if self._n_starts is not None and self._n_ends is not None:
            return self._n_starts[n_start], self._n_ends[n_end - 1]
        return n_start, n_end
