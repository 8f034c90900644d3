"""Content files: the words and lists each app keeps in `content/*.json` beside its code
(written here; sources in docs/CONTENT.md), read once per process. Pure: no Django import."""

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any


@cache
def read(directory: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
    return data


def loader(module_file: str) -> Callable[[str], dict[str, Any]]:
    """`load(name)` for the `content/` folder next to the module at `module_file`."""
    directory = Path(module_file).parent / "content"

    def load(name: str) -> dict[str, Any]:
        return read(directory, name)

    return load
