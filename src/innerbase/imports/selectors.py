"""Owner-scoped reads of import previews: one (live) preview and what it shows."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

from innerbase.core.owned import get_owned_or_404
from innerbase.imports import plan
from innerbase.imports.models import ImportPreview


def preview_or_404(*, user, pk) -> ImportPreview:
    """The person's own preview that has not expired; anyone else's, or an old one, is 404."""
    return get_owned_or_404(ImportPreview, user=user, pk=pk, expires_at__gt=timezone.now())


def parsed_of(*, preview: ImportPreview, data_key: bytes) -> dict[str, Any]:
    """The parsed file, its records' times placed in the preview's zone."""
    parsed = preview.open_json(data_key, "parsed", default={})
    records = plan.from_json(parsed.get("records", []))
    parsed["records"] = plan.placed(records, ZoneInfo(preview.time_zone))
    return parsed


def shown(*, preview: ImportPreview, data_key: bytes) -> dict[str, Any]:
    """What the preview page and the API show: counts, range, samples, skips, zone."""
    parsed = parsed_of(preview=preview, data_key=data_key)
    records = parsed["records"]
    return {
        "id": preview.pk,
        "source": preview.source,
        "time_zone": preview.time_zone,
        "needs_zone": parsed.get("needs_zone", False),
        "activities_as": preview.activities_as,
        "has_activities": any(r.get("activities") for r in records),
        "skipped": parsed.get("skipped", []),
        "media": parsed.get("media", []),
        "moods_unplaced": parsed.get("moods_unplaced", []),
        "mood_levels": parsed.get("mood_levels", {}),
        **plan.summary(records),
    }


def report_of(*, preview: ImportPreview, data_key: bytes) -> dict[str, Any] | None:
    """The report of an imported preview, or None before it is imported."""
    return preview.open_json(data_key, "report", default=None)
