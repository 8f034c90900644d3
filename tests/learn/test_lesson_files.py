"""Every lesson file, measured: the format, 3-6 minutes at 200 words a minute, reading grade 8
or below (Flesch-Kincaid, textstat), the safe-messaging rules, every source cited in
docs/CONTENT.md, every try-it and reflection opening a real page, the paths in order, and the
lesson map in docs/CONTENT.md true to the files (every row of the path table that names a
lesson has one)."""

import html
import re
from collections import defaultdict
from pathlib import Path

import pytest
from django.urls import reverse

from innerbase.learn import content
from innerbase.learn.lessons import PATTERNS, SENSITIVE, minutes_for, plain_blocks
from innerbase.learn.views.pages import reflect_url, try_it_url
from reading_rules import MAX_GRADE, MIN_WORDS, found_in, grade, grade_of_lines

ROOT = Path(__file__).resolve().parents[2]
CONTENT_MD = (ROOT / "docs" / "CONTENT.md").read_text("utf-8")
LESSONS = content.lessons()
# Beyond the banned phrases every text keeps: a lesson promises no cure and puts no label on
# the reader (a pattern fits how someone feels in a relationship, for now).
LESSON_RULES = [
    (re.compile(r"\b(?:cure[ds]?|guarantee[ds]?|fix(?:es|ed)? you)\b", re.I), "no promise"),
    (
        re.compile(r"\byou(?: are|'re) (?:an? )?(?:anxious|avoidant|fearful|secure)\b(?!ly)", re.I),
        "no label for the reader",
    ),
]


def lesson_id(lesson) -> str:
    return lesson.code


def read_texts(lesson) -> list[str]:
    """Everything of a lesson a person reads, but the references themselves (names)."""
    supports = [source.supports for source in lesson.sources]
    return [lesson.title, lesson.why, lesson.prompt, lesson.try_it.label, *supports]


def path_table_rows() -> dict[str, str]:
    """Row id ("A1": section letter, then its place in the section) -> place in the product,
    from the path table at the top of docs/CONTENT.md."""
    table = CONTENT_MD.split("## The path, idea by idea", 1)[1].split("\n## ", 1)[0]
    rows, letter, number = {}, "", 0
    for line in table.splitlines():
        section = re.match(r"### ([A-Z])\. ", line)
        if section:
            letter, number = section.group(1), 0
        elif line.startswith("| ") and not line.startswith(("| idea", "| ---")):
            number += 1
            rows[f"{letter}{number}"] = line.split("|")[2]
    return rows


def lesson_map() -> dict[str, set[str]]:
    """Row id -> the lessons the lesson map in docs/CONTENT.md names for it."""
    table = CONTENT_MD.split("## Lesson map", 1)[1].split("\n## ", 1)[0]
    found = {}
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.split("|")[1:-1]]
        if len(cells) == 3 and re.fullmatch(r"[A-H]\d+", cells[0]):
            found[cells[0]] = set(re.findall(r"`([a-z0-9-]+)`", cells[2]))
    return found


def test_there_are_at_least_twenty_lessons_each_on_one_shelf_and_a_path():
    assert len(LESSONS) >= 20
    shelved = [code for shelf in content.shelves() for code in shelf["lessons"]]
    assert sorted(shelved) == sorted(lesson.code for lesson in LESSONS)
    assert all(lesson.paths for lesson in LESSONS)


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_a_lesson_keeps_the_format(lesson):
    assert (content.LESSONS / f"{lesson.code}.md").exists()
    assert set(lesson.patterns) <= set(PATTERNS) and lesson.patterns
    assert lesson.sensitive in ("", *SENSITIVE)
    assert set(lesson.paths) <= set(content.paths_by_code())
    assert set(lesson.covers) <= set(path_table_rows())
    assert lesson.body.count("\n## ") >= 2 and lesson.sources
    # Plain Markdown: nothing that could load, run or lead away
    assert not re.search(r"<[a-zA-Z/]|!\[|\]\(", lesson.body)


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_a_lesson_takes_three_to_six_minutes_and_says_so(lesson):
    assert 3 * 200 <= lesson.words <= 6 * 200
    assert lesson.minutes == minutes_for(lesson.words)


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_a_lesson_reads_at_grade_8_or_below(lesson):
    blocks = plain_blocks(lesson.body)
    texts = blocks + read_texts(lesson)
    hard = [f"{grade(t):.1f} {t}" for t in texts if len(t.split()) >= MIN_WORDS and grade(t) > 8]
    assert hard == []
    assert grade(" ".join(blocks)) <= MAX_GRADE


def test_the_short_texts_of_the_lessons_read_at_grade_8_or_below_together():
    """Titles, headings, button words: a grade means nothing on two words, so they are
    measured together, one line each, as the content rules do."""
    texts = [t for lesson in LESSONS for t in plain_blocks(lesson.body) + read_texts(lesson)]
    short = [t for t in texts if len(t.split()) < MIN_WORDS]
    assert len(short) > 50 and grade_of_lines(short) <= MAX_GRADE


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_a_lesson_keeps_the_safe_messaging_rules(lesson):
    texts = plain_blocks(lesson.body) + read_texts(lesson)
    hits = [hit for text in texts for hit in found_in(text)]
    hits += [
        f"{m.group(0)!r} ({why})"
        for t in texts
        for rule, why in LESSON_RULES
        for m in rule.finditer(t)
    ]
    assert hits == []


def test_the_lesson_rules_catch_what_they_are_for():
    caught = ["This will cure your fear.", "You are anxious, so you cling.", "You're avoidant."]
    spared = ["You are anxiously waiting.", "Many people feel anxious when a reply is late."]
    assert all(any(rule.search(t) for rule, _ in LESSON_RULES) for t in caught)
    assert not any(rule.search(t) for t in spared for rule, _ in LESSON_RULES)


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_every_source_of_a_lesson_is_cited_in_the_content_notes(lesson):
    assert [s.cite for s in lesson.sources if s.cite not in CONTENT_MD] == []


@pytest.mark.django_db
@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_a_lessons_try_it_and_reflection_open_real_pages(alice_client, lesson):
    assert alice_client.get(try_it_url(lesson)).status_code == 200
    journal = alice_client.get(reflect_url(lesson))
    assert journal.status_code == 200
    page = html.unescape(journal.content.decode())
    assert lesson.prompt in page and reverse("learn:lesson", args=[lesson.code]) in page


def test_each_path_runs_one_to_n_with_no_gap_and_a_region_leads_to_at_most_one():
    for path in content.paths():
        positions = sorted(
            lesson.paths[path["code"]] for lesson in content.lessons_on(path["code"])
        )
        assert positions == list(range(1, len(positions) + 1)) and len(positions) >= 5
    regions = [region for path in content.paths() for region in path["regions"]]
    assert len(regions) == len(set(regions)) == 4
    assert content.default_path() in content.paths_by_code()


def test_the_lesson_map_is_true_to_the_files_and_every_lesson_row_has_a_lesson():
    covered = defaultdict(set)
    for lesson in LESSONS:
        for row in lesson.covers:
            covered[row].add(lesson.code)
    assert lesson_map() == dict(covered)
    needing = {row for row, place in path_table_rows().items() if "lesson" in place}
    assert len(needing) >= 10
    assert sorted(needing - set(covered)) == []
