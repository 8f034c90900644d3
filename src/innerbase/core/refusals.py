"""API refusals every app answers the same way: a 422 naming the field."""

from ninja.errors import ValidationError


def refuse_words_in_query(request, *names: str, instead: str) -> None:
    """Refuse search words sent in a URL's query: logs and history keep URLs, so the words
    belong in the JSON body of `instead` (a POST endpoint)."""
    for name in names:
        if name in request.GET:
            message = f"Send search words in the JSON body of POST {instead}, never in a URL."
            raise ValidationError([{"loc": ["query", name], "msg": message}])
