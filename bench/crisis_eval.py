"""Score the offline crisis-language screen on the labelled eval set, and time it.

Run: .venv/bin/python bench/crisis_eval.py            (tests/safety/eval_set.jsonl)
     .venv/bin/python bench/crisis_eval.py --holdout  (tests/safety/eval_holdout.jsonl)
     .venv/bin/python bench/crisis_eval.py -v         (also list every miss and false alarm)
     .venv/bin/python bench/crisis_eval.py --blind    (the blind sets, by category)
     .venv/bin/python bench/crisis_eval.py --rules-only ...  (the same without the learned stage)

Targets (docs/SAFETY.md): recall >= 0.95 on crisis statements, 1.00 on explicit ones (scored as
"flagged urgent"), false-positive rate <= 0.05 on heartbreak idioms and everyday language.
Per category (every file): recall of any warning sign >= 0.95; the urgent categories (plan,
method, intent, preparation, danger-from-others) found at urgent level >= 0.97, counted over
their lines labelled urgent; false-alarm rate <= 0.05 over every kind of hard negative.
Time budget: a median of at most 1 ms for a ~500-character entry and at most 50 ms for a 100 KB
paste. Timings depend on the machine, so they are printed here beside the budget and never
asserted in tests.
"""

import argparse
import importlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from innerbase.safety.detect import KINDS, LEVELS, RULES_VERSION, explain, screen  # noqa: E402

# The package re-exports a function named `analyse`; the module holds the learned stage.
STAGES = importlib.import_module("innerbase.safety.detect.analyse")


def version() -> str:
    model = STAGES.MODEL
    return f"rules {RULES_VERSION}, " + (f"model {model.version}" if model else "no model")


from innerbase.safety.detect.rules import CATEGORIES  # noqa: E402

EVAL = ROOT / "tests" / "safety" / "eval_set.jsonl"
HOLDOUT = ROOT / "tests" / "safety" / "eval_holdout.jsonl"
BLIND = sorted((ROOT / "tests" / "safety" / "blind").glob("set_*.jsonl"))
# Issue 11's targets on text nobody tuned to.
TARGET_ANY_RECALL, TARGET_URGENT_RECALL, TARGET_FALSE_ALARMS = 0.95, 0.97, 0.05
URGENT_CATEGORIES = ("method", "intent", "plan", "preparation", "danger-from-others")
EVERYDAY_GROUPS = ("heartbreak-idiom", "everyday")
NEGATIVES = ("neg-denial", "neg-others", "neg-fiction", "neg-training", "neg-past")
NEGATIVES += ("neg-hyperbole", "neg-sad", "neg-everyday")
ORDER = {name: i for i, name in enumerate((*CATEGORIES, *NEGATIVES))}

# A typical journal entry of about 500 characters, with one check-in phrase in the middle.
ENTRY_500 = (
    "Today was long. I woke up early again and checked my phone before I even opened my eyes, "
    "which I promised myself I would stop doing. Nothing from him, obviously. Work was fine, my "
    "manager said I killed it in the meeting, and for a minute I felt like myself. Then a song "
    "came on in the cafe and I had to leave. Honestly some nights I can't do this anymore, but my "
    "sister called and we talked for an hour and it helped. I'm dead tired. Going to do the "
    "breathing exercise and try to sleep before midnight."
)
# The same entry without that phrase (tests/safety/ordinary_entries.txt, first line).
ENTRY_NONE = (
    "Today was long. I woke up early again and checked my phone before I even opened my eyes, "
    "which I promised myself I would stop doing. Nothing from him, obviously. Work was fine, my "
    "manager said I killed it in the meeting, and for a minute I felt like myself. Then a song "
    "came on in the cafe and I had to leave. My sister called and we talked for an hour and it "
    "helped. I'm dead tired. Going to do the breathing exercise and try to sleep before midnight."
)
# ~100 KB pasted: the entry 200 times (200 check-in phrases, each judged), and the same length
# of the entry without one.
BIG = ENTRY_500 * 200
BIG_NONE = (ENTRY_NONE * 250)[: len(BIG)]
BUDGET_500_MEDIAN_US = 1000.0
BUDGET_100KB_MS = 50.0


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def within(value: float, budget: float) -> str:
    return "within" if value <= budget else "OVER BUDGET"


def evaluate(rows: list[dict]) -> dict:
    results = [screen(r["text"]) for r in rows]
    out: dict = {"n": len(rows), "kinds": {}, "levels": {}}
    for kind in KINDS:
        tp = sum(
            kind in r["kinds"] and kind in p["kinds"] for r, p in zip(rows, results, strict=True)
        )
        fp = sum(
            kind not in r["kinds"] and kind in p["kinds"]
            for r, p in zip(rows, results, strict=True)
        )
        fn = sum(
            kind in r["kinds"] and kind not in p["kinds"]
            for r, p in zip(rows, results, strict=True)
        )
        out["kinds"][kind] = (ratio(tp, tp + fp), ratio(tp, tp + fn), tp + fn)
    for level in LEVELS:
        hit = sum(
            r["level"] == level and p["level"] == level for r, p in zip(rows, results, strict=True)
        )
        predicted = sum(p["level"] == level for p in results)
        gold = sum(r["level"] == level for r in rows)
        out["levels"][level] = (ratio(hit, predicted), ratio(hit, gold), gold)
    crisis = [(r, p) for r, p in zip(rows, results, strict=True) if r["level"] != "none"]
    explicit = [(r, p) for r, p in zip(rows, results, strict=True) if r["explicit"]]
    everyday = [
        (r, p)
        for r, p in zip(rows, results, strict=True)
        if r["group"] in EVERYDAY_GROUPS and r["level"] == "none"
    ]
    other_none = [
        (r, p)
        for r, p in zip(rows, results, strict=True)
        if r["group"] not in EVERYDAY_GROUPS and r["level"] == "none"
    ]
    out["crisis_recall"] = (ratio(sum(p["crisis"] for _, p in crisis), len(crisis)), len(crisis))
    out["explicit_recall"] = (
        ratio(sum(p["level"] == "urgent" for _, p in explicit), len(explicit)),
        len(explicit),
    )
    out["everyday_fpr"] = (
        ratio(sum(p["crisis"] for _, p in everyday), len(everyday)),
        len(everyday),
    )
    out["other_none_fpr"] = (
        ratio(sum(p["crisis"] for _, p in other_none), len(other_none)),
        len(other_none),
    )
    out["exact_level"] = ratio(
        sum(r["level"] == p["level"] for r, p in zip(rows, results, strict=True)), len(rows)
    )
    out["errors"] = [
        (r, p)
        for r, p in zip(rows, results, strict=True)
        if r["level"] != p["level"] or (r["level"] != "none" and r["kinds"] != p["kinds"])
    ]
    return out


def timing(rows: list[dict], repeat: int = 30) -> dict:
    per_entry = []
    for r in rows:
        text = r["text"]
        start = time.perf_counter()
        for _ in range(repeat):
            screen(text)
        per_entry.append((time.perf_counter() - start) / repeat * 1e6)
    per_entry.sort()
    long_runs = []
    for _ in range(200):
        start = time.perf_counter()
        screen(ENTRY_500)
        long_runs.append((time.perf_counter() - start) * 1e6)
    long_runs.sort()
    big_runs, none_runs = [], []
    for _ in range(11):  # the median of several runs, so one hiccup does not set the figure
        for text, runs in ((BIG, big_runs), (BIG_NONE, none_runs)):
            start = time.perf_counter()
            screen(text)
            runs.append((time.perf_counter() - start) * 1e3)
    big_runs.sort()
    none_runs.sort()
    return {
        "median": statistics.median(per_entry),
        "p95": per_entry[int(0.95 * (len(per_entry) - 1))],
        "max": per_entry[-1],
        "entry500_median": statistics.median(long_runs),
        "entry500_p95": long_runs[int(0.95 * (len(long_runs) - 1))],
        "big_chars": len(BIG),
        "big_ms": statistics.median(big_runs),
        "big_p95_ms": big_runs[int(0.95 * (len(big_runs) - 1))],
        "none_ms": statistics.median(none_runs),
        "none_p95_ms": none_runs[int(0.95 * (len(none_runs) - 1))],
    }


def categories(rows: list[dict], results: list[dict]) -> dict:
    """Per category: n, share flagged at all, share flagged urgent; and the three targets."""
    groups: dict[str, list[tuple[dict, dict]]] = {}
    for row, result in zip(rows, results, strict=True):
        groups.setdefault(row["category"], []).append((row, result))
    table = {
        name: (
            len(pairs),
            ratio(sum(p["level"] != "none" for _, p in pairs), len(pairs)),
            ratio(sum(p["level"] == "urgent" for _, p in pairs), len(pairs)),
        )
        for name, pairs in sorted(groups.items(), key=lambda item: ORDER.get(item[0], 99))
    }
    pairs = list(zip(rows, results, strict=True))
    signs = [p for r, p in pairs if r["level"] != "none"]
    urgent = [p for r, p in pairs if r["category"] in URGENT_CATEGORIES and r["level"] == "urgent"]
    negatives = [p for r, p in pairs if r["category"].startswith("neg-")]
    return {
        "table": table,
        "any": (ratio(sum(p["level"] != "none" for p in signs), len(signs)), len(signs)),
        "urgent": (ratio(sum(p["level"] == "urgent" for p in urgent), len(urgent)), len(urgent)),
        "false": (
            ratio(sum(p["level"] != "none" for p in negatives), len(negatives)),
            len(negatives),
        ),
    }


def print_categories(rows: list[dict]) -> dict:
    res = categories(rows, [screen(r["text"]) for r in rows])
    print(f"{'category':<20} {'n':>4} {'flagged':>8} {'urgent':>7}")
    for name, (n, flagged, urgent) in res["table"].items():
        label = "false alarms" if name.startswith("neg-") else ""
        print(f"{name:<20} {n:>4} {fmt(flagged):>8} {fmt(urgent):>7}  {label}")
    lines = (
        ("recall, any warning sign             ", "any", ">=", TARGET_ANY_RECALL),
        ("urgent categories found at urgent    ", "urgent", ">=", TARGET_URGENT_RECALL),
        ("false-alarm rate, all hard negatives ", "false", "<=", TARGET_FALSE_ALARMS),
    )
    for label, key, op, target in lines:
        value, n = res[key]
        print(f"{label} {fmt(value)}  (n={n}, target {op} {target})")
    return res


def report(path: Path, verbose: bool) -> dict:
    rows = load(path)
    res = evaluate(rows)
    print(f"Crisis screen eval: {path.relative_to(ROOT)}  ({res['n']} texts, {version()})")
    print()
    print(f"{'kind':<20} {'precision':>9} {'recall':>7} {'n':>5}")
    for kind, (p, r, n) in res["kinds"].items():
        print(f"{kind:<20} {fmt(p):>9} {fmt(r):>7} {n:>5}")
    print()
    print(f"{'level':<20} {'precision':>9} {'recall':>7} {'n':>5}")
    for level, (p, r, n) in res["levels"].items():
        print(f"{level:<20} {fmt(p):>9} {fmt(r):>7} {n:>5}")
    print()
    value, n = res["crisis_recall"]
    print(f"recall, all crisis statements (any level)     {fmt(value)}  (n={n}, target >= 0.95)")
    value, n = res["explicit_recall"]
    print(f"recall, explicit statements (flagged urgent)  {fmt(value)}  (n={n}, target = 1.00)")
    value, n = res["everyday_fpr"]
    print(f"false-positive rate, idiom + everyday         {fmt(value)}  (n={n}, target <= 0.05)")
    value, n = res["other_none_fpr"]
    print(f"false-positive rate, denial + third/past none {fmt(value)}  (n={n}, no target)")
    print(f"exact level agreement                         {fmt(res['exact_level'])}")
    print()
    if all("category" in r for r in rows):
        print_categories(rows)
    t = timing(rows)
    print()
    print(
        f"time per entry: median {t['median']:.1f} us, p95 {t['p95']:.1f} us, max {t['max']:.1f} us"
    )
    print(
        f"~500-char entry: median {t['entry500_median']:.1f} us, p95 {t['entry500_p95']:.1f} us"
        f"  (budget: median <= {BUDGET_500_MEDIAN_US / 1000:g} ms, "
        f"{within(t['entry500_median'], BUDGET_500_MEDIAN_US)})"
    )
    print(
        f"{t['big_chars']:,} chars pasted, 200 signs: median {t['big_ms']:.1f} ms, "
        f"p95 {t['big_p95_ms']:.1f} ms"
        f"  (budget: <= {BUDGET_100KB_MS:g} ms, {within(t['big_ms'], BUDGET_100KB_MS)})"
    )
    print(
        f"{t['big_chars']:,} chars pasted, no sign: median {t['none_ms']:.1f} ms, "
        f"p95 {t['none_p95_ms']:.1f} ms"
        f"  (budget: <= {BUDGET_100KB_MS:g} ms, {within(t['none_ms'], BUDGET_100KB_MS)})"
    )
    print(f"disagreements with the labels: {len(res['errors'])}")
    if verbose:
        for r, p in res["errors"]:
            print(
                f"  [{r['group']}] gold {r['level']}/{','.join(r['kinds']) or '-'} "
                f"got {p['level']}/{','.join(p['kinds']) or '-'}: {r['text']}"
            )
            for h in explain(r["text"]):
                print(f"      {h['rule']} -> {h['level']} {h['context']} {h['text']!r}")
    return res


def by_category(path: Path, verbose: bool) -> None:
    """A blind set's figures: per warning-sign category, the share flagged at all and (for
    the urgent categories) at urgent level; per kind of hard negative, the false alarms."""
    rows = load(path)
    results = [screen(r["text"]) for r in rows]
    groups: dict[str, list[tuple[dict, dict]]] = {}
    for row, result in zip(rows, results, strict=True):
        groups.setdefault(row["category"], []).append((row, result))
    print(f"Blind set: {path.relative_to(ROOT)}  ({len(rows)} texts, {version()})")
    print(f"{'category':<20} {'n':>4} {'flagged':>8} {'urgent':>7}")
    signs = [(r, p) for r, p in zip(rows, results, strict=True) if r["level"] != "none"]
    negatives = [(r, p) for r, p in zip(rows, results, strict=True) if r["level"] == "none"]
    for name, pairs in sorted(groups.items(), key=lambda item: item[0].startswith("neg-")):
        flagged = ratio(sum(p["level"] != "none" for _, p in pairs), len(pairs))
        urgent = ratio(sum(p["level"] == "urgent" for _, p in pairs), len(pairs))
        label = "false alarms" if name.startswith("neg-") else ""
        print(f"{name:<20} {len(pairs):>4} {fmt(flagged):>8} {fmt(urgent):>7}  {label}")
    urgent_pairs = [(r, p) for r, p in signs if r["category"] in URGENT_CATEGORIES]
    any_recall = ratio(sum(p["level"] != "none" for _, p in signs), len(signs))
    urgent_recall = ratio(sum(p["level"] == "urgent" for _, p in urgent_pairs), len(urgent_pairs))
    false_alarms = ratio(sum(p["level"] != "none" for _, p in negatives), len(negatives))
    print(
        f"recall, any warning sign              {fmt(any_recall)}  (n={len(signs)}, "
        f"target >= {TARGET_ANY_RECALL})"
    )
    print(
        f"urgent categories found at urgent     {fmt(urgent_recall)}  (n={len(urgent_pairs)}, "
        f"target >= {TARGET_URGENT_RECALL})"
    )
    print(
        f"false-alarm rate, all hard negatives  {fmt(false_alarms)}  (n={len(negatives)}, "
        f"target <= {TARGET_FALSE_ALARMS})"
    )
    if verbose:
        for row, result in zip(rows, results, strict=True):
            wrong_sign = row["level"] != "none" and result["level"] == "none"
            wrong_none = row["level"] == "none" and result["level"] != "none"
            if wrong_sign or wrong_none:
                print(f"  [{row['category']}] got {result['level']}: {row['text'][:120]}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="score the held-out set instead")
    parser.add_argument("--file", type=Path, help="score another JSONL file")
    parser.add_argument("--blind", action="store_true", help="score the blind sets by category")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--rules-only", action="store_true", help="the rules alone (learned stage off)"
    )
    args = parser.parse_args()
    if args.rules_only:
        STAGES.MODEL = None
    if args.blind:
        for path in BLIND:
            by_category(path, args.verbose)
        return
    path = args.file.resolve() if args.file else (HOLDOUT if args.holdout else EVAL)
    report(path, args.verbose)


if __name__ == "__main__":
    main()
