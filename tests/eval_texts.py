"""The crisis screen's labelled sentences, for the tests that read them (never the blind sets,
which only `bench/crisis_eval.py --blind` opens)."""

import json
from pathlib import Path

SAFETY_TESTS = Path(__file__).resolve().parent / "safety"
# The development set, then the files written later and scored once (see docs/SAFETY.md).
FILES = (
    "eval_set.jsonl",
    "eval_holdout.jsonl",
    "eval_holdout2.jsonl",
    "eval_check3.jsonl",
    "eval_check4.jsonl",
    "eval_check5.jsonl",
)


def rows(name: str) -> list[dict]:
    """The labelled rows of one file."""
    lines = (SAFETY_TESTS / name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def sentences() -> list[str]:
    """Every labelled sentence, from every file."""
    return [row["text"] for name in FILES for row in rows(name)]
