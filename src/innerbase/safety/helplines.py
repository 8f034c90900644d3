"""Crisis helplines by country, read from `data/helplines.json`.

Pure functions over a data file (no Django), so the help page, the sign-up page, later the
safety screen and the system check all read one list. Phone numbers are shown as people
write them and turned into `tel:`/`sms:` links here, once.
"""

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "helplines.json"

# Services for young people are listed apart: Innerbase is for adults and points younger
# people there instead (sign-up and the help page).
YOUTH = "youth"


@cache
def load(path: Path = DATA_FILE) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    every = [s for c in data["countries"].values() for s in c["services"]] + data["international"]
    # The page promises when the list was last checked: the oldest date is the honest one.
    data["checked"] = min(s["last_verified"] for s in every)
    return data


def dial_digits(number: str) -> str:
    """'0800 111 0 111' -> '08001110111'; keeps a leading + or * (short codes such as *0311)."""
    return re.sub(r"(?!^[+*])[^0-9]", "", number.strip())


def _with_links(service: dict) -> dict:
    linked = dict(service)
    for field in ("call", "call_also"):
        if service.get(field):
            linked[f"{field}_uri"] = "tel:" + dial_digits(service[field])
    if service.get("text"):
        uri = "sms:" + dial_digits(service["text"])
        if service.get("text_keyword"):
            # "?&body=" is the form both Android and iOS messaging apps accept.
            uri += "?&body=" + service["text_keyword"]
        linked["text_uri"] = uri
    linked.setdefault("audience", "everyone")
    return linked


def countries() -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name, for a country picker."""
    listed = load()["countries"]
    return sorted(((code, c["name"]) for code, c in listed.items()), key=lambda pair: pair[1])


def for_country(code: str | None) -> dict | None:
    """The country's emergency number and services (with tap-to-call links), or None."""
    code = (code or "").upper()
    country = load()["countries"].get(code)
    if country is None:
        return None
    return {
        "code": code,
        "name": country["name"],
        "emergency": country["emergency"],
        "services": [_with_links(s) for s in country["services"]],
    }


def international() -> list[dict]:
    return [_with_links(s) for s in load()["international"]]


def youth_services() -> list[dict]:
    """Services for under-18s in any country, with the country's name attached."""
    found = []
    for country in load()["countries"].values():
        for service in country["services"]:
            if service.get("audience") == YOUTH:
                found.append(_with_links(service) | {"country": country["name"]})
    return found


_REGION = re.compile(r"^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})$", re.IGNORECASE)


def country_from_accept_language(header: str | None) -> str | None:
    """The first listed country among the browser's preferred locales ('en-AU' -> 'AU').

    A bare language ('en', 'es') says nothing about where someone lives, so it is not used:
    guessing the wrong country's emergency number would be worse than asking.
    """
    listed = load()["countries"]
    for part in (header or "").split(","):
        match = _REGION.match(part.split(";")[0].strip())
        if match and match.group(1).upper() in listed:
            return match.group(1).upper()
    return None


def stale(today: dt.date, data: dict | None = None) -> list[str]:
    """Names of services whose last check is older than the file's `stale_after_days`."""
    data = data or load()
    limit = dt.timedelta(days=data["stale_after_days"])
    every = [s for c in data["countries"].values() for s in c["services"]] + data["international"]
    return [s["name"] for s in every if today - dt.date.fromisoformat(s["last_verified"]) > limit]
