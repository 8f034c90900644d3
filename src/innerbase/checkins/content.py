"""The weekly check-in's words: the signs of healing, the rating scale and the page words,
read from content/checkins.json (sources in docs/CONTENT.md). Pure: no Django import."""

from typing import Any

from innerbase.core import content_files

load = content_files.loader(__file__)

WORD_FIELDS = ("went_well", "win", "intention")  # the sealed words of a check-in
INTENTION_MAX = 500  # as long as a practice intention may be, so it can become one


def signs() -> list[dict[str, str]]:
    return list(load("checkins")["signs"])


def sign_codes() -> tuple[str, ...]:
    return tuple(sign["code"] for sign in signs())


def scale() -> dict[int, str]:
    return {int(value): label for value, label in load("checkins")["scale"].items()}


def not_applicable() -> str:
    return str(load("checkins")["not_applicable"])


def page() -> dict[str, str]:
    return dict(load("checkins")["page"])


def card() -> dict[str, str]:
    return dict(load("checkins")["card"])


def wins() -> dict[str, Any]:
    return dict(load("checkins")["wins"])


def hard_day() -> dict[str, str]:
    return dict(load("checkins")["hard_day"])
