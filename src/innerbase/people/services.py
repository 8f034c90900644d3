"""People-list writes: add, change, record contact, remove. Reads are in selectors.py.

Callers check input first (forms, API schemas); these functions trust it.
"""

from __future__ import annotations

import datetime as dt

from innerbase.people import consistency
from innerbase.people.models import Observation, Person

FIELDS = ("role", "support", "in_touch", "last_contact", "in_safety_plan")


def person_add(*, user, data_key: bytes, name: str, role: str, note: str = "", **plain) -> Person:
    """A new person in the list; `plain` may set any of FIELDS."""
    person = Person(owner=user, role=role)
    for field, value in plain.items():
        if field in FIELDS:
            setattr(person, field, value)
    person.seal_json(data_key, "body", {"name": name, "note": note})
    person.save()
    return person


def person_update(*, person: Person, data_key: bytes, name: str, note: str, **plain) -> Person:
    for field, value in plain.items():
        if field in FIELDS:
            setattr(person, field, value)
    person.seal_json(data_key, "body", {"name": name, "note": note})
    person.save()
    return person


def contact_noted(*, person: Person, day: dt.date) -> Person:
    """They were in touch on `day` (a later date than the one kept wins)."""
    if person.last_contact is None or day > person.last_contact:
        person.last_contact = day
        person.save(update_fields=["last_contact", "updated_at"])
    return person


def person_delete(*, person: Person) -> None:
    """Remove the person; rows of other apps that linked to them keep the writing and lose
    the link (their foreign keys are SET_NULL), unless the caller deleted those first."""
    person.delete()


def observation_add(
    *,
    person: Person,
    data_key: bytes,
    day: dt.date,
    note: str = "",
    feeling: str = "",
    **answers: bool | None,
) -> Observation:
    """One observation of `person` on `day`; `answers` are consistency.CHECKS (True, False
    or None for not noted)."""
    row = Observation(owner=person.owner, person=person, observed_on=day, feeling=feeling)
    for check, value in answers.items():
        if check in consistency.CHECKS:
            setattr(row, check, value)
    row.seal_json(data_key, "body", {"note": note})
    row.save()
    return row
