"""Owner-scoped reads of the people list (the only module other apps import): one person,
everyone with their names opened, the choices a form offers, and a name by id."""

from __future__ import annotations

import uuid
from typing import Any

from django.db.models import QuerySet

from innerbase.core.owned import get_owned_or_404, owned
from innerbase.people import content
from innerbase.people.models import Person


def person_or_404(*, user, pk) -> Person:
    return get_owned_or_404(Person, user=user, pk=pk)


def person_or_none(*, user, pk) -> Person | None:
    """The person's own `pk`, or None (for another person's id, or a malformed one): an API
    answers 422 naming its field for None."""
    try:
        uuid.UUID(str(pk))
    except ValueError:
        return None
    return owned(Person, user=user).filter(pk=pk).first()


def people_all(*, user) -> QuerySet[Person]:
    return owned(Person, user=user).order_by("created_at")


def words_of(*, person: Person, data_key: bytes) -> dict[str, str]:
    body = person.open_json(data_key, "body", default={})
    return {"name": body.get("name", ""), "note": body.get("note", "")}


def people_with_names(
    *, user, data_key: bytes, roles: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """Everyone in the list (only those with one of `roles`, when given), oldest first, as
    {"person", "name", "note", "role_label"}."""
    found = people_all(user=user)
    if roles:
        found = found.filter(role__in=roles)
    labels = content.roles()
    return [
        {**words_of(person=p, data_key=data_key), "person": p, "role_label": labels.get(p.role, "")}
        for p in found
    ]


def choices(*, user, data_key: bytes, roles: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(id, name) pairs for a form's "who is this about?" choice."""
    return [
        (str(row["person"].pk), row["name"])
        for row in people_with_names(user=user, data_key=data_key, roles=roles)
    ]


def names_by_id(*, user, data_key: bytes) -> dict[str, str]:
    """{id as text: name} for showing who a linked row is about."""
    return {str(p.pk): words_of(person=p, data_key=data_key)["name"] for p in people_all(user=user)}


def in_safety_plan(*, user, data_key: bytes, section: str) -> list[str]:
    """The names the person chose to show in one section of their safety plan."""
    return [
        words_of(person=p, data_key=data_key)["name"]
        for p in people_all(user=user)
        if section in p.in_safety_plan
    ]
