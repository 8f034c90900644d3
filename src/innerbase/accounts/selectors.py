"""Reads about the signed-in person that other apps may use."""

# Set at log-in: True for the first session an account ever has (just signed up, or made by
# an operator and never used), so nothing greets a new person as if they had been here before.
FIRST_VISIT = "accounts_first_visit"


def first_visit(request) -> bool:
    """True while the person is in their account's very first session."""
    return bool(request.session.get(FIRST_VISIT, False))
