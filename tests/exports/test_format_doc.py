"""docs/FORMAT.md names every kind of row an export holds."""

from pathlib import Path

from innerbase.core import registry

FORMAT = Path(__file__).resolve().parents[2] / "docs" / "FORMAT.md"


def test_every_exported_kind_is_described():
    text = FORMAT.read_text()
    labels = [m._meta.label_lower for d in registry.personal_data() for m in d.models]
    missing = [label for label in labels if f"| `{label}` |" not in text]
    assert not missing, f"docs/FORMAT.md does not describe {missing}"
