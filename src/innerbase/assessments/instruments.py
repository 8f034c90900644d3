"""Instruments are data files (instruments/<code>.yaml); this module reads and checks them.

Pure: no Django. A file that breaks the schema fails loudly at load time, naming the file and
the problem, so a typo in a reverse key can never silently change anyone's score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any, NoReturn

import yaml

INSTRUMENT_DIR = Path(__file__).parent / "instruments"
SCORINGS = ("mean", "sum")
TARGET_WORDS = "this person"  # ECR-RS items name the person as the published form does
DIRECTIONS = ("worse", "better")


@dataclass(frozen=True)
class Item:
    key: str
    number: int
    text: str
    subscale: str
    reverse: bool


@dataclass(frozen=True)
class Subscale:
    key: str
    name: str
    scoring: str
    higher_is: str
    items: tuple[str, ...]
    norms: dict[str, Any] | None
    reliability: dict[str, Any] | None
    bands: tuple[dict[str, Any], ...] | None
    midpoint: float | None
    reliable_change: dict[str, Any] | None = None


@dataclass(frozen=True)
class Instrument:
    code: str
    name: str
    short_name: str
    scale_min: int
    scale_max: int
    anchors: dict[int, str]
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...]
    targets: tuple[str, ...] | None
    raw: dict[str, Any]

    def item(self, key: str) -> Item:
        return self._items_by_key[key]

    def subscale(self, key: str) -> Subscale:
        return next(s for s in self.subscales if s.key == key)

    @cached_property
    def _items_by_key(self) -> dict[str, Item]:
        return {item.key: item for item in self.items}

    @property
    def item_keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.items)


def item_text(item: Item) -> str:
    """An item's words as the person reads them, with the ECR-RS's person named."""
    return item.text.replace("{target}", TARGET_WORDS)


def target_label(instrument: Instrument, target: str) -> str:
    """How the pages name who a take is about ("" when it is about nobody in particular)."""
    if not target:
        return ""
    return str((instrument.raw.get("target_labels") or {}).get(target, target))


def unscored(instrument: Instrument) -> dict[str, Any] | None:
    """The form's optional, unscored closing question (GAD-7: how difficult the problems
    made things), or None. Its answer never enters a score."""
    question: dict[str, Any] | None = instrument.raw.get("unscored_question")
    return question


class InstrumentError(ValueError):
    """An instrument file that does not follow the schema."""


def parse(data: dict[str, Any], source: str = "<data>") -> Instrument:
    """Build an Instrument from a file's data, checking everything scoring relies on."""

    def fail(message: str) -> NoReturn:
        raise InstrumentError(f"{source}: {message}")

    try:
        scale = data["scale"]
        low, high = int(scale["min"]), int(scale["max"])
        raw_items = data["items"]
        raw_subscales = data["subscales"]
    except (KeyError, TypeError, ValueError) as exc:
        fail(f"missing or malformed field {exc}")
    if low >= high:
        fail("scale.min must be below scale.max")
    subscale_keys = [s["key"] for s in raw_subscales]
    if len(set(subscale_keys)) != len(subscale_keys):
        fail("subscale keys repeat")
    items = []
    for raw in raw_items:
        if raw.get("subscale") not in subscale_keys:
            fail(f"item {raw.get('key')} names an unknown subscale {raw.get('subscale')!r}")
        if not isinstance(raw.get("reverse"), bool):
            fail(f"item {raw.get('key')}: reverse must be true or false")
        items.append(
            Item(raw["key"], int(raw["number"]), str(raw["text"]), raw["subscale"], raw["reverse"])
        )
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("item keys repeat")
    numbers = sorted(item.number for item in items)
    if numbers != list(range(1, len(items) + 1)):
        fail("item numbers must run 1..n without gaps")
    subscales = []
    for raw in raw_subscales:
        if raw.get("scoring") not in SCORINGS:
            fail(f"subscale {raw['key']}: scoring must be one of {SCORINGS}")
        if raw.get("higher_is") not in DIRECTIONS:
            fail(f"subscale {raw['key']}: higher_is must be one of {DIRECTIONS}")
        members = tuple(item.key for item in items if item.subscale == raw["key"])
        if not members:
            fail(f"subscale {raw['key']} has no items")
        bands = tuple(raw["bands"]) if raw.get("bands") else None
        subscales.append(
            Subscale(
                key=raw["key"],
                name=str(raw["name"]),
                scoring=raw["scoring"],
                higher_is=raw["higher_is"],
                items=members,
                norms=raw.get("norms"),
                reliability=raw.get("reliability"),
                bands=bands,
                midpoint=raw.get("midpoint"),
                reliable_change=_reliable_change(raw, fail),
            )
        )
    anchors = {int(value): str(label) for value, label in (scale.get("anchors") or {}).items()}
    if any(not low <= value <= high for value in anchors):
        fail("an anchor lies outside the scale")
    targets = tuple(data["targets"]) if data.get("targets") else None
    return Instrument(
        code=str(data["code"]),
        name=str(data["name"]),
        short_name=str(data.get("short_name") or data["code"]),
        scale_min=low,
        scale_max=high,
        anchors=anchors,
        items=tuple(sorted(items, key=lambda item: item.number)),
        subscales=tuple(subscales),
        targets=targets,
        raw=data,
    )


def _reliable_change(raw: dict[str, Any], fail: Callable[[str], NoReturn]) -> dict[str, Any] | None:
    entry: dict[str, Any] | None = raw.get("reliable_change")
    if entry is None:
        return None
    try:
        sd, r = float(entry["sd"]), float(entry["retest_r"])
    except (KeyError, TypeError, ValueError):
        fail(f"subscale {raw['key']}: reliable_change needs sd and retest_r")
    if sd <= 0 or not 0 <= r < 1 or not entry.get("basis"):
        fail(f"subscale {raw['key']}: reliable_change needs sd > 0, 0 <= r < 1 and a basis")
    return entry


@cache
def load(code: str) -> Instrument:
    path = INSTRUMENT_DIR / f"{code}.yaml"
    if not path.is_file():
        raise KeyError(code)
    instrument = parse(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    if instrument.code != code:
        raise InstrumentError(f"{path.name}: code {instrument.code!r} does not match the file name")
    return instrument


def codes() -> list[str]:
    """The codes of every questionnaire file shipped."""
    return list(_shipped())


@cache
def _shipped() -> tuple[str, ...]:
    # Read once per process, like the files themselves: every page and index row asks.
    return tuple(sorted(path.stem for path in INSTRUMENT_DIR.glob("*.yaml")))
