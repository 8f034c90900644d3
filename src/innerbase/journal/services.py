"""Journal writes: entries (keeping versions, tags and the search index in step), spaces and
drafts. The reads are in selectors.py."""

from __future__ import annotations

from django.db import transaction

from innerbase.core.owned import owned
from innerbase.journal import rules, search, selectors
from innerbase.journal.models import Draft, Entry, EntryVersion, Space, Tags

MAX_SPACE_NAME = 60


# -- entries -------------------------------------------------------------------------------
@transaction.atomic
def entry_create(
    *, user, data_key: bytes, body: dict, writing_seconds=None, draft_key: str = "", **fields
) -> Entry:
    """Save a new entry; `fields` are its plain columns (mode, prompt_id, mood, energy,
    occurred_at, space) and `draft_key` names the draft it finishes, which goes."""
    entry = Entry(owner=user, writing_seconds=writing_seconds, **fields)
    entry.seal_json(data_key, "body", rules.full_body(body))
    entry.save()
    tags_remember(user=user, data_key=data_key, body=rules.full_body(body))
    search.put(user=user, key=data_key, entry=entry, body=rules.full_body(body))
    if draft_key:
        draft_discard(user=user, draft_key=draft_key)
    return entry


@transaction.atomic
def entries_import(*, user, data_key: bytes, records: list[dict]) -> list:
    """Save many entries at once (an import): each record {"occurred_at", "text", "mood",
    "triggers"} becomes a free entry, sealed; the tags are counted and the search index
    written once, at the end. Returns the new entries' ids in order."""
    entries = []
    triggers: list[str] = []
    for record in records:
        body = rules.full_body({"text": record["text"], "triggers": record.get("triggers", [])})
        entry = Entry(
            owner=user, mode="free", mood=record.get("mood"), occurred_at=record["occurred_at"]
        )
        entry.seal_json(data_key, "body", body)
        entries.append(entry)
        triggers += body["triggers"]
    Entry.objects.bulk_create(entries, batch_size=500)
    if triggers:
        tags_remember(user=user, data_key=data_key, body=rules.full_body({"triggers": triggers}))
    search.rebuild(user, data_key)
    return [entry.pk for entry in entries]


@transaction.atomic
def entry_update(
    *, entry: Entry, data_key: bytes, body: dict, draft_key: str = "", **fields
) -> Entry:
    """Keep the entry as it was as a version, then save the new text and numbers (and drop the
    draft `draft_key` names, when it finishes one)."""
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
    version.seal_json(data_key, "body", selectors.body_of(entry=entry, data_key=data_key))
    version.save()
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.seal_json(data_key, "body", rules.full_body(body))
    entry.version += 1
    entry.save()
    tags_remember(user=entry.owner, data_key=data_key, body=rules.full_body(body))
    search.put(
        user=entry.owner,
        key=data_key,
        entry=entry,
        body=rules.full_body(body),
        old_occurred_at=version.occurred_at,  # the line moves if the month changed
    )
    if draft_key:
        draft_discard(user=entry.owner, draft_key=draft_key)
    return entry


@transaction.atomic
def entry_delete(*, entry: Entry, data_key: bytes) -> None:
    """Delete an entry, its versions, its draft and its line in the search index."""
    search.remove(user=entry.owner, key=data_key, entry=entry)
    owned(Draft, user=entry.owner).filter(key=f"entry:{entry.pk}").delete()
    entry.delete()


def entry_restore(*, entry: Entry, data_key: bytes, version: EntryVersion) -> Entry:
    """Make an earlier version current again; the text it replaces is kept as a version too."""
    return entry_update(
        entry=entry,
        data_key=data_key,
        body=version.open_json(data_key, "body", default={}),
        mood=version.mood,
        energy=version.energy,
        occurred_at=version.occurred_at,
    )


def tags_remember(*, user, data_key: bytes, body: dict) -> None:
    """Count the body's own triggers, sensations and urges into the person's tags."""
    row = owned(Tags, user=user).first()
    empty: dict[str, dict[str, int]] = {kind: {} for kind in rules.TAG_KINDS}
    if row is None:
        row, data = Tags(owner=user), empty
    else:
        data = row.open_json(data_key, "data", default=empty)
    for kind, values in (
        ("triggers", body["triggers"]),
        ("sensations", body["sensations"]),
        ("urges", [u["name"] for u in body["urges"] if u.get("own")]),
    ):
        counts = data.setdefault(kind, {})
        for value in values:
            counts[value] = counts.get(value, 0) + 1
    row.seal_json(data_key, "data", data)
    row.save()


# -- spaces --------------------------------------------------------------------------------
def space_save(*, user, data_key: bytes, name: str, space: Space | None = None) -> Space:
    """Make a space, or rename `space`, with the name trimmed to MAX_SPACE_NAME."""
    space = space or Space(owner=user)
    space.seal_text(data_key, "name", name.strip()[:MAX_SPACE_NAME])
    space.save()
    return space


@transaction.atomic
def space_delete(*, space: Space, data_key: bytes) -> None:
    """Delete a space; its entries stay, back in the main journal."""
    owner = space.owner
    space.delete()  # entries: space set to null
    search.rebuild(owner, data_key)  # their lines name the space, so they are written afresh


# -- drafts --------------------------------------------------------------------------------
def draft_save(*, user, data_key: bytes, draft_key: str, fields: dict) -> Draft:
    """Keep the form's fields under `draft_key` (sealed), replacing any earlier draft."""
    draft = owned(Draft, user=user).filter(key=draft_key).first() or Draft(
        owner=user, key=draft_key
    )
    draft.seal_json(data_key, "data", fields)
    draft.save()
    return draft


def draft_discard(*, user, draft_key: str) -> None:
    """Delete the person's draft under `draft_key`, if there is one."""
    owned(Draft, user=user).filter(key=draft_key).delete()
