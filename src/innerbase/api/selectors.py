"""What other apps may read of the API: a person's tokens, for the account page."""

from innerbase.api.models import ApiToken
from innerbase.core.owned import owned


def tokens_of(*, user):
    """The person's API tokens, newest first (never the secret, which only the client holds)."""
    return owned(ApiToken, user=user).order_by("-created_at")
