"""The calm error pages: HTML that keeps the way to help in view, JSON under /api/."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from innerbase import errors

pytestmark = pytest.mark.django_db


def _request(path: str):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request


def test_the_500_page_keeps_the_way_to_help():
    response = errors.server_error(_request("/journal/"))
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content
    assert b"Need help now?" in response.content and b'href="/help/' in response.content


def test_api_errors_are_json():
    response = errors.server_error(_request("/api/v1/me"))
    assert response.status_code == 500 and "detail" in json.loads(response.content)
    response = errors.not_found(_request("/api/v1/nothing"))
    assert response.status_code == 404 and json.loads(response.content) == {"detail": "Not found."}


def broken_context(request):
    raise RuntimeError("a context processor failed")


def test_the_500_page_runs_every_context_processor_and_fails_with_one(settings):
    # What the comment in server_error says: the page is rendered with the full request
    # context (base.html needs it), so a failing context processor takes the page down too.
    engine = settings.TEMPLATES[0]
    options = dict(engine["OPTIONS"])
    options["context_processors"] = [*options["context_processors"], f"{__name__}.broken_context"]
    settings.TEMPLATES = [{**engine, "OPTIONS": options}]
    with pytest.raises(RuntimeError, match="a context processor failed"):
        errors.server_error(_request("/journal/"))
