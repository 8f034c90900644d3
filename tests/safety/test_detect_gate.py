"""The crisis screen's speed-ups are exact: gate literals are required, skipping changes nothing.

A pattern is skipped when a text lacks its gate literals, so a literal that a match could do
without would make the screen miss a crisis. These tests try to find such a match. On a long
text a pattern runs only near its anchor literals, as far around them as literals.reach says
the engine can read; a bound too small would miss a match, so they try to find one too.
"""

import random
import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eval_texts
from innerbase.safety.detect.analyse import analyse
from innerbase.safety.detect.combine import FIRST_GATE, OPENERS
from innerbase.safety.detect.gate import Seen, _Windows
from innerbase.safety.detect.literals import Unsupported, parse, reach, required
from innerbase.safety.detect.normalise import Text
from innerbase.safety.detect.rules import EXCLUSION_PATTERNS, EXCLUSIONS, RULE_PATTERNS, RULES

PATTERNS = RULE_PATTERNS + EXCLUSION_PATTERNS + FIRST_GATE.patterns
IDS = (
    [f"{RULES[p.owner]['id']}#{i}" for i, p in enumerate(RULE_PATTERNS)]
    + [f"{EXCLUSIONS[p.owner]['id']}#{i}" for i, p in enumerate(EXCLUSION_PATTERNS)]
    + [f"class-{OPENERS[p.owner]}" for p in FIRST_GATE.patterns]
)
SENTENCES = eval_texts.sentences()
CANON_TEXTS = [Text(text).canon for text in SENTENCES]


def gates(pattern) -> list[frozenset[str]]:
    return [pattern.anchors, *pattern.also] if pattern.anchors else []


def without(text: str, literals: frozenset[str]) -> str:
    """`text` with every occurrence of the literals broken by a character none of them holds."""
    while found := [literal for literal in literals if literal in text]:
        for literal in found:
            text = text.replace(literal, literal[0] + "\x00" + literal[1:])
    return text


def first(found: set[str]) -> int:
    return 0


# ----------------------------------------------------------------------------- the parser
@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bkill(?:ing|ed|s)?\s+myself", [{"kill", "killing", "killed", "kills"}, {"myself"}]),
        (r"\b(?:myself|my\s+self)\b", [{"myself", "self"}]),
        (r"cr[yi]ing", [{"crying", "criing"}]),
        (r"kill(?!\s+time)ing", [{"killing"}]),  # a lookahead is never required
        (r"(?<=my\s)(?:so\s+)?sad", [{"sad"}]),  # nor is an optional word
        (r"\bsad[^.!?]{0,9}\bnow", [{"sad"}, {"now"}]),
        (r"(?:die|dying)\s+alone|lonely", [{"die", "dying", "lonely"}]),  # one from each branch
        (r"(?:so|very)+\s+sad", [{"sad"}]),  # two letters are too short to gate on
        (r"\d+\s*kms?\b", []),  # and so is "km"
        (r"[a-z]+\s+[\s-]\.?", []),
    ],
)
def test_required_literals_of_small_patterns(pattern, expected):
    assert required(pattern, prefer=first) == expected


def test_alternatives_each_give_their_preferred_literals():
    pattern = r"(?:want\s+to\s+die|wish\s+i\s+were\s+dead)"
    assert required(pattern, prefer=len) == [{"want", "wish"}]
    assert required(pattern, prefer=lambda found: "d" in "".join(found)) == [{"die", "dead"}]


@pytest.mark.parametrize(
    "pattern",
    [r"(kill)", r"(?i)kill", r"(?P<x>kill)", r"(kill)\1", r"\x41", "a{", "a{,}", "[[:alpha:]]"]
    + ["a{3,1}", "a**", "(?:a", "a)", r"\bself\b*", "(?#comment)a", "(?>atomic)"],
)
def test_syntax_outside_the_rules_subset_is_refused_not_guessed(pattern):
    with pytest.raises(Unsupported):
        parse(pattern)


def test_every_pattern_is_read_and_gated():
    assert len(PATTERNS) > 100
    for pattern in PATTERNS:
        parse(pattern.source)
        assert pattern.anchors, pattern.source


# ----------------------------------------------------------------------------- literals are needed
def test_without_its_gate_literals_no_eval_text_matches():
    checked = 0
    for pattern in PATTERNS:
        for text in CANON_TEXTS:
            if re.search(pattern.source, text) is None:
                continue
            for gate in gates(pattern):
                assert re.search(pattern.source, without(text, gate)) is None, (gate, text)
                checked += 1
    assert checked > 200


@pytest.mark.parametrize("pattern", PATTERNS, ids=IDS)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_no_string_matches_without_its_gate_literals(pattern, data):
    # Strings built from the pattern by Hypothesis's own regex reader, not by ours.
    text = data.draw(st.from_regex(pattern.source))
    assert re.search(pattern.source, text)
    for gate in gates(pattern):
        assert re.search(pattern.source, without(text, gate)) is None, gate


# ----------------------------------------------------------------------------- speed-ups are exact
def _random_texts(count: int) -> list[str]:
    rng = random.Random(20260701)
    vocabulary = (
        "i me my myself want to die kill he hit her not never im dont cant wanna kms self harm "
        "end it all life suicide suicidal no point going on sleep wake up disappear used years ago "
        "friend said lol better off without everyone dead tired killing dying"
    ).split()
    texts = []
    for _ in range(count):
        texts.append(" ".join(rng.sample(SENTENCES, rng.randint(2, 5))))
        texts.append(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 25))))
    return texts


def _long_texts(count: int) -> list[str]:
    # Over 4,000 characters, where literals are looked for among the distinct words.
    rng = random.Random(20261201)
    return ["\n".join(rng.sample(SENTENCES, 90)) for _ in range(count)]


def test_literal_gating_never_changes_a_result():
    for text in SENTENCES + _random_texts(400) + _long_texts(6):
        fast = sorted((h.rule, h.start, h.end, h.level) for h in analyse(text)[1])
        slow = sorted((h.rule, h.start, h.end, h.level) for h in analyse(text, gated=False)[1])
        assert fast == slow, text


def test_word_boundary_check_matches_the_regex_engine():
    texts = [Text(t).canon for t in _random_texts(60)]
    for pattern in PATTERNS:
        if not pattern.boundary:
            continue
        real = re.compile(r"\b" + pattern.regex.pattern)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in real.finditer(text)
            ]


# ------------------------------------------------------------------------- how far a match reads
@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bkill\s+myself", (10, 1, 0, 0)),  # \s+ is one run of whitespace
        (r"(?:\w+\s+){0,2}die", (3, 2, 2, 0)),  # \w+ one run of word characters
        (r"[^\s.,]+|[a-z']*", (0, 0, 0, 1)),  # these one run of other than whitespace
        (r"[^.!?\n]{0,40}", (40, 0, 0, 0)),
        (r"sad(?=\s*(?:[,.]|$))", (4, 1, 0, 0)),  # what a lookahead reads counts
        (r"(?<=my\s)sad(?!\s+story)", (8, 1, 0, 0)),  # a lookbehind reads nothing ahead
        (r"[\t ]+[\n]*\d+", (0, 2, 1, 0)),
        (r".*", None),  # "." can be whitespace or not: only the text bounds a run of it
        (r"[\s-]+", None),
        (r"[^a]+", None),
        (r"(?:so\s+)+sad", None),  # a repeated group
    ],
)
def test_how_far_a_match_reads(pattern, expected):
    assert reach(pattern) == expected


def test_reach_refuses_what_it_does_not_read():
    for pattern in (r"(kill)", r"[\b]", r"[[:alpha:]]", r"\x41", "(?>atomic)"):
        with pytest.raises(Unsupported):
            reach(pattern)


def test_whitespace_and_word_characters_are_what_the_regex_engine_says():
    space, word = re.compile(r"\s"), re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert bool(space.match(ch)) == ch.isspace(), code
        assert bool(word.match(ch)) == (ch.isalnum() or ch == "_"), code


def _runs(text: str) -> tuple[int, int, int]:
    def longest(regex: str) -> int:
        return max((len(r) for r in re.findall(regex, text)), default=0)

    return longest(r"\s+"), longest(r"\w+"), longest(r"\S+")


def test_a_long_text_measures_its_runs_as_the_regex_engine_would():
    rng = random.Random(11)
    pieces = [*SENTENCES[:300], "a_b", "ÉTÉ", "x" * 70, "  ", "\n\n", "\t", "snake_case_word"]
    for _ in range(60):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(60, 200)))
        for canon in (text, Text(text).canon):
            seen = Seen(canon)
            spaces, words, others = _runs(canon)
            assert seen.runs(1, 0, 0) >= spaces and seen.runs(1, 0, 0) in (spaces, 1)
            assert (seen.runs(0, 1, 0), seen.runs(0, 0, 1)) == (words, others)
            if seen.words is not None:
                assert sorted(seen.words.split()) == sorted(set(re.findall("[a-z0-9]+", canon)))


def _bound(pattern, text: str) -> int:
    c, s, w, t = pattern.reach
    spaces, words, others = _runs(text)
    return c + s * spaces + w * words + t * others


@pytest.mark.parametrize("pattern", PATTERNS, ids=IDS)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_no_match_is_longer_than_its_reach(pattern, data):
    if pattern.reach is None:
        return
    text = data.draw(st.from_regex(pattern.source))
    matches = list(re.finditer(pattern.source, text))
    assert matches
    for m in matches:
        assert m.end() - m.start() <= _bound(pattern, text), m.group()


def test_most_patterns_have_a_reach():
    assert sum(p.reach is not None for p in PATTERNS) > 0.9 * len(PATTERNS)


def _pastes(count: int) -> list[str]:
    rng = random.Random(20261202)
    seps = (" ", "\n", ". ", " - ", "  ")
    return [
        rng.choice(seps).join(rng.sample(SENTENCES, rng.randint(100, 400))) for _ in range(count)
    ]


def test_near_its_anchors_a_pattern_finds_what_it_finds_on_the_whole_text():
    windowed = found = 0
    for text in _pastes(12):
        canon = Text(text).canon
        seen = Seen(canon)
        for pattern in PATTERNS:
            whole = [m.span() for m in pattern.finditer(canon)]
            near = [m.span() for m in pattern.finditer(canon, seen)]
            assert near == whole, pattern.source
            windowed += _Windows.of(pattern, canon, seen) is not None
            found += len(whole)
    assert windowed > 0.8 * 12 * len(PATTERNS) and found > 100


@pytest.mark.parametrize("pattern", PATTERNS, ids=IDS)
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_match_at_the_edge_of_a_window_is_found(pattern, data):
    # A match drawn from the pattern, written right before, after or between other words that
    # hold its anchors, in a long text: the windows' edges fall on every side of it.
    match = data.draw(st.from_regex(pattern.source))
    anchor = sorted(pattern.anchors)[data.draw(st.integers(0, len(pattern.anchors) - 1))]
    rng = random.Random(data.draw(st.integers(0, 10**6)))
    filler = " ".join(rng.choice(SENTENCES) for _ in range(40))
    gap = " " * rng.randint(1, 3)
    text = filler + gap + anchor + gap + match + gap + anchor + rng.choice(["", ".", "\n"]) + filler
    seen = Seen(text)
    assert [m.span() for m in pattern.finditer(text, seen)] == [
        m.span() for m in pattern.finditer(text)
    ]
