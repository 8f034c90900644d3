"""Today's card when a person's measures say they are steadier: said plainly, celebrated,
and the lighter rhythm offered once (progress/graduation.py). Never shown again once they
answer, either way."""

from django.utils import timezone

from innerbase.progress import selectors


def _steadier(request) -> dict:
    """Worked out once per request (show, then context)."""
    if not hasattr(request, "_steadier"):
        request._steadier = selectors.steadier(user=request.user, today=timezone.localdate())
    return request._steadier


def steadier_shown(request) -> bool:
    return bool(_steadier(request)["offer"])


def steadier(request) -> dict:
    found = _steadier(request)
    words = selectors.graduation_words()
    return {
        "words": words,
        "line": words["line"].format(questionnaire=found["questionnaire"]),
        **found,
    }
