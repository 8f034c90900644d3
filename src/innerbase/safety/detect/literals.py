"""Literal strings that any match of a regular expression must contain, found from its parse."""

from __future__ import annotations

from collections.abc import Callable
from re import _constants as _C
from re import _parser as _P

# More alternatives than this and a set of literals stops being worth checking one by one.
SET_LIMIT = 48


def _finite(seq) -> set[str] | None:
    """All strings `seq` can match, if that is a small finite set."""
    out = {""}
    for op, av in getattr(seq, "data", seq):
        part = _finite_item(op, av)
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > SET_LIMIT:
            return None
    return out


def _finite_item(op, av) -> set[str] | None:
    """All strings one parsed item can match, if that is a small finite set."""
    if op is _C.LITERAL:
        return {chr(av)}
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}
    if op is _C.IN:
        return _finite_class(av)
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
        return out if len(out) <= SET_LIMIT else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[1] == 1:
        part = _finite(av[2])
        if part is None:
            return None
        return part | {""} if av[0] == 0 else part
    return None


def _finite_class(items) -> set[str] | None:
    """The characters of a character class, if it lists a few of them."""
    chars: set[str] = set()
    for inner_op, inner_av in items:
        if inner_op is _C.LITERAL:
            chars.add(chr(inner_av))
        elif inner_op is _C.RANGE and inner_av[1] - inner_av[0] < 8:
            chars.update(chr(c) for c in range(inner_av[0], inner_av[1] + 1))
        else:
            return None
    return chars


def _required(seq, prefer: Callable[[set[str]], object]) -> list[set[str]]:
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
            if len(joined) <= SET_LIMIT:
                run = joined
            else:
                keep(run)
                run = part
            continue
        keep(run)
        run = {""}
        if op is _C.SUBPATTERN:
            found.extend(_required(av[3], prefer))
        elif op is _C.ATOMIC_GROUP:
            found.extend(_required(av, prefer))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.extend(_required(av[2], prefer))
        elif op is _C.BRANCH:
            keep(_either(av[1], prefer))
    keep(run)
    return found


def _either(branches, prefer: Callable[[set[str]], object]) -> set[str]:
    """Literals one of which every branch needs (each branch's preferred set), or none."""
    union: set[str] = set()
    for branch in branches:
        options = _required(branch, prefer)
        if not options:
            return set()
        union |= max(options, key=prefer)
    return union


def required(pattern: str, prefer: Callable[[set[str]], object]) -> list[set[str]]:
    """Sets of literals (3+ characters) a match of `pattern` must contain, one of each set.

    Where alternatives each need something different, `prefer` ranks each one's options."""
    return _required(_P.parse(pattern), prefer)
