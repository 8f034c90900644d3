"""Innerbase's own export, plain JSON or sealed with a passphrase (vault/export_seal.py):
{"format": "innerbase-export", "version": 1, "exported_at", "rows": {model label: [rows]}}.
Its rows go back whole through the personal-data restore, so the parser only opens the
seal, checks the wrapper and counts what is inside."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from innerbase.imports.formats.common import ImportProblem, Parsed, json_of, size_check
from innerbase.vault import export_seal

VERSIONS = (1,)


def parse(data: bytes, *, zone: ZoneInfo, password: str = "") -> Parsed:
    size_check(data)
    if export_seal.is_sealed(data):
        if not password:
            raise ImportProblem("This export is locked. Type the passphrase it was locked with.")
        try:
            data = export_seal.opened(password, data)
        except export_seal.SealError:
            raise ImportProblem(
                "That passphrase does not open this export, or the file was changed."
            ) from None
    doc = json_of(data, what="Innerbase")
    if not isinstance(doc, dict) or doc.get("format") != "innerbase-export":
        raise ImportProblem("This JSON is not an Innerbase export.")
    if doc.get("version") not in VERSIONS:
        raise ImportProblem(
            f"This Innerbase export is version {doc.get('version')}; we can read version 1."
        )
    rows = doc.get("rows")
    if not isinstance(rows, dict) or not all(isinstance(v, list) for v in rows.values()):
        raise ImportProblem("This Innerbase export has no rows we can read.")
    parsed = Parsed(source="innerbase")
    parsed.records.append({"kind": "innerbase", "rows": rows, "source_id": "file"})
    return parsed
