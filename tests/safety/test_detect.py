"""The offline crisis-language screen: shape, levels, context, spans, eval targets, long text.

No database and no Django: the screen is pure Python over rules.json.
"""

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import eval_texts
from innerbase.safety.detect import KINDS, LEVELS, explain, screen
from screen_stages import rules_only

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EVAL = [json.loads(line) for line in (HERE / "eval_set.jsonl").read_text("utf-8").splitlines()]
RULES_DATA = json.loads((ROOT / "src/innerbase/safety/rules.json").read_text("utf-8"))
NEGATIVE_CATEGORIES = {
    "neg-denial",
    "neg-others",
    "neg-fiction",
    "neg-training",
    "neg-past",
    "neg-hyperbole",
    "neg-sad",
    "neg-everyday",
}
CATEGORY_NAMES = set(RULES_DATA["categories"]) | NEGATIVE_CATEGORIES
GROUPS = {
    "explicit-crisis",
    "indirect-crisis",
    "harm-others",
    "danger-from-others",
    "denial",
    "third-person-or-past",
    "heartbreak-idiom",
    "everyday",
}


def level(text: str) -> str:
    return screen(text)["level"]


def words(text: str) -> list[str]:
    return [text[start:end] for start, end in screen(text)["matched"]]


# ----------------------------------------------------------------------------- shape
def test_output_shape():
    result = screen("I'm fine. Actually I want to die.")
    assert set(result) == {"crisis", "level", "kinds", "matched"}
    assert result["crisis"] is True
    assert result["level"] == "urgent"
    assert result["kinds"] == ["suicidal-ideation"]
    assert all(isinstance(span, list) and len(span) == 2 for span in result["matched"])


@pytest.mark.parametrize("text", ["", "   ", "Went for a walk and had soup.", 123, None])
def test_nothing_to_flag_is_none(text):
    assert screen(text) == {"crisis": False, "level": "none", "kinds": [], "matched": []}


def test_crisis_is_true_exactly_when_level_is_not_none():
    for row in EVAL:
        result = screen(row["text"])
        assert result["crisis"] == (result["level"] != "none")
        assert result["level"] in LEVELS
        assert result["kinds"] == sorted(set(result["kinds"]))
        assert set(result["kinds"]) <= set(KINDS)
        assert bool(result["kinds"]) == result["crisis"]


# ----------------------------------------------------------------------------- levels
@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself.",
        "I'm going to end my life tonight.",
        "I've been thinking about suicide every day.",
        "This is my goodbye.",
        "I cut myself again last night.",
        "I'd be better off dead.",
        "He hit me again and I'm scared to go home.",
        "I have a plan to hurt him.",
    ],
)
def test_explicit_statements_are_urgent(text):
    assert level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I just want to go to sleep and not wake up.",
        "Everyone would be better off without me.",
        "There's no point going on.",
        "I can't do this anymore.",
        "I want to disappear.",
        "Nobody would notice if I was gone.",
    ],
)
def test_passive_wishes_are_check_in(text):
    assert level(text) == "check-in"


@pytest.mark.parametrize(
    "text",
    [
        "I would never hurt myself.",
        "I'm not suicidal, just low.",
        "I have no intention of killing myself.",
        "Not suicidal. Just heartbroken.",
    ],
)
def test_clear_denials_are_none(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to die, I just want this pain to stop.",
        "I don't think I'd ever kill myself.",
        "I'm not going to hurt myself tonight.",
    ],
)
def test_hedged_denials_are_check_in_not_none(text):
    assert level(text) == "check-in"


@pytest.mark.parametrize(
    "text",
    [
        "My friend once said she wanted to die.",
        "A character in the book says she wants to die.",
        'The song goes "I want to die" and it is stuck in my head.',
        "She told me 'I want to kill myself' and I froze.",
        "My therapist asked if I've ever felt suicidal.",
        "I used to self-harm as a teenager but I'm in a much better place now.",
    ],
)
def test_other_peoples_words_and_the_resolved_past_are_none(text):
    assert level(text) == "none"


def test_joining_in_with_someone_elses_words_is_a_check_in():
    assert level("My friend said she wanted to die, and honestly I feel the same.") == "check-in"


def test_distant_past_without_recovery_is_a_check_in_and_coming_back_keeps_urgent():
    assert level("I attempted suicide when I was 19.") == "check-in"
    assert level("I tried to kill myself years ago and lately I want to again.") == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "This breakup is killing me.",
        "I could die of embarrassment.",
        "I'm dead tired.",
        "I'm dying to see her.",
        "I killed it at work today.",
        "Just killing time at the airport.",
        "I'd kill for a coffee.",
        "I cut myself off from his friends.",
        "I cut myself shaving.",
        "I ran 5 kms this morning.",
        "She's better off without me.",
        "I want to disappear from social media for a while.",
        "The breakup was career suicide.",
        "I'd rather die than text him first.",
    ],
)
def test_idioms_and_everyday_hyperbole_are_none(text):
    assert level(text) == "none"


def test_a_denial_in_one_sentence_does_not_cancel_another():
    assert level("I'm fine. Actually I want to die.") == "urgent"
    assert level("I'm not suicidal. But I want to disappear.") == "check-in"
    assert level("I would never hurt myself. I just want to sleep and never wake up.") == "check-in"
    assert level("This breakup is killing me and I want to kill myself.") == "urgent"


def test_trying_not_to_is_an_urge_not_a_denial():
    assert level("I'm trying so hard not to hurt myself tonight.") == "urgent"
    assert level("I can't stop thinking about killing myself.") == "urgent"


def test_humour_and_questions_lower_but_never_clear():
    assert level("I want to die lol") == "check-in"
    assert level("Is it normal to want to die after a breakup?") == "check-in"
    assert level("Why do I want to die?") == "urgent"


def test_several_kinds_are_reported_together():
    result = screen("He hit me again. I want to die.")
    assert result["kinds"] == ["danger-from-others", "suicidal-ideation"]
    assert result["level"] == "urgent"


# ----------------------------------------------------------------------------- normalising
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im gonna kill myself", "urgent"),
        ("I WANT TO DIE", "urgent"),
        ("i dont wanna be alive anymore", "check-in"),
        ("kms", "urgent"),
        ("i wanna kms", "urgent"),
        ("Im so sucidal rn", "urgent"),
        ("thinking about suicde a lot", "urgent"),
        ("kil myself", "urgent"),
        ("i want to kill myslef", "urgent"),
        ("i want to dissapear forever", "check-in"),
        ("i reeeally want to diiiie", "urgent"),
        ("k*ll myself", "urgent"),
        ("I\u2019m going to unalive myself", "urgent"),
        ("I\u2019m not suicidal, just low", "none"),
        ("\uff29 want to \uff44\uff49\uff45", "urgent"),
        ("I want to die\u0301", "urgent"),
    ],
)
def test_misspellings_missing_apostrophes_caps_and_unicode(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize("spacing", ["  ", "        ", " \t "])
def test_extra_spacing_between_words_changes_nothing(spacing):
    # Double spaces once pushed this farewell past a bounded gap in its rule ("none").
    farewell = "I wrote letters to everyone so they know I loved them before I go."
    assert level(farewell.replace(" ", spacing)) == level(farewell) == "urgent"
    assert level("I want to die lol".replace(" ", spacing)) == "check-in"


# ----------------------------------------------------------------------------- spans
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm fine. Actually I want to die.", ["want to die"]),
        # The time makes it a plan (combination CO-plan-time): the span covers both.
        ("Honestly, im gonna kill myself tonight.", ["kill myself tonight"]),
        ("im gonna kill myself", ["kill myself"]),
        ("ugh kms", ["kms"]),
        ("i wanna d1e", ["wanna d1e"]),
        ("I\u2019m so tired. I wish I were dead.", ["wish I were dead"]),
        ("\uff29 want to \uff44\uff49\uff45", ["want to \uff44\uff49\uff45"]),
        ("Ok\ufb01ne. Everyone would be better off without me.", ["better off without me"]),
        ("This breakup is killing me.", []),
        ("I\u2019m  so tired.   I wish I  were dead.  ", ["wish I  were dead"]),
        ("\uff29  want \n\n to \uff44\uff49\uff45", ["want \n\n to \uff44\uff49\uff45"]),
    ],
)
def test_spans_point_at_the_matched_words_in_the_original(text, expected):
    # The rules' spans (the learned stage's spans are checked in test_detect_learned.py).
    with rules_only():
        assert words(text) == expected


def test_spans_are_sorted_and_do_not_overlap():
    for row in EVAL:
        spans = screen(row["text"])["matched"]
        assert spans == sorted(spans)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end < start
        for start, end in spans:
            assert 0 <= start < end <= len(row["text"])


def test_explain_names_the_rule_and_the_context_applied():
    hits = explain("I would never hurt myself.")
    assert hits and hits[0]["rule"].startswith("SH-")
    assert hits[0]["level"] == "none"
    assert "C-negation" in hits[0]["context"]


# ----------------------------------------------------------------------------- eval set
def test_eval_set_is_well_formed_and_big_enough():
    assert len(EVAL) >= 600
    for row in EVAL:
        assert set(row) == {"text", "level", "kinds", "explicit", "group", "category"}
        assert row["category"] in CATEGORY_NAMES
        assert row["group"] in GROUPS
        assert row["level"] in LEVELS
        assert row["kinds"] == sorted(row["kinds"]) and set(row["kinds"]) <= set(KINDS)
        assert bool(row["kinds"]) == (row["level"] != "none")
        assert not row["explicit"] or row["level"] == "urgent"
    texts = [row["text"] for row in EVAL]
    assert len(texts) == len(set(texts))
    crisis = [row for row in EVAL if row["level"] != "none"]
    assert len(crisis) >= 100
    assert sum(row["explicit"] for row in EVAL) >= 40
    assert sum(row["group"] in ("heartbreak-idiom", "everyday") for row in EVAL) >= 120


def test_eval_set_meets_the_targets():
    results = [(row, screen(row["text"])) for row in EVAL]
    crisis = [result["crisis"] for row, result in results if row["level"] != "none"]
    explicit = [result["level"] == "urgent" for row, result in results if row["explicit"]]
    everyday = [
        result["crisis"]
        for row, result in results
        if row["group"] in ("heartbreak-idiom", "everyday") and row["level"] == "none"
    ]
    assert sum(crisis) / len(crisis) >= 0.95
    assert all(explicit), [
        row["text"] for row, r in results if row["explicit"] and r["level"] != "urgent"
    ]
    assert sum(everyday) / len(everyday) <= 0.05


URGENT_CATEGORIES = {"plan", "method", "intent", "preparation", "danger-from-others"}


def test_eval_set_meets_the_per_category_targets():
    # The Safety II targets, printed per category by bench/crisis_eval.py.
    results = [(row, screen(row["text"])["level"]) for row in EVAL]
    signs = [got != "none" for row, got in results if row["level"] != "none"]
    urgent = [
        got == "urgent"
        for row, got in results
        if row["category"] in URGENT_CATEGORIES and row["level"] == "urgent"
    ]
    alarms = [got != "none" for row, got in results if row["category"].startswith("neg-")]
    assert len(signs) >= 350 and len(urgent) >= 100 and len(alarms) >= 250
    assert sum(signs) / len(signs) >= 0.95
    assert sum(urgent) / len(urgent) >= 0.97
    assert sum(alarms) / len(alarms) <= 0.05


@pytest.mark.parametrize("name", eval_texts.FILES[1:])
def test_holdout_files_are_well_formed(name):
    rows = eval_texts.rows(name)
    assert len(rows) >= 30
    dev_texts = {row["text"] for row in EVAL}
    for row in rows:
        assert row["group"] in GROUPS and row["level"] in LEVELS
        # holdout2 was written independently and repeats one eval sentence; it is kept as written.
        assert row["text"] not in dev_texts or name == "eval_holdout2.jsonl"
        assert row["category"] in CATEGORY_NAMES


# ----------------------------------------------------------------------------- taxonomy
def test_every_rule_names_a_category_and_reports_its_level_and_kind():
    categories = RULES_DATA["categories"]
    assert set(categories) == {
        "wish-dead",
        "active-thoughts",
        "method",
        "intent",
        "plan",
        "preparation",
        "attempt",
        "self-harm",
        "burden",
        "trapped",
        "unbearable-pain",
        "no-reason",
        "wont-matter",
        "last-message",
        "danger-from-others",
        "harm-to-others",
    }
    for name, category in categories.items():
        assert category["level"] in ("urgent", "check-in"), name
        assert category["kind"] in KINDS, name
        assert category["covers"] and category["example"], name
    for rule in RULES_DATA["rules"] + RULES_DATA["combinations"]:
        category = categories[rule["category"]]
        assert rule["kind"] == category["kind"], rule["id"]
        # A rule may differ from its category's level only with the reason written down.
        if rule["level"] != category["level"]:
            assert len(rule.get("level_exception", "")) > 20, rule["id"]
        else:
            assert "level_exception" not in rule, rule["id"]


def test_every_category_example_is_found_at_its_level_and_kind():
    for name, category in RULES_DATA["categories"].items():
        result = screen(category["example"])
        assert result["level"] == category["level"], name
        assert category["kind"] in result["kinds"], name


def test_eval_labels_agree_with_the_taxonomy():
    categories = RULES_DATA["categories"]
    for row in EVAL:
        if row["category"].startswith("neg-"):
            assert row["level"] == "none", row["text"]
        else:
            assert row["level"] != "none", row["text"]
            assert categories[row["category"]]["kind"] in row["kinds"], row["text"]


# ----------------------------------------------------------------------------- rules file
def test_every_rule_is_documented():
    data = json.loads((ROOT / "src/innerbase/safety/rules.json").read_text("utf-8"))
    ids = []
    for rule in data["rules"]:
        assert rule["kind"] in KINDS
        assert rule["level"] in ("urgent", "check-in")
        assert rule["patterns"] and rule["rationale"] and rule["source"]
        ids.append(rule["id"])
    for entry in data["exclusions"] + data["context"]:
        assert entry["id"] and entry["rationale"] and entry["source"] and entry["patterns"]
        ids.append(entry["id"])
    assert len(ids) == len(set(ids))
    assert not re.search(r"https?://|www\.", json.dumps(data))


def _imports(path: Path) -> set[str]:
    """Every module a source file imports, by its full name."""
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"relative import in {path.name}"
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_screen_is_standard_library_only_and_never_imports_django():
    sources = sorted((ROOT / "src/innerbase/safety/detect").glob("*.py"))
    assert {path.name for path in sources} >= {"__init__.py", "normalise.py", "context.py"}
    imported = set().union(*map(_imports, sources))
    own = {name for name in imported if name.split(".")[0] == "innerbase"}
    assert all(name.startswith("innerbase.safety.detect") for name in own), own
    assert {name.split(".")[0] for name in imported - own} <= {
        "__future__",
        "bisect",
        "collections",
        "dataclasses",
        "importlib",
        "itertools",
        "json",
        "math",
        "random",  # training.py only: a seeded shuffle, so training is deterministic
        "re",
        "string",
        "typing",  # annotations only (the package is checked with mypy's strict flags)
        "unicodedata",
    }
    code = (
        "import sys; import innerbase.safety.detect as d; "
        "assert d.screen('I want to die')['level'] == 'urgent'; "
        "assert not [m for m in sys.modules if m.split('.')[0] in "
        "('django', 'socket', 'urllib', 'http', 'ssl')], sorted(sys.modules)"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src")},
    )


def _private_names(path: Path) -> list[str]:
    """Underscored names a source file takes from another module (re._parser and the like)."""
    tree = ast.parse(path.read_text("utf-8"))
    modules = {
        alias.asname or alias.name
        for n in ast.walk(tree)
        if isinstance(n, ast.Import)
        for alias in n.names
    }
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names += [node.module, *(alias.name for alias in node.names)]
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.Attribute) and getattr(node.value, "id", None) in modules:
            names.append(node.attr)
    return [name for name in names if name != "__future__" and "._" in f".{name}"]


def test_the_screen_uses_only_public_apis_of_other_modules():
    for path in (ROOT / "src/innerbase/safety/detect").glob("*.py"):
        assert _private_names(path) == [], path.name


# ----------------------------------------------------------------------------- long text
def test_very_long_text_is_still_scanned_to_the_end():
    # How long this takes is printed by bench/crisis_eval.py beside its budget, not asserted here.
    text = "I am doing fine today. " * 5000 + "I want to die."
    result = screen(text)
    assert result["level"] == "urgent"
    start, end = result["matched"][-1]
    # The rules' span is "want to die"; the learned stage's may add the "I" before it.
    assert "want to die" in text[start:end]
    assert start >= text.index("I want to die.")


def test_every_category_has_rules_and_eval_sentences():
    used = {rule["category"] for rule in RULES_DATA["rules"] + RULES_DATA["combinations"]}
    assert used == set(RULES_DATA["categories"])
    labelled = {row["category"] for row in EVAL}
    assert labelled == CATEGORY_NAMES
