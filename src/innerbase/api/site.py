"""The JSON API under /api/v1/: one NinjaAPI, one router per capability."""

from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from innerbase.api import account
from innerbase.api.auth import token_or_session
from innerbase.assessments.api import router as assessments_router
from innerbase.boundaries.api import router as boundaries_router
from innerbase.checkins.api import router as checkins_router
from innerbase.conversations.api import router as conversations_router
from innerbase.experiments.api import router as experiments_router
from innerbase.exports.api import router as exports_router
from innerbase.imports.api import router as imports_router
from innerbase.journal.api import router as journal_router
from innerbase.learn.api import router as learn_router
from innerbase.patterns.api import router as patterns_router
from innerbase.people.api import router as people_router
from innerbase.practice.api import router as practice_router
from innerbase.progress.api import router as progress_router
from innerbase.reports.api import router as reports_router
from innerbase.safety.api import router as safety_router
from innerbase.thoughts.api import router as thoughts_router
from innerbase.toolkit.api import router as toolkit_router
from innerbase.vault.session import VaultLocked

api = NinjaAPI(
    title="Innerbase API",
    version="1",
    description="Everything a person keeps in Innerbase, for their own apps and scripts.",
    urls_namespace="api",
    auth=token_or_session,
    docs_url=None,
)
api.add_router("", account.router)
api.add_router("", safety_router)
api.add_router("", assessments_router)
api.add_router("", journal_router)
api.add_router("", thoughts_router)
api.add_router("", practice_router)
api.add_router("", experiments_router)
api.add_router("", toolkit_router)
api.add_router("", people_router)
api.add_router("", patterns_router)
api.add_router("", boundaries_router)
api.add_router("", conversations_router)
api.add_router("", learn_router)
api.add_router("", reports_router)
api.add_router("", checkins_router)
api.add_router("", progress_router)
api.add_router("", imports_router)
api.add_router("", exports_router)


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError):
    """422 naming each field and saying what is wrong with it, in plain words."""
    errors = [
        {
            "field": _field_name(err.get("loc", [])),
            "message": err.get("msg"),
        }
        for err in exc.errors
    ]
    return api.create_response(
        request, {"detail": "Some fields need another look.", "errors": errors}, status=422
    )


def _field_name(location) -> str | None:
    """("body", "payload", "mood") → "mood"; ("query", "since") → "since"."""
    parts = [str(part) for part in location]
    if parts[:1] == ["body"]:
        parts = parts[2:] if len(parts) > 2 else parts[1:]
    elif parts[:1] in (["query"], ["path"], ["header"], ["cookie"]):
        parts = parts[1:]
    return ".".join(parts) or None


@api.exception_handler(AuthenticationError)
def not_authenticated(request: HttpRequest, exc: AuthenticationError):
    return api.create_response(request, {"detail": "Log in or send a valid token."}, status=401)


@api.exception_handler(VaultLocked)
def vault_locked(request: HttpRequest, exc: VaultLocked):
    return api.create_response(
        request, {"detail": "Your data is locked. Log in again."}, status=401
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError):
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
