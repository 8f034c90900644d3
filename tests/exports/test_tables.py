"""The CSV export: one UTF-8 CSV per kind with a header, every row of the person's and no
one else's, times with their offset, through each app's registered table."""

import csv
import io
import zipfile

import pytest

from innerbase.core import registry
from innerbase.exports import tables
from people import make_person, write_in_every_app

pytestmark = pytest.mark.django_db
WORDS = 'She said "later", then, nothing — 💔\nStill waiting.'
KINDS = {
    "journal",
    "weekly_checkins",
    "questionnaire_scores",
    "thought_records",
    "ladder_tries",
    "intentions",
}


def _open(person) -> dict[str, list[list[str]]]:
    data = b"".join(tables.tables_zip(user=person.user, data_key=person.data_key))
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    return {
        name.removesuffix(".csv"): list(csv.reader(io.StringIO(archive.read(name).decode())))
        for name in archive.namelist()
        if name.endswith(".csv")
    }


def test_every_kind_is_a_csv_with_its_header_and_the_persons_rows():
    alice, bob = make_person("alice"), make_person("bob")
    write_in_every_app(alice, WORDS)
    write_in_every_app(bob, "Bob's own words.")
    files = _open(alice)
    assert set(files) == KINDS == {t.name for t in registry.csv_tables()}
    for table in registry.csv_tables():
        header, *rows = files[table.name]
        assert tuple(header) == table.columns
        assert rows and all(len(row) == len(header) for row in rows), table.name
    everything = repr(files)
    assert "Bob's own words." not in everything
    journal = [dict(zip(files["journal"][0], row, strict=True)) for row in files["journal"][1:]]
    assert any(row["text"] == "edited" for row in journal)  # the entry's latest words
    assert journal[0]["occurred_at"][-6] in "+-" and journal[0]["occurred_at"][10] == "T"
    records = files["thought_records"]
    assert any(WORDS in cell for row in records[1:] for cell in row)  # quotes, commas, lines


def test_an_empty_account_gives_headers_only():
    files = _open(make_person("new"))
    assert all(len(rows) == 1 for rows in files.values())
