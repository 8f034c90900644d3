"""The export document, written piece by piece: every app's rows from the registry, model by
model, so a ten-year account is never built in memory at once (docs/FORMAT.md).

{"format": "innerbase-export", "version": 1, "exported_at": ISO 8601, "rows": {label: [row]}}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from django.utils import timezone

from innerbase.core import personal_data
from innerbase.vault import export_seal

FORMAT = "innerbase-export"
VERSION = 1
_BATCH = 200  # rows joined into one piece of text before it is handed on


class ExportError(Exception):
    """A file is not an Innerbase export this version can read."""


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def document_pieces(*, user, data_key: bytes, now: dt.datetime | None = None) -> Iterator[str]:
    """The export document as text pieces; joined, they are one JSON document."""
    when = (now or timezone.now()).isoformat()
    head = f'"format":{_dumps(FORMAT)},"version":{VERSION},"exported_at":{_dumps(when)}'
    yield "{" + head + ',"rows":{'
    for number, (label, rows) in enumerate(
        personal_data.exported_stream(user=user, data_key=data_key)
    ):
        yield ("," if number else "") + _dumps(label) + ":["
        batch: list[str] = []
        first = True
        for row in rows:
            batch.append(_dumps(row))
            if len(batch) >= _BATCH:
                yield ("" if first else ",") + ",".join(batch)
                batch, first = [], False
        if batch:
            yield ("" if first else ",") + ",".join(batch)
        yield "]"
    yield "}}\n"


def document_bytes(*, user, data_key: bytes, passphrase: str | None = None) -> Iterator[bytes]:
    """The export file's bytes: sealed with `passphrase`, or the plain document without one."""
    pieces = (piece.encode("utf-8") for piece in document_pieces(user=user, data_key=data_key))
    if passphrase is None:
        return pieces
    return export_seal.sealed(passphrase, pieces)


KINDS = {  # format: (media type, file extension)
    "json": ("application/json", "json"),
    "csv": ("application/zip", "zip"),
    "fhir": ("application/fhir+json", "json"),
    "markdown": ("application/zip", "zip"),
}


def export_bytes(
    *, user, data_key: bytes, format: str, passphrase: str | None = None
) -> Iterator[bytes]:
    """The file for `format` ("json", "csv"), sealed with `passphrase` or plain."""
    from innerbase.exports import fhir, markdown, tables

    if format == "json":
        pieces: Iterator[bytes] = (
            p.encode("utf-8") for p in document_pieces(user=user, data_key=data_key)
        )
    elif format == "csv":
        pieces = tables.tables_zip(user=user, data_key=data_key)
    elif format == "markdown":
        pieces = markdown.journal_zip(user=user, data_key=data_key)
    elif format == "fhir":
        pieces = (p.encode("utf-8") for p in fhir.bundle_pieces(user=user, data_key=data_key))
    else:
        raise ValueError(f"unknown export format {format!r}")
    if passphrase is None:
        return pieces
    return export_seal.sealed(passphrase, pieces, content=KINDS[format][0])


def document_read(data: bytes, *, passphrase: str | None = None) -> dict:
    """The document in an export file (sealed or plain), checked for its format and version."""
    if export_seal.is_sealed(data):
        if passphrase is None:
            raise ExportError("This export is sealed: give its passphrase.")
        try:
            data = export_seal.opened(passphrase, data)
        except export_seal.SealError as exc:
            raise ExportError(str(exc)) from exc
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ExportError("This file is not an Innerbase export (not JSON).") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExportError("This file is not an Innerbase export.")
    if document.get("version") != VERSION:
        raise ExportError(f"This export's version ({document.get('version')}) is not known here.")
    if not isinstance(document.get("rows"), dict):
        raise ExportError("This export has no rows.")
    return document


def file_name(*, sealed: bool, format: str = "json", now: dt.datetime | None = None) -> str:
    """innerbase-2026-12-01.ibx (sealed), .json or -csv.zip; no user name, which is theirs."""
    day = timezone.localdate(now or timezone.now()).isoformat()
    kind = "" if format == "json" else f"-{format}"
    return f"innerbase-{day}{kind}.{'ibx' if sealed else KINDS[format][1]}"
