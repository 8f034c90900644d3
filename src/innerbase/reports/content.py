"""The report's page words and section titles (content/report.json, written here). Pure."""

from typing import Any

from innerbase.core import content_files

load = content_files.loader(__file__)


def words() -> dict[str, Any]:
    return load("report")


def section_title(code: str) -> str:
    return str(load("report")["sections"].get(code, code))
