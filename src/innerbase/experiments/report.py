"""The trust ladders' section of the therapist report: for each ladder tried in the dates,
how upset the person expected to feel against how upset they felt, and how often the feared
outcome happened (numbers only; the predictions' words stay out)."""

from statistics import mean

from innerbase.core.clock import day_range
from innerbase.core.owned import owned
from innerbase.experiments import selectors
from innerbase.experiments.models import Try


def ladders_section(*, user, data_key, since, until, chosen) -> list[dict]:
    start, end = day_range(since, until)
    tries = (
        owned(Try, user=user)
        .filter(recorded_at__gte=start, recorded_at__lt=end)
        .exclude(actual_distress=None)
        .values_list(
            "step__ladder_id", "predicted_distress", "actual_distress", "feared_outcome_happened"
        )
    )
    by_ladder: dict = {}
    for ladder_id, predicted, actual, happened in tries:
        by_ladder.setdefault(ladder_id, []).append((predicted, actual, happened))
    if not by_ladder:
        return [{"kind": "summary", "text": "No ladder step was tried in these dates."}]
    names = {
        ladder.pk: selectors.ladder_name(ladder=ladder, data_key=data_key)
        for ladder in selectors.ladders_all(user=user).filter(pk__in=list(by_ladder))
    }
    rows = []
    for ladder_id, found in by_ladder.items():
        rows.append(
            [
                names.get(ladder_id, "A ladder"),
                str(len(found)),
                f"{mean(p for p, _, _ in found):.0f}",
                f"{mean(a for _, a, _ in found):.0f}",
                str(sum(1 for _, _, h in found if h)),
            ]
        )
    every = [t for found in by_ladder.values() for t in found]
    summary = (
        f"{len(every)} steps tried. Expected distress was {mean(p for p, _, _ in every):.0f} "
        f"out of 100 on average; felt distress was {mean(a for _, a, _ in every):.0f}."
    )
    return [
        {"kind": "summary", "text": summary},
        {
            "kind": "table",
            "columns": ["Ladder", "Tries", "Expected", "Felt", "Feared outcome happened"],
            "rows": rows,
        },
    ]
