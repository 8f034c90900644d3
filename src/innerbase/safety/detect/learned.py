"""The learned second stage: a small linear model over words, read beside the rules.

Rules find what they were written for and little else: on sentences written by people who
never saw them they found about half the warning signs (docs/SAFETY.md). This stage reads the
canonical text's words, word stems (first five letters), word pairs and word triples with two
logistic regressions, trained here (scripts/train_screen.py, training.py) on labelled
sentences written for the purpose and shipped as a data file (safety/data/screen_model.json):

- the **sign** head: the chance that a stretch of text holds any warning sign at all;
- the **category** head: which category of the taxonomy it is, read only where the sign head
  passed its threshold. Its share on urgent categories decides urgent or check-in.

Nothing is fetched at run time and nothing is generated: the model only scores, and its hits
go through the context checks (quotes, the past, softeners) like the rules' hits.

The sign head is linear, so each token carries the summed weights of the features that start
at it, and any window's score is a difference of running sums: a 100 KB paste costs one pass.
A text of up to CONTEXT tokens is read whole, as the model was trained; a longer one sentence
by sentence, each with its neighbours when together they are short, and a long run-on
sentence in overlapping windows, so a sign in a 5,000-word entry scores as it would alone.

Pure: standard library only, no Django.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.resources import files
from itertools import accumulate
from typing import Any, NamedTuple

STEM = 5  # a word's first five letters stand for its family: "stockpiling" -> "stock"
CONTEXT = 60  # a text this short is read whole, as the model was trained on whole texts
WINDOW = 40  # tokens in one window of a long sentence
STRIDE = 20
SPAN = 3  # at most this many words make a learned hit's span

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[^\sa-z0-9.,!?;:'\"()\[\]\-]")
_SENTENCE_END = re.compile(r"[.!?;\n\u2026]+")


def tokens(canon: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for the words (and symbols such as emoji) of the canonical text."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(canon)]


def features_at(words: Sequence[str], i: int) -> Iterator[str]:
    """The features that start at token `i`: the word, its stem, the pair and triple it opens."""
    w = words[i]
    yield "w:" + w
    if len(w) > STEM:
        yield "s:" + w[:STEM]
    if i + 1 < len(words):
        nxt = words[i + 1]
        yield "b:" + w + " " + nxt
        if len(w) > STEM or len(nxt) > STEM:  # else the same pair again, counted twice
            yield "sb:" + w[:STEM] + " " + nxt[:STEM]
        if i + 2 < len(words):
            yield "t:" + w + " " + nxt + " " + words[i + 2]


def features(canon: str) -> list[str]:
    """Every feature of a whole (short) text, as the trainer sees one labelled example."""
    return _all_features([t for t, _, _ in tokens(canon)])


def _all_features(words: Sequence[str]) -> list[str]:
    """features_at for every token, built in one pass (the order differs; the set does not)."""
    pairs = list(zip(words, words[1:], strict=False))
    return [
        *("w:" + w for w in words),
        *("s:" + w[:STEM] for w in words if len(w) > STEM),
        *("b:" + a + " " + b for a, b in pairs),
        *("sb:" + a[:STEM] + " " + b[:STEM] for a, b in pairs if len(a) > STEM or len(b) > STEM),
        *(
            "t:" + a + " " + b + " " + c
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
        ),
    ]


def sigmoid(x: float) -> float:
    # Written out again in Model.windows, which calls it for every window: keep them alike.
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


class Window(NamedTuple):
    """One stretch of the text the model read, and its chance of holding a warning sign.

    A named tuple: a long paste has thousands of windows, and a frozen dataclass takes three
    times as long to make."""

    start: int  # in the canonical text
    end: int
    chance: float
    lo: int  # the words read, lo..hi-1
    hi: int
    first: int  # the index of the first word at or after `start`


@dataclass(frozen=True)
class Finding:
    """A window read as a warning sign: its category, urgency and the words that weighed most."""

    category: str
    urgent: bool
    start: int  # the span in the canonical text of the token that weighed most
    end: int
    chance: float


class Model:
    """A trained model: the sign head, the category head and the thresholds."""

    def __init__(self, data: dict[str, Any], categories: dict[str, dict[str, Any]]) -> None:
        self.version: str = data["version"]
        self.categories: list[str] = data["categories"]
        if set(self.categories) - set(categories):
            raise ValueError("the model's categories must be the rules' categories")
        self.sign_bias: float = data["sign"]["bias"]
        self.sign: dict[str, float] = data["sign"]["weights"]
        self.category_bias: list[float] = data["category"]["bias"]
        # Stored sparse; held dense, one row of weights per feature, so that a window's
        # scores are column sums done by zip() and sum() rather than a loop in Python.
        width = len(self.categories)
        self.category: dict[str, tuple[float, ...]] = {}
        for f, pairs in data["category"]["weights"].items():
            row = [0.0] * width
            for c, w in pairs:
                row[int(c)] = float(w)
            self.category[f] = tuple(row)
        # The chance of a sign at which a window becomes a hit, and the share of the category
        # head on urgent categories at which it is urgent; both recorded with the model.
        self.threshold: float = data["threshold"]
        self.urgent_threshold: float = data["urgent_threshold"]
        # Below this chance around it, a rule's check-in is removed (analyse._second_opinion);
        # 0 turns that off. Alarms are never removed.
        self.veto_check: float = data["veto_check"]
        self.urgent = [
            i for i, c in enumerate(self.categories) if categories[c]["level"] == "urgent"
        ]

    def chance(self, canon: str) -> float:
        """The sign head's chance for a whole text (what the trainer scores)."""
        weights = self.sign
        return sigmoid(self.sign_bias + sum(weights.get(f, 0.0) for f in features(canon)))

    def _weights(self, words: list[str]) -> tuple[list[float], list[float], list[float]]:
        """The sign head's weights of the features starting at each token: its word and stem,
        the pair it opens, the triple it opens (0 where the text ends first)."""
        get = self.sign.get
        single = {
            w: get("w:" + w, 0.0) + (get("s:" + w[:STEM], 0.0) if len(w) > STEM else 0.0)
            for w in set(words)
        }
        heads = list(map(single.__getitem__, words))
        # Each distinct pair and triple is looked up once: journal text repeats many of them.
        # The lists are made by map() over zip() at C speed, and never held as tuples: zip()
        # reuses its tuple once the lookup has let go of it, so only distinct ones are made.
        after = words[1:]
        pair = {
            (a, b): get("b:" + a + " " + b, 0.0)
            + (
                get("sb:" + a[:STEM] + " " + b[:STEM], 0.0)
                if len(a) > STEM or len(b) > STEM
                else 0.0
            )
            for a, b in set(zip(words, after, strict=False))
        }
        then = words[2:]
        triple = {
            (a, b, c): get("t:" + a + " " + b + " " + c, 0.0)
            for a, b, c in set(zip(words, after, then, strict=False))
        }
        pairs = list(map(pair.__getitem__, zip(words, after, strict=False)))
        triples = list(map(triple.__getitem__, zip(words, after, then, strict=False)))
        return heads, pairs, triples

    def windows(self, canon: str) -> tuple[list[str], list[float], list[Window]]:
        """The text's words, each word's weight and every window with its chance."""
        words, spans, edges = _sentences(canon)
        if not words:
            return words, [], []
        heads, pairs, triples = self._weights(words)
        # Running sums: a window [lo, hi) holds the words lo..hi-1, the pairs lo..hi-2 and
        # the triples lo..hi-3, so features never reach past its end.
        run_h = [0.0, *accumulate(heads)]
        run_p = [0.0, *accumulate(pairs)]
        run_t = [0.0, *accumulate(triples)]
        bias = self.sign_bias
        out = []
        make, exp = tuple.__new__, math.exp  # Window(...) and sigmoid(), without the calls
        for lo, hi, start, end, first in _windows(edges, spans):
            score = bias + run_h[hi] - run_h[lo]
            if hi - lo > 1:
                score += run_p[hi - 1] - run_p[lo]
            if hi - lo > 2:
                score += run_t[hi - 2] - run_t[lo]
            if score >= 0:
                chance = 1.0 / (1.0 + exp(-score))
            else:
                e = exp(score)
                chance = e / (1.0 + e)
            out.append(make(Window, (start, end, chance, lo, hi, first)))
        # Each word's weight is read only inside a window past the threshold (finding), so
        # it is not added up when no window passes: the usual case, and a long paste's words.
        if not any(w.chance >= self.threshold for w in out):
            return words, [], out
        n = len(words)
        pairs.extend([0.0] * (n - len(pairs)))
        triples.extend([0.0] * (n - len(triples)))
        weights = [h + p + t for h, p, t in zip(heads, pairs, triples, strict=True)]
        return words, weights, out

    def finding(self, canon: str, words: list[str], weights: list[float], w: Window) -> Finding:
        """The category head's reading of a window that passed the threshold, and the span of
        the words that weighed most towards a sign."""
        get = self.category.get
        rows = [row for f in _all_features(words[w.lo : w.hi]) if (row := get(f)) is not None]
        scores = [sum(column) for column in zip(self.category_bias, *rows, strict=True)]
        first, last = _heaviest_run(weights, w.lo, w.hi)
        start, end = _word_span(canon, w, first, last)
        p = softmax(scores)
        urgent = sum(p[i] for i in self.urgent) >= self.urgent_threshold
        pool = self.urgent if urgent else range(len(p))
        top = max(pool, key=p.__getitem__)
        return Finding(self.categories[top], urgent, start, end, w.chance)

    def passing(self, windows: list[Window]) -> list[Window]:
        """The windows past the threshold, one for each stretch of overlapping ones (the most
        certain): a sentence is read in up to three windows, and one hit says it."""
        out: list[Window] = []
        end = -1
        for w in windows:
            if w.chance < self.threshold:
                continue
            if out and w.start < end:
                end = max(end, w.end)
                if w.chance > out[-1].chance:
                    out[-1] = w
            else:
                out.append(w)
                end = w.end
        return out

    def read(self, canon: str) -> list[Finding]:
        """Every stretch of the text read as a warning sign."""
        words, weights, windows = self.windows(canon)
        return [self.finding(canon, words, weights, w) for w in self.passing(windows)]


def around(windows: list[Window], starts: list[int], pos: int) -> float | None:
    """The highest chance among the windows that hold canonical offset `pos`."""
    k = bisect.bisect_right(starts, pos)
    best = None
    # Windows are in order of start and a position lies in at most a few of them.
    for w in windows[max(0, k - 8) : k]:
        if w.start <= pos < w.end and (best is None or w.chance > best):
            best = w.chance
    return best


def _sentences(canon: str) -> tuple[list[str], list[tuple[int, int]], list[int]]:
    """The words of the text, each sentence's character span and the word index where each
    sentence starts (and, last, the word count). Positions of single words are not kept: only
    the few words that become a hit's span are found again (_word_span)."""
    # The words of each stretch between two runs of sentence ends are read at once (no
    # Python step per word): a stretch holds no sentence end, and a word never runs into
    # one, so these are the tokens that one pass over the whole text reads between them.
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    edges: list[int] = []
    read = _reader(canon)
    start = 0
    for m in _SENTENCE_END.finditer(canon):
        found = read(start, m.start())
        if found:
            edges.append(len(words))
            words += found
            spans.append((start, m.end()))
        start = m.end()
    found = read(start, len(canon))
    if found:
        edges.append(len(words))
        words += found
        spans.append((start, len(canon)))
    edges.append(len(words))
    return words, spans, edges


# What _TOKEN reads between words, and (as bytes) every character that is no symbol token.
_BETWEEN = str.maketrans(dict.fromkeys('.,!?;:"()[]-', " "))
_NO_SYMBOL = bytes(
    b for b in range(128) if chr(b).isspace() or re.fullmatch(r"[a-z0-9.,!?;:'\"()\[\]\-]", chr(b))
)


def _reader(canon: str) -> Callable[[int, int], list[str]]:
    """A function giving _TOKEN.findall(canon, start, end), faster where it can be.

    An ASCII text with no symbol token holds only letters, digits, whitespace, the
    punctuation _TOKEN skips and apostrophes. Where a stretch has no apostrophe either,
    its tokens are exactly its runs of letters and digits: what split() leaves once that
    punctuation is made spaces (C speed, no regex). An apostrophe can join a token ("don't")
    or not ("'so'", "it's9" is two), so a stretch with one is read by _TOKEN itself."""
    findall = _TOKEN.findall
    if not canon.isascii() or canon.encode("ascii").translate(None, _NO_SYMBOL):
        return lambda start, end: findall(canon, start, end)
    spaced = canon.translate(_BETWEEN)
    find = canon.find

    def read(start: int, end: int) -> list[str]:
        if find("'", start, end) < 0:
            return spaced[start:end].split()
        return findall(canon, start, end)

    return read


def _heaviest_run(weights: list[float], lo: int, hi: int) -> tuple[int, int]:
    """The first and last word of the run of at most SPAN words in lo..hi-1 whose weights
    add up to the most: the words that said it ("wish i were dead"), so the context checks
    read what comes before them and the span points at them."""
    best, where = -math.inf, (lo, lo)
    for i in range(lo, hi):
        if weights[i] <= 0 and best > -math.inf:
            continue  # a run that starts with a word weighing nothing is not the shortest
        total = 0.0
        for j in range(i, min(hi, i + SPAN)):
            total += weights[j]
            if total > best:
                best, where = total, (i, j)
    return where


def _word_span(canon: str, w: Window, first: int, last: int) -> tuple[int, int]:
    """Where words first..last of the text (inside window `w`) are in the canonical text."""
    start = None
    for i, m in enumerate(_TOKEN.finditer(canon, w.start, w.end), start=w.first):
        if i == first:
            start = m.start()
        if i == last and start is not None:
            return start, m.end()
    return w.start, w.end


def _windows(
    edges: list[int], spans: list[tuple[int, int]]
) -> list[tuple[int, int, int, int, int]]:
    """(first word, end word, start char, end char, the first word at that char) of each
    window, in order of start: the
    whole text when short; else each sentence with its neighbours when together they are
    short, or alone, and a long sentence in overlapping windows (see the module docstring)."""
    count = len(spans)
    if edges[-1] <= CONTEXT:
        return [(0, edges[-1], spans[0][0], spans[-1][1], 0)]
    out: list[tuple[int, int, int, int, int]] = []
    for n in range(count):
        lo, hi = edges[n], edges[n + 1]
        a, b = max(0, n - 1), min(count - 1, n + 1)
        if edges[b + 1] - edges[a] <= CONTEXT:
            out.append((edges[a], edges[b + 1], spans[a][0], spans[b][1], edges[a]))
        elif hi - lo <= WINDOW:
            out.append((lo, hi, *spans[n], lo))
        else:
            first = lo
            while True:
                out.append((first, min(hi, first + WINDOW), *spans[n], lo))
                if first + WINDOW >= hi:
                    break
                first += STRIDE
    out.sort()
    return out


def load(categories: dict[str, dict[str, Any]]) -> Model | None:
    """The shipped model, or None when there is none (the rules then work alone)."""
    path = files("innerbase.safety").joinpath("data", "screen_model.json")
    if not path.is_file():
        return None
    return Model(json.loads(path.read_text(encoding="utf-8")), categories)
