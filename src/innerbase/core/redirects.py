"""Safe ways back: a `next` or `back` value is followed only when it stays on this site."""

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request, url: str | None, *, fallback: str = "/") -> str:
    """`url` when it is a path on this host (https only when the request is), else `fallback`."""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return fallback
