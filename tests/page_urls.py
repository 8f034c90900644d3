"""What a page would put in a URL: every link, form action and source in its HTML."""

import html
import re
from urllib.parse import unquote_plus

_URL = re.compile(r'\b(?:href|action|src|formaction|hx-[a-z-]+|data-[a-z-]+)="([^"]*)"')
_FORM = re.compile(r"<form\b[^>]*>")


def urls_in(page: str) -> list[str]:
    """Every URL-like attribute, unescaped and unquoted, so encoded words are caught too."""
    return [unquote_plus(html.unescape(url)) for url in _URL.findall(page)]


def assert_no_url_holds(page: str, *words: str) -> None:
    for url in urls_in(page):
        for word in words:
            assert word.casefold() not in url.casefold(), f"{word!r} in {url!r}"


def search_forms(page: str) -> list[str]:
    """The opening tags of the page's search forms."""
    return [tag for tag in _FORM.findall(page) if 'role="search"' in tag]
