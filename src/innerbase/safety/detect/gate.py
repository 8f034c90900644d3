"""The literal gate: which compiled patterns are worth running on a text at all.

Speed only: before running a pattern, check that a literal it cannot match without is present
(literals.py works them out from the pattern), so a skipped pattern could not have matched.
tests/safety/test_detect_gate.py checks that the literals really are required and that gating
never changes a result. A pattern whose literals cannot be worked out simply always runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from innerbase.safety.detect import literals

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


def _gate_quality(found: set[str]) -> tuple[int, int, int]:
    """Higher is a better gate: few common stems, long enough stems, few alternatives."""
    common = sum(_common(a[:4]) for a in found)
    return (-common, min(4, min(map(len, found))), -len(found))


def _shortest(found: set[str] | frozenset[str]) -> set[str]:
    # "myself or self" is present exactly when "self" is: a literal holding another adds nothing.
    return {a for a in found if not any(o != a and o in a for o in found)}


_STEM = 5  # letters of a literal kept as its gate: long enough to be rare, short enough to share


def _stems(found: set[str]) -> frozenset[str]:
    # Any substring of a required literal is required too: keep short stems, fewer checks.
    return frozenset(_shortest({a[:_STEM] for a in _shortest(found)}))


def gates(pattern: str) -> tuple[frozenset[str], ...]:
    """Up to three literal sets, best first; a match contains a member of every one of them."""
    try:
        found = literals.required(pattern, prefer=_gate_quality)
    except literals.Unsupported:  # the pattern just runs on every text
        return ()
    out: list[frozenset[str]] = []
    for candidate in sorted(found, key=_gate_quality, reverse=True):
        stems = _stems(candidate)
        if stems not in out:
            out.append(stems)
    return tuple(out[:3])


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _reach(pattern: str) -> literals.Bound | None:
    try:
        return literals.reach(pattern)
    except literals.Unsupported:  # the pattern just runs on the whole text
        return None


class Pattern:
    """One compiled pattern of a rule or exclusion, with the literals that gate it.

    A leading \\b is checked in Python instead of by the regex engine, which lets the engine skip
    ahead on the pattern's possible first characters (about 3x faster); the matches are exactly
    those of the original pattern.

    On a long text, given its Seen, the pattern runs only near its anchor literals (see
    _Windows): every match holds one of them, so the matches are again exactly the same."""

    __slots__ = ("owner", "source", "regex", "anchors", "also", "boundary", "reach")

    def __init__(self, owner: int, expanded: str) -> None:
        self.owner = owner
        self.source = expanded
        found = gates(expanded)
        self.anchors = found[0] if found else None
        self.also = found[1:]
        self.boundary = expanded.startswith("\\b")
        self.regex = re.compile(expanded[2:] if self.boundary else expanded)
        self.reach = _reach(expanded)

    def still_possible(self, text: str, has: Callable[[str], bool] | None = None) -> bool:
        """Whether `text` holds a literal of each of the pattern's further gates."""
        has = has or text.__contains__
        return all(any(has(a) for a in gate) for gate in self.also)

    def finditer(self, text: str, seen: Seen | None = None) -> Iterator[re.Match[str]]:
        """The matches of the pattern in `text`, as re.finditer finds them. Given the text's
        Seen, a long text is searched only near the anchor literals (the same matches)."""
        windows = _Windows.of(self, text, seen)
        search: Callable[[str, int], re.Match[str] | None] = (
            self.regex.search if windows is None else windows.search
        )
        if windows is None and not self.boundary:
            yield from self.regex.finditer(text)
            return
        pos, size = 0, len(text)
        while True:
            m = search(text, pos)
            if m is None:
                return
            start = m.start()
            if not self.boundary:
                yield m  # never empty: it holds an anchor literal
                pos = m.end()
                continue
            before = start > 0 and _is_word(text[start - 1])
            after = start < size and _is_word(text[start])
            if before != after:
                yield m
                pos = m.end() if m.end() > start else start + 1
            else:
                pos = start + 1


class _Windows:
    """Where on a long text a pattern can match: around each place one of its anchor literals
    is, since every match holds one (the gate's promise, tested in test_detect_gate.py).

    literals.reach bounds how far past a match's start the engine reads, R characters on
    this text: a match holding the literal found at p starts in [p - R, p], and an attempt
    there reads nothing past p + R. So a search of the text cut off at the end of a window
    plus R gives, for every start in the window, exactly what a search of the whole text
    gives (a lookbehind and \\b see before a search's start as they do anywhere), and no
    match starts outside the windows. The windows are searched in order, each match taken
    only if it starts inside its window, so the matches and their order are re.finditer's."""

    __slots__ = ("regex", "spans", "reach", "k")

    def __init__(self, regex: re.Pattern[str], spans: list[list[int]], reach: int) -> None:
        self.regex, self.spans, self.reach = regex, spans, reach
        self.k = 0  # the window searched now; searches only move forward

    @classmethod
    def of(cls, pattern: Pattern, text: str, seen: Seen | None) -> _Windows | None:
        """The windows of `pattern` on `text`, or None where the whole text is to be searched
        (a short text, no bound, or windows covering most of it)."""
        if seen is None or seen.text is not text or seen.words is None:
            return None
        if pattern.anchors is None or pattern.reach is None:
            return None
        c, s, w, t = pattern.reach
        reach = c + seen.runs(s, w, t) + 2  # and what \b or $ look at just past that
        found = sorted(p for literal in pattern.anchors for p in seen.positions(literal))
        spans: list[list[int]] = []
        covered = 0
        for p in found:
            if spans and p - reach <= spans[-1][1] + reach:  # close ones are searched as one
                covered += p - spans[-1][1]
                spans[-1][1] = p
            else:
                spans.append([max(0, p - reach), p])
                covered += reach
            if covered > len(text) // 2:
                return None
        return cls(pattern.regex, spans, reach)

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        """The first match starting at or after `pos`, as regex.search(text, pos) finds it."""
        spans, size = self.spans, len(text)
        while self.k < len(spans):
            lo, last = spans[self.k]
            if pos <= last:
                m = self.regex.search(text, max(pos, lo), min(size, last + self.reach))
                if m is not None and m.start() <= last:
                    return m
            self.k += 1
        return None


_WORD_RUN = re.compile(r"[a-z0-9]+")
_WORDS_FROM = 4000  # texts longer than this are searched through their distinct words
_TWO_SPACES = re.compile(r"\s\s")
_SPACE_RUN = re.compile(r"\s+")
_WORD_CHARS = re.compile(r"\w+")
_NOT_A_RUN = re.compile(r"[^a-z0-9\W]")  # a word character outside [a-z0-9]: "_", "A", "é"
# For ASCII text, as bytes: each byte that is no letter or digit made a space (so split()
# gives the runs of [a-z0-9]), and each whitespace byte made a space.
_RUNS_ONLY = bytes(b if _WORD_RUN.fullmatch(chr(b)) else 32 for b in range(256))
_SPACES_ONE = bytes(32 if chr(b).isspace() else b for b in range(256))


def spaced_twice(text: str) -> bool:
    """Whether two whitespace characters follow each other somewhere in `text`."""
    if text.isascii():  # at C speed: every whitespace byte made a space
        return b"  " in text.encode("ascii").translate(_SPACES_ONE)
    return _TWO_SPACES.search(text) is not None


def word_runs(text: str) -> str:
    """The distinct runs of letters and digits ([a-z0-9]+) in `text`, joined by spaces."""
    if text.isascii():  # the same runs, at C speed
        return b" ".join(set(text.encode("ascii").translate(_RUNS_ONLY).split())).decode()
    return " ".join(set(_WORD_RUN.findall(text)))


class Seen:
    """Which literals one text holds, each looked for once however many gates ask.

    A literal of letters and digits only lies inside one run of letters and digits, so in a
    long text it is looked for in the distinct runs (joined by spaces) instead of the whole
    text: the same answer, over far less text when words repeat."""

    __slots__ = ("text", "_known", "words", "_positions", "_runs")

    def __init__(self, text: str, words: str | None = None) -> None:
        """`words`, when given, is word_runs(text), worked out already."""
        self.text = text
        self._known: dict[str, bool] = {}
        self.words: str | None = None  # set for a long text only
        self._positions: dict[str, list[int]] = {}
        self._runs: dict[str, int] = {}
        if len(text) > _WORDS_FROM:
            self.words = word_runs(text) if words is None else words

    def checker(self) -> Callable[[str], bool]:
        """A fast membership test: plain `in` for a short text, cached lookups for a long one."""
        return self.text.__contains__ if self.words is None else self._has

    def _has(self, literal: str) -> bool:
        found = self._known.get(literal)
        if found is None:
            words = self.words if _WORD_RUN.fullmatch(literal) else None
            found = self._known[literal] = literal in (words or self.text)
        return found

    def positions(self, literal: str) -> list[int]:
        """Where `literal` starts in the text, every place (overlapping ones too)."""
        found = self._positions.get(literal)
        if found is None:
            found = self._positions[literal] = []
            if self.checker()(literal):
                find, at = self.text.find, self.text.find(literal)
                while at >= 0:
                    found.append(at)
                    at = find(literal, at + 1)
        return found

    def runs(self, spaces: int, words: int, others: int) -> int:
        """spaces * S + words * W + others * T for the text's longest run of whitespace (S),
        of word characters (W) and of other than whitespace (T): literals.reach's units.
        Each is measured only when asked for."""
        total = 0
        for name, times in (("s", spaces), ("w", words), ("t", others)):
            if times:
                longest = self._runs.get(name)
                if longest is None:
                    longest = self._runs[name] = self._longest(name)
                total += times * longest
        return total

    def _longest(self, name: str) -> int:
        text = self.text
        if name == "s":
            return max(map(len, _SPACE_RUN.findall(text))) if spaced_twice(text) else 1
        if name == "w":
            if self.words is not None and _NOT_A_RUN.search(text) is None:
                # Every word character is a letter or digit, so the runs are the words'.
                return max(map(len, self.words.split()), default=0)
            return max(map(len, _WORD_CHARS.findall(text)), default=0)
        return max(map(len, text.split()), default=0)


class Gate:
    """An index from each gate literal to the patterns it lets through."""

    __slots__ = ("patterns", "_index", "_always")

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        by_anchor: dict[str, list[int]] = {}
        always = []
        for position, pattern in enumerate(patterns):
            if pattern.anchors is None:
                always.append(position)
            else:
                for anchor in pattern.anchors:
                    by_anchor.setdefault(anchor, []).append(position)
        self._index = tuple((a, tuple(v)) for a, v in sorted(by_anchor.items()))
        self._always = tuple(always)

    def candidates(self, text: str, gated: bool = True, seen: Seen | None = None) -> list[Pattern]:
        """The patterns that could match `text`, in their original order (all if not gated).

        Pass the same `seen` to every gate asked about one text, so no literal is looked for
        twice."""
        if not gated:
            return list(self.patterns)
        has = (seen if seen is not None and seen.text is text else Seen(text)).checker()
        chosen = set(self._always)
        for anchor, positions in self._index:
            if has(anchor):
                chosen.update(positions)
        return [
            p for p in map(self.patterns.__getitem__, sorted(chosen)) if p.still_possible(text, has)
        ]
