"""Every result of the crisis screen over the texts in tests/safety/, one digest per file, so a
change made for speed can be shown to change no result (tests/safety/test_screen_unchanged.py
for the files tests may read, bench/screen_digest.py for those and the blind sets).

A file's digest covers, for each of its texts, what `screen` returns (verdict, level, kinds,
spans) and what `explain` returns (every hit: rule or learned category, kind, level, span,
words and the context rules applied). Most labelled texts are a sentence or two, which never
reach the long-text paths (distinct-word gating past 4,000 characters, windows past 60
words), so each file's texts are also screened as long pastes: runs of them joined by a space
and by a line break, and the whole file as one paste.
"""

import hashlib
import json
from pathlib import Path

from innerbase.safety.detect import explain, screen

SAFETY = Path(__file__).resolve().parent / "safety"
DIGESTS = SAFETY / "screen_results.json"
RUN = 40  # texts in one of the shorter pastes


def files(blind: bool = False) -> list[Path]:
    """The files of texts: eval files, training files and ordinary entries (and the blind
    sets when asked; tests never open them)."""
    found = [
        *sorted(SAFETY.glob("eval_*.jsonl")),
        *sorted((SAFETY / "train").glob("*.jsonl")),
        SAFETY / "ordinary_entries.txt",
    ]
    if blind:
        found += sorted((SAFETY / "blind").glob("set_*.jsonl"))
    return found


def name(path: Path) -> str:
    return path.relative_to(SAFETY).as_posix()


def texts(path: Path) -> list[str]:
    """The file's texts, in order: one per JSON line, or one per line of a .txt file."""
    lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    if path.suffix == ".txt":
        return lines
    return [json.loads(line)["text"] for line in lines]


def pastes(items: list[str]) -> list[str]:
    """The texts joined into long pastes, so the long-text paths are covered too."""
    out = []
    for sep in (" ", "\n"):
        out += [sep.join(items[i : i + RUN]) for i in range(0, len(items), RUN)]
    out.append(" ".join(items))
    return out


def result(text: str) -> str:
    """One text's results, as one canonical line of JSON."""
    return json.dumps([screen(text), explain(text)], sort_keys=True, ensure_ascii=False)


def digest(items: list[str], paste: bool = True) -> dict:
    """How many texts and pastes, and the SHA-256 of all their results in order."""
    all_texts = [*items, *(pastes(items) if paste else [])]
    h = hashlib.sha256()
    for text in all_texts:
        h.update(result(text).encode("utf-8") + b"\n")
    return {"texts": len(items), "pastes": len(all_texts) - len(items), "sha256": h.hexdigest()}


def stored() -> dict[str, dict]:
    return json.loads(DIGESTS.read_text("utf-8"))
