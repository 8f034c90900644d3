"""Rules every word a person reads must keep: no phrase from core/content/banned_phrases.json
(safe messaging, no blame, no diagnosis, no method or means words) in any content file or
template."""

import json
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "innerbase"
BANNED = json.loads((PACKAGE / "core" / "content" / "banned_phrases.json").read_text("utf-8"))
PATTERNS = [
    (re.compile(rf"\b(?:{entry['pattern']})\b", re.IGNORECASE), entry["why"])
    for entry in BANNED["phrases"]
]
CONTENT = sorted(
    path
    for path in PACKAGE.glob("*/content/*.json")
    if path.name != "banned_phrases.json"  # the list itself
)
TEMPLATES = sorted(PACKAGE.rglob("templates/**/*.html"))


def strings(value):
    """Every string a content file holds, at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def found_in(text: str) -> list[str]:
    return [f"{m.group(0)!r} ({why})" for pattern, why in PATTERNS for m in pattern.finditer(text)]


def test_the_rules_cover_every_content_file_and_template():
    assert len(CONTENT) >= 10 and len(TEMPLATES) >= 50
    assert {p.parent.parent.name for p in CONTENT} >= {"journal", "thoughts", "safety"}


@pytest.mark.parametrize("path", CONTENT, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_no_content_file_says_a_banned_phrase(path):
    data = json.loads(path.read_text("utf-8"))
    hits = [hit for text in strings(data) for hit in found_in(text)]
    assert hits == []


def test_no_template_says_a_banned_phrase():
    hits = {str(p.relative_to(PACKAGE)): found_in(p.read_text("utf-8")) for p in TEMPLATES}
    assert {name: found for name, found in hits.items() if found} == {}


@pytest.mark.parametrize(
    "text",
    [
        "She committed suicide last year.",
        "You failed the exercise.",
        "You should be over him by now.",
        "Just think positive!",
        "You are a narcissist.",
        "Take the pills.",
    ],
)
def test_the_list_catches_what_it_is_for(text):
    assert found_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's been two months. I should be over him by now.",  # the person's thought, a trap
        "Change what you can; let the rest hang loose.",
        "Breathe out slowly.",
    ],
)
def test_the_list_spares_ordinary_words(text):
    assert not found_in(text)
