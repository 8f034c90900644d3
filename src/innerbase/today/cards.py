"""Cards on the Today page. Each capability registers its own card in its app's `ready()`."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Card:
    template: str
    order: int
    show: Callable | None
    context: Callable | None


_cards: dict[str, Card] = {}


def register(template: str, *, order: int, show=None, context=None) -> None:
    """Add a card; `show(request)` decides if it appears, `context(request)` feeds it."""
    _cards[template] = Card(template, order, show, context)


def cards_for(request) -> list[dict]:
    """The cards this person should see now, in order, with their context."""
    result = []
    for card in sorted(_cards.values(), key=lambda card: card.order):
        if card.show is not None and not card.show(request):
            continue
        extra = card.context(request) if card.context is not None else {}
        result.append({"template": card.template, **extra})
    return result


def needs_recovery_key(request) -> bool:
    """Remind a person who has not yet confirmed saving their recovery key."""
    return not request.user.recovery_key_confirmed
