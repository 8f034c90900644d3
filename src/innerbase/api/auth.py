"""How API callers prove who they are: a bearer token, or the browser's own login session."""

from ninja.security import HttpBearer, django_auth

from innerbase.api.services import token_authenticate
from innerbase.vault.session import RequestVault


class TokenAuth(HttpBearer):
    """`Authorization: Bearer ib1.…`: the token also unlocks the person's data key."""

    def authenticate(self, request, token):
        found = token_authenticate(token)
        if found is None:
            return None
        api_token, user, data_key = found
        request.user = user
        request.vault = RequestVault(data_key)
        request.api_token = api_token
        return user


token_auth = TokenAuth()
# Session callers must send the CSRF token, as every browser form does.
token_or_session = [token_auth, django_auth]
