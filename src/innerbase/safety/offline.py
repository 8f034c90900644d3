"""Help that opens without a connection: what the service worker may keep, and how its copies
are made so that nothing a person wrote can be in them.

The worker (`templates/safety/sw.js`) keeps only `pages()` and `static_files()`: public help
pages and the files they use. It fetches each page without cookies and with `COPY_HEADER`; the
`copies` middleware answers such a request only for a page on the list, only when it carries
no cookies, and marks the answer as a copy only when it sets none. So a copy is what a stranger
would see; the server does not know whose phone asked.
"""

import hashlib
import json
from functools import cache

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.templatetags.static import static
from django.urls import reverse

from innerbase.safety import content, helplines

COPY_HEADER = "Innerbase-Offline-Copy"

# Files the kept pages load. A test renders every kept page and fails if one uses a file that
# is not here (it would be missing offline) or if this lists a file that does not exist.
STATIC_FILES = (
    "css/innerbase.css",
    "js/forms.js",
    "js/menu.js",
    "js/breathe.js",
    "js/range-value.js",
    "js/countdown.js",
    "js/timer.js",
    "js/support.js",
    "img/favicon.svg",
    "img/mark.svg",
    "img/apple-touch-icon.png",
)

# The worker's version changes when any of these change, so it fetches fresh copies at once.
_SOURCES = [
    helplines.DATA_FILE,
    *sorted((settings.BASE_DIR / "safety" / "content").glob("*.json")),
    *sorted((settings.BASE_DIR / "safety" / "templates" / "safety").glob("*.html")),
    settings.BASE_DIR / "templates" / "base.html",
]


def pages() -> list[str]:
    """Every page the worker keeps: a path, or a path and a query that picks a public variant
    (a country's helplines, a breathing rhythm, a grounding step)."""
    help_now, breathe, ground = (reverse(f"safety:{n}") for n in ("help", "breathe", "ground"))
    steps = len(content.load("calm")["grounding"]["steps"])
    return [
        help_now,
        *(f"{help_now}?country={code}" for code, _ in helplines.countries()),
        reverse("safety:offline"),
        reverse("safety:timer"),
        reverse("safety:calm"),
        breathe,
        *(f"{breathe}?rhythm={key}" for key in content.rhythms()),
        ground,
        *(f"{ground}?step={number}" for number in range(1, steps + 2)),
        reverse("safety:soothe"),
        reverse("safety:leave"),  # "Leave quickly" must stay discreet without a connection
    ]


def country_pages() -> list[str]:
    """Kept pages that show the person's country when fetched without one chosen in the URL."""
    return [reverse("safety:help"), reverse("safety:offline")]


def static_files() -> list[str]:
    return [static(name) for name in STATIC_FILES]


def worker_config() -> dict:
    """What the worker template is given: its lists, the fallback page and its version."""
    lists = {
        "pages": pages(),
        "countryPages": country_pages(),
        "static": static_files(),
        "fallback": reverse("safety:offline"),
        "copyHeader": COPY_HEADER,
    }
    digest = hashlib.sha256(json.dumps(lists, sort_keys=True).encode())
    for source in _SOURCES:
        digest.update(source.read_bytes())
    return {**lists, "version": digest.hexdigest()[:16]}


@cache
def _kept_paths() -> frozenset[str]:
    return frozenset(url.partition("?")[0] for url in pages())


def is_copy(request) -> bool:
    """Whether this request is the worker fetching a copy to keep (see `copies`)."""
    return getattr(request, "offline_copy", False)


def copies(get_response):
    """Answer the worker's copy requests only for kept pages, only without cookies, and mark
    an answer as a copy (so the worker keeps it) only when it sets no cookie either."""

    def middleware(request):
        if COPY_HEADER not in request.headers:
            return get_response(request)
        if request.method != "GET" or request.path not in _kept_paths() or request.COOKIES:
            return HttpResponseBadRequest(
                "Offline copies are made only of public help pages, and only without cookies.",
                content_type="text/plain",
            )
        request.offline_copy = True
        response = get_response(request)
        if response.status_code == 200 and not response.cookies:
            response[COPY_HEADER] = "1"
            # Kept by the worker only, never by the browser's or a proxy's HTTP cache.
            response["Cache-Control"] = "no-store"
            del response["Vary"]
        return response

    return middleware
