"""The CSV export: a zip of one UTF-8 CSV per kind that apps offer (registry.csv_register),
each with a header row, for spreadsheets. Written as it streams: the zip goes out in pieces
while the rows are still being read."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator

from innerbase.core import registry

README = """Innerbase, as spreadsheets

One CSV file per kind of row, UTF-8, comma-separated, with a header row. Times are ISO 8601
with your own offset; days are YYYY-MM-DD; lists in one cell are separated by "; ".
Everything you keep (and more than these files hold) is in the full JSON export.
"""


class Pipe:
    """A write-only file that hands on what was written (zipfile handles no seeking)."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def taken(self) -> bytes:
        data = bytes(self.buffer)
        self.buffer.clear()
        return data


def _lines(table: registry.Table, *, user, data_key: bytes) -> Iterator[str]:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(table.columns)
    for number, row in enumerate(table.rows(user=user, data_key=data_key)):
        writer.writerow(["" if value is None else value for value in row])
        if number % 200 == 199:
            yield text.getvalue()
            text.seek(0)
            text.truncate()
    yield text.getvalue()


def tables_zip(*, user, data_key: bytes) -> Iterator[bytes]:
    """The zip's bytes, piece by piece."""
    pipe = Pipe()
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        for table in registry.csv_tables():
            with archive.open(f"{table.name}.csv", "w", force_zip64=True) as member:
                for piece in _lines(table, user=user, data_key=data_key):
                    member.write(piece.encode("utf-8"))
                    if len(pipe.buffer) > 64 * 1024:
                        yield pipe.taken()
            yield pipe.taken()
    yield pipe.taken()
