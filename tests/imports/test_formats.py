"""The pure parsers over small invented files in each format, and over bad files."""

import base64
import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from innerbase.imports.formats import common, daylio, dayone, freecbt, innerbase, jrnl

FILES = Path(__file__).parent / "files"
BERLIN = ZoneInfo("Europe/Berlin")


def read(name: str) -> bytes:
    return (FILES / name).read_bytes()


# -- jrnl ----------------------------------------------------------------------------------
def test_jrnl_json_reads_entries_in_the_chosen_zone_and_skips_what_it_cannot_read():
    parsed = jrnl.parse(read("jrnl.json"), zone=BERLIN)
    assert parsed.needs_zone
    assert len(parsed.records) == 4
    first, second, emoji, long = parsed.records
    assert first["occurred_at"] == dt.datetime(2025, 1, 4, 22, 41, tzinfo=dt.UTC)
    assert first["text"].startswith("First night alone.\nThe flat is quiet.")
    assert '"two cups"' in first["text"]
    # equal timestamps stay two entries
    assert second["occurred_at"] == first["occurred_at"]
    assert second["source_id"] != first["source_id"]
    assert "☕ 💛" in emoji["text"] and "Zoë" in emoji["text"]
    assert set(emoji["tags"]) == {"#café", "@lena"}
    assert len(long["text"]) > 100_000
    assert [s["why"] for s in parsed.skipped] == [
        "it is empty",
        "its date or time could not be read",
    ]


def test_a_time_in_the_spring_gap_moves_forward_by_the_hour_the_clocks_skipped():
    emoji = jrnl.parse(read("jrnl.json"), zone=BERLIN).records[2]
    # 02:30 on 30 March 2025 never happened in Berlin: it reads as 03:30 summer time
    assert emoji["occurred_at"].astimezone(BERLIN).hour == 3
    assert emoji["occurred_at"] == dt.datetime(2025, 3, 30, 1, 30, tzinfo=dt.UTC)


def test_a_time_that_happened_twice_is_the_first_of_the_two():
    when = common.local_time(dt.datetime(2025, 10, 26, 2, 30), BERLIN)
    assert when.utcoffset() == dt.timedelta(hours=2)


def test_the_chosen_zone_changes_the_times():
    tokyo = jrnl.parse(read("jrnl.json"), zone=ZoneInfo("Asia/Tokyo")).records[0]
    assert tokyo["occurred_at"] == dt.datetime(2025, 1, 4, 14, 41, tzinfo=dt.UTC)


def test_jrnl_text_journal_splits_at_dated_lines_only():
    parsed = jrnl.parse(read("jrnl.txt"), zone=BERLIN)
    assert len(parsed.records) == 3
    first, second, third = parsed.records
    assert first["text"] == "First night alone.\nThe flat is quiet. #grief\nI made tea anyway."
    assert first["tags"] == ["#grief"]
    assert second["occurred_at"] == first["occurred_at"]
    assert "[note] in brackets" in second["text"]  # a short bracket is not a date
    assert '"it gets softer, I promise"' in third["text"] and "🌙" in third["text"]


def test_jrnl_text_without_dated_lines_is_refused():
    with pytest.raises(common.ImportProblem, match="No jrnl entries"):
        jrnl.parse(b"just some words\nand more", zone=BERLIN)


def test_an_encrypted_jrnl_journal_says_how_to_export_it():
    with pytest.raises(common.ImportProblem, match="encrypted"):
        jrnl.parse(b"gAAAAABkxyz", zone=BERLIN)


def test_malformed_json_is_named():
    with pytest.raises(common.ImportProblem, match="not well-formed JSON"):
        jrnl.parse(read("malformed.json"), zone=BERLIN)


def test_json_of_another_shape_is_not_a_jrnl_export():
    with pytest.raises(common.ImportProblem, match="not a jrnl export"):
        jrnl.parse(b'{"thoughts": []}', zone=BERLIN)


# -- Daylio --------------------------------------------------------------------------------
def test_daylio_2023_layout_maps_moods_and_keeps_activities_whole():
    parsed = daylio.parse(read("daylio_2023.csv"), zone=BERLIN)
    assert parsed.needs_zone
    records = parsed.records
    assert [r["occurred_at"] for r in records] == sorted(r["occurred_at"] for r in records)
    assert len(records) == 5
    by_mood = {r["mood"]: r for r in records}
    awful = by_mood[1]
    assert awful["activities"] == ["crying", "no sleep", "texting him, again"]
    assert awful["text"] == (
        'Awful night\nHe said "maybe", then nothing.\nI wrote it down, here, with commas.'
    )
    assert awful["occurred_at"].astimezone(BERLIN).hour == 3  # 2:30 AM fell in the gap
    rad = by_mood[10]
    assert rad["activities"] == ["friends", "walk / park", "🌳 nature"]
    assert rad["occurred_at"] == dt.datetime(2025, 1, 4, 20, 15, tzinfo=dt.UTC)
    assert by_mood[8]["occurred_at"] == rad["occurred_at"]  # same minute, two rows
    assert by_mood[8]["text"] == "" and by_mood[8]["activities"] == []
    assert by_mood[6]["occurred_at"].astimezone(BERLIN).hour == 21
    custom = by_mood[None]
    assert "Zoë 💛 — ça va." in custom["text"]
    assert custom["occurred_at"].astimezone(BERLIN).hour == 22  # "10:00 pm"
    assert parsed.moods_unplaced == ["sleepy-ish"]
    assert parsed.skipped == [{"where": "row 7", "why": "its date or time could not be read"}]


def test_daylio_mood_table_is_the_documented_one():
    assert daylio.MOODS == {"awful": 1, "bad": 3, "meh": 6, "good": 8, "rad": 10}


def test_daylio_2018_layout_reads_the_year_and_an_english_date():
    parsed = daylio.parse(read("daylio_2018.csv"), zone=BERLIN)
    days = [r["occurred_at"].astimezone(BERLIN) for r in parsed.records]
    assert [(d.month, d.day, d.hour) for d in days] == [(6, 21, 9), (6, 21, 21)]
    assert parsed.records[1]["activities"] == ["work", "rain"]


def test_daylio_2026_layout_keeps_scales_in_the_text():
    (record,) = daylio.parse(read("daylio_2026.csv"), zone=BERLIN).records
    assert (
        record["text"] == "Longest day\nLight until ten.\nStayed out.\nSleep Quality: 9/10 points"
    )


def test_an_unknown_daylio_layout_names_its_columns():
    with pytest.raises(common.ImportProblem, match="not in a Daylio layout we know.*date, mood"):
        daylio.parse(read("daylio_unknown.csv"), zone=BERLIN)


def test_a_malformed_csv_is_named():
    with pytest.raises(common.ImportProblem, match="CSV file is malformed"):
        daylio.parse(read("daylio_broken.csv"), zone=BERLIN)


def test_a_zip_that_is_no_daylio_backup_says_so():
    with pytest.raises(common.ImportProblem, match="not a Daylio backup"):
        daylio.parse(read("dayone.zip"), zone=BERLIN)


def daylio_backup(doc, *, encode=True) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        text = json.dumps(doc).encode()
        archive.writestr("backup.daylio", base64.b64encode(text) if encode else text)
        archive.writestr("assets/photos/2025/1/a1b2.jpg", b"\xff\xd8")
    return buffer.getvalue()


BACKUP = {
    "version": 15,
    "customMoods": [
        {"id": 1, "predefined_name_id": 1, "mood_group_id": 1},
        {"id": 7, "predefined_name_id": -1, "custom_name": "sleepy-ish", "mood_group_id": 4},
    ],
    "tags": [{"id": 3, "name": "walk / park"}, {"id": 4, "name": "texting him, again"}],
    "dayEntries": [
        {
            "id": 11,
            "year": 2025,
            "month": 0,
            "day": 4,
            "hour": 21,
            "minute": 15,
            "datetime": 1736021700000,
            "timeZoneOffset": 3600000,
            "mood": 7,
            "note_title": "Tired",
            "note": 'Zoë called.<br>"Fine", I said.',
            "tags": [3, 4],
        },
        {"id": 12, "datetime": 1736108100000, "mood": 1, "note": "", "tags": []},
        {"id": 13, "mood": 1},
    ],
}


@pytest.mark.parametrize("encode", [True, False])
def test_a_daylio_backup_keeps_moments_and_custom_mood_levels(encode):
    parsed = daylio.parse(daylio_backup(BACKUP, encode=encode), zone=ZoneInfo("Asia/Tokyo"))
    assert not parsed.needs_zone
    first, second = parsed.records
    assert first["occurred_at"] == dt.datetime(2025, 1, 4, 20, 15, tzinfo=dt.UTC)
    assert first["mood"] == 3 and second["mood"] == 10  # groups 4 and 1
    assert first["activities"] == ["walk / park", "texting him, again"]
    assert first["text"] == 'Tired\nZoë called.\n"Fine", I said.'
    assert parsed.media == ["a1b2.jpg"]
    assert parsed.skipped == [{"where": "entry 3", "why": "its date could not be read"}]


# -- Day One -------------------------------------------------------------------------------
def test_day_one_reads_utc_times_unescapes_and_names_photos():
    parsed = dayone.parse(read("dayone.zip"), zone=BERLIN)
    assert not parsed.needs_zone
    first, second = parsed.records
    assert first["occurred_at"] == dt.datetime(2025, 1, 4, 22, 41, 7, tzinfo=dt.UTC)
    assert first["text"] == (
        "Back from the lake. It was cold!\n\n(photo not imported)\n\nStill glad I went (really)."
    )
    assert first["tags"] == ["grief", "walks"]
    assert second["occurred_at"] == first["occurred_at"]
    assert "日本語 ✨" in second["text"]
    assert parsed.media == ["d41d8cd98f00b204e9800998ecf8427e.jpeg"]
    assert parsed.skipped == [{"where": "Journal.json, entry 3", "why": "it has no text"}]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("dayone_truncated.zip", "broken or cut short"),
        ("traversal.zip", "points outside it"),
        ("bomb.zip", "zip bomb"),
        ("jrnl.json", "not a zip file"),
    ],
)
def test_bad_zips_are_refused_with_what_was_wrong(name, message):
    with pytest.raises(common.ImportProblem, match=message):
        dayone.parse(read(name), zone=BERLIN)


def test_a_zip_lying_about_its_sizes_is_stopped_while_reading():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Journal.json", b'{"entries": []}' + b" " * 5000)
    data = bytearray(buffer.getvalue())
    # shrink the size the central directory claims, so reading finds more than promised
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    with pytest.raises(common.ImportProblem):
        dayone.parse(bytes(data), zone=BERLIN)


# -- FreeCBT -------------------------------------------------------------------------------
def test_freecbt_records_map_fields_and_distortions():
    parsed = freecbt.parse(read("freecbt.json"), zone=BERLIN)
    first, second = parsed.records
    assert first["occurred_at"] == dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC)
    assert first["distortions"] == ["fortune-telling"]
    assert "😔" in first["automatic_thought"]
    assert second["distortions"] == ["labelling", "mind-reading", "personalising"]
    assert second["balanced_thought"].count("\n") == 1
    assert '"Too much"' in second["evidence_against"]
    whys = [s["why"] for s in parsed.skipped]
    assert "it is empty" in whys
    assert any("made-up-slug" in why for why in whys)


def test_every_freecbt_slug_maps_to_one_of_our_thinking_traps():
    codes = {
        d["code"]
        for d in json.loads(
            (Path(freecbt.__file__).parents[2] / "thoughts/content/distortions.json").read_text()
        )["distortions"]
    }
    assert set(freecbt.DISTORTIONS.values()) <= codes
    assert len(freecbt.DISTORTIONS) == 12


def test_quirk_storage_shape_keeps_only_selected_distortions():
    doc = {
        "@Quirk:thoughts:1": {
            "automaticThought": "I ruin everything",
            "cognitiveDistortions": [
                {"slug": "labeling", "selected": True},
                {"slug": "catastrophizing", "selected": False},
            ],
            "createdAt": "2019-05-01T10:00:00.000Z",
        }
    }
    (record,) = freecbt.parse(json.dumps(doc).encode(), zone=BERLIN).records
    assert record["distortions"] == ["labelling"]


# -- Innerbase and common ------------------------------------------------------------------
def test_innerbase_export_is_checked_and_passed_on_whole():
    doc = {"format": "innerbase-export", "version": 1, "rows": {"journal.entry": []}}
    (record,) = innerbase.parse(json.dumps(doc).encode(), zone=BERLIN).records
    assert record["rows"] == {"journal.entry": []}
    with pytest.raises(common.ImportProblem, match="version 9"):
        innerbase.parse(json.dumps({**doc, "version": 9}).encode(), zone=BERLIN)
    with pytest.raises(common.ImportProblem, match="not an Innerbase export"):
        innerbase.parse(b'{"entries": []}', zone=BERLIN)


def test_a_file_over_the_limit_is_refused_as_too_large():
    with pytest.raises(common.ImportProblem, match="larger than 50 MB") as caught:
        common.size_check(b"x" * (common.MAX_BYTES + 1))
    assert caught.value.too_large


def test_binary_bytes_are_not_text():
    with pytest.raises(common.ImportProblem, match="not plain text"):
        daylio.parse(b"\xff\xfe\x00\x01garbage", zone=BERLIN)


def test_every_problem_the_parsers_name_reads_plainly():
    """The ImportProblem messages, read from the parsers' source, at grade 8 or below."""
    import ast

    from reading_rules import grade_of_lines

    texts = []
    for path in Path(common.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ImportProblem":
                parts = [
                    n.value
                    for n in ast.walk(node.args[0])
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                ]
                texts.append(" ".join(parts))
    assert len(texts) > 20
    assert grade_of_lines(texts) <= 8


def test_tags_already_in_the_text_are_not_added_twice_but_activities_always_are():
    from innerbase.imports import plan

    when = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    jrnl_like = {"kind": "entry", "occurred_at": when, "text": "Sad. #grief", "tags": ["#grief"]}
    assert plan.shaped(jrnl_like)["text"] == "Sad. #grief"
    day_one = {"kind": "entry", "occurred_at": when, "text": "More grief today", "tags": ["grief"]}
    assert plan.shaped(day_one)["text"] == "More grief today\n\nTags: grief"
    daylio_row = {"kind": "entry", "occurred_at": when, "text": "A walk.", "activities": ["walk"]}
    assert plan.shaped(daylio_row, activities_as="tags")["text"] == "A walk.\n\nActivities: walk"
    assert plan.shaped(daylio_row)["triggers"] == ["walk"]
