"""Invariants of the crisis screen, checked on generated text (Hypothesis).

Texts are built from the labelled eval sentences, words the rules care about and arbitrary
Unicode, so that the generated entries reach the rules and the context checks, not only the
fast "nothing here" path.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import eval_texts
from innerbase.safety.detect import LEVELS, explain, screen
from screen_stages import rules_only

SENTENCES = eval_texts.sentences()
WORDS = (
    "i me my myself want to die kill killing dying dead he she hit her him not never im dont "
    "cant wanna kms self harm hurt end it all life suicide suicidal no point going on sleep wake "
    "up disappear used years ago friend said told lol better off without everyone tired anymore "
    "same here too really so if maybe tonight , . ? ! ' \" -"
).split()
DENIALS = (
    "I would never hurt myself.",
    "I'm not suicidal.",
    "I have no intention of killing myself.",
    "Not suicidal.",
    "I would never kill myself.",
)
RANK = {name: i for i, name in enumerate(LEVELS)}

# Lone surrogates too: the JSON API can deliver "\ud800" as text.
any_unicode = st.text(alphabet=st.characters(exclude_categories=()), max_size=40)
pieces = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(WORDS), any_unicode)
entries = st.lists(pieces, min_size=1, max_size=8).map(" ".join)
# Case is changed on ASCII letters only: Unicode case mapping can change the letters themselves
# ("ı".upper() is "I"), which makes a different text rather than the same one in other case.
english_entries = st.lists(
    st.one_of(st.sampled_from(SENTENCES), st.sampled_from(WORDS)), min_size=1, max_size=6
).map(" ".join)

few = settings(max_examples=150, deadline=None)


def level(text: str) -> int:
    return RANK[screen(text)["level"]]


@few
@given(entries, st.sampled_from(DENIALS), st.sampled_from(["\n", ". ", "\n\n"]), st.booleans())
def test_adding_a_clear_denial_sentence_never_raises_the_level(text, denial, gap, before):
    # A promise of the rules. The learned stage reads a window of neighbouring sentences
    # together, so a denial beside other words can move its reading either way; its false
    # alarms on denials are measured instead (neg-denial in bench/crisis_eval.py).
    with_denial = denial + gap + text if before else text + gap + denial
    with rules_only():
        assert level(with_denial) <= level(text)


@few
@given(english_entries, st.randoms(use_true_random=False))
def test_changing_case_never_changes_the_level(text, rnd):
    flipped = "".join(
        (c.upper() if rnd.random() < 0.5 else c.lower()) if c.isascii() else c for c in text
    )
    assert level(flipped) == level(text) == level(text.upper())


SPACINGS = (" ", "  ", "   ", " " * 12, "\t", " \t ")


@few
@given(entries, st.randoms(use_true_random=False), st.sampled_from(SPACINGS), st.booleans())
def test_collapsing_or_expanding_spacing_never_changes_the_level(text, rnd, spacing, uniform):
    spaced = re.sub(r"[ \t]+", lambda _: spacing if uniform else rnd.choice(SPACINGS), text)
    assert level(spaced) == level(text) == level(re.sub(r"[ \t]+", " ", text))


def test_every_eval_sentence_keeps_these_invariants():
    # The same properties, exhaustively on the labelled sentences: few of them are close
    # enough to a rule's limits for random sampling to find a break quickly.
    for text in SENTENCES:
        now = level(text)
        assert level(text.upper()) == now, text
        for spacing in ("  ", " " * 12, " \t "):
            assert level(text.replace(" ", spacing)) == now, (spacing, text)
        with rules_only():
            alone = level(text)
            for denial in DENIALS[:2]:
                assert level(f"{text}\n{denial}") <= alone, text
                assert level(f"{denial} {text}") <= alone, text


@few
@given(st.one_of(any_unicode, entries))
def test_the_screen_never_raises_and_every_span_lies_inside_the_text(text):
    result = screen(text)
    assert result["level"] in LEVELS
    for start, end in result["matched"]:
        assert 0 <= start < end <= len(text)
    for hit in explain(text):
        start, end = hit["span"]
        assert 0 <= start < end <= len(text)
        assert hit["text"] == text[start:end]
