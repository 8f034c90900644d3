"""FreeCBT's JSON export of thought records (Archive-v1 and v2), and Quirk's stored shape.

Times are UTC (JavaScript's toISOString), so no zone is assumed. FreeCBT's fields map to a
thought record: the automatic thought, the challenge (as the evidence against) and the
alternative thought (as the balanced thought); its twelve distortion slugs map to ours by
DISTORTIONS. Neither app rates moods or beliefs, so the records have no feelings rated.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from innerbase.imports.formats.common import ImportProblem, Parsed, dated_items, json_of, size_check

DISTORTIONS = {
    "all-or-nothing": "all-or-nothing",
    "overgeneralization": "overgeneralising",
    "mind-reading": "mind-reading",
    "fortune-telling": "fortune-telling",
    "magnification-of-the-negative": "mental-filter",
    "minimization-of-the-positive": "discounting-positive",
    "catastrophizing": "catastrophising",
    "emotional-reasoning": "emotional-reasoning",
    "should-statements": "should-statements",
    "labeling": "labelling",
    "self-blaming": "personalising",
    "other-blaming": "blaming",
}


def _slugs(raw: Any) -> list[str]:
    found = []
    for item in raw or []:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict) and item.get("selected"):  # Quirk's objects
            found.append(str(item.get("slug", "")))
    return found


def parse(data: bytes, *, zone: ZoneInfo) -> Parsed:
    size_check(data)
    doc = json_of(data, what="FreeCBT")
    if isinstance(doc, dict) and isinstance(doc.get("thoughts"), list):
        items = doc["thoughts"]
    elif isinstance(doc, dict) and doc and all(str(k).startswith("@Quirk:") for k in doc):
        items = list(doc.values())  # Quirk's device storage
    else:
        raise ImportProblem("This JSON is not a FreeCBT export: it has no list of thoughts.")
    parsed = Parsed(source="freecbt")
    thoughts = dated_items(
        items, parsed=parsed, label="thought", what="a thought record", date_key="createdAt"
    )
    for _number, where, item, when in thoughts:
        texts = {
            "automatic_thought": str(item.get("automaticThought") or "").strip(),
            "evidence_against": str(item.get("challenge") or "").strip(),
            "balanced_thought": str(item.get("alternativeThought") or "").strip(),
        }
        if not any(texts.values()):
            parsed.skip(where, "it is empty")
            continue
        slugs = _slugs(item.get("cognitiveDistortions"))
        unknown = [s for s in slugs if s not in DISTORTIONS]
        if unknown:
            parsed.skip(where, "a thinking trap we do not know was left off: " + ", ".join(unknown))
        parsed.records.append(
            {
                "kind": "thought_record",
                "occurred_at": when,
                **texts,
                "distortions": sorted({DISTORTIONS[s] for s in slugs if s in DISTORTIONS}),
                "source_id": str(item.get("uuid") or when.isoformat()),
            }
        )
    if not parsed.records and not parsed.skipped:
        raise ImportProblem("This FreeCBT export holds no thought records.")
    parsed.records.sort(key=lambda r: r["occurred_at"])
    return parsed
