"""Owner-scoped reads of the people list (the only module other apps import): one person,
everyone with their names opened, the choices a form offers, and a name by id."""

from __future__ import annotations

import uuid
from typing import Any

from django.db.models import QuerySet

from innerbase.core.owned import get_owned_or_404, owned
from innerbase.people import consistency, content
from innerbase.people import network as network_rules
from innerbase.people.models import Observation, Person


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


# -- a new connection ------------------------------------------------------------------------
def observations_of(*, person: Person) -> QuerySet[Observation]:
    return person.observations.order_by("observed_on", "created_at")


def consistency_of(*, person: Person) -> dict[str, Any]:
    """The consistency view's figures (people/consistency.py) from plain columns only."""
    rows = observations_of(person=person).values_list("observed_on", *consistency.CHECKS, "feeling")
    return consistency.summary(
        consistency.Observation(day, kept, responsive, respected, myself, feeling)
        for day, kept, responsive, respected, myself, feeling in rows
    )


def notes_recent(*, person: Person, data_key: bytes, limit: int = 10) -> list[dict[str, Any]]:
    rows = person.observations.order_by("-observed_on", "-created_at")[:limit]
    return [
        {"row": r, "note": r.open_json(data_key, "body", default={}).get("note", "")} for r in rows
    ]


# -- the support network -----------------------------------------------------------------------
def network(*, user, data_key: bytes, today) -> dict[str, Any]:
    """The support page's figures: the people who give support, by kind, the leaning warning
    and one reach-out (people/network.py), with names opened."""
    rows = people_with_names(user=user, data_key=data_key)
    supporters = [
        network_rules.Supporter(
            str(r["person"].pk),
            r["person"].role,
            tuple(r["person"].support),
            r["person"].last_contact,
        )
        for r in rows
    ]
    by_id = {str(r["person"].pk): r for r in rows}
    leaning = network_rules.one_source(supporters)
    suggest = network_rules.reach_out(
        supporters, today=today, leaning_on=leaning["id"] if leaning else None
    )
    return {
        "people": [r for r in rows if r["person"].support],
        "by_kind": {
            kind: [by_id[pk] for pk in ids]
            for kind, ids in network_rules.by_kind(supporters).items()
        },
        "leaning": {**leaning, "name": by_id[leaning["id"]]["name"] if leaning["id"] else ""}
        if leaning
        else None,
        "reach_out": by_id[suggest] if suggest else None,
    }
