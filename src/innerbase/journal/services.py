"""Journal workflows: save and edit entries (keeping versions), drafts, the person's own tags,
search over decrypted entries, the calendar month and the rumination guard's inputs."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

from django.db import transaction
from django.utils import timezone

from innerbase.journal import content, rules, search
from innerbase.journal.models import Draft, Entry, EntryVersion, Space, Tags
from innerbase.vault import crypto


def body_of(entry: Entry, key: bytes) -> dict:
    return rules.full_body(entry.open_json(key, "body", default={}))


@transaction.atomic
def create(user, key: bytes, *, body: dict, writing_seconds=None, **fields) -> Entry:
    entry = Entry(owner=user, writing_seconds=writing_seconds, **fields)
    entry.seal_json(key, "body", rules.full_body(body))
    entry.save()
    remember_tags(user, key, rules.full_body(body))
    search.put(user=user, key=key, entry=entry, body=rules.full_body(body))
    return entry


@transaction.atomic
def update(entry: Entry, key: bytes, *, body: dict, **fields) -> Entry:
    """Keep the entry as it was as a version, then save the new text and numbers."""
    version = EntryVersion(
        owner=entry.owner,
        entry=entry,
        number=entry.version,
        mode=entry.mode,
        mood=entry.mood,
        energy=entry.energy,
        occurred_at=entry.occurred_at,
        saved_at=entry.updated_at,
    )
    version.seal_json(key, "body", body_of(entry, key))
    version.save()
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.seal_json(key, "body", rules.full_body(body))
    entry.version += 1
    entry.save()
    remember_tags(user=entry.owner, key=key, body=rules.full_body(body))
    search.put(
        user=entry.owner,
        key=key,
        entry=entry,
        body=rules.full_body(body),
        old_occurred_at=version.occurred_at,  # the line moves if the month changed
    )
    return entry


@transaction.atomic
def delete(entry: Entry, key: bytes) -> None:
    """Delete an entry, its versions and its line in the search index."""
    search.remove(user=entry.owner, key=key, entry=entry)
    Draft.objects.filter(owner=entry.owner, key=f"entry:{entry.pk}").delete()
    entry.delete()


def restore(entry: Entry, key: bytes, version: EntryVersion) -> Entry:
    """Make an earlier version current again; the text it replaces is kept as a version too."""
    return update(
        entry,
        key,
        body=version.open_json(key, "body", default={}),
        mood=version.mood,
        energy=version.energy,
        occurred_at=version.occurred_at,
    )


# -- the person's own tags -------------------------------------------------------------------
def _tags_row(user, key: bytes) -> tuple[Tags, dict]:
    row = Tags.objects.filter(owner=user).first()
    if row is None:
        row = Tags(owner=user)
        return row, {"triggers": {}, "sensations": {}, "urges": {}}
    return row, row.open_json(key, "data", default={"triggers": {}, "sensations": {}, "urges": {}})


def remember_tags(user, key: bytes, body: dict) -> None:
    row, data = _tags_row(user, key)
    for kind, values in (
        ("triggers", body["triggers"]),
        ("sensations", body["sensations"]),
        ("urges", [u["name"] for u in body["urges"] if u.get("own")]),
    ):
        counts = data.setdefault(kind, {})
        for value in values:
            counts[value] = counts.get(value, 0) + 1
    row.seal_json(key, "data", data)
    row.save()


def tag_suggestions(user, key: bytes) -> dict[str, list[str]]:
    """The person's own tags, most used first, for suggestions as they type."""
    _, data = _tags_row(user, key)
    return {
        kind: [tag for tag, _ in Counter(counts).most_common(200)] for kind, counts in data.items()
    }


# -- reading many entries ----------------------------------------------------------------------
def opened(user, key: bytes, queryset=None) -> list[dict]:
    """The person's entries (all, or those of `queryset`), decrypted in one pass without model
    instances, newest first. Sorted here rather than in SQL: with a short list of ids, an
    ORDER BY makes SQLite walk the whole (owner, occurred_at) index instead."""
    if queryset is None:
        rows = Entry.objects.filter(owner=user)
    else:
        rows = queryset if queryset.query.is_sliced else queryset.order_by()
    columns = (
        "owner_id",
        "pk",
        "mode",
        "prompt_id",
        "mood",
        "energy",
        "occurred_at",
        "body",
        "writing_seconds",
        "updated_at",
        "space_id",
    )
    result = []
    for row in rows.values_list(*columns):
        item = dict(zip(columns, row, strict=True))
        if item["owner_id"] != user.pk:  # callers may pass bare ids; only the person's rows open
            continue
        blob = item.pop("body")
        context = Entry.context_for(item["pk"], user.pk, "body")
        body = rules.full_body(
            json.loads(crypto.open_sealed(key, bytes(blob), context)) if blob else {}
        )
        result.append(
            {
                "id": item["pk"],
                "mode": item["mode"],
                "prompt_id": item["prompt_id"],
                "mood": item["mood"],
                "energy": item["energy"],
                "occurred_at": item["occurred_at"],
                "saved_at": item["updated_at"],
                "writing_seconds": item["writing_seconds"],
                "space_id": item["space_id"],
                "body": body,
            }
        )
    result.sort(key=lambda entry: entry["occurred_at"], reverse=True)
    return result


# -- spaces ------------------------------------------------------------------------------------
MAX_SPACE_NAME = 60


def spaces(user, key: bytes) -> list[tuple[Space, str]]:
    """The person's spaces with their names, in the order they were made."""
    return [
        (space, space.open_text(key, "name"))
        for space in Space.objects.filter(owner=user).order_by("created_at")
    ]


def space_names(user, key: bytes) -> dict[str, str]:
    return {str(space.pk): name for space, name in spaces(user, key)}


def space_save(user, key: bytes, name: str, space: Space | None = None) -> Space:
    space = space or Space(owner=user)
    space.seal_text(key, "name", name.strip()[:MAX_SPACE_NAME])
    space.save()
    return space


@transaction.atomic
def space_delete(space: Space, key: bytes) -> None:
    """Delete a space; its entries stay, back in the main journal."""
    owner = space.owner
    space.delete()  # entries: space set to null
    search.rebuild(owner, key)


# -- drafts --------------------------------------------------------------------------------
def draft_get(user, key: bytes, draft_key: str) -> Draft | None:
    draft = Draft.objects.filter(owner=user, key=draft_key).first()
    if draft is not None:
        draft.fields = draft.open_json(key, "data", default={})
    return draft


def draft_save(user, key: bytes, draft_key: str, fields: dict) -> Draft:
    draft = Draft.objects.filter(owner=user, key=draft_key).first() or Draft(
        owner=user, key=draft_key
    )
    draft.seal_json(key, "data", fields)
    draft.save()
    return draft


def draft_discard(user, draft_key: str) -> None:
    Draft.objects.filter(owner=user, key=draft_key).delete()


# -- the calendar, consistency and the guard -------------------------------------------------
def month_summary(user, year: int, month: int) -> dict:
    """Moods and entry counts per local day of a month, from plain columns only."""
    zone = timezone.get_current_timezone()
    start = dt.datetime(year, month, 1, tzinfo=zone)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=zone)
    moods: dict[int, list[int]] = defaultdict(list)
    counts: dict[int, int] = defaultdict(int)
    for occurred_at, mood in Entry.objects.filter(
        owner=user, occurred_at__gte=start, occurred_at__lt=end
    ).values_list("occurred_at", "mood"):
        day = timezone.localtime(occurred_at, zone).day
        counts[day] += 1
        if mood:
            moods[day].append(mood)
    return {"moods": dict(moods), "counts": dict(counts), "days": len(counts)}


def guard(user, key: bytes) -> dict:
    """The rumination guard over the last week's entries."""
    now = timezone.now()
    zone = timezone.get_current_timezone()
    rows = Entry.objects.filter(owner=user, occurred_at__gte=now - rules.LOOKBACK)
    entries = []
    for entry in opened(
        user, key, rows.order_by("-occurred_at", "-updated_at")[: rules.RECENT_MAX]
    ):
        entries.append(
            {
                "occurred_at": timezone.localtime(entry["occurred_at"], zone),
                "saved_at": timezone.localtime(entry["saved_at"], zone),
                "mood": entry["mood"],
                "triggers": entry["body"]["triggers"],
                "emotions": [e["name"] for e in entry["body"]["emotions"]],
                "writing_seconds": entry["writing_seconds"],
            }
        )
    heavy = rules.heavy_emotions(content.emotion_families())
    return rules.rumination(entries, timezone.localtime(now, zone), heavy)


def attachment_pattern(user) -> str | None:
    """The pattern of the person's latest ECR-R take, when there is one."""
    from innerbase.assessments import selectors as assessments

    category = assessments.latest_category(user=user, code="ecr-r")
    return rules.REGION_PATTERN.get(category) if category else None


def recent_prompt_ids(user, days: int = 60) -> set[str]:
    since = timezone.now() - dt.timedelta(days=days)
    return set(
        Entry.objects.filter(owner=user, created_at__gte=since)
        .exclude(prompt_id="")
        .values_list("prompt_id", flat=True)
    )
