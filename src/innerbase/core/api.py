"""What every app's API shares: the error shapes (declared so the OpenAPI document lists every
status we answer), the 422 that names a field, and the crisis screen's summary."""

from typing import NoReturn

from ninja import Field, Schema
from ninja.errors import ValidationError
from pydantic import StrictInt

from innerbase.core import distress


class Detail(Schema):
    detail: str


class FieldError(Schema):
    field: str | None
    message: str


class ValidationDetail(Schema):
    detail: str
    errors: list[FieldError]


ERRORS = {401: Detail, 403: Detail, 404: Detail, 422: ValidationDetail, 429: Detail}


def refuse(field: str, message: str, *, where: str = "body") -> NoReturn:
    """Answer 422 naming `field` (dotted when nested: "emotions.2.name"), in the JSON body
    or, with `where="query"` or `"path"`, in the URL's parameters."""
    place = ["body", "payload"] if where == "body" else [where]
    raise ValidationError([{"loc": [*place, *field.split(".")], "msg": message}])


class SafetySummary(Schema):
    """What the crisis screen found in a saved text: never the text, never the matched words."""

    crisis: bool
    kinds: list[str]


def safety_summary(result: dict) -> dict:
    """The part of a screen result an API answer carries after a save."""
    return {"crisis": result["crisis"], "kinds": result["kinds"]}


def refuse_words_in_query(request, *names: str, instead: str) -> None:
    """Refuse search words sent in a URL's query: logs and history keep URLs, so the words
    belong in the JSON body of `instead` (a POST endpoint)."""
    for name in names:
        if name in request.GET:
            message = f"Send search words in the JSON body of POST {instead}, never in a URL."
            refuse(name, message, where="query")


class DistressCheck(Schema):
    """The stop rule's optional "how upset" ratings, 0 to 10, at the start and at the save."""

    before: StrictInt | None = Field(
        None, ge=distress.LOWEST, le=distress.HIGHEST, description="How upset at the start."
    )
    after: StrictInt | None = Field(
        None, ge=distress.LOWEST, le=distress.HIGHEST, description="How upset at the save."
    )
