"""Open the data key for each logged-in request; a session without one is ended."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode

from innerbase.vault.session import RequestVault, VaultLocked, session_lock, vault_from_session


class unlock_from_session:  # noqa: N801 - named like Django's function middlewares
    """Set `request.vault`, and write or delete the key cookie on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.vault = RequestVault()
        if request.user.is_authenticated:
            cookie = request.COOKIES.get(settings.VAULT_COOKIE_NAME)
            request.vault = vault_from_session(request, cookie)
            if not request.vault.unlocked:
                # A login session whose key is gone (cookie lost, slot revoked) is over.
                session_lock(request)
        response = self.get_response(request)
        self._write_cookie(request, response)
        return response

    def process_exception(self, request, exception):
        """Send a person whose key is missing to log in again, back to where they were."""
        if not isinstance(exception, VaultLocked):
            return None
        if request.user.is_authenticated:
            session_lock(request)
        messages.info(request, "For your privacy, please log in again to carry on.")
        # Only the path: a query string may hold words the person typed, and this URL ends
        # up in the browser's history and the server's logs.
        query = urlencode({REDIRECT_FIELD_NAME: request.path})
        return HttpResponseRedirect(f"{reverse(settings.LOGIN_URL)}?{query}")

    @staticmethod
    def _write_cookie(request, response) -> None:
        secret = getattr(request, "vault_cookie", None)
        if secret is None:
            return
        if secret == "":
            response.delete_cookie(settings.VAULT_COOKIE_NAME, samesite="Lax")
            return
        # No max_age: the key dies with the browser session; HttpOnly keeps scripts away.
        response.set_cookie(
            settings.VAULT_COOKIE_NAME,
            secret,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
