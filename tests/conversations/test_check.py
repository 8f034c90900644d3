"""The statement check (pure): each kind found as a span of the draft as written, in any
case, with straight, curly or missing apostrophes and text-speak; calm words flag nothing;
spans are sorted, never overlap and always hold the words they name."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerbase.conversations import content
from innerbase.conversations.check import KINDS, check, kinds_of, pieces


def kinds(text: str) -> list[str]:
    return kinds_of(check(text))


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("I feel alone when you never call back.", "blame", "you never"),
        ("u never reply", "blame", "u never"),
        ("YOU ALWAYS DO THIS", "blame", "YOU ALWAYS"),
        ("You're always on your phone", "blame", "You're always"),
        ("youre always late", "blame", "youre always"),
        ("This is all your fault.", "blame", "all your fault"),
        ("its ur fault", "blame", "its ur fault"),
        ("You don't care about me.", "mind-reading", "You don't care"),
        ("you don’t care", "mind-reading", "you don’t care"),
        ("u dont even care", "mind-reading", "u dont even care"),
        ("You just want to be right.", "mind-reading", "You just want"),
        ("you just wanna win", "mind-reading", "you just wanna"),
        ("You did that on purpose", "mind-reading", "You did that on purpose"),
        (
            "If you don't call me tonight, I'll stop trying.",
            "ultimatum",
            "If you don't call me tonight, I'll",
        ),
        ("if u dont text back im gonna scream", "ultimatum", "if u dont text back im gonna"),
        ("Be home by six or else.", "ultimatum", "or else"),
        ("This is your last chance.", "ultimatum", "last chance"),
        ("It's me or her.", "ultimatum", "It's me or"),
        ("I'll find someone who actually listens.", "protest", "I'll find someone who"),
        ("ill find some1 else", "protest", "ill find some1 else"),
        ("Maybe I should just leave.", "protest", "Maybe I should just leave"),
        ("Fine. I'll leave then.", "protest", "I'll leave"),
        ("im leaving", "protest", "im leaving"),
        ("I'm leaving you.", "protest", "I'm leaving"),
        ("You keep ignoring me", "blame", "You keep ignoring"),
        ("You clearly don't want this", "mind-reading", "You clearly don't want"),
        ("You're trying to make me jealous", "mind-reading", "You're trying to make me"),
        ("If you see her again, we're done", "ultimatum", "If you see her again, we're done"),
        ("we're done", "protest", "we're done"),
        ("Someone else would treat me better.", "protest", "Someone else would"),
        ("You're so selfish.", "name-calling", "You're so selfish"),
        ("ur such an idiot", "name-calling", "ur such an idiot"),
        ("you liar", "name-calling", "you liar"),
    ],
)
def test_each_kind_is_found_where_it_is_written(text, kind, words):
    flags = check(text)
    assert [(f.kind, f.words) for f in flags] == [(kind, words)]
    assert text[flags[0].start : flags[0].end] == words


@pytest.mark.parametrize(
    "text",
    [
        "I feel lonely when the evening goes by without a message, because I need to feel "
        "close. Would you text me when you get home?",
        "I never know what to say.",
        "I feel stupid when I forget things.",
        "You are always welcome here, I'm glad you came.",
        "You never fail to make me laugh.",
        "I'll go to bed early tonight.",
        "I'll leave the keys under the mat.",
        "I'm leaving for work at eight.",
        "Maybe I should go for a walk.",
        "We're done with dinner, come sit.",
        "I'm happier because of you.",
        "You made me feel safe.",
        "You keep going, I'm proud of you.",
        "You clearly worked hard on this.",
        "You're trying to help, I know.",
        "If you go to the shop, I'll cook.",
        "If it rains I'll bring the umbrella.",
        "I care about you and I want us to be close.",
        "Your phone was ringing.",
        "",
    ],
)
def test_calm_words_flag_nothing(text):
    assert check(text) == []


def test_several_kinds_in_one_draft_come_in_order_and_each_kind_once():
    text = "You never listen, you don't care, and if you don't change I'll leave. Last chance."
    assert [f.kind for f in check(text)] == ["blame", "mind-reading", "ultimatum", "ultimatum"]
    assert kinds(text) == ["blame", "mind-reading", "ultimatum"]


def test_every_kind_has_a_note_and_starts_from_one_of_the_four_parts():
    written = content.kinds()
    assert set(written) == set(KINDS)
    for kind in KINDS:
        assert written[kind]["note"] and written[kind]["label"] and written[kind]["lead"]
        assert written[kind]["part"] in content.parts()


phrases = st.sampled_from(
    [
        "you never",
        "u always",
        "ur fault",
        "you dont care",
        "or else",
        "ill find someone who",
        "youre so selfish",
        "I feel hurt",
        "when the door shut",
        "because I need rest",
        "hello",
    ]
)
drafts = st.lists(st.one_of(phrases, st.text(max_size=12)), max_size=8).map(" ".join)


@given(drafts)
def test_spans_are_in_order_apart_and_hold_their_words(text):
    flags = check(text)
    for flag in flags:
        assert 0 <= flag.start < flag.end <= len(text)
        assert text[flag.start : flag.end] == flag.words
        assert flag.kind in KINDS
    assert all(a.end <= b.start for a, b in zip(flags, flags[1:], strict=False))
    assert "".join(words for _, words in pieces(text, flags)) == text


@given(st.lists(phrases, min_size=1, max_size=6).map(" and ".join))
def test_case_and_apostrophes_do_not_change_what_is_found(text):
    found = kinds(text)
    assert kinds(text.upper()) == found
    assert kinds(text.replace("'", "’")) == found
    assert kinds(text.replace("dont", "don't").replace("ill ", "I'll ")) == found


def test_a_calmer_start_is_never_the_part_that_holds_the_flag():
    from innerbase.conversations.review import statement_review

    parts = {"feel": "scared", "when": "u dont care", "need": "to matter", "ask": ""}
    found = {item["kind"]: item for item in statement_review(parts)["found"]}
    # mind-reading would start from the "when" part, which is the guess itself
    assert found["mind-reading"]["start"] == "I feel scared"
    assert "I feel" in found["mind-reading"]["lead"]
    only_flags = statement_review({"when": "you never listen"})["found"][0]
    assert only_flags["start"] == "" and "empty" in only_flags
