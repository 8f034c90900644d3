"""The site navigation, which grows as each capability registers its page in `ready()`."""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    order: int
    requires_login: bool


_items: dict[str, NavItem] = {}


def register(label: str, url_name: str, *, order: int, requires_login: bool = True) -> None:
    """Add a page to the navigation (registering the same page twice is harmless)."""
    _items[url_name] = NavItem(label, url_name, order, requires_login)


def items_for(request) -> list[dict]:
    """The navigation a request should see, each item with its URL and whether it is current."""
    signed_in = request.user.is_authenticated
    visible = [item for item in _items.values() if signed_in or not item.requires_login]
    result = []
    for item in sorted(visible, key=lambda item: item.order):
        url = reverse(item.url_name)
        current = request.path == url or (url != "/" and request.path.startswith(url))
        result.append({"label": item.label, "url": url, "current": current})
    return result


def context(request) -> dict:
    """Template context processor: the navigation and the idle-lock time."""
    from django.conf import settings

    return {
        "nav_items": items_for(request),
        "idle_lock_seconds": settings.IDLE_LOCK_MINUTES * 60,
        "idle_lock_minutes": settings.IDLE_LOCK_MINUTES,
    }
