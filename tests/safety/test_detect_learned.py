"""The crisis screen's learned stage: the shipped file, the trainer, the windows, and how its
hits meet the rules' context checks. Models made here by hand keep these tests independent of
what the shipped model happens to have learned; its figures are in bench/crisis_eval.py."""

import hashlib
import importlib.util
import json
import random
from pathlib import Path

import pytest

from innerbase.safety.detect import explain, screen
from innerbase.safety.detect.learned import (
    CONTEXT,
    WINDOW,
    Model,
    features,
    load,
    sigmoid,
)
from innerbase.safety.detect.normalise import Text
from innerbase.safety.detect.rules import CATEGORIES
from innerbase.safety.detect.training import Example, Settings, fit_category, fit_sign, pack
from screen_stages import with_model

ROOT = Path(__file__).resolve().parents[2]
CATEGORY_NAMES = list(CATEGORIES)


def _trainer():
    spec = importlib.util.spec_from_file_location("train_screen", ROOT / "scripts/train_screen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def made(sign, category=None, *, bias=-8.0, threshold=0.5, veto_check=0.0):
    """A hand-made model: sign weights by feature, and the category each feature points at."""
    weights = {f: [[CATEGORY_NAMES.index(c), 9.0]] for f, c in (category or {}).items()}
    data = {
        "version": "test",
        "categories": CATEGORY_NAMES,
        "threshold": threshold,
        "urgent_threshold": 0.5,
        "veto_check": veto_check,
        "trained_on": {},
        "sign": {"bias": bias, "weights": sign},
        "category": {"bias": [0.0] * len(CATEGORY_NAMES), "weights": weights},
    }
    return Model(data, CATEGORIES)


# A made-up word no rule knows, so every hit on it comes from the learned stage.
XYZZY = made({"w:xyzzy": 16.0}, {"w:xyzzy": "plan"})


def test_the_shipped_model_was_trained_on_the_current_files_and_never_on_the_newer_blind_sets():
    trainer = _trainer()
    shipped = json.loads((ROOT / "src/innerbase/safety/data/screen_model.json").read_text())
    expected = {
        str(path.relative_to(ROOT)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in trainer.TRAINING
    }
    # A changed training file needs a new model: scripts/train_screen.py.
    assert shipped["trained_on"] == expected
    blind = {p.name for p in (ROOT / "tests/safety/blind").glob("set_*.jsonl")}
    trained = {Path(p).name for p in expected}
    assert {"set_c.jsonl", "set_d.jsonl"} <= blind - trained
    assert shipped["threshold"] == trainer.THRESHOLD
    assert shipped["categories"] == CATEGORY_NAMES
    assert load(CATEGORIES) is not None


def test_training_learns_a_toy_corpus_and_is_deterministic():
    rows = [("i will vanish tonight", "plan"), ("i keep wanting to vanish", "wish-dead")] * 6
    rows += [("i will bake bread tonight", "none"), ("i keep wanting to bake", "none")] * 6
    data = [Example(Text(t).canon, label) for t, label in rows]
    settings = Settings(epochs=8, rate=0.3, l2=1e-4)

    def trained():
        sign, category = fit_sign(data, settings), fit_category(data, CATEGORY_NAMES, settings)
        return pack(
            sign, category, CATEGORY_NAMES, version="toy", threshold=0.5, urgent_threshold=0.5
        )

    one = trained()
    assert one == trained()
    model = Model(one, CATEGORIES)
    assert model.chance("i will vanish tonight") > 0.9
    assert model.chance("i will bake bread tonight") < 0.1
    (found,) = model.read("i will vanish tonight")
    assert (found.category, found.urgent) == ("plan", True)
    (found,) = model.read("i keep wanting to vanish")
    assert (found.category, found.urgent) == ("wish-dead", False)


def test_each_window_reads_as_its_words_would_alone():
    # The windows come from running sums; this checks them against scoring each window's
    # words as a text of their own, with features that never reach past the window's end.
    rnd = random.Random(7)
    vocab = [f"w{i}" for i in range(30)]
    sign = {}
    for a in vocab:
        sign["w:" + a] = rnd.uniform(-1, 1)
        for b in rnd.sample(vocab, 5):
            sign[f"b:{a} {b}"] = rnd.uniform(-1, 1)
            sign[f"t:{a} {b} {rnd.choice(vocab)}"] = rnd.uniform(-1, 1)
    model = made(sign, bias=0.0)
    for _ in range(40):
        sentences = [
            " ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 50)))
            for _ in range(rnd.randint(1, 6))
        ]
        text = ". ".join(sentences)
        words, _, windows = model.windows(text)
        for w in windows:
            alone = model.chance(" ".join(words[w.lo : w.hi]))
            assert w.chance == pytest.approx(alone), text


def test_windows_cover_every_word_and_split_a_long_run_on_sentence():
    text = " ".join(f"word{i % 97}" for i in range(5200))  # one sentence, no punctuation
    words, _, windows = XYZZY.windows(text)
    assert len(words) == 5200
    covered = set()
    for w in windows:
        assert w.hi - w.lo <= WINDOW
        covered.update(range(w.lo, w.hi))
    assert covered == set(range(5200))
    short = "i slept. then i ate. then i walked."
    assert [(w.lo, w.hi) for w in XYZZY.windows(short)[2]] == [(0, len(short.split()))]
    assert len(short.split()) <= CONTEXT
    for tiny in ("", "i", "i am", "...", "💊"):
        words, weights, windows = XYZZY.windows(tiny)
        assert len(weights) in (0, len(words))


def test_a_learned_hit_is_found_in_a_long_entry_and_its_span_points_at_the_words():
    filler = "Went to work, had lunch with Sam, watched a film and tidied up. " * 450
    sign = "Saturday I will xyzzy"
    text = filler + sign + ". " + filler
    assert len(text.split()) > 5000
    with with_model(XYZZY):
        result = screen(text)
    assert result["level"] == "urgent"
    ((start, end),) = result["matched"]
    assert text[start:end] == "xyzzy"


def test_learned_hits_meet_the_context_checks():
    with with_model(XYZZY):
        assert screen("tonight i will xyzzy")["level"] == "urgent"
        # Someone else's quoted words are removed, as for the rules.
        assert screen('she told me "i will xyzzy" and i froze')["level"] == "none"
        # A negation before the words lowers the alarm to a question, never removes it.
        hedged = explain("i will not xyzzy tonight")
        assert [h["level"] for h in hedged] == ["check-in"]
        assert "C-negation (learned)" in hedged[0]["context"]
        # A question is a check-in, as for the rules.
        assert screen("is it normal to want to xyzzy?")["level"] == "check-in"
        # The rules' own guess from the nearest pronoun is not applied: the model read it.
        assert screen("since he left i will xyzzy")["level"] == "urgent"


def test_the_model_removes_only_the_rules_plain_check_ins_and_never_an_alarm():
    sure_of_nothing = made({}, bias=-20.0, threshold=0.99, veto_check=0.3)
    unsure = made({}, bias=0.0, threshold=0.99, veto_check=0.3)
    check_in = "There's no way out of this for me."
    with with_model(None):
        assert screen(check_in)["level"] == "check-in"
    with with_model(sure_of_nothing):
        hits = explain(check_in)
        assert screen(check_in)["level"] == "none"
        assert any("ML-none" in h["context"] for h in hits)
        # Alarms stay alarms, whatever the model thinks.
        assert screen("I want to die.")["level"] == "urgent"
        assert screen("I've been keeping my pills aside.")["level"] == "urgent"
        # Check-ins kept on purpose stay: a question, humour, a hedged denial.
        assert screen("Is it normal to want to die after a breakup?")["level"] == "check-in"
        assert screen("I want to kill myself lol")["level"] == "check-in"
        assert screen("I don't think I'd ever kill myself.")["level"] == "check-in"
    with with_model(unsure):
        # At even odds the model says nothing about the rules' hit.
        assert screen(check_in)["level"] == "check-in"


def test_sigmoid_is_stable_far_from_zero():
    assert sigmoid(800.0) == 1.0
    assert sigmoid(-800.0) == 0.0
    assert sigmoid(0.0) == 0.5


def test_features_are_the_words_stems_pairs_and_triples_of_the_canonical_text():
    assert sorted(features("i am stockpiling")) == sorted(
        [
            "w:i",
            "b:i am",  # no "sb:i am": with both words short it is the same pair again
            "t:i am stockpiling",
            "w:am",
            "b:am stockpiling",
            "sb:am stock",
            "w:stockpiling",
            "s:stock",
        ]
    )


ORDINARY = [
    # Written for this test and kept out of the training files: plans, times, counts and
    # endings in their everyday senses, the lines a journal is mostly made of.
    "Alex is probably busy. I can ask tomorrow.",
    "i'll call mum on sunday",
    "decided im doing it, booking the course friday",
    "took two paracetamol and went to bed",
    "counted my savings, its enough for a deposit",
    "last day at work tomorrow, going to miss everyone",
    "I gave his hoodie away today. Felt good.",
    "going to the gym tonight at 8",
    "i cant wait to sleep for 12 hours",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_the_shipped_model_raises_nothing_on_ordinary_lines(text):
    assert screen(text)["level"] == "none", explain(text)


def test_each_sentence_span_holds_exactly_its_words():
    from innerbase.safety.detect.learned import _TOKEN, _sentences

    rnd = random.Random(3)
    alphabet = list("ab c.!?;\n,'💊 ") + ["im", "dont", "..."]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        words, spans, edges = _sentences(text)
        assert len(edges) == len(spans) + 1 and edges[-1] == len(words)
        for k, (start, end) in enumerate(spans):
            assert _TOKEN.findall(text, start, end) == words[edges[k] : edges[k + 1]], text


# Whole ordinary entries, written for this test and never trained on: a journal is mostly
# these, and a model of short texts can add up many faint words in them (model .2 raised an
# alarm on the first, the bench's entry without its one check-in sentence).
ORDINARY_ENTRIES = [
    line.strip()
    for line in (ROOT / "tests/safety/ordinary_entries.txt").read_text("utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("text", ORDINARY_ENTRIES)
def test_the_shipped_model_raises_nothing_on_ordinary_entries(text):
    assert screen(text)["level"] == "none", explain(text)
