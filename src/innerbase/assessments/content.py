"""The assessment pages' words (content/readings.json, written here; sources in
docs/CONTENT.md). Pure: no Django import."""

from innerbase.core import content_files

load = content_files.loader(__file__)


def readings() -> dict:
    return load("readings")
