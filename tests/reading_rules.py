"""The reading rules every text a person reads keeps, shared by the content tests
(tests/core/test_content_rules.py) and the lessons' (tests/learn/test_lesson_files.py): no
banned phrase, and Flesch-Kincaid grade 8 or below (textstat, a maintained library)."""

import json
import re
from pathlib import Path

import textstat

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "innerbase"
BANNED = json.loads((PACKAGE / "core" / "content" / "banned_phrases.json").read_text("utf-8"))
PATTERNS = [
    (re.compile(rf"\b(?:{entry['pattern']})\b", re.IGNORECASE), entry["why"])
    for entry in BANNED["phrases"]
]


def found_in(text: str) -> list[str]:
    return [f"{m.group(0)!r} ({why})" for pattern, why in PATTERNS for m in pattern.finditer(text)]


MAX_GRADE = 8
MIN_WORDS = 5
POOL_WORDS = 20  # short texts adding up to fewer words are pooled with other files' (below)
# Proper names: a person reads them, but no plainer word could stand in their place. They are
# measured as a one-syllable word ("Name"), so the rest of the sentence is still held to grade 8.
PROPER_NAMES = [
    "anxious-preoccupied",  # Bartholomew & Horowitz's names for the four quarters
    "dismissing-avoidant",
    "fearful-avoidant",
    "Innerbase",
    "ECR-RS",
    "ECR-R",
    "GAD-7",
    "SCS-SF",
    "RSES",
    "R. C. Fraley",
    "Dr. Rosenberg",
    "Rosenberg",
    "Raes et al.",
    "Jacobson–Truax reliable change index",  # the method's name, in the clinicians' fold
    "Jacobson–Truax",
    "docs/SECURITY.md",
    "FHIR",
]


def named(text: str) -> str:
    for name in PROPER_NAMES:
        text = text.replace(name, "Name")
    return text


def grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(named(text)))


def grade_of_lines(texts: list[str]) -> float:
    """Flesch-Kincaid's formula over short texts, each counted as one sentence (textstat's own
    count drops sentences of one or two words, which is all a label is)."""
    texts = [named(t) for t in texts]
    words = sum(textstat.lexicon_count(t) for t in texts)
    syllables = sum(textstat.syllable_count(t) for t in texts)
    return 0.39 * words / len(texts) + 11.8 * syllables / words - 15.59
