"""The thought records' sections of the therapist report: records in the dates (how strong
the feelings were before and after, the thinking traps named most), and each core belief
with how believable it felt at the start and at the end of the dates."""

from collections import Counter
from statistics import mean

from django.utils import timezone

from innerbase.core.clock import day_range
from innerbase.core.owned import owned
from innerbase.core.report_dates import on_paper
from innerbase.thoughts import content, selectors
from innerbase.thoughts.models import BeliefRating, ThoughtRecord


def records_section(*, user, data_key, since, until, chosen) -> list[dict]:
    start, end = day_range(since, until)
    rows = owned(ThoughtRecord, user=user).filter(created_at__gte=start, created_at__lt=end)
    found = list(rows.values_list("before_mean", "after_mean", "distortions", "complete"))
    if not found:
        return [{"kind": "summary", "text": "No thought record was started in these dates."}]
    paired = [(b, a) for b, a, _, _ in found if b is not None and a is not None]
    traps = Counter(code for _, _, codes, _ in found for code in codes)
    labels = {code: trap["label"] for code, trap in content.distortions_by_code().items()}
    summary = f"{len(found)} thought records, {sum(f[3] for f in found)} finished."
    if paired:
        summary += (
            f" Across the {len(paired)} with feelings rated before and after, their strength "
            f"went from {mean(b for b, _ in paired):.0f} to {mean(a for _, a in paired):.0f} "
            "out of 100 on average."
        )
    blocks: list[dict] = [{"kind": "summary", "text": summary}]
    if traps:
        blocks.append(
            {
                "kind": "table",
                "columns": ["Thinking trap", "Records"],
                "rows": [[labels.get(code, code), str(n)] for code, n in traps.most_common(8)],
            }
        )
    return blocks


def beliefs_section(*, user, data_key, since, until, chosen) -> list[dict]:
    start, end = day_range(since, until)
    rows = []
    for item in selectors.beliefs_with_text(user=user, data_key=data_key):
        ratings = list(
            BeliefRating.objects.filter(belief=item["belief"], rated_at__lt=end)
            .order_by("rated_at")
            .values_list("rated_at", "rating")
        )
        inside = [r for r in ratings if r[0] >= start]
        if not inside:
            continue
        earlier = [r for r in ratings if r[0] < start]
        first = earlier[-1] if earlier else inside[0]
        last = inside[-1]
        rows.append(
            [
                item["text"],
                f"{first[1]} ({on_paper(timezone.localtime(first[0]).date())})",
                f"{last[1]} ({on_paper(timezone.localtime(last[0]).date())})",
            ]
        )
    if not rows:
        return [{"kind": "summary", "text": "No core belief was rated in these dates."}]
    return [
        {
            "kind": "summary",
            "text": f"{len(rows)} core beliefs rated; how believable each felt (0 to 100).",
        },
        {"kind": "table", "columns": ["Belief", "At the start", "At the end"], "rows": rows},
    ]
