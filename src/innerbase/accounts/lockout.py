"""The login throttle: when it pauses, and what a paused client sees (a calm page or JSON)."""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import JsonResponse
from django.shortcuts import render

MESSAGE = "Too many attempts. For your safety, please wait {minutes} minutes and try again."
# Said when a pause is close, so it never comes as a surprise (see tries_left).
WARN_AT = 2
TRIES_LEFT = {
    1: "You have 1 more try. After that, logging in from here pauses for {minutes} minutes.",
    2: "You have 2 more tries. After that, logging in from here pauses for {minutes} minutes.",
}


def cooloff_minutes() -> int:
    return round(settings.AXES_COOLOFF_TIME * 60)


def tries_left(request, username: str) -> int:
    """Wrong tries left for this username from this address before the pause.

    axes counts every failed try against the (username, address) pair whether or not the
    username exists, so the number, and the warning built on it, are the same for a real
    account and a made-up one: it never tells a guesser which names exist.
    """
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.update_request(request)
    failures = AxesProxyHandler.get_failures(request, {"username": username})
    return max(settings.AXES_FAILURE_LIMIT - failures, 0)


def tries_warning(request, username: str) -> str:
    """A calm warning when the pause is one or two wrong tries away, else ''."""
    left = tries_left(request, username)
    return TRIES_LEFT[left].format(minutes=cooloff_minutes()) if 0 < left <= WARN_AT else ""


def lockout_response(request, original_response=None, credentials=None):
    minutes = cooloff_minutes()
    headers = {"Retry-After": str(minutes * 60)}
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": MESSAGE.format(minutes=minutes)}, status=429, headers=headers
        )
    response = render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = headers["Retry-After"]
    return response


class LoginThrottle(AxesDatabaseHandler):
    """axes' database handler, plus a limit per username however many addresses guess.

    axes pauses a (username, address) pair at AXES_FAILURE_LIMIT. It can also count a username
    on its own, but only against that same low limit, which would let anyone who knows a name
    lock its owner out from everywhere with a few wrong guesses. So the username's failures
    from every address are counted here, against the higher LOGIN_FAILURE_LIMIT_PER_USERNAME.
    """

    def is_locked(self, request, credentials=None) -> bool:
        if super().is_locked(request, credentials):
            return True
        username = get_client_username(request, credentials)
        if not username or not getattr(settings, "AXES_LOCK_OUT_AT_FAILURE", True):
            return False
        recent = AccessAttempt.objects.filter(
            username=username, attempt_time__gte=get_cool_off_threshold(request)
        )
        failures = recent.aggregate(n=Sum("failures_since_start"))["n"] or 0
        return failures >= settings.LOGIN_FAILURE_LIMIT_PER_USERNAME
