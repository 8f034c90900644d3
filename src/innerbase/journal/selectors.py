"""Owner-scoped reads of the journal (the only module other apps import): the feelings
vocabulary, a person's entries, versions, spaces, drafts and tags, search, the calendar month,
and the rumination guard and prompt choice's inputs."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter, defaultdict

from django.db.models import Avg, Count, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from innerbase.core import registry
from innerbase.core.clock import days_between
from innerbase.core.csv_values import joined, when
from innerbase.core.owned import get_owned_or_404, owned
from innerbase.journal import content, rules, search
from innerbase.journal.models import Draft, Entry, EntryVersion, Space, Tags
from innerbase.vault import crypto

emotions = content.emotions  # {key: label} of every feeling word, shared with thought records
emotion_families = content.emotion_families


# -- one entry -----------------------------------------------------------------------------
def entry_or_404(*, user, pk) -> Entry:
    """The person's own journal entry `pk`, or Http404 (also for a malformed id)."""
    return get_owned_or_404(Entry, user=user, pk=pk)


def entry_or_none(*, user, pk) -> Entry | None:
    """The person's own journal entry `pk`, or None when they have no such entry."""
    return owned(Entry, user=user).filter(pk=pk).first()


def entry_url(entry: Entry | None) -> str:
    """The entry's page, or "" for no entry."""
    return entry.get_absolute_url() if entry is not None else ""


def body_of(*, entry: Entry, data_key: bytes) -> dict:
    """The entry's body, opened, with every field present."""
    return rules.full_body(entry.open_json(data_key, "body", default={}))


def versions_of(*, entry: Entry, data_key: bytes) -> list[tuple[EntryVersion, dict]]:
    """The entry's earlier versions, newest first, each with its opened body."""
    return [
        (version, rules.full_body(version.open_json(data_key, "body", default={})))
        for version in entry.versions.order_by("-number")
    ]


def version_or_404(*, user, entry: Entry, number: int) -> EntryVersion:
    """Version `number` of the person's own entry, or Http404."""
    return get_owned_or_404(EntryVersion, user=user, entry=entry, number=number)


# -- many entries --------------------------------------------------------------------------
def entry_ids(*, user) -> QuerySet:
    """The ids of all the person's entries, newest first (lazy, for a paginator to slice)."""
    return owned(Entry, user=user).order_by("-occurred_at").values_list("pk", flat=True)


def entry_ids_matching(*, user, data_key: bytes, **filters) -> list[str]:
    """Ids (as text) of the person's entries matching every filter given (see search.find)."""
    return search.find(user, data_key, **filters)


def entries_with_bodies(*, user, data_key: bytes, ids: list[str]) -> list[tuple[Entry, dict]]:
    """The person's entries among `ids`, in that order, each with its opened body."""
    rows = {str(entry.pk): entry for entry in owned(Entry, user=user).filter(pk__in=ids)}
    return [(rows[pk], body_of(entry=rows[pk], data_key=data_key)) for pk in ids if pk in rows]


def opened(*, user, data_key: bytes, ids=None) -> list[dict]:
    """The person's entries (all, or those among `ids`), decrypted in one pass without model
    instances, newest first."""
    if ids is None:
        return _open(user, data_key, Entry.objects.filter(owner=user))
    # by primary key alone: with the owner too, SQLite walks the owner's whole index; _open
    # skips any row that is not the person's. Sorted in Python rather than in SQL: with a
    # short list of ids, an ORDER BY makes SQLite walk the (owner, occurred_at) index instead.
    return _open(user, data_key, Entry.objects.filter(pk__in=list(ids)).order_by())


_COLUMNS = (
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


def _open(user, data_key: bytes, rows: QuerySet) -> list[dict]:
    """The rows of `rows` that are the person's, as plain dicts with opened bodies."""
    result = []
    for row in rows.values_list(*_COLUMNS):
        item = dict(zip(_COLUMNS, row, strict=True))
        if item["owner_id"] != user.pk:  # callers may pass bare ids; only the person's rows open
            continue
        blob = item.pop("body")
        context = Entry.context_for(item["pk"], user.pk, "body")
        sealed = json.loads(crypto.open_sealed(data_key, bytes(blob), context)) if blob else {}
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
                "body": rules.full_body(sealed),
            }
        )
    result.sort(key=lambda entry: entry["occurred_at"], reverse=True)
    return result


def entry_counts_by_space(*, user) -> dict:
    """How many entries the person has in each space ({space id or None: count})."""
    return dict(
        owned(Entry, user=user)
        .values_list("space_id")
        .annotate(n=Count("id"))
        .values_list("space_id", "n")
    )


# -- spaces --------------------------------------------------------------------------------
def spaces(*, user, data_key: bytes) -> list[tuple[Space, str]]:
    """The person's spaces with their names, in the order they were made."""
    return [
        (space, space.open_text(data_key, "name"))
        for space in owned(Space, user=user).order_by("created_at")
    ]


def space_names(*, user, data_key: bytes) -> dict[str, str]:
    """{space id as text: name} of the person's spaces, for the form's choices."""
    return {str(space.pk): name for space, name in spaces(user=user, data_key=data_key)}


def space_or_404(*, user, pk) -> Space:
    """The person's own space `pk`, or Http404 (also for a malformed id)."""
    return get_owned_or_404(Space, user=user, pk=pk)


def space_or_none(*, user, pk) -> Space | None:
    """The person's own space `pk`, or None when they have no such space."""
    return owned(Space, user=user).filter(pk=pk).first()


def space_name(*, space: Space | None, data_key: bytes) -> str:
    """The space's name, or "" for the main journal."""
    return space.open_text(data_key, "name") if space is not None else ""


# -- drafts and tags -----------------------------------------------------------------------
def draft_get(*, user, data_key: bytes, draft_key: str) -> Draft | None:
    """The person's draft under `draft_key` with its opened form fields in `.fields`, or None."""
    draft = owned(Draft, user=user).filter(key=draft_key).first()
    if draft is not None:
        draft.fields = draft.open_json(data_key, "data", default={})
    return draft


def tag_suggestions(*, user, data_key: bytes) -> dict[str, list[str]]:
    """The person's own tags, most used first, for suggestions as they type."""
    row = owned(Tags, user=user).first()
    empty: dict[str, dict[str, int]] = {kind: {} for kind in rules.TAG_KINDS}
    data = row.open_json(data_key, "data", default=empty) if row is not None else empty
    return {
        kind: [tag for tag, _ in Counter(counts).most_common(200)] for kind, counts in data.items()
    }


# -- the calendar, the guard and prompts ---------------------------------------------------
def month_summary(*, user, year: int, month: int) -> dict:
    """Moods and entry counts per local day of a month, from plain columns only."""
    zone = timezone.get_current_timezone()
    start = dt.datetime(year, month, 1, tzinfo=zone)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=zone)
    moods: dict[int, list[int]] = defaultdict(list)
    counts: dict[int, int] = defaultdict(int)
    for occurred_at, mood in (
        owned(Entry, user=user)
        .filter(occurred_at__gte=start, occurred_at__lt=end)
        .values_list("occurred_at", "mood")
    ):
        day = timezone.localtime(occurred_at, zone).day
        counts[day] += 1
        if mood:
            moods[day].append(mood)
    return {"moods": dict(moods), "counts": dict(counts), "days": len(counts)}


def heavy_emotions() -> set[str]:
    """The emotions the guard and prompt choice treat as heavy (sadness, fear, anger, shame,
    hard to name)."""
    return rules.heavy_emotions(content.emotion_families())


def recent_state(*, user, data_key: bytes) -> dict:
    """The person's last mood and last named emotions in the last few hours (quick check-ins
    and entries alike): {"mood": int | None, "emotions": [keys]}, for prompt choice."""
    now = timezone.now()
    rows = owned(Entry, user=user).filter(
        occurred_at__gte=now - rules.RECENT_STATE, occurred_at__lte=now + dt.timedelta(hours=1)
    )
    recent = rows.order_by("-occurred_at", "-updated_at")[: rules.RECENT_MAX]
    entries = [
        {
            "occurred_at": entry["occurred_at"],
            "saved_at": entry["saved_at"],
            "mood": entry["mood"],
            "emotions": [e["name"] for e in entry["body"]["emotions"]],
        }
        for entry in _open(user, data_key, recent)
    ]
    return rules.recent_state(entries, now)


def guard(*, user, data_key: bytes) -> dict:
    """The rumination guard over the last week's entries."""
    now = timezone.now()
    zone = timezone.get_current_timezone()
    rows = owned(Entry, user=user).filter(occurred_at__gte=now - rules.LOOKBACK)
    recent = rows.order_by("-occurred_at", "-updated_at")[: rules.RECENT_MAX]
    entries = [
        {
            "occurred_at": timezone.localtime(entry["occurred_at"], zone),
            "saved_at": timezone.localtime(entry["saved_at"], zone),
            "mood": entry["mood"],
            "triggers": entry["body"]["triggers"],
            "emotions": [e["name"] for e in entry["body"]["emotions"]],
            "writing_seconds": entry["writing_seconds"],
        }
        for entry in _open(user, data_key, recent)
    ]
    return rules.rumination(entries, timezone.localtime(now, zone), heavy_emotions())


def attachment_pattern(*, user) -> str | None:
    """The pattern of the person's latest ECR-R take, when there is one."""
    from innerbase.assessments import selectors as assessments

    category = assessments.latest_category(user=user, code="ecr-r")
    return rules.REGION_PATTERN.get(category) if category else None


def prompts_by_id() -> dict[str, dict]:
    """Every prompt an entry can start from: the journal's own and those other apps offer (a
    lesson's reflection), by id."""
    return {**registry.offered_prompts(), **content.prompts_by_id()}


def recent_prompt_ids(*, user, days: int = 60) -> set[str]:
    """The prompts the person answered in the last `days` days, so fresh ones come first."""
    since = timezone.now() - dt.timedelta(days=days)
    return set(
        owned(Entry, user=user)
        .filter(created_at__gte=since)
        .exclude(prompt_id="")
        .values_list("prompt_id", flat=True)
    )


def entries_between(*, user, data_key: bytes, start, end, limit: int) -> list[dict]:
    """The person's entries from `start` to before `end`, newest first, at most `limit` (and
    one more, so the caller knows there are more), each opened, for choosing some."""
    ids = list(
        owned(Entry, user=user)
        .filter(occurred_at__gte=start, occurred_at__lt=end)
        .order_by("-occurred_at")
        .values_list("pk", flat=True)[: limit + 1]
    )
    return opened(user=user, data_key=data_key, ids=ids)


def entry_ids_between(*, user, ids: list[str], start, end) -> set[str]:
    """Which of `ids` are the person's entries from `start` to before `end` (others' ids,
    ids out of the dates and malformed ones are simply not among them)."""
    wanted = []
    for pk in ids:
        try:
            wanted.append(uuid.UUID(str(pk)))
        except ValueError:
            continue
    found = owned(Entry, user=user).filter(
        pk__in=wanted, occurred_at__gte=start, occurred_at__lt=end
    )
    return {str(pk) for pk in found.values_list("pk", flat=True)}


# -- the progress page ---------------------------------------------------------------------
def progress_series(*, user, data_key: bytes, since, until) -> dict:
    """The journal's part of the progress page (registry.Progress), for the days given:

    - "days": [{"day": "YYYY-MM-DD", "entries", "mood", "energy"}] oldest first, the day's
      mean of each (None when no check-in gave one), added up in SQL;
    - "moods": the mood counts of every check-in [n1, ..., n10];
    - "triggers": {trigger (casefolded): mood counts of the check-ins naming it};
    - "sleep": [{"hours", "moods"}], "moved" and "talked": {"yes": counts, "no": counts};
    - "urges": {"entries", "noted", "acted", "resisted"} over the entries noting urges.
    Triggers and urges come from the sealed search index (one opening a month); no entry's
    body is opened.
    """
    mine = owned(Entry, user=user).filter(**days_between(since, until, "occurred_at"))
    zone = timezone.get_current_timezone()
    days = (
        mine.annotate(day=TruncDate("occurred_at", tzinfo=zone))
        .values("day")
        .annotate(entries=Count("id"), mood=Avg("mood"), energy=Avg("energy"))
        .order_by("day")
    )
    tags = search.tags_between(user, data_key, since=since, until=until)
    # one GROUP BY for every mood count: by mood and the three routine answers together
    moods = [0] * 10
    sleep: dict[float, list[int]] = defaultdict(lambda: [0] * 10)
    moved = {"yes": [0] * 10, "no": [0] * 10}
    talked = {"yes": [0] * 10, "no": [0] * 10}
    grouped = (
        mine.exclude(mood=None)
        .values_list("mood", "sleep_hours", "moved", "talked")
        .annotate(n=Count("id"))
        .order_by()
    )
    for mood, hours, has_moved, has_talked, n in grouped:
        if not 1 <= mood <= 10:
            continue
        moods[mood - 1] += n
        if hours is not None:
            sleep[hours][mood - 1] += n
        if has_moved is not None:
            moved["yes" if has_moved else "no"][mood - 1] += n
        if has_talked is not None:
            talked["yes" if has_talked else "no"][mood - 1] += n
    return {
        "days": [
            {
                "day": row["day"].isoformat(),
                "entries": row["entries"],
                "mood": None if row["mood"] is None else round(row["mood"], 2),
                "energy": None if row["energy"] is None else round(row["energy"], 2),
            }
            for row in days
        ],
        "moods": moods,
        "triggers": tags["triggers"],
        "sleep": [{"hours": h, "moods": sleep[h]} for h in sorted(sleep)],
        "moved": moved,
        "talked": talked,
        "urges": {
            "entries": tags["entries"],
            "noted": tags["noted"],
            "acted": tags["acted"],
            "resisted": tags["noted"] - tags["acted"],
        },
    }


CSV_COLUMNS = (
    "occurred_at", "mode", "mood", "energy", "sleep_hours", "moved", "talked", "text",
    "emotions", "triggers", "sensations", "urges", "helped", "created_at", "updated_at",
)  # fmt: skip


def csv_rows(*, user, data_key: bytes):
    """The journal for the CSV export (registry.csv_register): one row per entry, oldest
    first, read in chunks; feelings as "name intensity", urges as "name (acted)"."""
    rows = owned(Entry, user=user).order_by("occurred_at", "pk").iterator(chunk_size=500)
    for entry in rows:
        body = rules.full_body(entry.open_json(data_key, "body", {}))
        yield [
            when(entry.occurred_at), entry.mode, entry.mood, entry.energy, entry.sleep_hours,
            entry.moved, entry.talked, body["text"],
            joined(f"{e['name']} {e.get('intensity', '')}".strip() for e in body["emotions"]),
            joined(body["triggers"]), joined(body["sensations"]),
            joined(f"{u['name']}{' (acted)' if u.get('acted') else ''}" for u in body["urges"]),
            body["helped"], when(entry.created_at), when(entry.updated_at),
        ]  # fmt: skip


def entries_written(*, user, data_key: bytes):
    """Every entry opened, oldest first, read in chunks (the Markdown export): dicts with
    "when" (on the person's clock), "space" (its name or ""), "mode", "mood", "energy" and
    the full body."""
    spaces: dict = {
        space.pk: space.open_text(data_key, "name") for space in owned(Space, user=user)
    }
    rows = owned(Entry, user=user).order_by("occurred_at", "pk").iterator(chunk_size=500)
    for entry in rows:
        yield {
            "when": timezone.localtime(entry.occurred_at),
            "space": spaces.get(entry.space_id, ""),
            "mode": entry.mode,
            "mood": entry.mood,
            "energy": entry.energy,
            "body": rules.full_body(entry.open_json(data_key, "body", {})),
        }
