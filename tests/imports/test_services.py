"""Preview and commit: nothing saved before the commit, the whole file or nothing, the same
file twice adds nothing, the zone can change, Daylio activities go where chosen, the crisis
screen runs once, and fingerprints hold no plain text."""

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from innerbase.core import personal_data, registry
from innerbase.imports import selectors, services
from innerbase.imports.formats.common import ImportProblem
from innerbase.imports.models import ImportedRecord, ImportPreview
from innerbase.journal import selectors as journal
from innerbase.journal.models import Entry
from innerbase.thoughts.models import ThoughtRecord

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


def preview(person, name, source, zone="Europe/Berlin"):
    return services.preview_create(
        user=person.user,
        data_key=person.data_key,
        source=source,
        data=(FILES / name).read_bytes(),
        time_zone=zone,
    )


def bodies(person):
    return [
        row.open_json(person.data_key, "body")
        for row in Entry.objects.filter(owner=person.user).order_by("occurred_at")
    ]


def test_a_preview_saves_nothing_of_the_persons_data(alice):
    shown_preview = preview(alice, "jrnl.json", "jrnl")
    assert Entry.objects.count() == 0 and ImportedRecord.objects.count() == 0
    shown = selectors.shown(preview=shown_preview, data_key=alice.data_key)
    assert shown["counts"] == {"entry": 4}
    assert shown["needs_zone"] and shown["time_zone"] == "Europe/Berlin"
    assert shown["first"] == dt.datetime(2025, 1, 4, 22, 41, tzinfo=dt.UTC)
    assert len(shown["samples"]) == 3
    assert len(shown["samples"][-1]["text"]) <= 201  # a long entry is cut in the sample
    assert len(shown["skipped"]) == 2
    # sealed: the words are not in the row as plain text
    assert b"First night" not in bytes(ImportPreview.objects.get().parsed)


def test_commit_saves_every_entry_and_the_same_file_twice_adds_nothing(alice):
    report = services.preview_commit(
        preview=preview(alice, "jrnl.json", "jrnl"), data_key=alice.data_key
    )
    assert report["added"] == {"entry": 4} and report["already"] == 0
    assert Entry.objects.filter(owner=alice.user).count() == 4
    texts = [body["text"] for body in bodies(alice)]
    assert any(text.startswith("First night alone.") for text in texts)
    # the search index was written once, for every entry
    from innerbase.journal import search

    assert search.in_step(alice.user)
    assert journal.tag_suggestions(user=alice.user, data_key=alice.data_key) is not None
    again = services.preview_commit(
        preview=preview(alice, "jrnl.json", "jrnl", zone="Asia/Tokyo"), data_key=alice.data_key
    )
    assert again["added"] == {} and again["already"] == 4
    assert Entry.objects.filter(owner=alice.user).count() == 4


def test_fingerprints_hold_no_text_and_differ_between_people(alice, charlie):
    services.preview_commit(preview=preview(alice, "jrnl.json", "jrnl"), data_key=alice.data_key)
    services.preview_commit(
        preview=preview(charlie, "jrnl.json", "jrnl"), data_key=charlie.data_key
    )
    mine = set(
        ImportedRecord.objects.filter(owner=alice.user).values_list("fingerprint", flat=True)
    )
    theirs = set(
        ImportedRecord.objects.filter(owner=charlie.user).values_list("fingerprint", flat=True)
    )
    assert len(mine) == 4 and not mine & theirs  # keyed by each person's own key
    assert all(len(fp) == 64 and "First" not in fp for fp in mine)


def test_a_committed_preview_keeps_only_its_report(alice):
    row = preview(alice, "jrnl.json", "jrnl")
    services.preview_commit(preview=row, data_key=alice.data_key)
    row.refresh_from_db()
    assert row.open_json(alice.data_key, "parsed") == {}
    assert selectors.report_of(preview=row, data_key=alice.data_key)["added"] == {"entry": 4}
    with pytest.raises(ImportProblem, match="imported already"):
        services.preview_commit(preview=row, data_key=alice.data_key)


def test_changing_the_zone_moves_the_times(alice):
    row = preview(alice, "daylio_2023.csv", "daylio")
    services.preview_change(preview=row, time_zone="America/New_York")
    services.preview_commit(preview=row, data_key=alice.data_key)
    rad = Entry.objects.get(owner=alice.user, mood=10)
    assert rad.occurred_at.astimezone(ZoneInfo("America/New_York")).hour == 21
    assert rad.occurred_at == dt.datetime(2025, 1, 5, 2, 15, tzinfo=dt.UTC)


def test_daylio_activities_become_triggers_or_a_line_of_the_text(alice, charlie):
    services.preview_commit(
        preview=preview(alice, "daylio_2023.csv", "daylio"), data_key=alice.data_key
    )
    awful = Entry.objects.get(owner=alice.user, mood=1).open_json(alice.data_key, "body")
    assert awful["triggers"] == ["crying", "no sleep", "texting him, again"]
    row = preview(charlie, "daylio_2023.csv", "daylio")
    services.preview_change(preview=row, activities_as="tags")
    services.preview_commit(preview=row, data_key=charlie.data_key)
    awful = Entry.objects.get(owner=charlie.user, mood=1).open_json(charlie.data_key, "body")
    assert awful["triggers"] == []
    assert awful["text"].endswith("Activities: crying, no sleep, texting him, again")


def test_two_identical_rows_in_one_file_stay_two_entries(alice):
    line = '2025-01-04,January 4,Saturday,9:15 PM,good,"","",""\n'
    data = ("full_date,date,weekday,time,mood,activities,note_title,note\n" + line * 2).encode()
    row = services.preview_create(
        user=alice.user, data_key=alice.data_key, source="daylio", data=data, time_zone="UTC"
    )
    assert services.preview_commit(preview=row, data_key=alice.data_key)["added"] == {"entry": 2}


def test_thought_records_come_in_through_the_thoughts_app(alice):
    report = services.preview_commit(
        preview=preview(alice, "freecbt.json", "freecbt"), data_key=alice.data_key
    )
    assert report["added"] == {"thought_record": 2}
    record = ThoughtRecord.objects.filter(owner=alice.user).order_by("created_at").last()
    assert record.distortions == ["labelling", "mind-reading", "personalising"]
    assert record.created_at == dt.datetime(2025, 3, 8, 21, 40, 0, 77000, tzinfo=dt.UTC)
    body = record.open_json(alice.data_key, "body")
    assert body["automatic_thought"] == "She left because I'm too much."


def test_day_one_photos_are_named_in_the_report(alice):
    report = services.preview_commit(
        preview=preview(alice, "dayone.zip", "dayone"), data_key=alice.data_key
    )
    assert report["added"] == {"entry": 2}
    assert report["media"] == ["d41d8cd98f00b204e9800998ecf8427e.jpeg"]
    assert report["time_zone"] == ""  # Day One stores its own times


def test_a_failure_midway_saves_nothing(alice, monkeypatch):
    row = preview(alice, "jrnl.json", "jrnl")
    real = registry.importer_for("entry")

    def broken(**kwargs):
        real.save_many(**kwargs)  # the entries are written, then something fails
        raise RuntimeError("disk full")

    monkeypatch.setitem(registry._importers, "entry", registry.Importer("entry", "journal", broken))
    with pytest.raises(RuntimeError):
        services.preview_commit(preview=row, data_key=alice.data_key)
    assert Entry.objects.count() == 0 and ImportedRecord.objects.count() == 0
    row.refresh_from_db()
    assert row.committed_at is None  # it can still be imported


def test_a_crisis_in_the_file_is_reported_once(alice):
    entries = [
        {"title": "I want to kill myself", "body": "", "date": f"2025-01-0{d}", "time": "21:00"}
        for d in range(1, 4)
    ]
    row = services.preview_create(
        user=alice.user,
        data_key=alice.data_key,
        source="jrnl",
        data=json.dumps({"entries": entries}).encode(),
        time_zone="UTC",
    )
    report = services.preview_commit(preview=row, data_key=alice.data_key)
    assert report["crisis"] is True
    assert report["added"] == {"entry": 3}  # a hit never stops the import


def test_a_bad_file_saves_no_preview(alice):
    with pytest.raises(ImportProblem):
        preview(alice, "malformed.json", "jrnl")
    assert ImportPreview.objects.count() == 0


def test_expired_previews_go(alice):
    row = preview(alice, "jrnl.json", "jrnl")
    ImportPreview.objects.filter(pk=row.pk).update(
        expires_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    )
    assert services.expired_delete() == 1


def test_own_export_comes_back_through_restore_once(alice, charlie):
    from innerbase.journal import services as journal_services

    journal_services.entry_create(
        user=alice.user, data_key=alice.data_key, body={"text": "Mine, whole."}, mood=4
    )
    rows = personal_data.exported(user=alice.user, data_key=alice.data_key)
    data = json.dumps(
        {"format": "innerbase-export", "version": 1, "exported_at": "x", "rows": rows}
    ).encode()
    for _ in range(2):
        row = services.preview_create(
            user=charlie.user,
            data_key=charlie.data_key,
            source="innerbase",
            data=data,
            time_zone="UTC",
        )
        report = services.preview_commit(preview=row, data_key=charlie.data_key)
    assert report["already"] == 1 and report["added"] == {}
    (entry,) = Entry.objects.filter(owner=charlie.user)
    assert entry.open_json(charlie.data_key, "body")["text"] == "Mine, whole." and entry.mood == 4


def test_a_custom_daylio_mood_gets_the_level_the_person_chose(alice):
    row = preview(alice, "daylio_2023.csv", "daylio")
    services.preview_change(
        preview=row,
        mood_levels={"sleepy-ish": "meh", "not in the file": "rad"},
        data_key=alice.data_key,
    )
    shown = selectors.shown(preview=row, data_key=alice.data_key)
    assert shown["mood_levels"] == {"sleepy-ish": "meh"}
    services.preview_commit(preview=row, data_key=alice.data_key)
    moods = sorted(Entry.objects.filter(owner=alice.user).values_list("mood", flat=True))
    assert moods == [1, 6, 6, 8, 10]


def test_own_export_into_a_used_account_says_so_and_saves_nothing(alice, charlie):
    from innerbase.journal import services as journal_services

    for person in (alice, charlie):  # each has a tag list now, which is one per person
        journal_services.entry_create(
            user=person.user, data_key=person.data_key, body={"text": "x", "triggers": ["y"]}
        )
    rows = personal_data.exported(user=alice.user, data_key=alice.data_key)
    data = json.dumps({"format": "innerbase-export", "version": 1, "rows": rows}).encode()
    row = services.preview_create(
        user=charlie.user,
        data_key=charlie.data_key,
        source="innerbase",
        data=data,
        time_zone="UTC",
    )
    with pytest.raises(ImportProblem, match="new, empty account"):
        services.preview_commit(preview=row, data_key=charlie.data_key)
    assert Entry.objects.filter(owner=charlie.user).count() == 1
    assert not ImportedRecord.objects.filter(owner=charlie.user).exists()
