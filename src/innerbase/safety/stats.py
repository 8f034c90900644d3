"""Pure summaries of pauses (no Django): how often urges passed, never a streak."""

from collections.abc import Iterable
from typing import Any


def urges_passed(outcomes: Iterable[bool | None]) -> dict[str, Any]:
    """{"finished": n, "passed": k, "share": k/n or None}; unfinished pauses do not count."""
    finished = [outcome for outcome in outcomes if outcome is not None]
    passed = sum(1 for outcome in finished if outcome)
    return {
        "finished": len(finished),
        "passed": passed,
        "share": passed / len(finished) if finished else None,
    }
