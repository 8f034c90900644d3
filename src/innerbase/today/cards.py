"""The cards Today shows of its own; every app registers its cards in `core.registry`."""


def needs_recovery_key(request) -> bool:
    """Remind a person who has not yet confirmed saving their recovery key."""
    return not request.user.recovery_key_confirmed
