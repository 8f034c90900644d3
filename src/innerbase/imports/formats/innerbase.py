"""Innerbase's own plain JSON export: {"format": "innerbase-export", "version": 1,
"exported_at", "rows": {model label: [rows]}}. Its rows go back whole through the
personal-data restore, so the parser only checks the wrapper and counts what is inside."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from innerbase.imports.formats.common import ImportProblem, Parsed, json_of, size_check

VERSIONS = (1,)


def parse(data: bytes, *, zone: ZoneInfo) -> Parsed:
    size_check(data)
    if data.lstrip().startswith(b"INNERBASE") or data.startswith(b"\x00"):
        raise ImportProblem("This export is sealed with a passphrase; this page takes plain ones.")
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
