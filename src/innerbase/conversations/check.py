"""The statement check: where a draft blames, guesses at the other person's mind, sets an
ultimatum, threatens to get a reaction or calls a name, as spans of the draft itself.

Pure: no Django import. The patterns read the draft as people type it at 1 a.m.: any case,
straight, curly or missing apostrophes, and text-speak ("u never", "ur fault", "dont",
"im gonna"). A span is where the words are in the text as written, so a page can mark them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("blame", "mind-reading", "ultimatum", "protest", "name-calling")

# Word shapes people type, each a regex piece (no groups that capture).
_A = "['’‘`´]?"  # an apostrophe, or none
YOU = r"(?:you|u|ya|yu|yuo)"
YOURE = rf"(?:you{_A}re|u{_A}re|ur|youre|you\s+are|u\s+r|u\s+are|you\s+r)"
YOUR = r"(?:your|ur|yr|yor)"
I_AM = rf"(?:i{_A}m|im|i\s+am)"
I_WILL = rf"(?:i{_A}ll|ill|i\s+(?:will|wil|shall)|{I_AM}\s+(?:going\s+to|gonna))"
DONT = rf"(?:don{_A}t|dont|do\s+not|dnt|doesn{_A}t|won{_A}t|wont|can{_A}t|cant|never)"
WE_ARE = rf"(?:we{_A}re|were|we\s+are|we\s+r)"
# Everything up to the end of the clause: an ultimatum's two halves are in one sentence.
_CLAUSE = r"[^.!?\n]{0,120}?"
# "I'll leave" is a threat when it ends the sentence or aims at them ("I'll leave then",
# "I'm leaving you"), not when it is a plan ("I'll leave the keys out", "I'll go to bed").
_GONE = r"\b(?=\s*(?:$|[.!?,;…]|then\b|you\b|u\b|for\s+good\b|forever\b|if\b|and\s+never\b))"
# "You're always so kind" is not blame: warm words after "always/never" lift the flag.
_WARM = (
    r"(?!\s+(?:so\s+)?(?:welcome|there\s+for|kind|lovely|good|great|helpful|the\s+best|"
    r"amazing|fail\s+to|make\s+me\s+(?:laugh|smile)))"
)

_INSULTS = (
    r"(?:selfish|stupid|idiot|idiotic|pathetic|useless|worthless|lazy|crazy|psycho|"
    r"insane|liar|loser|jerk|narcissist|narcissistic|toxic|dumb|moron|child|baby|"
    r"coward|manipulative|heartless|cold|disgusting|joke|mess|failure|bitch|bastard|"
    r"asshole|arsehole|prick|dick)"
)

_PATTERNS: list[tuple[str, str]] = [
    # blame: a global "always/never" about them, and fault laid on them
    ("blame", rf"\b{YOURE}\s+(?:always|never|constantly|forever)\b{_WARM}"),
    ("blame", rf"\b{YOU}\s+(?:always|never|constantly|forever)(?:\s+ever)?\b{_WARM}"),
    ("blame", rf"\b{YOU}\s+(?:keep|kept)\s+(?!going|trying|growing|smiling|showing)\w+ing\b"),
    ("blame", rf"\b(?:(?:it{_A}s|its|it\s+is)\s+)?(?:all\s+)?{YOUR}\s+fault\b"),
    ("blame", rf"\b{YOU}\s+made\s+me\s+(?:do|say|act|lose|react)\b"),
    ("blame", rf"\b{YOU}\s+(?:ruin|ruined|ruins|wreck|wrecked)\b"),
    # mind-reading: saying what goes on inside them
    (
        "mind-reading",
        rf"\b{YOU}\s+(?:just\s+|obviously\s+|clearly\s+)?{DONT}\s+(?:even\s+|really\s+)?"
        r"(?:care|love|want|respect|like)\b",
    ),
    ("mind-reading", rf"\b{YOU}\s+(?:just|only)\s+(?:want|wanna|care|think|need)\b"),
    (
        "mind-reading",
        rf"\b{YOU}\s+(?:obviously|clearly|secretly)\s+(?:{DONT}|want|think|hate|prefer|wish)\b",
    ),
    (
        "mind-reading",
        rf"\b{YOURE}\s+(?:just\s+)?(?:trying\s+to\s+(?:hurt|upset|control|punish|manipulate|"
        r"make\s+me|get\s+back)|doing\s+(?:it|this|that)\s+on\s+purpose)\b",
    ),
    ("mind-reading", rf"\b{YOU}\s+did\s+(?:it|this|that)\s+on\s+purpose\b"),
    ("mind-reading", rf"\bi\s+know\s+(?:that\s+)?{YOU}\s+(?:think|want|feel|don)"),
    # ultimatums: do this or else
    (
        "ultimatum",
        rf"\bif\s+{YOU}\s+(?:{DONT}|ever|(?:see|talk\s+to|text|call|message)\s+(?:him|her|them)"
        rf"\s+again){_CLAUSE}\b(?:{I_WILL}|then\s+i|{WE_ARE}\s+done)\b",
    ),
    ("ultimatum", r"\bor\s+else\b"),
    ("ultimatum", r"\b(?:last|final)\s+(?:chance|warning)\b"),
    (
        "ultimatum",
        rf"\b(?:it{_A}s|its|it\s+is)\s+(?:either\s+)?"
        r"(?:me\s+or|(?:them|him|her)\s+or\s+me)\b",
    ),
    ("ultimatum", r"\bchoose\s+(?:between\s+)?(?:me\s+or|them\s+or\s+me)\b"),
    # protest: threatening to leave or replace them, to get a reaction
    (
        "protest",
        rf"\b{I_WILL}\s+(?:just\s+)?find\s+(?:someone|somebody|some1|sum1)"
        r"(?:\s+(?:who|else|better|that))?\b",
    ),
    (
        "protest",
        rf"\b{I_WILL}\s+(?:just\s+)?(?:(?:leave|go|walk\s+out|be\s+gone){_GONE}|break\s+up|"
        rf"move\s+out|block\s+{YOU}|dump\s+{YOU}|end\s+(?:this|us|it\s+with\s+{YOU}))\b",
    ),
    ("protest", rf"\b{I_AM}\s+(?:so\s+)?(?:leaving{_GONE}|done\s+with\s+(?:you|u|this|us))"),
    (
        "protest",
        rf"\b(?:maybe\s+)?i\s+should\s+(?:just\s+)?(?:(?:leave|go){_GONE}|break\s+up|"
        r"find\s+someone)",
    ),
    ("protest", rf"\b{WE_ARE}\s+(?:so\s+)?(?:done|over|finished){_GONE}"),
    ("protest", r"\b(?:someone|somebody)\s+else\s+would\b"),
    ("protest", rf"\bdon{_A}t\s+bother\s+(?:texting|calling|coming|replying)\b"),
    # name-calling: a label for who they are
    ("name-calling", rf"\b{YOURE}\s+(?:(?:so|such|being|just|a|an|damn|really)\s+)*{_INSULTS}\b"),
    ("name-calling", rf"\b{YOU}\s+(?:are\s+)?(?:such\s+)?(?:an?\s+)?{_INSULTS}\b"),
]

_COMPILED = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _PATTERNS]


@dataclass(frozen=True)
class Flag:
    """One flagged span: `text[start:end]` are the words, `kind` one of KINDS."""

    start: int
    end: int
    kind: str
    words: str


def check(text: str) -> list[Flag]:
    """The flagged spans of `text`, in order, none overlapping: where patterns overlap, the
    span that starts first wins (the longer one when they start together), so each word is
    flagged once (an ultimatum's whole clause, not the "you never" inside it)."""
    found = sorted(
        (
            (match.start(), -(match.end() - match.start()), KINDS.index(kind), match.end())
            for kind, pattern in _COMPILED
            for match in pattern.finditer(text)
            if match.end() > match.start()
        ),
    )
    flags: list[Flag] = []
    for start, _, kind_index, end in found:
        if flags and start < flags[-1].end:
            continue
        flags.append(Flag(start, end, KINDS[kind_index], text[start:end]))
    return flags


def kinds_of(flags: list[Flag]) -> list[str]:
    """The kinds found, each once, in the order of KINDS."""
    present = {flag.kind for flag in flags}
    return [kind for kind in KINDS if kind in present]


def pieces(text: str, flags: list[Flag]) -> list[tuple[str, str]]:
    """The text cut at the flags, as (kind or "", words): a page marks the flagged pieces."""
    result: list[tuple[str, str]] = []
    at = 0
    for flag in flags:
        if flag.start > at:
            result.append(("", text[at : flag.start]))
        result.append((flag.kind, flag.words))
        at = flag.end
    if at < len(text):
        result.append(("", text[at:]))
    return result
