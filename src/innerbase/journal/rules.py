"""The journal's pure rules: the shape of an entry's body, the rumination guard, prompt choice,
consistency, the calendar grid, and safe Markdown. No Django import, so each is tested on plain
data.

The rumination guard (docs/SAFETY.md, "Rumination guard"): open-ended venting can deepen
distress for recently separated people who ruminate (Sbarra et al. 2013), and repetitive
negative thinking is marked by the same themes coming back without getting anywhere
(Nolen-Hoeksema 1991; Watkins 2008). So the guard looks at the pattern, never at the words:
a trigger or a heavy emotion named in 3 or more of the last week's entries (at most 10) while
mood is no better than at the start of that run is a loop; an entry written over 20 minutes
or more and saved between 23:00 and 05:00 is a long late session. Either only ever leads to
an offer (a self-distanced prompt, a thought record, or the calming flow); nothing is
blocked. Meaning-making is not among the offers: in that study, the people already searching
for meaning were the ones who did worse after writing, so "Give me a prompt" leaves it out
during a loop too.

Prompt choice: late at night, after a low mood or with heavy feelings just named, only
gentle, light prompts (`wants_gentle`, `prompt_pool`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# -- an entry's sealed body --------------------------------------------------------------
BODY_DEFAULTS = {
    "text": "",
    "emotions": [],  # [{"name": key, "intensity": 0-100}]
    "triggers": [],  # the person's own tags
    "sensations": [],
    "urges": [],  # [{"name": key or own words, "own": bool, "acted": bool}]
    "helped": "",
    "gratitude": [],  # [{"good": str, "why": str}]
    "grief": {},  # {"brought_it": str, "strength": 0-10, "needed": str}
    "distress": {},  # the stop rule's check, {"before": 0-10 or None, "after": ...}
}
TAG_KINDS = ("triggers", "sensations", "urges")  # the person's own tags, counted for suggestions


def full_body(body: dict[str, Any] | None) -> dict[str, Any]:
    """The body with every field present (defaults for those it lacks)."""
    # a deep copy of the defaults, so no caller ever shares (and changes) their lists
    return {**json.loads(json.dumps(BODY_DEFAULTS)), **(body or {})}


def texts_of(body: dict[str, Any]) -> list[str]:
    """Every piece of free text in a body, for the crisis screen and for search."""
    texts = [body["text"], body["helped"], *body["triggers"], *body["sensations"]]
    texts += [urge["name"] for urge in body["urges"] if urge.get("own")]
    for item in body["gratitude"]:
        texts += [item.get("good", ""), item.get("why", "")]
    texts += [body["grief"].get("brought_it", ""), body["grief"].get("needed", "")]
    return [text for text in texts if text]


# -- the rumination guard ----------------------------------------------------------------
LOOKBACK = dt.timedelta(days=7)  # "recent" entries: the last week
RECENT_MAX = 10  # at most the last ten of them
REPEATS = 3  # a theme in this many recent entries is "returning"
LATE_START, LATE_END = 23, 5  # 23:00-04:59 local time counts as late at night
LONG_SESSION = dt.timedelta(minutes=20)
# Emotion families whose emotions count as themes; joy, calm and love returning is not a loop.
HEAVY_FAMILIES = {"sadness", "fear", "anger", "shame", "other"}


def heavy_emotions(families: Iterable[Mapping[str, Any]]) -> set[str]:
    """The keys of the emotions in the heavy families, which count as themes."""
    return {
        emotion["key"]
        for family in families
        if family["key"] in HEAVY_FAMILIES
        for emotion in family["emotions"]
    }


def returning_themes(entries: Sequence[dict[str, Any]], heavy_emotions: set[str]) -> list[str]:
    """Themes (own triggers, heavy emotions) found in at least REPEATS of the entries."""
    counts: Counter[str] = Counter()
    for entry in entries:
        themes = {f"trigger:{t.strip().lower()}" for t in entry.get("triggers", []) if t.strip()}
        themes |= {f"emotion:{e}" for e in entry.get("emotions", []) if e in heavy_emotions}
        counts.update(themes)
    return sorted(theme for theme, n in counts.items() if n >= REPEATS)


def mood_not_improving(entries: Sequence[dict[str, Any]]) -> bool:
    """Oldest to newest: the latest mood is no better than the first (too few moods: True)."""
    moods = [e["mood"] for e in sorted(entries, key=_moment) if e.get("mood")]
    return len(moods) < 2 or moods[-1] <= moods[0]


def _moment(entry: dict[str, Any]) -> tuple[dt.datetime, dt.datetime]:
    """When an entry happened; two written for the same minute, in the order they were saved."""
    return (entry["occurred_at"], entry.get("saved_at") or entry["occurred_at"])


def is_late(moment: dt.datetime) -> bool:
    return moment.hour >= LATE_START or moment.hour < LATE_END


def long_late_session(writing_seconds: int | None, saved_at: dt.datetime) -> bool:
    """Written over LONG_SESSION or more and saved late at night (local time)."""
    return (writing_seconds or 0) >= LONG_SESSION.total_seconds() and is_late(saved_at)


def rumination(
    entries: Iterable[dict[str, Any]], now: dt.datetime, heavy_emotions: set[str]
) -> dict[str, Any]:
    """Whether recent entries look like a loop, and whether the latest was a long late session.

    `entries`: dicts with occurred_at (aware, local), mood, triggers, emotions (keys) and
    writing_seconds, newest first or in any order. Returns {"loop", "themes", "late_and_long"}.
    """
    recent = sorted(
        (e for e in entries if now - LOOKBACK <= e["occurred_at"] <= now + dt.timedelta(hours=1)),
        key=_moment,
        reverse=True,
    )[:RECENT_MAX]
    themes = returning_themes(recent, heavy_emotions)
    latest = recent[0] if recent else None
    late_and_long = latest is not None and long_late_session(
        latest.get("writing_seconds"), latest.get("saved_at") or latest["occurred_at"]
    )
    return {
        "loop": bool(themes) and mood_not_improving(recent),
        "themes": themes,
        "late_and_long": late_and_long,
    }


# -- prompts -------------------------------------------------------------------------------
REGION_PATTERN = {
    "anxious-preoccupied": "anxious",
    "dismissing-avoidant": "avoidant",
    "fearful-avoidant": "fearful-avoidant",
    "secure": "any",
}
# How far back a prompt asks the person to look: at nothing in particular, at the
# relationship, or at early years. Only `light` prompts come late at night or on a low mood.
WEIGHTS = ("light", "looking-back", "childhood")
GUARD_STAGES = {"self-distanced"}  # offered only by the rumination guard, never at random
MEANING_STAGE = "meaning-making"  # never for someone whose entries loop (Sbarra et al. 2013)
# Late at night, on a low mood or with heavy feelings just named: only these, and only light.
GENTLE_STAGES = {"safety-within", "self-compassion", "grounding"}
LOW_MOOD = 3  # a last mood of 3 or below (of 10) is low
RECENT_STATE = dt.timedelta(hours=4)  # "last mood" and "just chosen": the last four hours


def recent_state(entries: Iterable[dict[str, Any]], now: dt.datetime) -> dict[str, Any]:
    """The person's last mood and last named emotions, from entries (occurred_at, mood,
    emotions as keys) of the last RECENT_STATE: {"mood": int | None, "emotions": [keys]}."""
    recent = sorted(
        (
            e
            for e in entries
            if now - RECENT_STATE <= e["occurred_at"] <= now + dt.timedelta(hours=1)
        ),
        key=_moment,
        reverse=True,
    )
    moods = [e["mood"] for e in recent if e.get("mood")]
    named = [e["emotions"] for e in recent if e.get("emotions")]
    return {"mood": moods[0] if moods else None, "emotions": list(named[0]) if named else []}


def wants_gentle(
    *, hour: int, last_mood: int | None, recent_emotions: Iterable[str], heavy: set[str]
) -> bool:
    """Whether only gentle prompts fit now: 23:00-04:59 on the person's clock, a last mood of
    LOW_MOOD or below, or a heavy emotion among those just named."""
    late = hour >= LATE_START or hour < LATE_END
    low = last_mood is not None and last_mood <= LOW_MOOD
    return late or low or bool(heavy.intersection(recent_emotions))


def prompt_pool(
    prompts: Sequence[dict[str, Any]],
    *,
    stage: str | None = None,
    gentle: bool = False,
    lighter: bool = False,
    ruminating: bool = False,
) -> list[dict[str, Any]]:
    """The prompts that may be offered. A stage asked for narrows it, unless `gentle` rules the
    stage out; `gentle` keeps GENTLE_STAGES (and the guard's own stage when asked for), light
    prompts only; `lighter` (after "skip this prompt") keeps light prompts; `ruminating` (the
    guard sees a loop) and `gentle` both leave out meaning-making."""
    if gentle and stage not in GENTLE_STAGES | GUARD_STAGES:
        stage = None
    if ruminating and stage == MEANING_STAGE:
        stage = None
    pool = []
    for prompt in prompts:
        if stage:
            fits = prompt["stage"] == stage
        elif gentle:
            fits = prompt["stage"] in GENTLE_STAGES
        else:
            fits = prompt["stage"] not in GUARD_STAGES
        if (gentle or lighter) and prompt.get("weight") != "light":
            fits = False
        if (gentle or ruminating) and prompt["stage"] == MEANING_STAGE:
            fits = False
        if fits:
            pool.append(prompt)
    return pool


def pick_prompt(
    prompts: Sequence[dict[str, Any]],
    *,
    pattern: str | None,
    recent_ids: set[str],
    rng: random.Random,
    stage: str | None = None,
    gentle: bool = False,
    lighter: bool = False,
    ruminating: bool = False,
) -> dict[str, Any] | None:
    """A prompt for this pattern (or for anyone) not answered recently; fresh ones first.
    `stage`, `gentle`, `lighter` and `ruminating` choose the pool (see prompt_pool)."""
    pool = [
        p
        for p in prompt_pool(
            prompts, stage=stage, gentle=gentle, lighter=lighter, ruminating=ruminating
        )
        if not pattern or pattern == "any" or pattern in p["patterns"] or "any" in p["patterns"]
    ]
    if not pool:
        return None
    fresh = [p for p in pool if p["id"] not in recent_ids]
    if pattern and pattern != "any":
        mine = [p for p in fresh if pattern in p["patterns"]]
        if mine and rng.random() < 0.7:  # mostly prompts for the person's pattern, some general
            return rng.choice(mine)
    return rng.choice(fresh or pool)


# -- consistency and the calendar ----------------------------------------------------------
def mood_band(mood: float | None) -> str:
    if mood is None:
        return "none"
    return "low" if mood < 4 else "mid" if mood < 7 else "high"


# A calendar day: {"day", "entries", "mood" (mean), "band"}; None pads the weeks' ends.
type DayCell = dict[str, int | float | str | None] | None


def month_grid(
    year: int, month: int, moods_by_day: dict[int, list[int]], counts: dict[int, int]
) -> list[list[DayCell]]:
    """Weeks (Monday first) of day cells: {"day", "entries", "mood" (mean), "band"}."""
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        row: list[DayCell] = []
        for day in week:
            if day == 0:
                row.append(None)
                continue
            moods = moods_by_day.get(day, [])
            mean = round(sum(moods) / len(moods), 1) if moods else None
            row.append(
                {"day": day, "entries": counts.get(day, 0), "mood": mean, "band": mood_band(mean)}
            )
        weeks.append(row)
    return weeks


# -- text ----------------------------------------------------------------------------------
def split_tags(raw: str, *, limit: int = 20, length: int = 60) -> list[str]:
    """'work, Sunday nights ,, work' -> ['work', 'Sunday nights']: trimmed, deduplicated."""
    seen, tags = set(), []
    for part in raw.replace("\n", ",").split(","):
        # Cut to length, then trim again: a cut just after a word must not leave its space.
        tag = " ".join(part.split())[:length].rstrip()
        if tag and tag.lower() not in seen:
            seen.add(tag.lower())
            tags.append(tag)
    return tags[:limit]
