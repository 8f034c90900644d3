"""The safety pages' words and lists, read from content/*.json (written here; sources in
docs/CONTENT.md). Pure: no Django import."""

from innerbase.core import content_files

load = content_files.loader(__file__)


def plan_sections() -> list[dict]:
    return load("plan")["sections"]


def plan_keys() -> list[str]:
    return [section["key"] for section in plan_sections()]


def urges() -> dict[str, str]:
    return {urge["key"]: urge["label"] for urge in load("pause")["urges"]}


def alternatives() -> dict[str, str]:
    return {alt["key"]: alt["label"] for alt in load("pause")["alternatives"]}


def alternatives_for(urge: str) -> list[dict]:
    """Secure alternatives that suit an urge first, then the ones that suit any urge."""
    every = load("pause")["alternatives"]
    suited = [alt for alt in every if urge in alt["for"]]
    general = [alt for alt in every if "any" in alt["for"] and alt not in suited]
    return suited + general


def waits() -> list[int]:
    return load("pause")["waits"]


def rhythms() -> dict[str, dict]:
    return {rhythm["key"]: rhythm for rhythm in load("calm")["breathing"]["rhythms"]}
