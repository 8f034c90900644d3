"""Hard talks in the therapist report: each talk whose outcome was noted in the dates, with
what the person wanted and how it went, in their words."""

from django.utils import timezone

from innerbase.conversations import selectors
from innerbase.conversations.models import Talk
from innerbase.core.clock import day_range
from innerbase.core.owned import owned
from innerbase.core.report_dates import on_paper


def talks_section(*, user, data_key, since, until, chosen) -> list[dict]:
    start, end = day_range(since, until)
    talks = owned(Talk, user=user).filter(outcome_at__gte=start, outcome_at__lt=end)
    rows = []
    for talk in talks.order_by("outcome_at"):
        words = selectors.talk_words(talk=talk, data_key=data_key)
        rows.append(
            [
                on_paper(timezone.localtime(talk.outcome_at).date()),
                words.get("want", ""),
                words.get("how_it_went", ""),
            ]
        )
    if not rows:
        return [{"kind": "summary", "text": "No hard talk was noted in these dates."}]
    return [
        {"kind": "summary", "text": f"{len(rows)} hard talks planned and looked back on."},
        {"kind": "table", "columns": ["When", "What I wanted", "How it went"], "rows": rows},
    ]
