"""Train the crisis screen's learned stage and write src/innerbase/safety/data/screen_model.json.

Run: .venv/bin/python scripts/train_screen.py            (train and write the model)
     .venv/bin/python scripts/train_screen.py --check    (train, compare with the shipped file)
     .venv/bin/python scripts/train_screen.py --dry-run  (train and print figures, write nothing)

It trains on TRAINING below: sentences written for the purpose (tests/safety/train/), the
labelled eval files and the two blind sets that were already read (set_a, set_b). The newer
blind sets (set_c onwards) are never trained on: they judge the model (bench/crisis_eval.py
--blind). Deterministic, standard library only; about a minute on two cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from innerbase.safety.detect.normalise import Text  # noqa: E402
from innerbase.safety.detect.rules import CATEGORIES  # noqa: E402
from innerbase.safety.detect.training import (  # noqa: E402
    Example,
    Settings,
    fit_category,
    fit_sign,
    held_out,
    label_of,
    pack,
)

SAFETY = ROOT / "tests" / "safety"
TRAINING = [
    *sorted((SAFETY / "train").glob("*.jsonl")),
    SAFETY / "eval_set.jsonl",
    SAFETY / "eval_holdout.jsonl",
    SAFETY / "eval_holdout2.jsonl",
    SAFETY / "eval_check3.jsonl",
    SAFETY / "eval_check4.jsonl",
    SAFETY / "eval_check5.jsonl",
    SAFETY / "blind" / "set_a.jsonl",
    SAFETY / "blind" / "set_b.jsonl",
]
OUT = ROOT / "src" / "innerbase" / "safety" / "data" / "screen_model.json"
VERSION = "2026-12-01.3"
# The sign head's chance at which a window becomes a hit, and the category head's share on
# urgent categories at which it is urgent.
THRESHOLD, URGENT_SHARE = 0.8, 0.5
# The model's word on a rule's check-in (analyse._second_opinion): below this chance it is
# removed. Alarms are never removed.
VETO_CHECK = 0.1
# A stronger penalty than usual: the texts are few and short, and the model must not learn
# any one author's wording.
SETTINGS = Settings(epochs=5, rate=0.2, l2=1e-2)
PRUNE = 0.05  # smaller weights are dropped from the file (about 2.5 MB)
# All of these were chosen on blind sets A and B with a model trained without them, before
# those two sets joined the training files (docs/SAFETY.md, "The learned stage").


def examples(paths: list[Path]) -> list[Example]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(Example(Text(row["text"]).canon, label_of(row["category"])))
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(paths: list[Path]) -> dict:
    data = examples(paths)
    held = held_out(data, SETTINGS)
    signs = [c for c, e in zip(held, data, strict=True) if e.label != "none"]
    nones = [c for c, e in zip(held, data, strict=True) if e.label == "none"]
    print(f"{len(data)} examples, {len(signs)} warning signs, from {len(paths)} files")
    print(
        f"5-fold cross-validation, sign head alone at {THRESHOLD}: recall "
        f"{sum(c >= THRESHOLD for c in signs) / len(signs):.3f}, false alarms "
        f"{sum(c >= THRESHOLD for c in nones) / len(nones):.3f} (the training negatives are "
        "written to be hard)"
    )
    categories = list(CATEGORIES)
    return pack(
        fit_sign(data, SETTINGS),
        fit_category(data, categories, SETTINGS),
        categories,
        version=VERSION,
        threshold=THRESHOLD,
        urgent_threshold=URGENT_SHARE,
        veto_check=VETO_CHECK,
        prune=PRUNE,
        trained_on={str(p.relative_to(ROOT)): digest(p) for p in paths},
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    model = train(TRAINING)
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    kept = len(model["sign"]["weights"]), len(model["category"]["weights"])
    print(f"features kept: {kept[0]} (sign), {kept[1]} (category); {len(text) // 1024} KB")
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("the shipped model matches" if same else "the shipped model DIFFERS")
        return 0 if same else 1
    if not args.dry_run:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
