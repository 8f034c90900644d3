"""Training the learned stage (learned.py): two logistic regressions, standard library only.

Run by scripts/train_screen.py, never at run time. Deterministic: the same labelled files give
the same weights, so the shipped model can be rebuilt and checked. Each labelled text is one
example: its canonical form (normalise.py, as the screen reads it), its features
(learned.features) and its label, 'none' for every hard negative, else its category.

- The sign head learns warning sign against none from every example (binary).
- The category head learns the category from the warning signs only (multinomial).

Both use plain stochastic gradient descent with AdaGrad steps and an L2 penalty, over the
features seen at least twice. `held_out` scores each example with a sign head trained
without its fold (k-fold cross-validation), for the figures the trainer prints.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from innerbase.safety.detect.learned import features, sigmoid, softmax

NONE_LABEL = "none"


@dataclass(frozen=True)
class Example:
    canon: str
    label: str  # 'none' or a category


def label_of(category: str) -> str:
    """Every hard negative ('neg-…') is 'none'."""
    return NONE_LABEL if category.startswith("neg-") else category


@dataclass(frozen=True)
class Settings:
    epochs: int = 5
    rate: float = 0.2
    l2: float = 1e-2
    min_count: int = 2
    seed: int = 0


def _rows(examples: Sequence[Example], settings: Settings) -> list[list[str]]:
    feats = [sorted(set(features(e.canon))) for e in examples]
    counts = Counter(f for fs in feats for f in fs)
    return [[f for f in fs if counts[f] >= settings.min_count] for fs in feats]


def _visits(count: int, settings: Settings) -> Iterator[int]:
    """The examples' indices, epoch after epoch, each epoch in a new seeded order."""
    order = list(range(count))
    rng = random.Random(settings.seed)
    for _ in range(settings.epochs):
        rng.shuffle(order)
        yield from order


def fit_sign(examples: Sequence[Example], settings: Settings) -> dict[str, Any]:
    """Bias and weights of the binary head: any warning sign (1) or none (0)."""
    rows = _rows(examples, settings)
    ys = [0.0 if e.label == NONE_LABEL else 1.0 for e in examples]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_sq = 0.0, 1e-8
    rate, l2 = settings.rate, settings.l2
    for k in _visits(len(rows), settings):
        fs = rows[k]
        g = sigmoid(bias + sum(weights.get(f, 0.0) for f in fs)) - ys[k]
        bias_sq += g * g
        bias -= rate * g / math.sqrt(bias_sq)
        for f in fs:
            w = weights.get(f, 0.0)
            gf = g + l2 * w
            sq = squares.get(f, 1e-8) + gf * gf
            squares[f] = sq
            weights[f] = w - rate * gf / math.sqrt(sq)
    return {"bias": bias, "weights": weights}


def fit_category(
    examples: Sequence[Example], categories: Sequence[str], settings: Settings
) -> dict[str, Any]:
    """Biases and weights of the multinomial head over `categories`, from the signs only."""
    signs = [e for e in examples if e.label != NONE_LABEL]
    rows = _rows(signs, settings)
    index = {c: i for i, c in enumerate(categories)}
    ys = [index[e.label] for e in signs]
    n = len(categories)
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    bias, bias_sq = [0.0] * n, [1e-8] * n
    rate, l2 = settings.rate, settings.l2
    for k in _visits(len(rows), settings):
        fs = rows[k]
        scores = list(bias)
        for f in fs:
            w = weights.get(f)
            if w is not None:
                for c in range(n):
                    scores[c] += w[c]
        p = softmax(scores)
        p[ys[k]] -= 1.0  # the gradient of the log loss for each class's score
        for c in range(n):
            bias_sq[c] += p[c] * p[c]
            bias[c] -= rate * p[c] / math.sqrt(bias_sq[c])
        for f in fs:
            w = weights.setdefault(f, [0.0] * n)
            sq = squares.setdefault(f, [1e-8] * n)
            for c in range(n):
                g = p[c] + l2 * w[c]
                sq[c] += g * g
                w[c] -= rate * g / math.sqrt(sq[c])
    return {"bias": bias, "weights": weights}


def pack(
    sign: dict[str, Any],
    category: dict[str, Any],
    categories: Sequence[str],
    *,
    version: str,
    threshold: float,
    urgent_threshold: float,
    veto_check: float = 0.0,
    prune: float = 0.02,
    trained_on: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The model as the data file stores it: weights under `prune` dropped, three decimals."""
    sign_weights = {f: round(w, 3) for f, w in sorted(sign["weights"].items()) if abs(w) >= prune}
    category_weights = {}
    for f in sorted(category["weights"]):
        pairs = [[c, round(w, 3)] for c, w in enumerate(category["weights"][f]) if abs(w) >= prune]
        if pairs:
            category_weights[f] = pairs
    return {
        "version": version,
        "categories": list(categories),
        "threshold": threshold,
        "urgent_threshold": urgent_threshold,
        "veto_check": veto_check,
        "trained_on": trained_on or {},
        "sign": {"bias": round(sign["bias"], 3), "weights": sign_weights},
        "category": {"bias": [round(b, 3) for b in category["bias"]], "weights": category_weights},
    }


def folds(examples: Sequence[Example], k: int, seed: int = 0) -> list[list[int]]:
    """`k` disjoint index lists, each label spread evenly across them."""
    by_label: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        by_label.setdefault(e.label, []).append(i)
    out: list[list[int]] = [[] for _ in range(k)]
    rng = random.Random(seed)
    j = 0
    for label in sorted(by_label):
        members = by_label[label]
        rng.shuffle(members)
        for i in members:
            out[j % k].append(i)
            j += 1
    return out


def held_out(examples: Sequence[Example], settings: Settings, k: int = 5) -> list[float]:
    """Each example's chance of a sign from a sign head trained without its fold."""
    out = [0.0] * len(examples)
    for fold in folds(examples, k, settings.seed):
        held = set(fold)
        fitted = fit_sign([e for i, e in enumerate(examples) if i not in held], settings)
        weights, bias = fitted["weights"], fitted["bias"]
        for i in fold:
            out[i] = sigmoid(
                bias + sum(weights.get(f, 0.0) for f in set(features(examples[i].canon)))
            )
    return out
