"""The pause's section of the therapist report: urges paused in the dates, which passed and
which did not, by urge (the person's own urge words stay out: only the fixed list's names)."""

from collections import Counter

from innerbase.core.clock import day_range
from innerbase.core.owned import owned
from innerbase.safety import content
from innerbase.safety.models import Pause


def pauses_section(*, user, data_key, since, until, chosen) -> list[dict]:
    start, end = day_range(since, until)
    rows = owned(Pause, user=user).filter(started_at__gte=start, started_at__lt=end)
    found = list(rows.values_list("urge", "passed"))
    if not found:
        return [{"kind": "summary", "text": "No urge was paused in these dates."}]
    names = {**content.urges(), "own": "An urge in the person's own words"}
    counts: dict[str, Counter] = {}
    for urge, passed in found:
        counts.setdefault(urge, Counter())[
            "passed" if passed else "not" if passed is False else "?"
        ] += 1
    passed_count = sum(c["passed"] for c in counts.values())
    summary = f"{len(found)} urges were paused; {passed_count} passed without acting on them."
    return [
        {"kind": "summary", "text": summary},
        {
            "kind": "table",
            "columns": ["Urge", "Paused", "Passed", "Acted on", "Not said"],
            "rows": [
                [
                    names.get(urge, urge),
                    str(sum(c.values())),
                    str(c["passed"]),
                    str(c["not"]),
                    str(c["?"]),
                ]
                for urge, c in sorted(counts.items(), key=lambda item: -sum(item[1].values()))
            ],
        },
    ]
