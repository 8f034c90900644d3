"""Helplines by country, read from `data/helplines.json`.

Pure functions over a data file (no Django), so the help page, the sign-up page, later the
safety screen and the system check all read one list. Phone numbers are shown as people
write them and turned into `tel:`/`sms:` links here, once.

Each service has a topic: crisis lines (the default, for thoughts of suicide and emotional
distress) and domestic-abuse lines (abuse from a partner, an ex or a family member), which
`for_country` hands out separately so existing callers of `["services"]` keep crisis lines only.
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
# Who a service says it is for; "everyone" when the file says nothing.
AUDIENCES = ("everyone", "women", "men", "lgbtq+", YOUTH)

# What a service is for. A service without a topic is a crisis line.
CRISIS = "crisis"
DOMESTIC_ABUSE = "domestic-abuse"
TOPICS = (CRISIS, DOMESTIC_ABUSE)

# The only status that ships (reference/helplines.md): two independent sources agree.
VERIFIED = "2+"


@cache
def load(path: Path = DATA_FILE) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    every = [s for c in data["countries"].values() for s in c["services"]] + data["international"]
    # The page promises when the list was last checked: the oldest date is the honest one.
    data["checked"] = min(s["last_verified"] for s in every)
    return data


def topic_of(service: dict) -> str:
    return service.get("topic", CRISIS)


def dial_digits(number: str) -> str:
    """'0800 111 0 111' -> '08001110111'; keeps a leading +, * or # (short codes such as
    *0311 or Japan's #8008)."""
    return re.sub(r"(?!^[+*#])[^0-9]", "", number.strip())


def _tel(number: str) -> str:
    # A "#" would start a URI fragment, so it is written %23 (RFC 3966).
    return "tel:" + dial_digits(number).replace("#", "%23")


def _with_links(service: dict) -> dict:
    linked = dict(service)
    for field in ("call", "call_also"):
        if service.get(field):
            linked[f"{field}_uri"] = _tel(service[field])
    if service.get("text"):
        uri = "sms:" + dial_digits(service["text"])
        if service.get("text_keyword"):
            # "?&body=" is the form both Android and iOS messaging apps accept.
            uri += "?&body=" + service["text_keyword"]
        linked["text_uri"] = uri
    linked.setdefault("audience", "everyone")
    linked["topic"] = topic_of(service)
    # For the "Checked 1 Dec 2026" line under each service.
    linked["checked_on"] = dt.date.fromisoformat(service["last_verified"])
    return linked


def countries() -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name, for a country picker."""
    listed = load()["countries"]
    return sorted(((code, c["name"]) for code, c in listed.items()), key=lambda pair: pair[1])


def for_country(code: str | None) -> dict | None:
    """The country's emergency number, crisis lines (`services`) and domestic-abuse lines
    (`abuse_services`), each with tap-to-call links; None for a country we do not list."""
    code = (code or "").upper()
    country = load()["countries"].get(code)
    if country is None:
        return None
    return {
        "code": code,
        "name": country["name"],
        "emergency": country["emergency"],
        "services": _on_topic(country, CRISIS),
        "abuse_services": _on_topic(country, DOMESTIC_ABUSE),
    }


def _on_topic(country: dict, topic: str) -> list[dict]:
    return [_with_links(s) for s in country["services"] if topic_of(s) == topic]


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
