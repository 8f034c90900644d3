"""Shared response shapes, declared so the OpenAPI document lists every status we answer."""

from ninja import Schema


class Detail(Schema):
    detail: str


class FieldError(Schema):
    field: str | None
    message: str


class ValidationDetail(Schema):
    detail: str
    errors: list[FieldError]


ERRORS = {401: Detail, 403: Detail, 404: Detail, 422: ValidationDetail, 429: Detail}
