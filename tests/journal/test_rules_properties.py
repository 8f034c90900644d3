"""Properties of two journal rules: tag splitting (`split_tags`) and the rumination guard
(`rumination`), read from their docstrings and from docs/SAFETY.md."""

import datetime as dt

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from innerbase.journal import rules

EXAMPLES = settings(max_examples=150, deadline=None)

# -- split_tags: "trimmed, deduplicated", at most `limit` tags of at most `length` characters --
# Words, odd spacing, commas and line breaks, repeats in other cases: what people type.
tag_text = st.lists(
    st.one_of(
        st.sampled_from(["work", "WORK", "Sunday nights", "ex", "Ex", "their Instagram", "é"]),
        st.sampled_from([",", ", ", ",,", " , ", "\n", "\r\n", "  ", "\t", " "]),
        st.text(st.characters(codec="utf-8"), max_size=12),
    ),
    max_size=40,
).map("".join)
limits = st.integers(min_value=1, max_value=25)
lengths = st.integers(min_value=1, max_value=70)


@EXAMPLES
@given(tag_text, limits, lengths)
def test_tags_are_few_short_trimmed_and_never_empty(raw, limit, length):
    tags = rules.split_tags(raw, limit=limit, length=length)
    assert len(tags) <= limit
    for tag in tags:
        assert tag and len(tag) <= length
        assert tag == " ".join(tag.split())  # no spaces at the ends, no runs of them inside
        assert "," not in tag and "\n" not in tag


@EXAMPLES
@given(tag_text, limits, lengths)
@example(raw="Sunday nights, sunday", limit=20, length=7)  # once kept as "Sunday " and "sunday"
def test_no_tag_is_kept_twice_whatever_its_case(raw, limit, length):
    tags = rules.split_tags(raw, limit=limit, length=length)
    assert len({" ".join(tag.split()).lower() for tag in tags}) == len(tags)


@EXAMPLES
@given(tag_text, limits, lengths, st.sampled_from([", ", ",", "\n"]))
def test_splitting_the_joined_tags_again_gives_the_same_tags(raw, limit, length, joiner):
    """The edit form shows the tags joined with ", " and splits them again on save."""
    tags = rules.split_tags(raw, limit=limit, length=length)
    assert rules.split_tags(joiner.join(tags), limit=limit, length=length) == tags


clean_tag = st.sampled_from(["work", "Work", "ex", "Sunday nights", "sunday NIGHTS", "café", "a b"])


@EXAMPLES
@given(st.lists(clean_tag, max_size=12), limits)
def test_clean_tags_come_back_in_order_first_spelling_first(given_tags, limit):
    first_spellings = {}
    for tag in given_tags:
        first_spellings.setdefault(tag.lower(), tag)
    expected = list(first_spellings.values())[:limit]
    assert rules.split_tags(", ".join(given_tags), limit=limit) == expected


# -- the rumination guard ------------------------------------------------------------------
ZONE = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 20, 21, 0, tzinfo=ZONE)
HEAVY = {"hurt", "lonely", "anxious"}
# docs/SAFETY.md: a theme in 3 or more of the last week's entries (at most the ten newest). The
# code also counts entries dated up to an hour ahead of now.
WINDOW_START, WINDOW_END = NOW - dt.timedelta(days=7), NOW + dt.timedelta(hours=1)
RECENT_MAX, REPEATS = 10, 3
TRIGGERS = ["their instagram", "Their Instagram ", "work", "sunday", "the song"]
EMOTIONS = ["hurt", "lonely", "anxious", "joyful", "calm"]


def an_entry(minutes_ago: int, mood, triggers, emotions, seconds) -> dict:
    moment = NOW - dt.timedelta(minutes=minutes_ago)
    return {
        "occurred_at": moment,
        "saved_at": moment,
        "mood": mood,
        "triggers": triggers,
        "emotions": emotions,
        "writing_seconds": seconds,
    }


def entries_at(minutes: st.SearchStrategy) -> st.SearchStrategy:
    return st.builds(
        an_entry,
        minutes_ago=minutes,
        mood=st.one_of(st.none(), st.integers(min_value=1, max_value=10)),
        triggers=st.lists(st.sampled_from(TRIGGERS), max_size=3),
        emotions=st.lists(st.sampled_from(EMOTIONS), max_size=3, unique=True),
        seconds=st.one_of(st.none(), st.integers(min_value=0, max_value=3600)),
    )


WEEK = 7 * 24 * 60
# Inside the window: from an hour ahead to a week back.
inside = entries_at(st.integers(min_value=-60, max_value=WEEK))
outside = entries_at(
    st.one_of(st.integers(min_value=WEEK + 1, max_value=3 * WEEK), st.integers(-WEEK, -61))
)
# Distinct moments: these entries are saved when they happen, so two at one moment would have
# no newest (ties broken by the save time are in test_rules.py).
histories = st.lists(
    st.one_of(inside, inside, outside),
    max_size=16,
    unique_by=lambda e: e["occurred_at"],
)


def in_window(entry) -> bool:
    return WINDOW_START <= entry["occurred_at"] <= WINDOW_END


def considered(entries) -> list[dict]:
    """What the docstring says the guard looks at: the last week's ten newest entries."""
    recent = [e for e in entries if in_window(e)]
    return sorted(recent, key=lambda e: e["occurred_at"], reverse=True)[:RECENT_MAX]


@EXAMPLES
@given(histories, outside)
def test_an_entry_outside_the_window_never_changes_the_verdict(entries, extra):
    before = rules.rumination(entries, NOW, HEAVY)
    assert rules.rumination([*entries, extra], NOW, HEAVY) == before
    assert rules.rumination([extra, *entries], NOW, HEAVY) == before


@EXAMPLES
@given(histories)
def test_only_the_ten_newest_recent_entries_count(entries):
    assert rules.rumination(entries, NOW, HEAVY) == rules.rumination(
        considered(entries), NOW, HEAVY
    )


@EXAMPLES
@given(histories, st.randoms(use_true_random=False))
def test_the_order_entries_come_in_does_not_matter(entries, rng):
    shuffled = list(entries)
    rng.shuffle(shuffled)
    assert rules.rumination(shuffled, NOW, HEAVY) == rules.rumination(entries, NOW, HEAVY)


@EXAMPLES
@given(histories)
def test_a_loop_needs_a_returning_theme(entries):
    result = rules.rumination(entries, NOW, HEAVY)
    if result["loop"]:
        assert result["themes"]
    recent = considered(entries)
    for theme in result["themes"]:
        kind, name = theme.split(":", 1)
        if kind == "trigger":
            hits = [e for e in recent if name in {t.strip().lower() for t in e["triggers"]}]
        else:
            assert name in HEAVY  # joy or calm returning is never a theme
            hits = [e for e in recent if name in e["emotions"]]
        assert len(hits) >= REPEATS


@EXAMPLES
@given(histories)
def test_words_do_not_matter_only_the_pattern(entries):
    """Renaming every trigger consistently renames the themes and changes nothing else."""
    renamed_trigger = {t.strip().lower(): f"theme {n}" for n, t in enumerate(TRIGGERS)}
    renamed = [
        {**e, "triggers": [renamed_trigger[t.strip().lower()] for t in e["triggers"]]}
        for e in entries
    ]
    original, now = rules.rumination(entries, NOW, HEAVY), rules.rumination(renamed, NOW, HEAVY)
    assert (now["loop"], now["late_and_long"]) == (original["loop"], original["late_and_long"])
    expected = sorted(
        f"trigger:{renamed_trigger[t.removeprefix('trigger:')]}" if t.startswith("trigger:") else t
        for t in original["themes"]
    )
    assert now["themes"] == expected


@EXAMPLES
@given(histories, st.sets(st.sampled_from(EMOTIONS)))
def test_more_heavy_emotions_never_remove_a_theme_or_end_a_loop(entries, more):
    fewer = rules.rumination(entries, NOW, HEAVY)
    more_heavy = rules.rumination(entries, NOW, HEAVY | more)
    assert set(fewer["themes"]) <= set(more_heavy["themes"])
    assert more_heavy["loop"] or not fewer["loop"]


@EXAMPLES
@given(histories, st.data())
def test_naming_a_trigger_again_never_removes_a_theme_or_ends_a_loop(entries, data):
    assume(any(in_window(e) for e in entries))
    index = data.draw(st.sampled_from([i for i, e in enumerate(entries) if in_window(e)]))
    trigger = data.draw(st.sampled_from(TRIGGERS))
    more = [
        {**e, "triggers": [*e["triggers"], trigger]} if i == index else e
        for i, e in enumerate(entries)
    ]
    before, after = rules.rumination(entries, NOW, HEAVY), rules.rumination(more, NOW, HEAVY)
    assert set(before["themes"]) <= set(after["themes"])
    assert after["loop"] or not before["loop"]


@EXAMPLES
@given(histories, st.data())
def test_a_lower_latest_mood_never_ends_a_loop(entries, data):
    """A loop is mood "no better than at the start of that run": lowering the latest mood,
    or raising the first, can only keep a loop a loop."""
    recent = considered(entries)
    with_mood = [e for e in reversed(recent) if e["mood"]]  # oldest first
    assume(len(with_mood) >= 2)
    latest, first = with_mood[-1], with_mood[0]
    lower = data.draw(st.integers(min_value=1, max_value=latest["mood"]))
    higher = data.draw(st.integers(min_value=first["mood"], max_value=10))
    before = rules.rumination(entries, NOW, HEAVY)
    for changed, mood in ((latest, lower), (first, higher)):
        moved = [{**e, "mood": mood} if e is changed else e for e in entries]
        after = rules.rumination(moved, NOW, HEAVY)
        assert after["loop"] or not before["loop"]
        assert after["themes"] == before["themes"]  # mood never makes or removes a theme


@EXAMPLES
@given(histories)
def test_late_and_long_is_about_the_newest_recent_entry_only(entries):
    recent = considered(entries)
    result = rules.rumination(entries, NOW, HEAVY)
    if not recent:
        assert result == {"loop": False, "themes": [], "late_and_long": False}
        return
    newest = recent[0]
    assert result["late_and_long"] is rules.long_late_session(
        newest["writing_seconds"], newest["saved_at"]
    )
    # Every other entry written for an hour and saved at half past eleven: no difference.
    others_long_and_late = [
        e
        if e is newest
        else {**e, "writing_seconds": 3600, "saved_at": e["saved_at"].replace(hour=23, minute=30)}
        for e in entries
    ]
    assert rules.rumination(others_long_and_late, NOW, HEAVY) == result
