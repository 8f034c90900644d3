"""Reading a lesson file, counting its words, and walking a path (learn/lessons.py)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerbase.learn.lessons import (
    LessonFileError,
    lesson_from,
    minutes_for,
    next_unread,
    on_path,
    path_for_region,
    plain_blocks,
    words_in,
)

FILE = """---
code: sample
title: A sample
why: It shows the format.
minutes: 1
patterns: [anxious]
paths: {anxious: 2, breakup: 1}
covers: [A1]
sensitive: grief
prompt: "What do you notice?"
try:
  label: Breathe
  url: toolkit:exercise
  args: [paced-breathing]
sources:
  - cite: "Bowlby 1980"
    text: "Bowlby, J. (1980). Loss."
    supports: "Loss brings protest."
---
An opening with **bold** words and a [link](/x/).

## A heading
- one item
- two items
1. first
"""


def test_a_file_gives_its_front_matter_and_body():
    lesson = lesson_from(FILE)
    assert lesson.code == "sample" and lesson.paths == {"anxious": 2, "breakup": 1}
    assert lesson.try_it.url == "toolkit:exercise" and lesson.try_it.args == ("paced-breathing",)
    assert lesson.try_it.query == {} and lesson.sensitive == "grief"
    assert lesson.sources[0].cite == "Bowlby 1980" and lesson.body.startswith("An opening")


def test_blocks_are_plain_text_one_per_paragraph_heading_and_item():
    assert plain_blocks(lesson_from(FILE).body) == [
        "An opening with bold words and a link.",
        "A heading",
        "one item",
        "two items",
        "first",
    ]
    assert words_in(lesson_from(FILE).body) == 15


@pytest.mark.parametrize(
    "broken",
    [FILE.replace("---\n", "", 1), FILE.replace("title: A sample\n", ""), "no front matter"],
)
def test_a_file_that_breaks_the_format_says_so(broken):
    with pytest.raises(LessonFileError):
        lesson_from(broken)


@given(st.integers(min_value=0, max_value=5000))
def test_minutes_are_the_words_at_two_hundred_a_minute_and_never_zero(words):
    assert minutes_for(words) >= 1 and abs(minutes_for(words) - max(1, words / 200)) <= 0.5


def test_a_path_is_walked_in_its_positions_and_the_next_is_the_first_unread():
    first = lesson_from(FILE)
    second = lesson_from(FILE.replace("code: sample", "code: other").replace("breakup: 1", "x: 1"))
    assert on_path([first, second], "breakup") == [first]
    later = lesson_from(
        FILE.replace("code: sample", "code: later").replace("anxious: 2", "anxious: 5")
    )
    assert [lesson.code for lesson in on_path([later, first], "anxious")] == ["sample", "later"]
    assert next_unread([first, later], {"sample"}) == later
    assert next_unread([first, later], {"sample", "later"}) is None


def test_the_path_follows_the_region_or_falls_back():
    by_region = {"anxious-preoccupied": "anxious"}
    assert path_for_region("anxious-preoccupied", by_region, "breakup") == "anxious"
    assert path_for_region(None, by_region, "breakup") == "breakup"
    assert path_for_region("secure", by_region, "breakup") == "breakup"
