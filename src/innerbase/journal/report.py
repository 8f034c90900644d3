"""The journal's sections of the therapist report (registry.report_register): mood and
energy week by week, and the entries the person chose, with only the parts they chose."""

import datetime as dt
import statistics
from collections import defaultdict

from django.utils import timezone

from innerbase.core.owned import owned
from innerbase.core.report_dates import day_range, on_paper
from innerbase.journal import content, selectors
from innerbase.journal.models import Entry
from innerbase.safety import selectors as safety

PARTS = ("words", "mood", "feelings", "triggers", "urges")  # what of an entry may be printed


def _weeks(since: dt.date, until: dt.date) -> list[dt.date]:
    first = since - dt.timedelta(days=since.weekday())
    return [first + dt.timedelta(weeks=n) for n in range((until - first).days // 7 + 1)]


def mood_section(*, user, data_key, since, until, chosen) -> list[dict]:
    """The middle (median) mood and energy of each week, with how many check-ins it rests on."""
    zone = timezone.get_current_timezone()
    start, end = day_range(since, until, zone)
    rows = (
        owned(Entry, user=user)
        .filter(occurred_at__gte=start, occurred_at__lt=end)
        .values_list("occurred_at", "mood", "energy")
    )
    by_week: dict[dt.date, dict[str, list[int]]] = defaultdict(lambda: {"mood": [], "energy": []})
    for when, mood, energy in rows:
        day = timezone.localtime(when, zone).date()
        week = day - dt.timedelta(days=day.weekday())
        if mood is not None:
            by_week[week]["mood"].append(mood)
        if energy is not None:
            by_week[week]["energy"].append(energy)
    weeks = _weeks(since, until)
    moods = [statistics.median(by_week[w]["mood"]) if by_week[w]["mood"] else None for w in weeks]
    energies = [
        statistics.median(by_week[w]["energy"]) if by_week[w]["energy"] else None for w in weeks
    ]
    counted = sum(len(by_week[w]["mood"]) for w in weeks)
    if not counted:
        return [{"kind": "summary", "text": "No mood was noted in these dates."}]
    known = [m for m in moods if m is not None]
    summary = (
        f"Mood was noted {counted} times in {len(known)} of {len(weeks)} weeks. "
        f"The middle mood of a week ran from {min(known):g} to {max(known):g} out of 10; "
        f"the first week with a mood was {known[0]:g} and the last {known[-1]:g}."
    )
    labels = [on_paper(w) for w in weeks]
    return [
        {"kind": "summary", "text": summary},
        {
            "kind": "chart",
            "title": "Mood and energy, the middle value of each week (1 is very low, 10 very good)",
            "labels": labels,
            "low": 1,
            "high": 10,
            "series": [{"name": "Mood", "values": moods}, {"name": "Energy", "values": energies}],
            "summary": "Each dot is the middle value of that week's check-ins; the table below "
            "has every week with a check-in.",
        },
        {
            "kind": "table",
            "columns": ["Week of", "Mood", "Energy", "Check-ins"],
            "rows": [
                [label, _num(m), _num(e), str(len(by_week[w]["mood"]))]
                for label, m, e, w in zip(labels, moods, energies, weeks, strict=True)
                if by_week[w]["mood"] or by_week[w]["energy"]
            ],
        },
    ]


def _num(value) -> str:
    return "–" if value is None else f"{value:g}"


def entries_section(*, user, data_key, since, until, chosen) -> list[dict]:
    """The entries the person chose (their own only, whatever the ids), oldest first, each
    with only the parts they chose."""
    parts = set(chosen.get("parts") or PARTS)
    found = selectors.opened(user=user, data_key=data_key, ids=chosen.get("entries") or [])
    if not found:
        return [{"kind": "summary", "text": "No entries were chosen."}]
    names = content.emotions()
    blocks: list[dict] = [
        {"kind": "summary", "text": f"{len(found)} journal entries, chosen by the person."}
    ]
    for entry in sorted(found, key=lambda e: e["occurred_at"]):
        body, lines = entry["body"], []
        if "mood" in parts and (entry["mood"] or entry["energy"]):
            lines.append(f"Mood {_num(entry['mood'])} of 10, energy {_num(entry['energy'])} of 10")
        if "feelings" in parts and body["emotions"]:
            felt = ", ".join(names.get(e["name"], e["name"]) for e in body["emotions"])
            lines.append(f"Feelings: {felt}")
        if "triggers" in parts and body["triggers"]:
            lines.append(f"What set it off: {', '.join(body['triggers'])}")
        if "urges" in parts and body["urges"]:
            labels = safety.urges()
            urges = [
                f"{labels.get(u['name'], u['name'])}{' (acted on)' if u.get('acted') else ''}"
                for u in body["urges"]
            ]
            lines.append(f"Urges: {', '.join(urges)}")
        when = timezone.localtime(entry["occurred_at"])
        blocks.append(
            {
                "kind": "entry",
                "heading": f"{when:%A} {on_paper(when.date())}, {when:%H:%M}",
                "lines": lines,
                "text": body["text"] if "words" in parts else "",
            }
        )
    return blocks
