"""Tokens and the caller's identity."""

from ninja import Field, Router, Schema
from ninja.responses import Status

from innerbase.accounts import services
from innerbase.api.auth import token_auth
from innerbase.api.services import token_create, token_revoke
from innerbase.core.api import ERRORS

router = Router(tags=["account"])


class TokenIn(Schema):
    username: str = Field(max_length=150)
    passphrase: str = Field(max_length=1024)


class TokenOut(Schema):
    token: str


class Me(Schema):
    username: str


@router.post("/tokens", auth=None, response={201: TokenOut, **ERRORS})
def create_token(request, payload: TokenIn):
    """Exchange a username and passphrase for a bearer token (throttled like logins)."""
    try:
        user, data_key = services.account_unlock(
            request=request, username=payload.username, passphrase=payload.passphrase
        )
    except (services.WrongCredentials, services.KeyMismatch):
        if getattr(request, "axes_locked_out", False):
            return Status(429, {"detail": "Too many attempts. Please wait and try again."})
        return Status(401, {"detail": "That username and passphrase don't match."})
    return Status(201, {"token": token_create(user=user, data_key=data_key)})


@router.delete("/tokens/current", auth=token_auth, response={204: None, **ERRORS})
def revoke_current_token(request):
    """Revoke the token this request was made with."""
    token_revoke(request.api_token)
    return Status(204, None)


@router.get("/me", response={200: Me, **ERRORS})
def me(request):
    """Who the caller is."""
    return {"username": request.user.username}
