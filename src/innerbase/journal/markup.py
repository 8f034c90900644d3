"""Long, repetitive bits of markup built in Python: the template engine resolves every
variable of every emotion chip (73 of them, on the Today page) far more slowly."""

from django.utils.html import format_html_join


def chips(emotions: list[dict], checked: set[str]) -> str:
    """Emotion chips as checkboxes named `emotions`."""
    return format_html_join(
        "",
        '<label class="chip-check"><input type="checkbox" name="emotions" value="{}"{}>'
        "<span>{}</span></label>",
        ((e["key"], " checked" if e["key"] in checked else "", e["label"]) for e in emotions),
    )


def chip_families(families: list[dict], checked: set[str]) -> str:
    return format_html_join(
        "",
        '<p class="small muted">{}</p><div class="chips">{}</div>',
        (
            (family["label"], chips(family["emotions"], checked))
            for family in families
            if family["emotions"]
        ),
    )


def quick_chips(first: list[dict], more: list[dict], checked: set[str]) -> dict:
    return {"first": chips(first, checked), "more": chip_families(more, checked)}
