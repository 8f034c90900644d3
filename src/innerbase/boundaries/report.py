"""Boundaries in the therapist report: each boundary noted in the dates, in the person's
words, with how often it was kept and crossed (the notes stay out)."""

from collections import Counter

from innerbase.boundaries import selectors
from innerbase.boundaries.models import Boundary, BoundaryLog
from innerbase.core.owned import owned


def boundaries_section(*, user, data_key, since, until, chosen) -> list[dict]:
    logged = owned(BoundaryLog, user=user).filter(day__gte=since, day__lte=until)
    counts: dict = {}
    for boundary_id, outcome in logged.values_list("boundary_id", "outcome"):
        counts.setdefault(boundary_id, Counter())[outcome] += 1
    if not counts:
        return [
            {"kind": "summary", "text": "No boundary was noted as kept or crossed in these dates."}
        ]
    rows = []
    for boundary in owned(Boundary, user=user).filter(pk__in=list(counts)).order_by("created_at"):
        words = selectors.words_of(boundary=boundary, data_key=data_key)
        tally = counts[boundary.pk]
        rows.append([words["boundary"], str(tally["kept"]), str(tally["crossed"])])
    kept = sum(c["kept"] for c in counts.values())
    crossed = sum(c["crossed"] for c in counts.values())
    return [
        {
            "kind": "summary",
            "text": f"{len(rows)} boundaries noted: kept {kept} times, crossed {crossed}.",
        },
        {"kind": "table", "columns": ["Boundary", "Kept", "Crossed"], "rows": rows},
    ]
