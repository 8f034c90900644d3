"""The I-statement builder (pure): four parts make one statement, a start the person typed
is kept once, empty parts are left out, and a calmer start is only ever the person's own."""

from hypothesis import given
from hypothesis import strategies as st

from innerbase.conversations.builder import PARTS, assemble, calmer_start, part_words


def test_four_parts_make_one_statement():
    parts = {
        "feel": "lonely",
        "when": "the evening goes by without a message",
        "need": "to feel close",
        "ask": "text me when you get home",
    }
    assert assemble(parts) == (
        "I feel lonely when the evening goes by without a message because I need to feel "
        "close. Would you text me when you get home?"
    )


def test_a_start_typed_by_the_person_is_kept_once_and_end_marks_dropped():
    parts = {"feel": "I feel hurt.", "need": "Because I need to know", "ask": "would you call?"}
    assert assemble(parts) == "I feel hurt because I need to know. Would you call?"


def test_empty_parts_are_left_out():
    assert assemble({"when": "you left early"}) == "When you left early."
    assert assemble({"ask": "sit with me"}) == "Would you sit with me?"
    assert assemble({}) == ""


def test_a_calmer_start_comes_from_the_persons_own_part_or_nothing():
    parts = {"feel": "scared", "ask": "tell me when you're late"}
    assert calmer_start("feel", parts) == "I feel scared"
    assert calmer_start("ask", parts) == "Would you tell me when you're late?"
    assert calmer_start("need", parts) == ""


words = st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=10)
part_texts = st.lists(words, min_size=1, max_size=5).map(" ".join)


@given(st.dictionaries(st.sampled_from(PARTS), part_texts))
def test_every_part_the_person_wrote_is_in_the_statement(parts):
    statement = assemble(parts)
    for part, text in parts.items():
        own = part_words(part, text)
        assert own in statement or own[0].upper() + own[1:] in statement
    assert (statement == "") == (not any(part_words(p, t) for p, t in parts.items()))


@given(st.sampled_from(PARTS), part_texts)
def test_calmer_start_adds_no_words_but_the_parts_own_start(part, text):
    parts = {part: text}
    start = calmer_start(part, parts)
    own = part_words(part, text)
    assert own in start
    assert len(start.split()) <= len(own.split()) + 3
