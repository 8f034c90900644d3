"""The questionnaires' section of the therapist report: every take finished in the dates,
with its scores, its band or region, and the reliable change since the take before it (the
Jacobson-Truax index, only where the scale has a basis for one)."""

from django.utils import timezone

from innerbase.assessments import instruments, scoring
from innerbase.assessments.models import Take
from innerbase.core.clock import day_range
from innerbase.core.figures import figure
from innerbase.core.owned import owned
from innerbase.core.report_dates import on_paper

VERDICT = {
    "reliable improvement": "reliably better",
    "reliable worsening": "reliably worse",
    "no reliable change": "no reliable change",
}


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'' if number == 1 else 's'}"


def assessments_section(*, user, data_key, since, until, chosen) -> list[dict]:
    start, end = day_range(since, until)
    finished = owned(Take, user=user).exclude(completed_at=None).order_by("completed_at")
    rows: list[list[str]] = []
    before: dict[tuple[str, str], Take] = {}
    for take in finished.filter(completed_at__lt=end):
        instrument = instruments.load(take.code)
        key = (take.code, take.target)
        previous = before.get(key)
        before[key] = take
        if take.completed_at is None or take.completed_at < start:
            continue
        for subscale in instrument.subscales:
            value = take.scores.get(subscale.key)
            change = (
                scoring.change_between(subscale, previous.scores.get(subscale.key), value)
                if previous
                else None
            )
            rows.append(
                [
                    on_paper(timezone.localtime(take.completed_at).date()),
                    f"{instrument.raw.get('short_name', take.code)}"
                    + (f" ({take.target})" if take.target else ""),
                    subscale.name,
                    figure(value),
                    take.category.replace("-", " ") if take.category else "–",
                    VERDICT.get(change["verdict"], "–") if change else "–",
                ]
            )
    if not rows:
        return [{"kind": "summary", "text": "No questionnaire was finished in these dates."}]
    takes = len({(row[0], row[1]) for row in rows})
    better = sum(row[5] == "reliably better" for row in rows)
    worse = sum(row[5] == "reliably worse" for row in rows)
    summary = (
        f"{_count(takes, 'questionnaire')} finished. Compared with the take before, "
        f"{_count(better, 'scale')} changed reliably for the better and {worse} for the worse."
    )
    return [
        {"kind": "summary", "text": summary},
        {
            "kind": "table",
            "columns": ["Finished", "Questionnaire", "Scale", "Score", "Band or region", "Change"],
            "rows": rows,
        },
        {
            "kind": "paragraph",
            "text": "Change compares each scale with the take before it, by the Jacobson-Truax "
            "reliable change index (a change larger than measurement error alone would give, "
            "at 95%). It is a guide, not a diagnosis.",
        },
    ]
