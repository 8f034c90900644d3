"""The one page action on API tokens: revoking one from the account page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from innerbase.api import services
from innerbase.api.models import ApiToken
from innerbase.core.owned import get_owned_or_404


@require_POST
@login_required
def token_revoke(request, token_id):
    """Revoke one API token (a lost phone, an old script) from the account page."""
    services.token_revoke(get_owned_or_404(ApiToken, user=request.user, pk=token_id))
    messages.success(request, "That token is revoked: it opens nothing any more.")
    return redirect("accounts:account")
