"""Per-request account middleware: the idle lock, and the person's own time zone."""

import time
import zoneinfo

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from innerbase.core.clock import valid_time_zone
from innerbase.vault.session import session_lock

LAST_SEEN = "_last_seen"
# Writing the session on every request is wasteful; a minute's precision is plenty.
_RESOLUTION_SECONDS = 30


def idle_lock(get_response):
    """End the session (and delete its key slot) once it has been idle too long."""

    def middleware(request):
        if request.user.is_authenticated and request.session.get("_auth_user_id"):
            now = int(time.time())
            last = request.session.get(LAST_SEEN)
            if last is not None and now - last > settings.IDLE_LOCK_MINUTES * 60:
                session_lock(request)
                if not request.path.startswith("/api/"):
                    messages.info(request, "Innerbase locked itself to keep your writing private.")
                    # Only the path: a query string may hold words the person typed.
                    query = urlencode({"next": request.path})
                    return redirect(f"{reverse('accounts:login')}?{query}")
            elif last is None or now - last >= _RESOLUTION_SECONDS:
                request.session[LAST_SEEN] = now
        return get_response(request)

    return middleware


def local_time(get_response):
    """Show and read times on the person's own clock (their browser's zone, when known)."""

    def middleware(request):
        name = getattr(request.user, "time_zone", "") if request.user.is_authenticated else ""
        if valid_time_zone(name):
            timezone.activate(zoneinfo.ZoneInfo(name))
        else:
            timezone.deactivate()
        return get_response(request)

    return middleware
