"""The provider registry: what spans apps is registered here by each app's `ready()`.

Today cards, a person's data (for export, import and deletion), what one app made from
another's rows, the journal prompts other apps offer, the wins each app counts, each app's
part of the progress page and the sections of the therapist report each have one list here.
An app adds itself in `AppConfig.ready()`; the pages and services that span apps read these
lists, never another app's models. A new app is done when it is registered for every kind
of data it holds (tests/core/test_registry.py checks that).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Model


@dataclass(frozen=True)
class Card:
    """A card on Today: `show(request)` decides if it appears, `context(request)` feeds it."""

    template: str
    order: int
    show: Callable[[Any], bool] | None
    context: Callable[[Any], dict] | None
    light: bool = False  # stays in the lighter rhythm (checkins: a steadier person's choice)


@dataclass(frozen=True)
class PersonalData:
    """The models of one app that hold a person's rows.

    `models` are exported (decrypted) and restored, parents before children; `derived` are
    erased with the person but never exported: indexes rebuilt from the rows above, markers,
    and key material that would be useless (or dangerous) in a file.
    """

    app: str
    models: tuple[type[Model], ...]
    derived: tuple[type[Model], ...] = ()


@dataclass(frozen=True)
class Related:
    """What another app made from a row: `rows(user=..., pk=...)` gives [{"label", "when",
    "url"}], for the row's page ("Thoughts from this entry"); `delete(user=..., pk=...)`,
    when given, deletes those rows, for a row whose removal offers to take them too (a
    person in the people list)."""

    target: str
    app: str
    rows: Callable[..., list[dict]]
    delete: Callable[..., None] | None = None


@dataclass(frozen=True)
class Prompts:
    """Journal prompts an app offers (a lesson's reflection): `prompts()` gives dicts shaped
    like the journal's own ({"id", "text", "weight"}). The journal opens an entry with one by
    its id, and never offers them at random."""

    app: str
    prompts: Callable[[], list[dict]]


@dataclass(frozen=True)
class ReportSection:
    """A section of the therapist report an app offers: `build(user=, data_key=, since=,
    until=, chosen=)` gives its blocks (reports/document.py says their shapes) for the dates
    `since`..`until` (inclusive, the person's days); `chosen` holds what the person picked
    for a section made of chosen rows ({"entries": ids, "parts": codes})."""

    code: str
    app: str
    order: int
    build: Callable[..., list[dict]]


@dataclass(frozen=True)
class Wins:
    """The wins an app counts (a kept intention, an urge that passed): `wins(user=...,
    data_key=..., since=None, until=None, limit=None)` gives [{"when": aware datetime,
    "text", "kind", "url"}], newest first, `since` <= when < `until`, at most `limit`."""

    app: str
    wins: Callable[..., list[dict]]


@dataclass(frozen=True)
class Table:
    """A spreadsheet an app offers in the CSV export: `rows(user=..., data_key=...)` yields
    one list of plain values per row, matching `columns` (text, numbers, booleans, None;
    times as ISO 8601 with the person's offset, days as YYYY-MM-DD; lists joined with "; "),
    oldest first, read from the app's own selectors. `name` is the file's name ("journal")."""

    app: str
    name: str
    columns: tuple[str, ...]
    rows: Callable[..., Any]


_cards: dict[str, Card] = {}
_data: dict[str, PersonalData] = {}
_related: dict[tuple[str, str], Related] = {}
_prompts: dict[str, Prompts] = {}
_report_sections: dict[str, ReportSection] = {}
_wins: dict[str, Wins] = {}
_progress: dict[str, Progress] = {}
_importers: dict[str, Importer] = {}


@dataclass(frozen=True)
class Importer:
    """How records of one kind from another app's file come in (the imports app):
    `save_many(user=..., data_key=..., records=[...])` saves them all in one transaction
    through the owning app's own batch service (sealed, its indexes updated once) and
    returns the new rows' ids in the same order. A record's shape per kind is in
    imports/formats/common.py."""

    kind: str
    app: str
    save_many: Callable[..., list]


_tables: dict[str, Table] = {}


@dataclass(frozen=True)
class Progress:
    """An app's part of the progress page (and of the API's /progress and a report).

    `series(user=..., data_key=..., since=..., until=...)` takes two `datetime.date`s on the
    person's own clock (`since` may be None: from the first row; both days are included) and
    returns a dict of named sections, each plain data that json.dumps can write and the
    pure progress/stats.py can read: numbers, booleans, None, strings (dates as
    "YYYY-MM-DD", months as "YYYY-MM", fixed codes and names from the app's own content,
    never a person's words except where the section must show them, such as a trigger),
    lists and dicts of those. Each section says how many rows lie behind its numbers, so a
    page can be honest about too little to tell. The sections each app gives are listed in
    docs/ARCHITECTURE.md; the numbers come from the app's own selectors, added up in SQL
    where they are plain. `order` places the app's part on the page.
    """

    app: str
    series: Callable[..., dict[str, Any]]
    order: int


def card_register(template: str, *, order: int, show=None, context=None, light=False) -> None:
    """Add a Today card (registering the same template twice replaces it); `light` keeps it
    on Today in the lighter rhythm a steadier person may choose."""
    _cards[template] = Card(template, order, show, context, light)


def cards_for(request, *, light: bool = False) -> list[dict]:
    """The cards this person should see now, in order, each with its template and context
    (in the lighter rhythm, only the cards registered to stay in it)."""
    result = []
    for card in sorted(_cards.values(), key=lambda card: card.order):
        if light and not card.light:
            continue
        if card.show is not None and not card.show(request):
            continue
        extra = card.context(request) if card.context is not None else {}
        result.append({"template": card.template, **extra})
    return result


def data_register(app: str, *, models, derived=()) -> None:
    """Declare the models in which `app` keeps a person's rows (see PersonalData)."""
    _data[app] = PersonalData(app, tuple(models), tuple(derived))


def related_register(target: str, *, app: str, rows, delete=None) -> None:
    """Offer what `app` made from rows of `target` (a model label, "journal.entry")."""
    _related[(target, app)] = Related(target, app, rows, delete)


def related_delete(target: str, *, user, pk) -> None:
    """Delete what every app made from the row `pk` of `target`, where the app allows it."""
    for related in _related.values():
        if related.target == target and related.delete is not None:
            related.delete(user=user, pk=pk)


def related_to(target: str, *, user, pk) -> list[dict]:
    """Everything other apps made from the row `pk` of `target`, oldest first."""
    found = [
        row for r in _related.values() if r.target == target for row in r.rows(user=user, pk=pk)
    ]
    return sorted(found, key=lambda row: row["when"])


def personal_data() -> list[PersonalData]:
    """Every app's personal data, in registration order (INSTALLED_APPS order)."""
    return list(_data.values())


def prompt_register(app: str, *, prompts) -> None:
    """Offer journal prompts from `app` (see Prompts)."""
    _prompts[app] = Prompts(app, prompts)


def offered_prompts() -> dict[str, dict]:
    """Every prompt other apps offer, by id."""
    return {prompt["id"]: prompt for p in _prompts.values() for prompt in p.prompts()}


def report_register(code: str, *, app: str, order: int, build) -> None:
    """Offer section `code` of the therapist report from `app` (see ReportSection)."""
    _report_sections[code] = ReportSection(code, app, order, build)


def report_sections() -> list[ReportSection]:
    """Every section the report can hold, in the report's order."""
    return sorted(_report_sections.values(), key=lambda section: section.order)


def wins_register(app: str, *, wins) -> None:
    """Count the wins `app` holds (see Wins)."""
    _wins[app] = Wins(app, wins)


def wins_for(*, user, data_key: bytes, since=None, until=None, limit=None) -> list[dict]:
    """Every app's wins between `since` (included) and `until` (left out), newest first, at
    most `limit` (each app is asked for at most `limit` too, so a page stays bounded)."""
    found = [
        win
        for w in _wins.values()
        for win in w.wins(user=user, data_key=data_key, since=since, until=until, limit=limit)
    ]
    found.sort(key=lambda win: win["when"], reverse=True)
    return found if limit is None else found[:limit]


def progress_register(app: str, *, series, order: int) -> None:
    """Offer `app`'s part of the progress page (see Progress); registering again replaces it."""
    _progress[app] = Progress(app, series, order)


def progress_for(*, user, data_key: bytes, since, until) -> dict[str, dict[str, Any]]:
    """Every app's part of the progress page for the days `since` to `until`, by app, in
    order: {"journal": {...}, "safety": {...}, ...}."""
    return {
        p.app: p.series(user=user, data_key=data_key, since=since, until=until)
        for p in sorted(_progress.values(), key=lambda p: p.order)
    }


def import_register(kind: str, *, app: str, save_many) -> None:
    """Take imported records of `kind` ("entry", "thought_record") into `app` (see Importer)."""
    _importers[kind] = Importer(kind, app, save_many)


def importer_for(kind: str) -> Importer | None:
    """The app that takes imported records of `kind`, or None when no app does."""
    return _importers.get(kind)


def csv_register(app: str, *, name: str, columns, rows) -> None:
    """Offer a CSV of `app`'s rows for the export (see Table); a name registered again
    replaces it."""
    _tables[name] = Table(app, name, tuple(columns), rows)


def csv_tables() -> list[Table]:
    """Every CSV the export holds, in registration order."""
    return list(_tables.values())
