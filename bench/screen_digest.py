"""Check (or record) that the crisis screen's results are unchanged over every text in
tests/safety/: eval files, training files, ordinary entries, the blind sets (whose lines are
never printed, only hashed), and the bench's own texts (bench/crisis_eval.py).

Run: .venv/bin/python bench/screen_digest.py            (compare with the recorded digests,
                                                          tests/safety/screen_results.json)
     .venv/bin/python bench/screen_digest.py --write    (record the current results there)
     .venv/bin/python bench/screen_digest.py --dump DIR (also write each non-blind file's
                                                          results, one line per text, to diff)

Only a change that is meant to change results (new rules, a new model) should need --write;
tests/safety/test_screen_unchanged.py checks the same digests for every file but the blind sets.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from crisis_eval import BIG, BIG_NONE, ENTRY_500, ENTRY_NONE  # noqa: E402

import screen_results  # noqa: E402

BENCH = "bench texts"


def bench_texts() -> list[str]:
    """The bench's timed texts: the 500-character entry, and 100 KB with and without signs."""
    return [ENTRY_500, ENTRY_NONE, BIG, BIG_NONE]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the current results")
    parser.add_argument("--dump", type=Path, help="write full results of non-blind files here")
    args = parser.parse_args()
    current = {}
    for path in screen_results.files(blind=True):
        items = screen_results.texts(path)
        current[screen_results.name(path)] = screen_results.digest(items)
        if args.dump and "blind" not in path.parts:
            args.dump.mkdir(parents=True, exist_ok=True)
            out = args.dump / (screen_results.name(path).replace("/", "_") + ".results")
            all_texts = [*items, *screen_results.pastes(items)]
            out.write_text("".join(screen_results.result(t) + "\n" for t in all_texts), "utf-8")
    current[BENCH] = screen_results.digest(bench_texts(), paste=False)
    if args.write:
        screen_results.DIGESTS.write_text(json.dumps(current, indent=1) + "\n", "utf-8")
        print(f"recorded {len(current)} digests in {screen_results.DIGESTS.relative_to(ROOT)}")
        return 0
    recorded = screen_results.stored()
    changed = 0
    for key, value in current.items():
        same = recorded.get(key) == value
        changed += not same
        n = value["texts"] + value["pastes"]
        print(f"{'same   ' if same else 'CHANGED'} {key:<28} {n:>5} texts and pastes")
    print("every result unchanged" if not changed else f"{changed} file(s) changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
