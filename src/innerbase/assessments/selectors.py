"""What other apps may read of questionnaires: the region of a person's latest take."""

from innerbase.assessments.models import Take
from innerbase.core.owned import owned


def latest_category(*, user, code: str) -> str | None:
    """The category (plane region or band) of the person's latest finished take of `code`."""
    take = (
        owned(Take, user=user)
        .filter(code=code)
        .exclude(completed_at=None)
        .order_by("-completed_at")
        .only("category")
        .first()
    )
    return take.category if take else None
