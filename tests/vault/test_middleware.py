"""A request whose key is missing is sent to log in again, back to the page it was on."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse

from innerbase.vault.middleware import unlock_from_session
from innerbase.vault.session import VaultLocked


def test_a_locked_vault_sends_to_login_with_the_path_but_never_its_query(rf):
    request = rf.get("/journal/?q=my+secret+words")
    SessionMiddleware(lambda r: HttpResponse()).process_request(request)
    request.user = AnonymousUser()
    request._messages = FallbackStorage(request)
    middleware = unlock_from_session(lambda r: HttpResponse())
    response = middleware.process_exception(request, VaultLocked())
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=%2Fjournal%2F"
    assert middleware.process_exception(request, ValueError()) is None
