"""The rule set from rules.json, loaded and checked once: categories, levels, kinds, patterns."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

from innerbase.safety.detect.gate import Gate, Pattern

LEVELS = ("none", "check-in", "urgent")
KINDS = ("danger-from-others", "harm-to-others", "self-harm", "suicidal-ideation")
NONE, CHECK, URGENT = 0, 1, 2
RANK = {name: i for i, name in enumerate(LEVELS)}

# rules.json stays beside the safety app's other data: it is reviewed on its own, as a document
# (docs/SAFETY.md, "Changing the rules"), and this package only applies it.
DATA: dict[str, Any] = json.loads(
    files("innerbase.safety").joinpath("rules.json").read_text(encoding="utf-8")
)
RULES_VERSION: str = DATA["version"]
_MACROS: dict[str, str] = DATA["macros"]
_MACRO_RE = re.compile(r"%([A-Z]+)%")


def expand(pattern: str) -> str:
    """`pattern` with its %MACRO% references replaced by the macros' patterns."""
    for _ in range(4):
        expanded = _MACRO_RE.sub(lambda m: _MACROS[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"macro nesting too deep in {pattern!r}")


NOTHING = re.compile(r"(?!)")  # matches nowhere: a context with no patterns never applies


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One regex matching wherever any of `patterns` (macros expanded) matches."""
    if not patterns:
        return NOTHING
    return re.compile("|".join(f"(?:{expand(p)})" for p in patterns))


def _compile_all(entries: list[dict[str, Any]]) -> list[Pattern]:
    out = []
    for index, entry in enumerate(entries):
        for pattern in entry["patterns"]:
            expanded = expand(pattern)
            if re.compile(expanded).groups:
                raise ValueError(f"capture group in {entry['id']}; use (?:...)")
            out.append(Pattern(index, expanded))
    return out


# The clinical taxonomy: each category names the level and kind its rules report.
CATEGORIES: dict[str, dict[str, Any]] = DATA["categories"]


def _check(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for rule in rules:
        if rule["kind"] not in KINDS or rule["level"] not in ("urgent", "check-in"):
            raise ValueError(f"bad kind/level in rule {rule['id']}")
        if rule["subject"] not in ("self", "open"):
            raise ValueError(f"bad subject in rule {rule['id']}")
        category = CATEGORIES.get(rule.get("category", ""))
        if category is None or category["kind"] != rule["kind"]:
            raise ValueError(f"bad category in rule {rule['id']}")
        if category["level"] != rule["level"] and not rule.get("level_exception"):
            raise ValueError(f"rule {rule['id']} differs from its category's level, undocumented")
    return rules


RULES: list[dict[str, Any]] = _check(DATA["rules"])
RULE_PATTERNS = _compile_all(RULES)
RULE_GATE = Gate(RULE_PATTERNS)
EXCLUSIONS: list[dict[str, Any]] = DATA["exclusions"]
EXCLUSION_PATTERNS = _compile_all(EXCLUSIONS)
EXCLUSION_GATE = Gate(EXCLUSION_PATTERNS)
CONTEXT: dict[str, dict[str, Any]] = {c["type"]: c for c in DATA["context"]}
