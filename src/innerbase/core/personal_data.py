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
from collections.abc import Iterator

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
    """One row as JSON-ready values: sealed fields opened, foreign keys as ids, no owner."""
    out = {}
    sealed_json = getattr(row, "sealed_json", ())
    for field in row._meta.concrete_fields:
        if _is_owner(field):
            continue
        if isinstance(field, models.BinaryField):
            text = row.open_text(data_key, field.name)  # type: ignore[attr-defined]
            out[field.name] = (
                (json.loads(text) if text else None) if field.name in sealed_json else text
            )
        else:
            out[field.attname] = _plain(getattr(row, field.attname))
    return out


def exported(*, user, data_key: bytes) -> dict[str, list[dict]]:
    """Every exported row of the person, decrypted, keyed by model label ("journal.entry")."""
    result: dict[str, list[dict]] = {}
    for data in registry.personal_data():
        for model in data.models:
            rows = rows_of(model, user=user)
            result[model._meta.label_lower] = [row_export(row, data_key) for row in rows.iterator()]
    return result


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
