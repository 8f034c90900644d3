"""The Markdown export: the journal as one file a month in a zip, each entry under its time
on the person's clock with its words, mood and feelings; nobody else's."""

import datetime as dt
import io
import zipfile

import pytest
from django.utils import timezone

from innerbase.exports import document
from innerbase.journal import services as journal
from people import make_person

pytestmark = pytest.mark.django_db


def _files(person) -> dict[str, str]:
    data = b"".join(
        document.export_bytes(user=person.user, data_key=person.data_key, format="markdown")
    )
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def _entry(person, when, text, **fields):
    return journal.entry_create(
        user=person.user, data_key=person.data_key, body={"text": text}, occurred_at=when, **fields
    )


def test_one_file_a_month_each_entry_under_its_time_oldest_first():
    alice, bob = make_person("alice"), make_person("bob")
    zone = timezone.get_current_timezone()
    march = dt.datetime(2026, 3, 29, 1, 30, tzinfo=zone)
    _entry(alice, march + dt.timedelta(hours=20), "Second in March, *not* a heading 🌱", mood=6)
    _entry(alice, march, 'First in March.\n\nTwo paragraphs, with "quotes".', mood=3)
    _entry(alice, dt.datetime(2026, 4, 2, 22, 0, tzinfo=zone), "April now.")
    _entry(bob, march, "Bob's own words.")
    files = _files(alice)
    assert set(files) == {"README.txt", "journal/2026-03.md", "journal/2026-04.md"}
    text = files["journal/2026-03.md"]
    assert text.startswith("# Journal, March 2026\n")
    assert text.index("First in March.") < text.index("Second in March")
    assert 'Two paragraphs, with "quotes".' in text and "- Mood: 3/10" in text
    assert "## Sunday 29 March 2026, 01:30" in text
    assert "April now." in files["journal/2026-04.md"]
    assert "Bob's own words." not in "".join(files.values())


def test_an_empty_journal_gives_only_the_readme():
    assert set(_files(make_person("new"))) == {"README.txt"}
