"""The journal's section of the therapist report (registry.report_register): the entries
the person chose, with only the parts they chose (mood and energy by week are the progress
app's section, from the same numbers as the progress page)."""

from django.utils import timezone

from innerbase.core.figures import figure
from innerbase.core.report_dates import on_paper
from innerbase.journal import content, selectors
from innerbase.safety import selectors as safety

PARTS = ("words", "mood", "feelings", "triggers", "urges")  # what of an entry may be printed


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
            lines.append(
                f"Mood {figure(entry['mood'])} of 10, energy {figure(entry['energy'])} of 10"
            )
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
