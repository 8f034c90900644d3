"""The evidence log of a ladder: expected against felt distress per try, as a chart and in
one plain sentence, each step's figures, and the latest things the person learned."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from innerbase.core.charts import paired
from innerbase.experiments import selectors

LEARNED_SHOWN = 10  # the latest lessons, opened; older ones stay sealed until asked for
SUMMARY_POINTS = 12  # what the chart's text alternative reads out: the latest tries


def _chart(outcomes: list[dict]) -> dict | None:
    if not outcomes:
        return None
    chart = paired([o["predicted"] for o in outcomes], [o["actual"] for o in outcomes], 0, 100)
    for line, part in zip(chart["lines"], ("predicted", "actual"), strict=True):
        line["summary"] = ", ".join(str(o[part]) for o in outcomes[-SUMMARY_POINTS:])
    return chart


@never_cache
@login_required
@require_GET
def evidence(request, ladder_id):
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    key = request.vault.data_key
    found = selectors.evidence_of(ladder=ladder)
    steps = [
        {**item, "evidence": found["by_step"].get(item["step"].order)}
        for item in selectors.steps_with_text(ladder=ladder, data_key=key)
    ]
    latest = selectors.tries_of_ladder(ladder=ladder).exclude(recorded_at=None)
    learned = [
        {
            "attempt": attempt,
            "learned": selectors.try_words(attempt=attempt, data_key=key)["learned"],
        }
        for attempt in latest.order_by("-recorded_at")[:LEARNED_SHOWN]
    ]
    return render(
        request,
        "experiments/evidence.html",
        {
            "ladder": ladder,
            "name": selectors.ladder_name(ladder=ladder, data_key=key),
            "summary": found["summary"],
            "sentence": found["sentence"],
            "chart": _chart(found["outcomes"]),
            "chart_count": len(found["outcomes"]),
            "steps": steps,
            "untried": [str(n) for n, row in enumerate(steps, start=1) if not row["evidence"]],
            "learned": [item for item in learned if item["learned"]],
        },
    )
