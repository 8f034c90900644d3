"""The progress page's numbers for a range of days (the only module other apps import; a
report can reuse `dashboard` as it is). Every number comes from the apps' providers through
the registry; the statistics are the pure progress/stats.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from innerbase.assessments import selectors as assessments
from innerbase.checkins import selectors as checkins
from innerbase.core import content_files, registry
from innerbase.progress import graduation, stats

_load = content_files.loader(__file__)

MOVED = ("When you had moved", "When you had not moved")
TALKED = ("When you had talked with someone", "When you had not")


def dashboard(*, user, data_key: bytes, since: dt.date | None, until: dt.date) -> dict[str, Any]:
    """Every series of the page as plain data (the API gives it as it is):

    {"since", "until", "first_day" (the first day with a check-in, or None), "period"
    ("week" or "month"), "minimum" (check-ins a group needs), "mood"/"energy": {"bands",
    "days"}, "triggers" (stats.effects), "routine": {"sleep", "moved", "talked"} (each
    stats.compared), "urges", "pauses", "records", "beliefs", "ladders", "questionnaires"
    (as the apps give them), "signs" (the weekly check-ins' signs of healing), "verdicts" and
    "what_changed"}.
    """
    parts = registry.progress_for(user=user, data_key=data_key, since=since, until=until)
    journal = parts.get("journal", {})
    days = journal.get("days", [])
    first_day = dt.date.fromisoformat(days[0]["day"]) if days else None
    start = since or first_day or until
    period = stats.period_for(start, until)
    mood = stats.bands(days, "mood", period)
    energy = stats.bands(days, "energy", period)
    moved, talked = journal.get("moved", {}), journal.get("talked", {})
    empty = [0] * 10
    routine = {
        "sleep": stats.compared(stats.sleep_groups(journal.get("sleep", []))),
        "moved": stats.compared(
            [(MOVED[0], moved.get("yes", empty)), (MOVED[1], moved.get("no", empty))]
        ),
        "talked": stats.compared(
            [(TALKED[0], talked.get("yes", empty)), (TALKED[1], talked.get("no", empty))]
        ),
    }
    records = parts.get("thoughts", {}).get("records")
    ladders = parts.get("experiments", {}).get("ladders")
    questionnaires = parts.get("assessments", {}).get("questionnaires", [])
    verdicts = [
        {
            "name": q["short_name"]
            if len(q["scales"]) == 1
            else f"{q['short_name']} {s['name'].lower()} score",
            "verdict": s["overall"],
        }
        for q in questionnaires
        if not q["target"]
        for s in q["scales"]
        if s["overall"]
    ]
    urges = journal.get("urges")
    pauses = parts.get("safety", {}).get("pauses")
    return {
        "since": since.isoformat() if since else None,
        "until": until.isoformat(),
        "first_day": first_day.isoformat() if first_day else None,
        "period": period,
        "minimum": stats.MIN_ENTRIES,
        "mood": {"bands": mood, "days": sum(1 for d in days if d["mood"] is not None)},
        "energy": {"bands": energy, "days": sum(1 for d in days if d["energy"] is not None)},
        "checkins": sum(journal.get("moods", [])),
        "triggers": stats.effects(journal.get("triggers", {}), journal.get("moods", empty)),
        "routine": routine,
        "urges": urges,
        "pauses": pauses,
        "records": records,
        "beliefs": parts.get("thoughts", {}).get("beliefs"),
        "ladders": ladders,
        "questionnaires": questionnaires,
        "signs": parts.get("checkins", {}).get("signs", {"weeks": [], "checkins": 0}),
        "verdicts": verdicts,
        "what_changed": stats.what_changed(
            mood_bands=mood,
            urges=urges,
            pauses=pauses,
            records=records,
            ladders=ladders,
            verdicts=verdicts,
        ),
    }


def graduation_words() -> dict[str, str]:
    return dict(_load("graduation"))


def steadier(*, user, today: dt.date) -> dict[str, Any]:
    """Whether the person's measures say they are steadier (progress/graduation.py), and
    what to offer: {"verdict", "questionnaire" (its short name, when one held), "offer"
    (ask about the lighter rhythm: ready, and not yet answered), "light" (chosen)}."""
    found = graduation.verdict(
        takes=assessments.improvement_history(user=user),
        weekly_means=checkins.sign_means(user=user, until=today, weeks_back=graduation.WEEKS),
    )
    name = (
        assessments.instrument_for(found.held).raw.get("short_name", found.held)
        if found.held
        else ""
    )
    return {
        "verdict": found,
        "questionnaire": name,
        "offer": found.ready and not checkins.lighter_answered(user=user),
        "light": checkins.light_rhythm(user=user),
    }
