"""Two short notes several apps show, read from core/content/care_notes.json (written here;
sources in docs/CONTENT.md): that Innerbase is self-help, with the signs that it is time to
talk to a professional, and that seeing harm clearly is not a thinking trap. Pure: no Django
import."""

from typing import Any

from innerbase.core import content_files

load = content_files.loader(__file__)


def self_help() -> dict[str, Any]:
    return dict(load("care_notes")["self_help"])


def not_a_trap() -> dict[str, Any]:
    return dict(load("care_notes")["not_a_trap"])
