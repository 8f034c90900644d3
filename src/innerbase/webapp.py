"""Innerbase as an installable web app: the manifest, the theme colours read from the
stylesheet's tokens (so the home-screen colours are never a second copy to keep in step), and
what every page needs to register the service worker (`safety/offline.py` says what it keeps)."""

import re
from functools import cache

from django.conf import settings
from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from innerbase.safety import offline
from innerbase.safety.selectors import remembered_country

STYLESHEET = settings.BASE_DIR / "static" / "css" / "innerbase.css"
_TOKEN = re.compile(r"--([a-z-]+):\s*(#[0-9A-Fa-f]{6})\s*;")
_DARK = "@media (prefers-color-scheme: dark)"


@cache
def colour_tokens() -> dict[str, dict[str, str]]:
    """{"light": {"bg": "#FBF8F4", ...}, "dark": {...}} from the stylesheet's custom properties."""
    css = STYLESHEET.read_text(encoding="utf-8")
    light, _, dark = css.partition(_DARK)
    # Each palette is the first block of its part: `:root { ... }`.
    return {
        "light": dict(_TOKEN.findall(light[: light.index("}")])),
        "dark": dict(_TOKEN.findall(dark[: dark.index("}")])),
    }


def theme() -> dict[str, str]:
    """The colours a phone paints around the app: its bar, and the splash behind the icon."""
    tokens = colour_tokens()
    return {
        "light_bar": tokens["light"]["primary"],
        "dark_bar": tokens["dark"]["bg"],
        "background": tokens["light"]["bg"],
    }


@require_GET
def manifest(request):
    colours = theme()
    icons = [
        {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
        {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        {
            "src": static("img/icon-maskable-512.png"),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        },
    ]
    data = {
        "id": "/",
        "name": "Innerbase",
        "short_name": "Innerbase",
        "description": (
            "A private companion for healing insecure attachment. "
            "The help pages work with no signal."
        ),
        "lang": "en",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": colours["light_bar"],
        "background_color": colours["background"],
        "icons": icons,
    }
    response = JsonResponse(data, content_type="application/manifest+json")
    response["Cache-Control"] = "no-cache"
    return response


def worker_url(request) -> str:
    """The service worker's URL, with the person's country when it is known."""
    # An error page can be rendered for a request that never reached the session middleware.
    code = remembered_country(request) if hasattr(request, "session") else None
    return reverse("service_worker") + (f"?{urlencode({'country': code})}" if code else "")


def context(request) -> dict:
    """Template context processor: the theme colours, the service worker to register, and
    whether this page is being rendered as the worker's offline copy."""
    return {
        "theme": theme(),
        "offline_worker": worker_url(request),
        "offline_copy": offline.is_copy(request),
    }
