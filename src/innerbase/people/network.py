"""The support network's pure rules: who gives which kind of support, whether the person
leans on one source only, and one small reach-out to suggest. No Django import.

A wider network protects: people who turn to one person for every kind of support are left
with nothing when that bond breaks, which is what a breakup does to many anxious people whose
partner was their whole safe haven (Feeney & Collins 2015, thriving through relationships;
Cohen & Wills 1985, the buffering of support). So the warning is about sources, not numbers
of friends: every kind of support coming from one person, or the only safe haven being the
partner or ex.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

SUPPORT_KINDS = ("safe-haven", "secure-base", "practical", "fun")
ROMANTIC = ("partner", "ex")


@dataclass(frozen=True)
class Supporter:
    id: str
    role: str  # people.json "roles" key
    support: tuple[str, ...]  # SUPPORT_KINDS given by this person
    last_contact: date | None


def by_kind(people: Sequence[Supporter]) -> dict[str, list[str]]:
    """{kind: ids of the people who give it}, every kind present, in list order."""
    return {kind: [p.id for p in people if kind in p.support] for kind in SUPPORT_KINDS}


def one_source(people: Sequence[Supporter]) -> dict[str, Any] | None:
    """The leaning warning, or None when support comes from more than one place:
    {"kind": "one-person", "id"} when one person gives all the support there is,
    {"kind": "romantic-haven", "id"} when the only safe haven is a partner or an ex,
    {"kind": "nobody"} when nobody is marked as giving any support yet."""
    givers = [p for p in people if p.support]
    if not givers:
        return {"kind": "nobody", "id": None}
    if len(givers) == 1:
        return {"kind": "one-person", "id": givers[0].id}
    havens = [p for p in givers if "safe-haven" in p.support]
    if len(havens) == 1 and havens[0].role in ROMANTIC:
        return {"kind": "romantic-haven", "id": havens[0].id}
    return None


def reach_out(people: Sequence[Supporter], *, today: date, leaning_on: str | None) -> str | None:
    """One person to reach out to: among those who give some support, other than the one
    leaned on and other than an ex, the one not in touch the longest (never in touch first);
    ties go to list order. None when there is nobody to suggest."""
    candidates = [p for p in people if p.support and p.id != leaning_on and p.role != "ex"]
    if not candidates:
        return None

    def waited(p: Supporter) -> int:
        return (today - p.last_contact).days if p.last_contact else 10**6

    return max(candidates, key=waited).id
