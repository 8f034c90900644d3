"""What the bench scripts share: Django set up on a throwaway data directory (SQLite), and
median / p95 timing. Import it first: `import benchlib` sets everything up."""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("INNERBASE_DATA_DIR", tempfile.mkdtemp(prefix="innerbase-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innerbase.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]


def timed(fn, runs: int) -> list[float]:
    """Milliseconds per call of `fn`, `runs` times."""
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        result.append((time.perf_counter() - start) * 1000)
    return result


def report(name: str, samples: list[float], budget: str = "", width: int = 46) -> None:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    median = statistics.median(ordered)
    print(f"{name:<{width}} median {median:9.3f} ms   p95 {p95:9.3f} ms   {budget}")
