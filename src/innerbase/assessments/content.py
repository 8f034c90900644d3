"""The assessment pages' words (content/readings.json, written here; sources in
docs/CONTENT.md). Pure: no Django import."""

import json
from functools import cache
from pathlib import Path

CONTENT_DIR = Path(__file__).parent / "content"


@cache
def readings() -> dict:
    return json.loads((CONTENT_DIR / "readings.json").read_text(encoding="utf-8"))
