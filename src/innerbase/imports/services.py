"""Import writes: read a file into a preview, change its zone or choice, import it (one
transaction, idempotent), and drop expired previews. Reads are in selectors.py.

Nothing is saved as the person's data before `preview_commit`: the preview row keeps the
parsed file sealed for a day. The commit saves every new record through the owning app's
batch service (registry.import_register) or, for Innerbase's own export, the personal-data
restore, records a keyed fingerprint for each, and screens the texts once.
"""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from innerbase.core import personal_data, registry
from innerbase.core.owned import owned
from innerbase.core.saving import screen
from innerbase.imports import plan
from innerbase.imports.formats import registry as formats
from innerbase.imports.formats.common import ImportProblem
from innerbase.imports.models import ImportedRecord, ImportPreview
from innerbase.imports.selectors import parsed_of

CHUNK = 500  # fingerprints looked up at a time (SQLite limits a query's parameters)


def expired_delete(*, user=None) -> int:
    """Delete every expired preview (the person's only, when `user` is given)."""
    rows = ImportPreview.objects.filter(expires_at__lte=timezone.now())
    if user is not None:
        rows = rows.filter(owner=user)
    return rows.delete()[0]


@transaction.atomic
def preview_create(
    *, user, data_key: bytes, source: str, data: bytes, time_zone: str, password: str = ""
) -> ImportPreview:
    """Read `data` as `source` into a new sealed preview; raises ImportProblem. `password`
    opens an encrypted jrnl journal; it is used once and never kept."""
    if source not in formats.PARSERS:
        raise ImportProblem("Choose which app the file comes from.")
    parsed = formats.parse(source, data, zone=ZoneInfo(time_zone), password=password)
    if not parsed.records:
        raise ImportProblem("Nothing in this file can be imported.")
    expired_delete(user=user)
    preview = ImportPreview(owner=user, source=source, time_zone=time_zone)
    preview.seal_json(
        data_key,
        "parsed",
        {
            "records": plan.to_json(parsed.records),
            "skipped": parsed.skipped,
            "needs_zone": parsed.needs_zone,
            "media": parsed.media,
            "moods_unplaced": parsed.moods_unplaced,
        },
    )
    preview.save()
    return preview


def preview_change(
    *,
    preview: ImportPreview,
    time_zone: str | None = None,
    activities_as: str | None = None,
    mood_levels: dict[str, str] | None = None,
    data_key: bytes | None = None,
) -> ImportPreview:
    """Assume another zone, take activities another way, or give custom Daylio moods a
    level (name -> "awful".."rad", or "" for none; sealed, so it needs `data_key`). None
    keeps each as it is."""
    if mood_levels is not None and data_key is not None:
        parsed = preview.open_json(data_key, "parsed", default={})
        parsed["mood_levels"] = {
            name: level
            for name, level in mood_levels.items()
            if name in parsed.get("moods_unplaced", []) and level
        }
        preview.seal_json(data_key, "parsed", parsed)
        preview.save(update_fields=["parsed"])
    if time_zone is not None:
        preview.time_zone = time_zone
    if activities_as is not None:
        preview.activities_as = activities_as
    preview.save(update_fields=["time_zone", "activities_as"])
    return preview


def _already(user, prints: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(prints), CHUNK):
        found |= set(
            owned(ImportedRecord, user=user)
            .filter(fingerprint__in=prints[start : start + CHUNK])
            .values_list("fingerprint", flat=True)
        )
    return found


@transaction.atomic
def preview_commit(*, preview: ImportPreview, data_key: bytes) -> dict[str, Any]:
    """Import the preview whole or not at all; returns the report (kept on the preview).

    A record already imported (same fingerprint) is left out, so the same file twice adds
    nothing the second time. Raises ImportProblem when the preview was imported already.
    """
    preview = ImportPreview.objects.select_for_update().get(pk=preview.pk)
    if preview.committed_at is not None:
        raise ImportProblem("This file was imported already.")
    user = preview.owner
    parsed = parsed_of(preview=preview, data_key=data_key)
    records = parsed["records"]
    prints = plan.fingerprints(records, source=preview.source, key=data_key)
    done = _already(user, prints)
    fresh = [(fp, r) for fp, r in zip(prints, records, strict=True) if fp not in done]
    added: dict[str, int] = {}
    texts: list[str] = []
    by_kind: dict[str, list[dict]] = {}
    for _fp, record in fresh:
        shaped = plan.shaped(
            record,
            activities_as=preview.activities_as,
            mood_levels=parsed.get("mood_levels", {}),
        )
        by_kind.setdefault(record["kind"], []).append(shaped)
        texts += plan.texts_of(shaped)
    for kind, rows in by_kind.items():
        if kind == "innerbase":
            for row in rows:
                made = _restore(user=user, data_key=data_key, rows=row["rows"])
                for label, count in made.items():
                    added[label] = added.get(label, 0) + count
                texts += _restored_texts(row["rows"])
            continue
        importer = registry.importer_for(kind)
        if importer is None:
            raise ImportProblem(f"Nothing here can take records of the kind {kind!r} yet.")
        added[kind] = len(importer.save_many(user=user, data_key=data_key, records=rows))
    ImportedRecord.objects.bulk_create(
        [ImportedRecord(owner=user, fingerprint=fp, kind=r["kind"]) for fp, r in fresh],
        batch_size=CHUNK,
    )
    verdict = screen(*texts) if texts else {"crisis": False, "level": "none"}
    report = {
        "source": preview.source,
        "added": added,
        "already": len(records) - len(fresh),
        "skipped": parsed.get("skipped", []),
        "media": parsed.get("media", []),
        "moods_unplaced": parsed.get("moods_unplaced", []),
        "time_zone": preview.time_zone if parsed.get("needs_zone") else "",
        "crisis": bool(verdict.get("crisis")),
        "level": verdict.get("level", "none"),
    }
    preview.seal_json(data_key, "parsed", {})  # the file's words are in the journal now
    preview.seal_json(data_key, "report", report)
    preview.committed_at = timezone.now()
    preview.save()
    return report


def _restore(*, user, data_key: bytes, rows: dict) -> dict[str, int]:
    """Our own export back through the personal-data restore, in a savepoint: rows that
    may exist once per person (the tag list, the safety plan) clash in a used account."""
    try:
        with transaction.atomic():
            return personal_data.restore(user=user, data_key=data_key, rows=rows)
    except (IntegrityError, ValidationError, ValueError, TypeError) as error:
        raise ImportProblem(
            "Part of this export clashes with what this account holds already, or is "
            "broken. Import it into a new, empty account."
        ) from error


def _restored_texts(rows: dict[str, list[dict]]) -> list[str]:
    """Every string in an Innerbase export's rows, for the crisis screen."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for label in ("journal.entry", "thoughts.thoughtrecord"):
        for row in rows.get(label, []):
            walk(row.get("body"))
    return found


def file_import(*, user, data_key: bytes, source: str, data: bytes, time_zone: str) -> dict:
    """Preview and import in one go (the command line)."""
    with transaction.atomic():
        preview = preview_create(
            user=user, data_key=data_key, source=source, data=data, time_zone=time_zone
        )
        return preview_commit(preview=preview, data_key=data_key)


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)
