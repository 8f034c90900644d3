"""The progress page's numbers as the therapist report's first section ("mood"): the "what
changed" sentence, mood and energy by week (or month) with the middle half, which triggers
and routines come with a lower mood (only with enough check-ins, as on the page), from the
same `selectors.dashboard` the page and the API use."""

from __future__ import annotations

import datetime as dt
from typing import Any

from innerbase.core.figures import figure
from innerbase.core.report_dates import on_paper
from innerbase.progress import selectors


def _figure(value: Any) -> str:
    return figure(value, places=1)


def mood_section(*, user, data_key, since, until, chosen) -> list[dict]:
    data = selectors.dashboard(user=user, data_key=data_key, since=since, until=until)
    mood, energy = data["mood"]["bands"], {b["start"]: b for b in data["energy"]["bands"]}
    if not mood:
        return [{"kind": "summary", "text": "No mood was noted in these dates."}]
    period = data["period"]
    labels = [on_paper(dt.date.fromisoformat(band["start"])) for band in mood]
    blocks: list[dict] = [
        {
            "kind": "summary",
            "text": f"{data['what_changed']} Mood was noted on {data['mood']['days']} days.",
        },
        {
            "kind": "chart",
            "title": f"Mood by {period} (1 is very low, 10 very good): the middle of each {period} "
            "and the range of its middle half",
            "labels": labels,
            "low": 1,
            "high": 10,
            "series": [
                {"name": "Middle", "values": [b["median"] for b in mood]},
                {"name": "Lower quarter", "values": [b["low"] for b in mood]},
                {"name": "Upper quarter", "values": [b["high"] for b in mood]},
            ],
            "summary": f"Each {period} shows the middle of its days and the middle half of them "
            "(a day counts once: the mean of its check-ins).",
        },
        {
            "kind": "table",
            "columns": [f"{period.title()} of", "Days", "Mood: middle", "Middle half", "Energy"],
            "rows": [
                [
                    label,
                    str(band["days"]),
                    _figure(band["median"]),
                    f"{_figure(band['low'])} to {_figure(band['high'])}",
                    _figure(energy.get(band["start"], {}).get("median")),
                ]
                for label, band in zip(labels, mood, strict=True)
            ],
        },
    ]
    triggers = data["triggers"]
    if triggers["ranked"]:
        blocks.append(
            {
                "kind": "table",
                "columns": ["Trigger", "Check-ins", "Mood with it", "Mood without"],
                "rows": [
                    [t["name"], str(t["entries"]), _figure(t["median"]), _figure(t["others"])]
                    for t in triggers["ranked"]
                ],
            }
        )
    few = len(triggers["too_few"])
    blocks.append(
        {
            "kind": "paragraph",
            "text": f"A trigger is compared once it and the rest each have at least "
            f"{triggers['minimum']} check-ins with a mood; this shows what comes with a lower "
            "mood, not what causes it."
            + (
                f" {few} more {'trigger was' if few == 1 else 'triggers were'} named too few "
                "times to tell."
                if few
                else ""
            ),
        }
    )
    routine = [
        row
        for part in ("sleep", "moved", "talked")
        for row in data["routine"][part]["rows"]
        if row["enough"]
    ]
    if routine:
        blocks.append(
            {
                "kind": "table",
                "columns": ["Routine", "Check-ins", "Mood: middle"],
                "rows": [[r["label"], str(r["entries"]), _figure(r["median"])] for r in routine],
            }
        )
    return blocks
