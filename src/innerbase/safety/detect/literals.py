"""Literal strings that any match of a rule's regular expression must contain.

A small parser of our own reads the subset of regex syntax the rules are written in: literal
characters and escapes, classes like [a-f] and [^.!?], (?:...) groups with |, lookarounds,
\\b ^ $, and the quantifiers ? * + {m,n} (lazy or possessive too). Anything else raises
Unsupported, and the caller then runs that pattern on every text: a literal we are unsure of
must never be used to skip a pattern. Python's own parser (re._parser) is private, so it is not
used.

A parsed pattern is a list of nodes, each a tuple:
    ("chars", frozenset | None)  one character from the set; None when too many to list
    ("empty",)                   matches without consuming text (\\b, ^, $, lookarounds)
    ("group", [branch, ...])     (?:a|b|...); each branch is itself a list of nodes
    ("repeat", lo, hi, node)     node lo to hi times; hi None for unbounded
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# A parsed piece of a pattern: ("chars", ...), ("group", branches), ("repeat", ...).
type Node = tuple[Any, ...]
# Scores a set of literals as a gate; the highest is kept (see gate.py).
type Preference = Callable[[set[str]], tuple[int, ...]]

# More alternatives than this and a set of literals stops being worth checking one by one.
SET_LIMIT = 48
# A class with a range wider than this is treated as "too many characters to list".
_RANGE_LIMIT = 8

_ANY = ("chars", None)
_EMPTY = ("empty",)
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_BOUNDS = re.compile(r"\{(\d+)?(?:(,)(\d+)?)?\}")
_OPENERS = (("?:", False), ("?=", True), ("?!", True), ("?<=", True), ("?<!", True))


class Unsupported(ValueError):
    """The pattern uses syntax outside the subset this module understands."""


class _Reader:
    """A recursive-descent reader over one pattern string."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def peek(self, ahead: int = 0) -> str:
        return self.text[self.pos + ahead : self.pos + ahead + 1]

    def take(self) -> str:
        ch = self.peek()
        if not ch:
            raise Unsupported("pattern ends too early")
        self.pos += 1
        return ch

    def alternation(self) -> list[list[Node]]:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        return branches

    def sequence(self) -> list[Node]:
        seq = []
        while self.peek() not in ("", "|", ")"):
            seq.append(self.quantified(self.atom()))
        return seq

    def atom(self) -> Node:
        ch = self.take()
        if ch == "(":
            return self.group()
        if ch == "[":
            return ("chars", self.char_class())
        if ch == "\\":
            return self.escape()
        if ch == ".":
            return _ANY
        if ch in "^$":
            return _EMPTY
        if ch in "*+?{":
            raise Unsupported(f"nothing to repeat at {self.pos - 1}")
        return ("chars", frozenset(ch))

    def quantified(self, node: Node) -> Node:
        ch = self.peek()
        if ch not in ("?", "*", "+", "{"):
            return node
        if node[0] == "empty":
            raise Unsupported(f"repeated assertion at {self.pos}")
        if ch == "{":
            lo, hi = self.bounds()
        else:
            self.pos += 1
            lo, hi = {"?": (0, 1), "*": (0, None), "+": (1, None)}[ch]
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings can match
            self.pos += 1
        if self.peek() in ("?", "*", "+", "{"):
            raise Unsupported(f"multiple repeat at {self.pos}")
        return ("repeat", lo, hi, node)

    def bounds(self) -> tuple[int, int | None]:
        m = _BOUNDS.match(self.text, self.pos)
        # Python reads a "{" that is no valid quantifier as a literal; we refuse to guess.
        if m is None or (m.group(1) is None and m.group(3) is None):
            raise Unsupported(f"unclear braces at {self.pos}")
        self.pos = m.end()
        lo = int(m.group(1) or 0)
        hi = lo if m.group(2) is None else (int(m.group(3)) if m.group(3) else None)
        if hi is not None and hi < lo:
            raise Unsupported(f"bad bounds at {m.start()}")
        return lo, hi

    def group(self) -> Node:
        for opener, zero_width in _OPENERS:
            if self.text.startswith(opener, self.pos):
                self.pos += len(opener)
                branches = self.alternation()
                self.take()  # the ")": alternation() stops only there or at the end
                return _EMPTY if zero_width else ("group", branches)
        raise Unsupported(f"group syntax at {self.pos - 1} (capture groups, flags, names...)")

    def escape(self) -> Node:
        ch = self.take()
        if ch in "bBAZ":
            return _EMPTY
        if ch in "sSwWdD":
            return _ANY
        if ch in _CHAR_ESCAPES:
            return ("chars", frozenset(_CHAR_ESCAPES[ch]))
        if ch.isascii() and ch.isalnum():  # back-references, \x, \u, \N and the like
            raise Unsupported(f"escape \\{ch}")
        return ("chars", frozenset(ch))

    def char_class(self) -> frozenset[str] | None:
        """The characters of a [...] class if it lists a few; None for any other class."""
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        chars: set[str] = set()
        listed = not negated
        first = True
        while (ch := self.take()) != "]" or first:
            first = False
            low = self.class_char(ch)
            if self.peek() == "-" and self.peek(1) not in ("", "]"):
                self.pos += 1
                high = self.class_char(self.take())
                if low is None or high is None or high < low:
                    raise Unsupported(f"bad range at {self.pos}")
                if ord(high) - ord(low) < _RANGE_LIMIT:
                    chars.update(map(chr, range(ord(low), ord(high) + 1)))
                else:
                    listed = False
            elif low is None:
                listed = False
            else:
                chars.add(low)
        return frozenset(chars) if listed else None

    def class_char(self, ch: str) -> str | None:
        """One character of a class, or None for \\s, \\w, \\d and their opposites."""
        if ch == "[":  # Python reserves [ inside a class for set operations
            raise Unsupported(f"'[' inside a class at {self.pos - 1}")
        if ch != "\\":
            return ch
        ch = self.take()
        if ch in "sSwWdD":
            return None
        if ch in _CHAR_ESCAPES:
            return _CHAR_ESCAPES[ch]
        if ch == "b":
            return "\b"
        if ch.isascii() and ch.isalnum():
            raise Unsupported(f"escape \\{ch} in a class")
        return ch


def parse(pattern: str) -> list[Node]:
    """`pattern` as a list of nodes; Unsupported for syntax outside the rules' subset."""
    reader = _Reader(pattern)
    branches = reader.alternation()
    if reader.pos != len(pattern):
        raise Unsupported(f"unbalanced ')' at {reader.pos}")
    return branches[0] if len(branches) == 1 else [("group", branches)]


def _finite_seq(seq: list[Node]) -> set[str] | None:
    """All strings `seq` can match, if that is a small finite set."""
    out = {""}
    for node in seq:
        part = _finite(node)
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > SET_LIMIT:
            return None
    return out


def _finite(node: Node) -> set[str] | None:
    """All strings one node can match, if that is a small finite set."""
    if node[0] == "chars":
        return None if node[1] is None else set(node[1])
    if node[0] == "empty":
        return {""}
    if node[0] == "group":
        out: set[str] = set()
        for branch in node[1]:
            part = _finite_seq(branch)
            if part is None:
                return None
            out |= part
        return out if len(out) <= SET_LIMIT else None
    _, lo, hi, item = node
    part = _finite(item) if hi == 1 else None
    if part is None:
        return None
    return part | {""} if lo == 0 else part


def _required(seq: list[Node], prefer: Preference) -> list[set[str]]:
    """Sets of literals that a match of `seq` must contain: at least one of EACH set."""
    found: list[set[str]] = []

    def keep(candidate: set[str]) -> None:
        if candidate and "" not in candidate and min(map(len, candidate)) >= 3:
            found.append(candidate)

    run = {""}  # what the finite stretch read so far can match, its parts concatenated
    for node in seq:
        part = _finite(node)
        if part is not None:
            joined = {a + b for a in run for b in part}
            if len(joined) <= SET_LIMIT:
                run = joined
            else:
                keep(run)
                run = part
            continue
        keep(run)
        run = {""}
        if node[0] == "group" and len(node[1]) == 1:
            found.extend(_required(node[1][0], prefer))
        elif node[0] == "group":
            keep(_either(node[1], prefer))
        elif node[0] == "repeat" and node[1] >= 1:
            found.extend(_required([node[3]], prefer))
    keep(run)
    return found


def _either(branches: list[list[Node]], prefer: Preference) -> set[str]:
    """Literals one of which every branch needs (each branch's preferred set), or none."""
    union: set[str] = set()
    for branch in branches:
        options = _required(branch, prefer)
        if not options:
            return set()
        best: set[str] = max(options, key=prefer)
        union |= best
    return union


def required(pattern: str, prefer: Preference) -> list[set[str]]:
    """Sets of literals (3+ characters) a match of `pattern` must contain, one of each set.

    Where alternatives each need something different, `prefer` ranks each one's options.
    Raises Unsupported for syntax outside the subset this module reads."""
    return _required(parse(pattern), prefer)


# ------------------------------------------------------------------------- how far a match reads
# How far past its start the regex engine can read when it tries a match there, as a bound
# c + s * S + w * W + t * T for a text whose longest run of whitespace is S characters, of
# word characters (\\w) W and of other than whitespace T: gate.Pattern uses it to run a
# pattern on a long text only around the places where its gate literals are (a match holds
# one of them), with exactly the matches it has on the whole text.
type Bound = tuple[int, int, int, int]
# What one character of a pattern can be: only whitespace, only a word character (\\w), never
# whitespace, or either.
_SPACE, _WORD, _SOLID, _EITHER = "space", "word", "solid", "either"
_ESCAPE_KINDS = {"s": _SPACE, "S": _SOLID, "w": _WORD, "d": _WORD, "W": _EITHER, "D": _EITHER}


def _kind(kinds: set[str]) -> str:
    """The kind of a character that can be any of `kinds`."""
    if kinds == {_SPACE}:
        return _SPACE
    if kinds == {_WORD}:
        return _WORD
    return _SOLID if kinds <= {_WORD, _SOLID} else _EITHER


def _kind_of(ch: str) -> str:
    # \s matches exactly what str.isspace() accepts, \w what isalnum() does and "_" (both
    # checked for every character in test_detect_gate.py).
    if ch.isspace():
        return _SPACE
    return _WORD if ch.isalnum() or ch == "_" else _SOLID


class _Reach(_Reader):
    """The reader above, keeping what parse() drops and reach() needs: what kind of character
    each one can be, and what a lookahead reads. Anything it is unsure of raises Unsupported,
    and the pattern then runs on the whole text."""

    def atom(self) -> Node:
        ch = self.peek()
        if ch == "[":
            self.pos += 1
            return ("chars", self.kind_of_class())
        if ch == "\\" and self.peek(1) in _ESCAPE_KINDS:
            self.pos += 2
            return ("chars", _ESCAPE_KINDS[self.text[self.pos - 1]])
        if ch == ".":
            self.pos += 1
            return ("chars", _EITHER)
        if ch == "(" and self.text.startswith(("(?=", "(?!"), self.pos):
            self.pos += 3
            branches = self.alternation()
            if self.take() != ")":
                raise Unsupported(f"unclosed lookahead at {self.pos}")
            return ("ahead", branches)
        node = super().atom()
        if node[0] == "chars":  # one literal character, or an escaped one
            if node[1] is None or len(node[1]) != 1:
                raise Unsupported(f"unclear character at {self.pos}")
            return ("chars", _kind_of(next(iter(node[1]))))
        return node

    def kind_of_class(self) -> str:
        """What one character of a [...] class can be; the "[" is read."""
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        kinds: set[str] = set()
        escapes: set[str] = set()
        first = True
        while (ch := self.take()) != "]" or first:
            first = False
            if ch == "[":
                raise Unsupported(f"'[' inside a class at {self.pos - 1}")
            if ch == "\\":
                ch = self.take()
                if ch in _ESCAPE_KINDS:
                    escapes.add(ch)
                    kinds.add(_ESCAPE_KINDS[ch])
                    continue
                if ch in _CHAR_ESCAPES:
                    ch = _CHAR_ESCAPES[ch]
                elif ch.isascii() and ch.isalnum():
                    raise Unsupported(f"escape \\{ch} in a class")
            if self.peek() == "-" and self.peek(1) not in ("", "]"):
                self.pos += 1
                high = self.take()
                if high == "\\" or high < ch:
                    raise Unsupported(f"unclear range at {self.pos}")
                kinds.update(_kind_of(chr(c)) for c in range(ord(ch), ord(high) + 1))
            else:
                kinds.add(_kind_of(ch))
        if negated:
            # Everything but the listed: whitespace is out only if \\s is listed.
            return _SOLID if "s" in escapes else _EITHER
        return _kind(kinds)


_UNBOUNDED = {_SPACE: (0, 1, 0, 0), _WORD: (0, 0, 1, 0), _SOLID: (0, 0, 0, 1)}


def _reach_seq(seq: list[Node]) -> Bound | None:
    total = (0, 0, 0, 0)
    for node in seq:
        part = _reach_node(node)
        if part is None:
            return None
        total = (total[0] + part[0], total[1] + part[1], total[2] + part[2], total[3] + part[3])
    return total


def _reach_node(node: Node) -> Bound | None:
    """Characters a node can read past where it starts (what it matches, or for a lookahead
    what it looks at); None when only the length of the whole text bounds it."""
    if node[0] == "chars":
        return (1, 0, 0, 0)
    if node[0] == "empty":  # \\b ^ $ and lookbehinds read nothing ahead
        return (0, 0, 0, 0)
    if node[0] in ("group", "ahead"):
        found = [_reach_seq(branch) for branch in node[1]]
        bounds = [b for b in found if b is not None]
        if len(bounds) < len(found):
            return None
        c, s, w, t = zip(*bounds, strict=True)
        return (max(c), max(s), max(w), max(t))
    _, _, hi, item = node
    if hi is None:  # unbounded: one run of whitespace, of word characters or of others
        return _UNBOUNDED.get(item[1]) if item[0] == "chars" else None
    one = _reach_node(item)
    return None if one is None else (one[0] * hi, one[1] * hi, one[2] * hi, one[3] * hi)


def reach(pattern: str) -> Bound | None:
    """How far past a match's start the engine can read, as (c, s, w, t): at most c + s * S +
    w * W + t * T characters on a text whose longest run of whitespace is S, of word
    characters W and of other than whitespace T (two more for what \\b and $ look at
    there); None when no such bound holds. Raises Unsupported for syntax outside the subset
    this module reads."""
    reader = _Reach(pattern)
    branches = reader.alternation()
    if reader.pos != len(pattern):
        raise Unsupported(f"unbalanced ')' at {reader.pos}")
    return _reach_node(("group", branches))
