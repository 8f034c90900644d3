"""The import rules of docs/ARCHITECTURE.md, read from the source: an app reaches another app
only through its `selectors` (and the registry), and the pure domain modules import no Django."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "innerbase"
APPS = sorted(
    p.name for p in PACKAGE.iterdir() if (p / "apps.py").exists() and p.name not in {"core"}
)
# Shared by every app: the contract (core) and the one place that touches crypto (vault).
FOUNDATIONS = {"core", "vault"}
# The few crossings that are the design, each with its reason in docs/ARCHITECTURE.md.
ALLOWED = {
    ("innerbase.api.account", "innerbase.accounts.services"),
    ("innerbase.core.saving", "innerbase.safety.screening"),
}
PURE = [
    "innerbase.assessments.charts",
    "innerbase.assessments.instruments",
    "innerbase.assessments.scoring",
    "innerbase.boundaries.content",
    "innerbase.boundaries.tally",
    "innerbase.conversations.builder",
    "innerbase.conversations.check",
    "innerbase.conversations.content",
    "innerbase.conversations.review",
    "innerbase.core.charts",
    "innerbase.core.content_files",
    "innerbase.core.distress",
    "innerbase.core.figures",
    "innerbase.core.lines",
    "innerbase.core.limits",
    "innerbase.core.markdown",
    "innerbase.core.report_dates",
    "innerbase.experiments.content",
    "innerbase.experiments.evidence",
    "innerbase.imports.formats",
    "innerbase.imports.plan",
    "innerbase.journal.content",
    "innerbase.journal.rules",
    "innerbase.journal.search_lines",
    "innerbase.learn.content",
    "innerbase.learn.lessons",
    "innerbase.safety.detect",
    "innerbase.safety.stats",
    "innerbase.people.consistency",
    "innerbase.people.content",
    "innerbase.people.network",
    "innerbase.patterns.content",
    "innerbase.patterns.recurring",
    "innerbase.practice.content",
    "innerbase.practice.plan_rules",
    "innerbase.reports.content",
    "innerbase.reports.document",
    "innerbase.reports.pdf",
    "innerbase.progress.graduation",
    "innerbase.progress.stats",
    "innerbase.thoughts.content",
    "innerbase.thoughts.progress",
    "innerbase.thoughts.search_lines",
    "innerbase.thoughts.shortlists",
    "innerbase.thoughts.stats",
    "innerbase.toolkit.content",
    "innerbase.toolkit.ranking",
    "innerbase.vault.crypto",
    "innerbase.vault.export_seal",
]


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources() -> dict[str, Path]:
    return {
        module_name(path): path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts
    }


def imports_of(path: Path) -> set[str]:
    """Every module an import statement in the file names, at any depth (lazy imports too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            # `from innerbase.journal import selectors` names the module selectors
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def crossings(known: dict[str, Path]) -> list[tuple[str, str]]:
    """(importer, imported) pairs that reach into another app other than its selectors."""
    wrong = []
    for name, path in known.items():
        parts = name.split(".")
        if len(parts) < 3 or parts[1] not in APPS + ["core"]:
            continue  # the project shell (settings, urls, cli) may wire anything
        for target in imports_of(path):
            if target not in known:
                continue  # a name imported from a module, or not ours
            other = target.split(".")
            if len(other) < 3 or other[1] == parts[1] or other[1] in FOUNDATIONS:
                continue  # a bare package is only the `from` of its named modules
            if len(other) >= 3 and other[2] == "selectors":
                continue
            if name == "innerbase.api.site" and other[2:] == ["api"]:
                continue  # the one API gathers every app's router
            if (name, target) not in ALLOWED:
                wrong.append((name, target))
    return sorted(set(wrong))


def test_apps_reach_each_other_only_through_selectors():
    assert crossings(sources()) == []


def test_the_reading_catches_a_view_reaching_into_another_apps_models(tmp_path):
    known = sources()
    views = tmp_path / "views.py"
    views.write_text(
        "def page(request):\n    from innerbase.assessments.models import Take\n", "utf-8"
    )
    selectors = tmp_path / "fine.py"
    selectors.write_text("from innerbase.assessments import selectors\n", "utf-8")
    known["innerbase.journal.views.entries"] = views
    known["innerbase.journal.fine"] = selectors
    assert crossings(known) == [("innerbase.journal.views.entries", "innerbase.assessments.models")]


def test_core_imports_no_app_except_through_its_one_door_to_the_crisis_screen():
    for name, path in sources().items():
        if not name.startswith("innerbase.core"):
            continue
        for target in imports_of(path):
            other = target.split(".")
            if len(other) >= 3 and other[1] in APPS and other[1] not in FOUNDATIONS:
                assert (name, target) in ALLOWED, f"{name} imports {target}"


@pytest.mark.parametrize("name", PURE)
def test_pure_domain_modules_import_no_django(name):
    known = sources()
    paths = [known[name]] if name in known else []
    package = PACKAGE.joinpath(*name.split(".")[1:])
    if (package / "__init__.py").exists():
        paths = sorted(package.rglob("*.py"))
    assert paths, f"{name} not found"
    for path in paths:
        for target in imports_of(path):
            top = target.split(".")[0]
            assert top not in {"django", "ninja"}, f"{path.name} imports {target}"
            if target.startswith("innerbase.") and target in known and target.count(".") > 1:
                assert target in PURE or target.rsplit(".", 1)[0] in PURE, (
                    f"{path.name} imports {target}, which is not pure"
                )


def test_no_app_reaches_another_apps_models_by_name_either():
    """`apps.get_model("thoughts", ...)` from the journal would dodge the import rule."""
    wrong = []
    for name, path in sources().items():
        parts = name.split(".")
        if len(parts) < 3 or parts[1] not in APPS:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get_model"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                label = str(node.args[0].value).split(".")[0]
                if label != parts[1]:
                    wrong.append((name, label))
    assert wrong == []
