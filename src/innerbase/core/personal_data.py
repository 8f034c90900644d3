"""Every row a person owns, across apps, read from the registry: for export and for erasing.

Apps declare their models with `registry.data_register`; nothing here knows any app. Sealed
fields are opened with the person's data key, so an export holds their words in plain text
(it is theirs); a model lists its sealed JSON fields in `sealed_json`, other sealed fields
read as text.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from typing import cast

from django.conf import settings
from django.db import models, transaction
from django.db.models import Model, QuerySet

from innerbase.core import registry
from innerbase.core.owned import owner_path


def rows_of(model: type[Model], *, user) -> QuerySet:
    """Every row of `model` that belongs to `user`, directly or through its parent row."""
    return model._default_manager.filter(**{owner_path(model): user}).order_by("pk")


def _plain(value):
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _is_owner(field) -> bool:
    return (
        field.is_relation
        and field.related_model is not None
        and (field.related_model._meta.label == settings.AUTH_USER_MODEL)
    )


def row_export(row: Model, data_key: bytes) -> dict:
    """One row as JSON-ready values: sealed fields opened, ids and foreign keys as text,
    times in ISO 8601 with their offset, no owner."""
    return _exporter(type(row))(row, data_key)


def _exporter(model: type[Model]) -> Callable[[Model, bytes], dict]:
    """row_export for one model, with each field's treatment decided once, not per row (an
    export at ten years writes some 15,000 rows)."""
    sealed_json = getattr(model, "sealed_json", ())
    plan: list[tuple[str, str, int]] = []  # (attribute, key in the row, how)
    for field in model._meta.concrete_fields:
        if _is_owner(field):
            continue
        if isinstance(field, models.BinaryField):
            plan.append((field.name, field.name, _JSON if field.name in sealed_json else _TEXT))
        elif field.primary_key or field.is_relation:  # ids are text, whatever their column
            plan.append((field.attname, field.attname, _ID))
        elif isinstance(field, models.DateField | models.TimeField):  # DateTimeField too
            plan.append((field.attname, field.attname, _TIME))
        elif isinstance(field, models.UUIDField):
            plan.append((field.attname, field.attname, _ID))
        else:
            plan.append((field.attname, field.attname, _VALUE))

    def export(row: Model, data_key: bytes) -> dict:
        out: dict = {}
        for attname, key, how in plan:
            if how == _VALUE:
                out[key] = _plain(getattr(row, attname))
            elif how == _TIME:
                value = getattr(row, attname)
                out[key] = None if value is None else value.isoformat()
            elif how == _ID:
                value = getattr(row, attname)
                out[key] = None if value is None else str(value)
            else:
                text = row.open_text(data_key, attname)  # type: ignore[attr-defined]
                out[key] = (json.loads(text) if text else None) if how == _JSON else text
        return out

    return export


_VALUE, _TIME, _ID, _TEXT, _JSON = range(5)


EXPORT_CHUNK = 500  # rows fetched from the database at a time while exporting


def exported_stream(*, user, data_key: bytes) -> Iterator[tuple[str, Iterator[dict]]]:
    """Every exported model of the person as (label, its rows), the rows read lazily in
    chunks, so a ten-year account is never held in memory at once. Consume each model's
    rows before asking for the next model."""
    for data in registry.personal_data():
        for model in data.models:
            rows = rows_of(model, user=user).iterator(chunk_size=EXPORT_CHUNK)
            export = _exporter(model)
            yield model._meta.label_lower, (export(row, data_key) for row in rows)


def exported(*, user, data_key: bytes) -> dict[str, list[dict]]:
    """Every exported row of the person, decrypted, keyed by model label ("journal.entry")."""
    return {label: list(rows) for label, rows in exported_stream(user=user, data_key=data_key)}


def covered_models() -> Iterator[type[Model]]:
    """Every model some app declared, exported or derived."""
    for data in registry.personal_data():
        yield from data.models
        yield from data.derived


@transaction.atomic
def erase(*, user) -> None:
    """Delete every row the person owns in every app, children before parents.

    The person's own row goes last (accounts), and the cascade would reach most of these
    anyway; deleting through the registry makes the promise checkable model by model.
    """
    for data in reversed(registry.personal_data()):
        for model in (*reversed(data.derived), *reversed(data.models)):
            rows_of(model, user=user).delete()


@transaction.atomic
def restore(*, user, data_key: bytes, rows: dict[str, list[dict]]) -> dict[str, int]:
    """Make the exported `rows` this person's: new ids, links between rows kept, sealed
    fields sealed again under this person's key and each new row. Returns rows made per model.

    Derived data is not in an export; each app rebuilds it (search indexes when their counts
    disagree). Times are kept as they were, including the ones Django would stamp anew.
    """
    new_ids: dict[str, dict] = {}
    made: dict[str, int] = {}
    for data in registry.personal_data():
        for model in data.models:
            label = model._meta.label_lower
            new_ids[label] = {}
            for old in rows.get(label, []):
                row = _row_restore(model, old, user=user, data_key=data_key, new_ids=new_ids)
                new_ids[label][str(old[model._meta.pk.attname])] = row.pk
            made[label] = len(new_ids[label])
    return made


def _row_restore(model: type[Model], old: dict, *, user, data_key: bytes, new_ids) -> Model:
    row = model()
    stamped = {}
    for field in model._meta.concrete_fields:
        if _is_owner(field):
            setattr(row, field.attname, user.pk)
        elif field.primary_key:
            continue  # a new id: the old one may still belong to someone on this server
        elif field.is_relation:
            linked = old.get(field.attname)
            parent = new_ids.get(cast(type[Model], field.related_model)._meta.label_lower, {})
            setattr(row, field.attname, parent.get(str(linked)) if linked is not None else None)
        elif not isinstance(field, models.BinaryField):
            value = field.to_python(old.get(field.attname))
            setattr(row, field.attname, value)
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                stamped[field.attname] = value
    for field in model._meta.concrete_fields:
        if isinstance(field, models.BinaryField) and old.get(field.name) not in (None, ""):
            if field.name in getattr(row, "sealed_json", ()):
                row.seal_json(data_key, field.name, old[field.name])  # type: ignore[attr-defined]
            else:
                row.seal_text(data_key, field.name, old[field.name])  # type: ignore[attr-defined]
    row.save(force_insert=True)
    if stamped:  # save() stamped these with now; the person's history keeps its own times
        model._default_manager.filter(pk=row.pk).update(**stamped)
    return row
