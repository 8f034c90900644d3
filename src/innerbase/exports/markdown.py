"""The Markdown export: the journal as plain text, one file a month (journal/2026-03.md) in a
zip, for people who want their words in any editor. Written as it streams, month by month."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import IO

from innerbase.exports.tables import Pipe
from innerbase.journal import selectors as journal

README = """Your Innerbase journal, as plain text

One Markdown file a month, oldest first inside each file. Times are on your own clock.
Everything you keep (and more than these files hold) is in the full JSON export.
"""


def entry_markdown(entry: dict) -> str:
    """One entry as a Markdown section: its time as the heading, then what was noted."""
    body, when = entry["body"], entry["when"]
    lines = [f"## {when:%A %-d %B %Y, %H:%M} ({when.isoformat(timespec='minutes')})", ""]
    facts = []
    if entry["space"]:
        facts.append(f"Space: {entry['space']}")
    if entry["mood"] is not None:
        facts.append(f"Mood: {entry['mood']}/10")
    if entry["energy"] is not None:
        facts.append(f"Energy: {entry['energy']}/10")
    if body["emotions"]:
        facts.append("Feelings: " + ", ".join(e["name"] for e in body["emotions"]))
    if body["triggers"]:
        facts.append("Triggers: " + ", ".join(body["triggers"]))
    if body["urges"]:
        facts.append("Urges: " + ", ".join(u["name"] for u in body["urges"]))
    lines += [f"- {fact}" for fact in facts]
    if facts:
        lines.append("")
    if body["text"].strip():
        lines += [body["text"].strip(), ""]
    if body["helped"].strip():
        lines += [f"What helped: {body['helped'].strip()}", ""]
    for item in body["gratitude"]:
        lines.append(
            f"- Good: {item.get('good', '')}" + (f" ({item['why']})" if item.get("why") else "")
        )
    return "\n".join(lines).rstrip("\n") + "\n\n"


def journal_zip(*, user, data_key: bytes) -> Iterator[bytes]:
    """The zip's bytes, piece by piece: a file for each month that has an entry."""
    pipe = Pipe()
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        member: IO[bytes] | None = None
        month = ""
        for entry in journal.entries_written(user=user, data_key=data_key):
            this = f"{entry['when']:%Y-%m}"
            if this != month:
                if member is not None:
                    member.close()
                    yield pipe.taken()
                member, month = archive.open(f"journal/{this}.md", "w", force_zip64=True), this
                member.write(f"# Journal, {entry['when']:%B %Y}\n\n".encode())
            assert member is not None  # noqa: S101  opened above for the first entry
            member.write(entry_markdown(entry).encode("utf-8"))
            if len(pipe.buffer) > 64 * 1024:
                yield pipe.taken()
        if member is not None:
            member.close()
    yield pipe.taken()
